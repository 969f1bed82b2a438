// `deai-kg site NEW.md --diff OLD.md` in headless Chromium: the projects new or changed since OLD carry a mark in the
// graph and the matrix, changed cells are outlined with their old mark in the tooltip, and the legend says since when.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic } from '../helpers/browser.js';
import { buildSite, openViewer } from '../helpers/viewer-page.js';

const P = (s: string): string => `https://w3id.org/deai/project/${s}`;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let root = '';
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deai-viewer-diff-'));
  buildSite(['test/fixtures/diff/after.md', '--diff', 'test/fixtures/diff/before.md'], join(root, 'site'));
  server = await serveStatic(root);
  browser = await launchChromium();
  page = await openViewer(() => browser.newPage({ viewport: { width: 1400, height: 860 } }), `${server.url}site/#tab=matrix`, errors);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const row = (slug: string) => page.locator(`[data-testid=matrix-table] tr[data-node="${P(slug)}"]`);
const label = (slug: string) => page.evaluate((k) => (globalThis as any).__deaiViewer.renderer.getNodeDisplayData(k)?.label, P(slug));

describe('The viewer of a site built with --diff', () => {
  it('should mark the new project + and the changed ones Δ in the graph, and leave the unchanged one alone', async () => {
    expect(await label('gamma')).toBe('+ Gamma');
    expect(await label('flock-io')).toBe('Δ FLock.io');
    expect(await label('beta')).toBe('Δ Beta');
    // Delta's only change is a cell of the added Decentralization column.
    expect(await label('delta')).toBe('Δ Delta');
  });

  it('should tag the rows of the matrix and outline each changed cell with its old mark in the tooltip', async () => {
    expect(await row('gamma').getAttribute('data-change')).toBe('added');
    expect(await row('flock-io').getAttribute('data-change')).toBe('changed');
    expect(await row('flock-io').locator('.tag.change-changed').getAttribute('title')).toBe('renamed from FLock; 2 cells changed; security assumption changed');
    const changed = await row('flock-io').locator('td.mark.changed').evaluateAll((cells) => cells.map((c) => c.getAttribute('title')));
    expect(changed).toEqual(['Model Inference: full (changed: ○ before)', 'Decentralization: partial (changed: no cell)']);
    expect(await row('gamma').locator('td.mark.changed').count()).toBe(0);
  });

  it('should say in the legend what the marks mean and since which version', async () => {
    expect(await page.getByTestId('legend-changes').textContent()).toBe('Since before.md: + new (1) · Δ changed (3); changed cells are outlined in the matrix');
  });

  it('should have logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});

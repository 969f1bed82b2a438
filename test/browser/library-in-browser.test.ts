// The library API in a real browser: the page is bundled by Vite with browser conditions (so 'deai-kg' resolves to
// dist/browser.js and oxigraph to its WebAssembly build), served statically, and run in headless Chromium.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic } from '../helpers/browser.js';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let outDir = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'deai-lib-page-'));
  await build({
    root: resolve('test/browser/library-page'),
    base: './',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 20_000 },
  });
  server = await serveStatic(outDir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('The browser entry point', () => {
  it('should bundle without Node built-ins', () => {
    const js = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    const code = js.map((f) => readFileSync(join(outDir, 'assets', f), 'utf8')).join('\n');
    expect(code).not.toMatch(/from\s*["']node:|require\(["'](fs|path|crypto)["']\)/);
  });

  it('should build the graph, answer SPARQL and rebuild the table in Chromium, logging no errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-status]', { timeout: 60_000 });
    const text = (await page.textContent('#out')) ?? '';
    expect(await page.getAttribute('body', 'data-status'), text).toBe('done');
    const result = JSON.parse(text);
    expect(result.rows).toEqual([['Morpheus', 'Application', '149']]);
    expect(result.tableRows).toBe(52);
    expect(result.firstRow).toBe('[Bittensor](https://bittensor.com/whitepaper)');
    expect(result.triples).toBeGreaterThan(7000);
    expect(errors).toEqual([]);
    await page.close();
  });
});

// The viewer as a person uses it: `deai-kg site` output, served by a plain static server under a sub-path, in
// headless Chromium. Covers drawing, search → details, stage click, filters, deep links, matrix ↔ graph, the
// SPARQL box, PNG export, hostile names shown as text, and no console errors.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic } from '../helpers/browser.js';
import { buildSite, labelProblems, labelReport, openViewer, settle } from '../helpers/viewer-page.js';

const D = (l: string): string => `https://w3id.org/deai/ontology#${l}`;
const P = (s: string): string => `https://w3id.org/deai/project/${s}`;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let root = '';
const errors: string[] = [];

const site = (source: string[], dir: string): void => buildSite(source, join(root, dir));
const open = (path: string): Promise<Page> => openViewer(() => browser.newPage({ viewport: { width: 1400, height: 860 } }), server.url + path, errors);

/** Where a node is drawn, in page pixels. */
async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('#graph').boundingBox();
  const p = await page.evaluate((k) => {
    const { renderer, graph } = (globalThis as any).__deaiViewer;
    return renderer.graphToViewport(graph.getNodeAttributes(k));
  }, key);
  return { x: (box?.x ?? 0) + p.x, y: (box?.y ?? 0) + p.y };
}

const display = (page: Page, key: string) => page.evaluate((k) => (globalThis as any).__deaiViewer.renderer.getNodeDisplayData(k), key);
const state = (page: Page) => page.evaluate(() => {
  const s = (globalThis as any).__deaiViewer.store.get();
  return { selected: s.selected, hovered: s.hovered, highlighted: s.highlighted ? [...s.highlighted] : undefined };
});

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deai-viewer-'));
  site([], 'site');
  site(['test/fixtures/xss-survey.md'], 'xss');
  server = await serveStatic(root);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('The viewer site in Chromium', () => {
  it('should draw the graph: every node of graph.json, coloured pixels on the canvas', async () => {
    const page = await open('site/');
    const expected = JSON.parse(readFileSync(join(root, 'site/data/graph.json'), 'utf8')).nodes.length;
    expect(await page.evaluate(() => (globalThis as any).__deaiViewer.graph.order)).toBe(expected);
    const png = PNG.sync.read(await page.locator('#graph').screenshot());
    let blue = 0;
    for (let i = 0; i < png.data.length; i += 4) if (Math.abs(png.data[i]! - 0x25) < 30 && Math.abs(png.data[i + 1]! - 0x63) < 30 && png.data[i + 2]! > 0xc0) blue++;
    expect(blue).toBeGreaterThan(2000); // project nodes (#2563eb) are on screen
    expect(await page.textContent('[data-testid=legend]')).toContain('Project (53)');
    // Sigma's three WebGL layers without the depth buffer WebGL adds by default; the edge and node layers at the
    // pane's size, the hover layers (2D and WebGL) and the edge labels' at 1×1 until something is drawn there (main.ts).
    const layers = () =>
      page.evaluate(() => {
        const pane = document.getElementById('graph') as HTMLElement;
        const canvases = (globalThis as any).__deaiViewer.renderer.getCanvases() as Record<string, HTMLCanvasElement>;
        return ['edges', 'nodes', 'hoverNodes', 'hovers', 'edgeLabels'].map((id) => {
          const canvas = canvases[id] as HTMLCanvasElement;
          const gl = id === 'hovers' || id === 'edgeLabels' ? undefined : (canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
          const size = canvas.width === pane.offsetWidth * devicePixelRatio && canvas.height === pane.offsetHeight * devicePixelRatio ? 'pane' : `${canvas.width}×${canvas.height}`;
          return { id, depth: gl?.getContextAttributes()?.depth, size };
        });
      });
    expect(await layers()).toEqual([
      { id: 'edges', depth: false, size: 'pane' },
      { id: 'nodes', depth: false, size: 'pane' },
      { id: 'hoverNodes', depth: false, size: '1×1' },
      { id: 'hovers', depth: undefined, size: '1×1' },
      { id: 'edgeLabels', depth: undefined, size: '1×1' },
    ]);
    // Hovering a node: the hover layers take the pane's size and the hover drawing (a white ring, the node, its label
    // on a white box) is on the 2D hover layer, at the node.
    const at = await nodePosition(page, D('Compute'));
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await state(page)).hovered).toBe(D('Compute'));
    expect((await layers()).map((l) => l.size)).toEqual(['pane', 'pane', 'pane', 'pane', '1×1']);
    const box = await page.locator('#graph').boundingBox();
    const hoverPixels = await page.evaluate(({ x, y }) => {
      const canvas = (globalThis as any).__deaiViewer.renderer.getCanvases().hovers as HTMLCanvasElement;
      const r = devicePixelRatio;
      const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(Math.round((x - 40) * r), Math.round((y - 40) * r), 80 * r, 80 * r).data;
      let opaque = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 200) opaque++;
      return opaque;
    }, { x: at.x - (box?.x ?? 0), y: at.y - (box?.y ?? 0) });
    expect(hoverPixels).toBeGreaterThan(300); // the ring and disc alone: a disc of radius ≥ 10 px is over 300 pixels
    await page.close();
  });

  it('should find a project by search (keyboard) and show its details and safe links', async () => {
    const page = await open('site/');
    await page.fill('[data-testid=search]', 'netm');
    await expect.poll(() => page.locator('#search-list [role=option]').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('[data-testid=search]', 'aria-activedescendant')).toBe('search-option-0');
    await page.keyboard.press('Enter');
    const details = page.locator('[data-testid=details]');
    await expect.poll(() => details.locator('h2').textContent()).toBe('NetMind');
    expect(await details.locator('[data-testid=stages]').textContent()).toContain('● Compute (full)');
    expect(await details.locator('[data-testid=assumptions]').textContent()).toMatch(/Proof of Authority \(possibly\).*Staking \(stated\)/);
    const links = details.locator('[data-testid=links] a');
    expect(await links.count()).toBe(4);
    for (const link of await links.all()) {
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    expect(await details.locator('[data-testid=source-line]').textContent()).toBe('Survey line 56');
    await expect.poll(() => details.locator('[data-testid=turtle]').textContent()).toContain('deai:sourceLine 56');
    expect(decodeURIComponent(page.url())).toContain(`#node=${P('netmind')}`);
    await page.close();
  });

  it('should show the projects of a stage node when it is clicked', async () => {
    const page = await open('site/');
    const at = await nodePosition(page, D('Compute'));
    await page.mouse.click(at.x, at.y);
    const details = page.locator('[data-testid=details]');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Compute');
    expect(await details.textContent()).toContain('Projects (17)');
    const projects = await details.locator('[data-testid=projects] button').allTextContents();
    expect(projects).toContain('Lilypad');
    expect(projects).toContain('Commune AI');
    await page.close();
  });

  it('should filter by node type and stage, and keep the filters in the URL', async () => {
    const page = await open('site/');
    await page.click('#tab-button-filters');
    await page.uncheck('[data-testid=filter-type-assumption]');
    expect((await display(page, D('Staking'))).hidden).toBe(true);
    await page.check('[data-testid=filter-stage-Inference]');
    expect((await display(page, P('allora'))).hidden).toBe(false);
    expect((await display(page, P('bittensor'))).hidden).toBe(true);
    await page.click('#tab-button-matrix');
    expect(await page.locator('[data-testid=matrix-table] tbody tr:not([hidden])').count()).toBe(8);
    const url = decodeURIComponent(page.url());
    expect(url).toContain(`stage=${D('Inference')}`);
    expect(url).toMatch(/types=capability,paper,project,stage/);
    await page.close();
  });

  it('should restore selection, filters and tab from a deep link', async () => {
    const hash = `#node=${encodeURIComponent(P('bittensor'))}&types=capability,project,stage&tab=matrix`;
    const page = await open(`site/${hash}`);
    expect((await state(page)).selected).toBe(P('bittensor'));
    expect(await page.isVisible('[data-testid=matrix]')).toBe(true);
    expect(await page.getAttribute(`[data-testid=matrix-table] tr[data-node="${P('bittensor')}"]`, 'aria-current')).toBe('true');
    expect((await display(page, D('Staking'))).hidden).toBe(true);
    expect((await display(page, P('bittensor'))).highlighted).toBe(true);
    await page.click('#tab-button-details');
    expect(await page.locator('[data-testid=details] h2').textContent()).toBe('Bittensor');
    await page.close();
  });

  it('should link the matrix and the graph both ways', async () => {
    const page = await open('site/#tab=matrix');
    const row = page.locator(`[data-testid=matrix-table] tr[data-node="${P('vana')}"]`);
    expect(await row.locator('td.mark [aria-hidden]').allTextContents()).toEqual(['●', '●', '○', '○', '○', '○', '○', '●', '●', '●', '●', '●', '●', '●', '◑']);
    await row.hover();
    expect((await state(page)).hovered).toBe(P('vana'));
    expect((await display(page, P('vana'))).highlighted).toBe(true);
    await row.click();
    expect((await state(page)).selected).toBe(P('vana'));
    // And back: a node clicked in the graph marks its row (after the camera has finished moving to Vana).
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    await page.evaluate(() => (globalThis as any).__deaiViewer.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    const at = await nodePosition(page, P('ora'));
    await page.mouse.click(at.x, at.y);
    await page.click('#tab-button-matrix');
    await expect.poll(() => page.getAttribute(`[data-testid=matrix-table] tr[data-node="${P('ora')}"]`, 'class')).toContain('selected');
    await page.close();
  });

  it('should run SPARQL in the browser, show the result table and highlight the result nodes', async () => {
    const page = await open('site/#tab=sparql');
    await page.click('[data-testid=sparql-examples] summary');
    await page.click('[data-example=section-only-projects]'); // picking an example runs it
    // The one row (Morpheus, Application, 149) names a project and a stage by their labels: both light up.
    await expect.poll(() => page.textContent('[data-testid=sparql-status]'), { timeout: 30_000 }).toBe('1 rows · 2 nodes highlighted');
    expect(await page.textContent('[data-testid=sparql-results]')).toContain('Morpheus');
    expect((await state(page)).highlighted?.sort()).toEqual([D('Application'), P('morpheus')]);
    expect((await display(page, P('morpheus'))).highlighted).toBe(true);
    await page.fill('[data-testid=sparql-input]', 'SELECT ?x WHERE {\n  ?x ?y \n}');
    await page.click('[data-testid=sparql-run]');
    await expect.poll(() => page.textContent('[data-testid=sparql-status]')).toMatch(/^Syntax error at line 3, column \d+/);
    await page.close();
  });

  it('should refine the layout live in a web worker when toggled, and stop when toggled off', async () => {
    const page = await open('site/');
    const position = () => page.evaluate((k) => {
      const a = (globalThis as any).__deaiViewer.graph.getNodeAttributes(k);
      return [a.x, a.y];
    }, P('ocean'));
    const before = await position();
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
    await expect.poll(position, { timeout: 10_000 }).not.toEqual(before);
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
    await page.waitForTimeout(300);
    const stopped = await position();
    await page.waitForTimeout(500);
    expect(await position()).toEqual(stopped);
    // Refining moved every node: the hubs keep their labels, and no two labels overlap.
    await page.click('[data-testid=zoom-reset]');
    await settle(page);
    expect(labelProblems(await labelReport(page))).toEqual([]);
    await page.close();
  });

  it('should save the current view as a PNG', async () => {
    const page = await open('site/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png]')]);
    expect(download.suggestedFilename()).toBe('deai-graph.png');
    const png = PNG.sync.read(readFileSync((await download.path()) as string));
    expect(png.width).toBeGreaterThan(500);
    await page.close();
  });

  it('should show hostile project names as text, never as HTML', async () => {
    const page = await open('xss/');
    await page.fill('[data-testid=search]', '<img');
    await page.keyboard.press('Enter');
    const details = page.locator('[data-testid=details]');
    await expect.poll(() => details.locator('h2').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    await page.fill('[data-testid=search]', 'safe');
    await page.keyboard.press('Enter');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Safe & "Sound" <b>');
    expect(await details.textContent()).toContain('<script>alert(2)</script>');
    expect(await page.locator('[data-testid=details] b, [data-testid=details] script').count()).toBe(0);
    await page.close();
  });

  it('should say in Details and the matrix that graph.details.json could not be loaded, and draw the graph', async () => {
    cpSync(join(root, 'site'), join(root, 'no-details'), { recursive: true });
    rmSync(join(root, 'no-details/data/graph.details.json'));
    const own: string[] = [];
    const page = await openViewer(() => browser.newPage({ viewport: { width: 1400, height: 860 } }), `${server.url}no-details/#node=${encodeURIComponent(P('netmind'))}&tab=matrix`, own);
    const message = 'The details could not be loaded: data/graph.details.json: HTTP 404';
    await expect.poll(() => page.locator('[data-testid=matrix] [role=alert]').textContent()).toBe(message);
    expect(await page.getAttribute(`[data-testid=matrix-table] tr[data-node="${P('netmind')}"]`, 'aria-current')).toBe('true');
    await page.click('#tab-button-details');
    expect(await page.locator('[data-testid=details] h2').textContent()).toBe('NetMind');
    expect(await page.locator('[data-testid=details] [data-testid=links]').textContent()).toBe(message);
    expect(own).toEqual([expect.stringContaining('404 (Not Found)')]);
    await page.close();
  });

  it('should say that the graph could not be loaded when graph.compact.json is missing', async () => {
    cpSync(join(root, 'site'), join(root, 'no-graph'), { recursive: true });
    rmSync(join(root, 'no-graph/data/graph.compact.json'));
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const own: string[] = [];
    page.on('console', (m) => m.type() === 'error' && own.push(m.text()));
    await page.goto(`${server.url}no-graph/`);
    await page.waitForSelector('body[data-status="error"]');
    expect(await page.locator('#status').textContent()).toBe('The graph could not be loaded: data/graph.compact.json: HTTP 404');
    // The resource's 404 and the viewer's message; no unhandled rejection from index.html's early fetch.
    expect(own).toEqual([expect.stringContaining('404 (Not Found)'), 'The graph could not be loaded: data/graph.compact.json: HTTP 404']);
    await page.close();
  });

  it('should have logged no console errors on any page', () => {
    expect(errors).toEqual([]);
  });
});

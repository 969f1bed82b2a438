// The viewer as a survey reader uses it, in headless Chromium: a readable default view (every hub labelled, no two
// labels overlapping), the camera framing each selection inside the graph pane, the matrix as a first-class view,
// the SPARQL tab, filters that say what they hide, a phone at 390×844, the keyboard alone, axe-core on every tab
// at both sizes, and names holding a bidi override isolated.
// The page.evaluate callbacks run in the browser: they see the DOM.
/// <reference lib="dom" />
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic } from '../helpers/browser.js';
import { buildSite, coveringThePane, labelProblems, labelReport, openViewer, outsidePane, settle } from '../helpers/viewer-page.js';

const D = (l: string): string => `https://w3id.org/deai/ontology#${l}`;
const P = (s: string): string => `https://w3id.org/deai/project/${s}`;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TABS = ['details', 'filters', 'matrix', 'sparql'] as const;
let browser: Browser;
let phone: BrowserContext;
let server: { url: string; close: () => Promise<void> };
let root = '';
const errors: string[] = [];

const site = (source: string[], dir: string): void => buildSite(source, join(root, dir));

async function open(path: string, context?: BrowserContext): Promise<Page> {
  const page = await openViewer(() => (context ? context.newPage() : browser.newPage({ viewport: { width: 1400, height: 900 } })), server.url + path, errors);
  await settle(page);
  return page;
}

const selected = (page: Page) => page.evaluate(() => (globalThis as any).__deaiViewer.store.get().selected as string | undefined);
const highlighted = (page: Page) => page.evaluate(() => [...((globalThis as any).__deaiViewer.store.get().highlighted ?? [])] as string[]);
const hidden = (page: Page, key: string) => page.evaluate((k) => (globalThis as any).__deaiViewer.renderer.getNodeDisplayData(k).hidden as boolean, key);

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: AXE });
  const results = await page.evaluate(() => (globalThis as any).axe.run(document, { resultTypes: ['violations'] }));
  return (results.violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function searchAndPick(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid=search]', text);
  await page.keyboard.press('Enter');
}

/** Tab until `done` holds for the focused element; returns what was focused on the way. */
async function tabUntil(page: Page, done: (info: { id: string; testid: string; text: string; node: string }) => boolean, max = 120): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      return { id: e.id, testid: e.dataset.testid ?? '', text: (e.textContent ?? '').trim().slice(0, 40), node: e.closest('tr')?.dataset.node ?? '' };
    });
    seen.push(info.id || info.testid || info.text);
    if (done(info)) return seen;
  }
  throw new Error(`not reached after ${max} Tab presses: ${seen.join(' → ')}`);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deai-viewer-reading-'));
  site([], 'site');
  site(['test/fixtures/bidi-survey.md'], 'bidi');
  site(['test/fixtures/sok-deai-README-academic.md'], 'academic');
  server = await serveStatic(root);
  browser = await launchChromium();
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
}, 180_000);

afterAll(async () => {
  await phone?.close();
  await browser?.close();
  await server?.close();
});

describe('The default view at 1400×900', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('site/');
  }, 90_000);
  afterAll(() => page?.close());

  it('should label every stage, capability and assumption drawn, with no two labels overlapping', async () => {
    const report = await labelReport(page);
    expect(report.hubs.length).toBe(10 + 2 + 29); // the six shared criteria are a layer, off by default
    expect(labelProblems(report)).toEqual([]);
    expect(report.labels.length).toBeGreaterThan(report.hubs.length + 20); // and many projects besides
  });

  it('should draw the near-universal criteria only as a layer the reader turns on, still without overlaps', async () => {
    expect(await hidden(page, D('Auditability'))).toBe(true);
    expect(await hidden(page, D('DataStorage'))).toBe(false);
    await page.click('[data-testid=universal-toggle]');
    expect(await page.getAttribute('[data-testid=universal-toggle]', 'aria-pressed')).toBe('true');
    expect(await hidden(page, D('Auditability'))).toBe(false);
    await settle(page);
    const report = await labelReport(page);
    expect(report.hubs).toHaveLength(47);
    expect(labelProblems(report)).toEqual([]);
    await page.click('[data-testid=universal-toggle]');
    expect(await hidden(page, D('Auditability'))).toBe(true);
  });

  it('should leave the graph pane uncovered by panels, legend and toolbars', async () => {
    expect(await coveringThePane(page)).toEqual([]);
    expect(await outsidePane(page, await page.evaluate(() => (globalThis as any).__deaiViewer.graph.nodes()))).toMatchObject({ outside: [] });
  });

  it('should zoom in, out, fit and reset from the buttons and the keys', async () => {
    const ratio = () => page.evaluate(() => (globalThis as any).__deaiViewer.renderer.getCamera().getState().ratio as number);
    const start = await ratio();
    await page.click('[data-testid=zoom-in]');
    await settle(page);
    expect(await ratio()).toBeCloseTo(start / 1.5, 3);
    await page.click('[data-testid=zoom-out]');
    await settle(page);
    await page.click('[data-testid=zoom-out]');
    await settle(page);
    expect(await ratio()).toBeCloseTo(start * 1.5, 3);
    await page.click('[data-testid=zoom-reset]');
    await settle(page);
    expect(await ratio()).toBeCloseTo(start, 3);
    await page.focus('#graph');
    await page.keyboard.press('+');
    await settle(page);
    expect(await ratio()).toBeCloseTo(start / 1.5, 3);
    await page.keyboard.press('0');
    await settle(page);
    expect(await ratio()).toBeCloseTo(start, 3);
  });
});

describe('The links into the near-universal criteria, held back until drawn (compact-graph.ts)', () => {
  // Gensyn's row: ● Compute, ● the five shared capabilities, ◑ Decentralization (data/sok-deai-README.md, line 67).
  const GENSYN_CAPABILITIES = ['Auditability (full)', 'Decentralization (partial)', 'Enhanced Security (full)', 'Incentive Mechanism (full)', 'Permission Control (full)', 'Public Reference (full)'];
  const GENSYN_ROW = [
    'Task Proposing: none', 'Data Preparation: none', 'Compute: full', 'Training: none', 'Model Inference: none', 'Marketplace: none', 'Application: none', 'Incentive Mechanism: full',
    'Enhanced Security: full', 'Permission Control: full', 'Data Storage: none', 'Public Reference: full', 'Auditability: full', 'Asset Tokenization: none', 'Decentralization: partial',
  ];
  const graphState = (page: Page) => page.evaluate(() => ({ complete: (globalThis as any).__deaiViewer.complete() as boolean, edges: (globalThis as any).__deaiViewer.graph.size as number }));
  const capabilities = async (page: Page): Promise<string> => (await page.textContent('[data-testid=details] [data-testid=capabilities]')) ?? '';
  const gensynRow = (page: Page) => page.locator(`#tab-matrix tr[data-node="${P('gensyn')}"] td.mark`).evaluateAll((cells) => cells.map((c) => c.getAttribute('title')));

  it('should show the same details, matrix and filters with the layer off, and draw the 312 links once it is on', async () => {
    const page = await open('site/');
    expect(await graphState(page)).toEqual({ complete: false, edges: 526 - 6 * 52 }); // 52 table rows × 6 shared criteria
    await searchAndPick(page, 'Gensyn');
    await expect.poll(() => page.textContent('[data-testid=details] h2')).toBe('Gensyn');
    const before = await capabilities(page);
    expect(GENSYN_CAPABILITIES.every((c) => before.includes(`${c} — nearly every project`))).toBe(true);
    expect(before.match(/nearly every project/g)).toHaveLength(6);
    await page.click('#tab-button-matrix');
    expect(await gensynRow(page)).toEqual(GENSYN_ROW);
    // A filter on a shared criterion: all 52 table rows hold Auditability, Morpheus (section only) does not.
    await page.click('#tab-button-filters');
    await page.check('[data-testid=filter-capability-Auditability]');
    await page.click('#tab-button-matrix');
    expect(await page.textContent('[data-testid=matrix-count]')).toBe('52 of 53 projects shown (filters)');
    await page.click('[data-testid=filter-chip-clear]');
    expect(await graphState(page)).toMatchObject({ complete: false });

    await page.click('[data-testid=universal-toggle]');
    expect(await graphState(page)).toEqual({ complete: true, edges: 526 });
    await page.focus('#graph');
    await page.keyboard.press('Escape'); // no selection: every link drawn, not Gensyn's alone
    expect(await selected(page)).toBeUndefined();
    const drawn = await page.evaluate(() => {
      const { graph, renderer, universal } = (globalThis as any).__deaiViewer;
      return graph.filterEdges((e: string, _a: unknown, _s: string, t: string) => universal.includes(t) && !renderer.getEdgeDisplayData(e).hidden).length;
    });
    expect(drawn).toBe(6 * 52);
    await searchAndPick(page, 'Vana'); // and back: the details are rendered anew from the complete graph
    await searchAndPick(page, 'Gensyn');
    await expect.poll(() => page.textContent('[data-testid=details] h2')).toBe('Gensyn');
    expect(await capabilities(page)).toBe(before);
    await page.close();

    const layerOn = await open('site/#tab=matrix&universal=1');
    expect(await graphState(layerOn)).toEqual({ complete: true, edges: 526 });
    expect(await gensynRow(layerOn)).toEqual(GENSYN_ROW);
    await layerOn.close();
  });
});

describe('The default view of the academic version (33 papers more)', () => {
  it('should label every stage, capability and assumption drawn, with no two labels overlapping', async () => {
    const page = await open('academic/');
    const report = await labelReport(page);
    expect(report.hubs.length).toBe(10 + 2 + 29);
    expect(labelProblems(report)).toEqual([]);
    expect(await page.evaluate(() => (globalThis as any).__deaiViewer.graph.filterNodes((_k: string, a: any) => a.type === 'paper').length)).toBe(33);
    await page.close();
  });
});

describe('The camera after a selection', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(`site/#node=${encodeURIComponent(P('bittensor'))}`); // a deep link
  }, 90_000);
  afterAll(() => page?.close());

  const framed = async (key: string) => {
    await expect.poll(() => selected(page)).toBe(key);
    await settle(page);
    const { checked, outside } = await outsidePane(page);
    expect(checked).toBeGreaterThan(1);
    expect(outside).toEqual([]);
    expect(labelProblems({ ...(await labelReport(page)), hubs: [] })).toEqual([]);
  };

  it('should frame a deep-linked project and its neighbours', async () => {
    await framed(P('bittensor'));
    expect(await page.inputValue('[data-testid=search]')).toBe('Bittensor');
  });

  it('should frame a stage clicked in the graph', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('0');
    await settle(page);
    const at = await page.evaluate((k) => {
      const v = (globalThis as any).__deaiViewer;
      return v.renderer.framedGraphToViewport(v.renderer.getNodeDisplayData(k));
    }, D('Compute'));
    const pane = await page.locator('#graph').boundingBox();
    await page.mouse.click((pane?.x ?? 0) + at.x, (pane?.y ?? 0) + at.y);
    await framed(D('Compute'));
  });

  it('should frame nodes found by search: projects, a capability, a shared capability and assumptions', async () => {
    for (const [text, key] of [['gensyn', P('gensyn')], ['io.net', P('io-net')], ['asset tok', D('AssetTokenization')], ['auditab', D('Auditability')], ['staking', D('Staking')], ['proof of stake', D('ProofOfStake')]] as const) {
      await searchAndPick(page, text);
      await framed(key);
    }
    expect(await hidden(page, D('Auditability'))).toBe(true); // drawn only while it was selected
  });

  it('should frame projects picked in the matrix, the section-only one included', async () => {
    await page.click('#tab-button-matrix');
    for (const slug of ['vana', 'morpheus', 'ora']) {
      await page.click(`[data-testid=matrix-table] tr[data-node="${P(slug)}"] th button`);
      await framed(P(slug));
      expect(await page.isVisible('[data-testid=matrix]')).toBe(true); // the matrix stays open
    }
  });

  it('should frame the nodes a SPARQL result names, and a node picked from the result', async () => {
    await page.click('#tab-button-sparql');
    await page.fill('[data-testid=sparql-input]', 'PREFIX deai: <https://w3id.org/deai/ontology#>\nSELECT ?p WHERE { ?p deai:coversStage deai:Training }');
    await page.click('[data-testid=sparql-run]');
    await expect.poll(() => page.textContent('[data-testid=sparql-status]'), { timeout: 30_000 }).toBe('5 rows · 5 nodes highlighted');
    await settle(page);
    const result = await highlighted(page);
    expect(result).toHaveLength(5);
    expect(await outsidePane(page, result)).toEqual({ checked: 5, outside: [] });
    await page.click(`[data-testid=sparql-results] button[data-node="${P('flock')}"]`);
    await framed(P('flock'));
  });
});

describe('The matrix', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('site/#tab=matrix');
  }, 90_000);
  afterAll(() => page?.close());
  const table = '[data-testid=matrix-table]';

  it('should have every column the survey has, by the ontology names, with the survey headers as tooltips', async () => {
    const heads = page.locator(`${table} thead th.mark`);
    expect(await heads.count()).toBe(15);
    expect(await page.textContent(`${table} th[data-column="${D('TaskProposing')}"]`)).toBe('Task Proposing');
    expect(await page.getAttribute(`${table} th[data-column="${D('TaskProposing')}"]`, 'title')).toBe('Survey column: “Task Creation”');
    expect(await page.getAttribute(`${table} th[data-column="${D('AssetTokenization')}"]`, 'title')).toBe('Survey column: “ML Assets Tokenization”');
    expect(await page.textContent(`${table} thead th.assumption`)).toBe('Security assumption (as written)');
    expect(await page.textContent(`${table} tr[data-node="${P('gensyn')}"] td.assumption`)).toBe('Proof-of-Learning, Staking');
  });

  it('should list every project, the section-only one marked as such', async () => {
    expect(await page.locator(`${table} tbody tr`).count()).toBe(53);
    const morpheus = page.locator(`${table} tr[data-node="${P('morpheus')}"]`);
    expect(await morpheus.locator('th').textContent()).toBe('Morpheus section only');
    expect(await morpheus.locator('td.mark.absent').count()).toBe(15);
  });

  it('should sort by any column and say so (aria-sort)', async () => {
    await page.click(`${table} th[data-column="${D('Compute')}"] button`);
    const first = async () => (await page.locator(`${table} tbody tr th button`).allTextContents()).slice(0, 3);
    expect(await first()).toEqual(['Lilypad', 'IO.NET', 'NetMind']);
    expect(await page.getAttribute(`${table} th[data-column="${D('Compute')}"]`, 'aria-sort')).toBe('descending');
    await page.click(`${table} th.name button`);
    expect(await first()).toEqual(['0G', 'Akash', 'Allora']);
    expect(await page.getAttribute(`${table} th.name`, 'aria-sort')).toBe('ascending');
    expect(await page.getAttribute(`${table} th[data-column="${D('Compute')}"]`, 'aria-sort')).toBeNull();
    await page.click(`${table} th.line button`); // back to survey order
    expect(await first()).toEqual(['Bittensor', 'FLock', 'Vana']);
  });

  it('should keep the header row and the name column in view while it scrolls', async () => {
    const scroller = page.locator('.matrix-scroll');
    const box = await scroller.boundingBox();
    await scroller.evaluate((e) => e.scrollTo(400, 600));
    await expect.poll(() => scroller.evaluate((e) => [e.scrollLeft > 0, e.scrollTop > 0])).toEqual([true, true]);
    const head = await page.locator(`${table} thead th.mark`).first().boundingBox();
    const name = await page.locator(`${table} tr[data-node="${P('commune-ai')}"] th`).boundingBox();
    expect(Math.abs((head?.y ?? 0) - (box?.y ?? 0))).toBeLessThanOrEqual(2);
    expect(Math.abs((name?.x ?? 0) - (box?.x ?? 0))).toBeLessThanOrEqual(2);
    await scroller.evaluate((e) => e.scrollTo(0, 0));
  });

  it('should become the main view in full-width mode, with all its columns shown and the graph beside it', async () => {
    await page.click('[data-testid=matrix-wide]');
    expect(await page.getAttribute('[data-testid=matrix-wide]', 'aria-pressed')).toBe('true');
    const panel = await page.locator('#panel').boundingBox();
    const graph = await page.locator('#graph').boundingBox();
    expect(panel?.width).toBeGreaterThan(1000);
    expect(graph?.width).toBeGreaterThanOrEqual(270);
    const scroller = page.locator('.matrix-scroll');
    expect(await scroller.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true); // every column fits
    expect(decodeURIComponent(page.url())).toContain('wide=1');
    await page.locator(`${table} tr[data-node="${P('allora')}"]`).hover();
    expect(await page.evaluate(() => (globalThis as any).__deaiViewer.store.get().hovered)).toBe(P('allora'));
    await page.click(`${table} tr[data-node="${P('allora')}"] th button`);
    await expect.poll(() => selected(page)).toBe(P('allora'));
    await settle(page);
    expect((await outsidePane(page)).outside).toEqual([]);
    await page.click('[data-testid=matrix-wide]');
    expect((await page.locator('#panel').boundingBox())?.width).toBeLessThan(500);
  });
});

describe('The SPARQL tab', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('site/#tab=sparql');
  }, 90_000);
  afterAll(() => page?.close());

  it('should show the predeclared prefixes above the box, from the library', async () => {
    const prefixes = page.locator('[data-testid=sparql-prefixes]');
    expect(await prefixes.locator('summary').textContent()).toMatch(/^Predeclared prefixes: deai: rdf: rdfs: .* project: /);
    await prefixes.locator('summary').click();
    const text = await prefixes.locator('pre').textContent();
    expect(text).toContain('PREFIX deai: <https://w3id.org/deai/ontology#>');
    expect(text).toContain('PREFIX project: <https://w3id.org/deai/project/>');
    const box = await prefixes.boundingBox();
    const input = await page.locator('[data-testid=sparql-input]').boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(input?.y ?? 0);
  });

  it('should run a query that uses the predeclared prefixes without declaring them', async () => {
    await page.fill('[data-testid=sparql-input]', 'SELECT ?p WHERE { ?p deai:coversStage deai:Training }');
    await page.click('[data-testid=sparql-run]');
    await expect.poll(() => page.textContent('[data-testid=sparql-status]'), { timeout: 30_000 }).toBe('5 rows · 5 nodes highlighted');
  });

  it('should keep the examples menu inside the panel', async () => {
    await page.click('[data-testid=sparql-examples] summary');
    const panel = await page.locator('#panel').boundingBox();
    const buttons = page.locator('[data-testid=sparql-examples] button');
    expect(await buttons.count()).toBe(16);
    for (const button of await buttons.all()) {
      const box = await button.boundingBox();
      if (!box) continue; // scrolled out of the menu's own box
      expect(box.x).toBeGreaterThanOrEqual(panel?.x ?? 0);
      expect(box.x + box.width).toBeLessThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0));
    }
  });

  it('should show one readable error with line and column, and clear old highlights, selection and search box on each run', async () => {
    await searchAndPick(page, 'ora');
    await expect.poll(() => selected(page)).toBe(P('ora'));
    await page.click('#tab-button-sparql');
    await page.fill('[data-testid=sparql-input]', 'PREFIX deai: <https://w3id.org/deai/ontology#>\nSELECT ?p WHERE { ?p deai:reliesOn deai:ProofOfWork }');
    await page.click('[data-testid=sparql-run]');
    await expect.poll(() => highlighted(page), { timeout: 30_000 }).toHaveLength(2);
    expect(await selected(page)).toBeUndefined();
    expect(await page.inputValue('[data-testid=search]')).toBe(''); // the box follows the selection
    await page.fill('[data-testid=sparql-input]', 'SELECT ?x WHERE {\n  ?x ?y \n}');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('[data-testid=sparql-error]').count()).toBe(1);
    const message = String(await page.textContent('[data-testid=sparql-error]'));
    expect(message).toMatch(/^Syntax error at line 3, column \d+: /);
    expect(message.match(/line 3/gi)).toHaveLength(1); // the place is said once
    expect(await page.locator('[data-testid=sparql-status] pre.caret').textContent()).toMatch(/^\}\n *\^$/);
    expect(await highlighted(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid=sparql-status] p').length)).toBe(1);
  });
});

describe('Filters that say what they hide', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(`site/#node=${encodeURIComponent(P('gensyn'))}&stage=${encodeURIComponent(D('Training'))}`);
  }, 90_000);
  afterAll(() => page?.close());

  it('should say a selected node is hidden, and show it in one click', async () => {
    expect(await page.isVisible('[data-testid=filter-chip]')).toBe(true);
    expect(await page.textContent('#filter-chip-text')).toBe('1 filter active');
    expect(await page.textContent('[data-testid=hidden-notice]')).toContain('The current filters hide this node');
    expect(await hidden(page, P('gensyn'))).toBe(true);
    await page.click('[data-testid=show-hidden]');
    expect(await hidden(page, P('gensyn'))).toBe(false);
    expect(await page.isVisible('[data-testid=filter-chip]')).toBe(false);
    expect(await page.locator('[data-testid=hidden-notice]').count()).toBe(0);
  });

  it('should clear every filter from the chip, outside the Filters tab', async () => {
    await page.click('#tab-button-filters');
    await page.uncheck('[data-testid=filter-type-assumption]');
    await page.check('[data-testid=filter-level-partial]'); // already on: stays on
    await page.click('#tab-button-details');
    expect(await page.textContent('#filter-chip-text')).toBe('1 filter active');
    await page.click('[data-testid=filter-chip-clear]');
    expect(await hidden(page, D('Staking'))).toBe(false);
    expect(await page.isVisible('[data-testid=filter-chip]')).toBe(false);
  });

  it('should say "No matches" in search, and link the entity to its page', async () => {
    await page.fill('[data-testid=search]', 'zzqx');
    expect(await page.textContent('[data-testid=search-empty]')).toBe('No matches for “zzqx”');
    await page.fill('[data-testid=search]', '');
    expect(await page.isVisible('[data-testid=search-empty]')).toBe(false);
    const link = page.locator('[data-testid=entity-page]');
    expect(await link.getAttribute('href')).toBe('project/gensyn.html');
    const response = await page.request.get(new URL(String(await link.getAttribute('href')), page.url()).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Gensyn');
    await searchAndPick(page, 'compute');
    await expect.poll(() => link.getAttribute('href')).toBe('ontology.html#Compute');
  });
});

describe('On a phone (390×844, touch)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('site/', phone);
  }, 90_000);
  afterAll(() => page?.close());
  // 390, not innerWidth: a phone browser widens its layout viewport to whatever overflows.
  const noSideScroll = () => page.evaluate(() => window.innerWidth === 390 && document.documentElement.scrollWidth <= 390 && document.body.scrollWidth <= 390);

  it('should give the graph at least half the height, with no horizontal scroll', async () => {
    const graph = await page.locator('#graph').boundingBox();
    expect(graph?.height).toBeGreaterThanOrEqual(844 / 2);
    expect(graph?.width).toBe(390);
    expect(await noSideScroll()).toBe(true);
    expect(await coveringThePane(page)).toEqual([]);
  });

  it('should search by touch', async () => {
    await page.tap('[data-testid=search]');
    await page.keyboard.type('render');
    await page.locator('#search-list [role=option]').first().tap();
    await expect.poll(() => selected(page)).toBe(P('render-network'));
    await settle(page);
    expect((await outsidePane(page)).outside).toEqual([]);
    expect(await page.locator('[data-testid=details] h2').textContent()).toBe('Render Network');
    expect(await page.locator('[data-testid=details] h2').isVisible()).toBe(true);
  });

  it('should reach and use every tab by touch, none wider than the screen', async () => {
    await page.tap('#tab-button-filters');
    await page.locator('[data-testid=filter-stage-Training]').tap();
    expect(await page.isVisible('[data-testid=filter-chip]')).toBe(true);
    expect(await noSideScroll()).toBe(true);
    await page.tap('[data-testid=filter-chip-clear]');
    await page.tap('#tab-button-matrix');
    expect(await noSideScroll()).toBe(true);
    await page.locator(`[data-testid=matrix-table] tr[data-node="${P('numerai')}"] th button`).tap();
    await expect.poll(() => selected(page)).toBe(P('numerai'));
    await page.tap('#tab-button-sparql');
    await page.tap('[data-testid=sparql-examples] summary');
    await page.locator('[data-example=section-only-projects]').tap();
    await expect.poll(() => page.textContent('[data-testid=sparql-status]'), { timeout: 30_000 }).toBe('1 rows · 2 nodes highlighted');
    expect(await noSideScroll()).toBe(true);
    await page.tap('#tab-button-details');
    expect(await page.isVisible('[data-testid=details]')).toBe(true);
  });
});

describe('The keyboard alone', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('site/');
  }, 90_000);
  afterAll(() => page?.close());
  const focusVisible = () => page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    const style = getComputedStyle(e);
    return e.matches(':focus-visible') && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
  });

  it('should reach every control of the page, each with a visible focus ring', async () => {
    const expected = ['search', 'zoom-in', 'zoom-out', 'zoom-fit', 'zoom-reset', 'universal-toggle', 'layout-toggle', 'export-png', 'graph', 'Legend', 'tab-button-details', 'tab-details', 'Turtle', 'JSON-LD'];
    const seen: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < 30 && !expected.every((e) => seen.includes(e)); i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        return e.id || e.textContent?.trim() || e.tagName;
      });
      seen.push(id);
      if (!(await focusVisible())) invisible.push(id);
    }
    expect(expected.filter((e) => !seen.includes(e))).toEqual([]);
    expect(invisible).toEqual([]);
  });

  it('should move between tabs with the arrow keys, Home and End (one tab in the Tab order)', async () => {
    await page.focus('#tab-button-details');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-button-filters');
    expect(await page.isVisible('[data-testid=filters]')).toBe(true);
    await page.keyboard.press('End');
    expect(await page.getAttribute('#tab-button-sparql', 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight'); // wraps
    expect(await page.getAttribute('#tab-button-details', 'aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getAttribute('#tab-button-sparql', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => [...document.querySelectorAll('[role=tab]')].map((t) => (t as HTMLElement).tabIndex))).toEqual([-1, -1, -1, 0]);
  });

  it('should tick a filter, select a project from the matrix and clear it with Escape', async () => {
    await page.focus('#tab-button-details');
    await page.keyboard.press('ArrowRight');
    await tabUntil(page, (f) => f.testid === 'filter-type-paper' || f.testid === 'filter-level-full');
    await page.keyboard.press('Space');
    expect(await page.isVisible('[data-testid=filter-chip]')).toBe(true);
    await page.keyboard.press('Space');
    await page.focus('#tab-button-filters');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-button-matrix', 'aria-selected')).toBe('true');
    await tabUntil(page, (f) => f.node === P('bittensor'));
    expect(await focusVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => selected(page)).toBe(P('bittensor'));
    expect(await page.getAttribute(`[data-testid=matrix-table] tr[data-node="${P('bittensor')}"]`, 'aria-current')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await selected(page)).toBeUndefined();
  });

  it('should open the examples and run one, then close the menu and clear the highlight with Escape', async () => {
    await page.focus('#tab-button-matrix');
    await page.keyboard.press('End');
    await tabUntil(page, (f) => f.text.startsWith('Example questions'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.example)).toBe('assumption-families');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('[data-testid=sparql-status]'), { timeout: 30_000 }).toMatch(/^\d+ rows · \d+ nodes highlighted$/);
    expect((await highlighted(page)).length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.querySelector('[data-testid=sparql-examples]') as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Escape');
    expect(await highlighted(page)).toEqual([]);
  });

  it('should search with / and keep shortcuts out of text fields', async () => {
    await page.focus('#graph');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('0+f');
    expect(await page.inputValue('[data-testid=search]')).toBe('0+f');
  });
});

describe('axe-core', () => {
  for (const [size, context] of [['1400×900', undefined], ['390×844', 'phone']] as const) {
    it(`should report no serious or critical violation on any tab at ${size}`, async () => {
      const page = await open(`site/#node=${encodeURIComponent(P('bittensor'))}`, context ? phone : undefined);
      const found: string[] = [];
      for (const tab of TABS) {
        await page.evaluate((t) => (globalThis as any).__deaiViewer.store.update((s: any) => ({ ...s, tab: t })), tab);
        if (tab === 'sparql') await page.click('[data-testid=sparql-examples] summary');
        found.push(...(await axeViolations(page)).map((v) => `${tab}: ${v}`));
      }
      await page.close();
      expect(found).toEqual([]);
    }, 120_000);
  }
});

describe('Names holding a bidi override', () => {
  it('should isolate every name holding U+202E, wherever it is shown', async () => {
    const page = await open('bidi/');
    await searchAndPick(page, 'evil');
    await expect.poll(() => selected(page)).toBe(P('evil-gnp-exe'));
    const unisolated = () => page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.includes('\u202e')) continue;
        const parent = n.parentElement as HTMLElement;
        if (parent.closest('[hidden]')) continue;
        if (!['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(parent).unicodeBidi)) found.push(`${parent.tagName} in ${parent.closest('[id]')?.id}`);
      }
      return found;
    });
    expect(await page.locator('[data-testid=details] h2 bdi').textContent()).toBe('Evil\u202egnp.exe');
    expect(await unisolated()).toEqual([]);
    await page.click('[data-testid=details] button[data-node$="Staking"]');
    expect(await page.locator('[data-testid=projects] bdi').count()).toBe(2);
    expect(await unisolated()).toEqual([]);
    await page.click('#tab-button-matrix');
    expect(await page.locator('[data-testid=matrix-table] td.assumption bdi').allTextContents()).toContain('Staking\u202e?');
    expect(await unisolated()).toEqual([]);
    await page.click('#tab-button-sparql');
    await page.fill('[data-testid=sparql-input]', 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX deai: <https://w3id.org/deai/ontology#>\nSELECT ?name WHERE { ?p a deai:Project ; rdfs:label ?name }');
    await page.click('[data-testid=sparql-run]');
    await expect.poll(() => page.textContent('[data-testid=sparql-status]'), { timeout: 30_000 }).toMatch(/^2 rows/);
    expect(await unisolated()).toEqual([]);
    await page.close();
  });
});

describe('The viewer pages', () => {
  it('should have logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});

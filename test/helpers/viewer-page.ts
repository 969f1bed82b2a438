// Reading the viewer in a browser page: wait for the camera to stop, the labels sigma drew, which nodes of a
// selection fall outside the graph pane. Checks are computed here from sigma's own positions, not by viewer code.
// The page.evaluate callbacks run in the browser: they see the DOM.
/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/** `deai-kg site SOURCE… -q -o OUT` from the built CLI; throws with its stderr on failure. */
export function buildSite(source: readonly string[], out: string): void {
  const r = spawnSync('node', ['dist/cli/main.js', 'site', ...source, '-q', '-o', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`deai-kg site failed: ${r.stderr}`);
}

/** Opens the viewer at `url` in a new page and waits until it is ready; console errors, page errors and dialogs go to `errors`. */
export async function openViewer(newPage: () => Promise<Page>, url: string, errors: string[]): Promise<Page> {
  const page = await newPage();
  const where = new URL(url).pathname;
  page.on('console', (m) => m.type() === 'error' && errors.push(`${where}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${where}: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`${where}: a dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('body[data-status="ready"]', { timeout: 60_000 });
  return page;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Until the camera has stopped moving and two more frames were drawn (the labels of the final view). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !(globalThis as any).__deaiViewer.renderer.getCamera().isAnimated(), undefined, { timeout: 10_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The labels drawn in the last frame, the hubs (stage, capability, assumption nodes) drawn, and the pane's size. */
export async function labelReport(page: Page): Promise<{ labels: Array<Box & { key: string }>; hubs: string[]; width: number; height: number }> {
  return page.evaluate(() => {
    const v = (globalThis as any).__deaiViewer;
    const { width, height } = v.renderer.getDimensions();
    const hubs = v.graph.filterNodes((k: string, a: any) => ['stage', 'capability', 'assumption'].includes(a.type) && !v.renderer.getNodeDisplayData(k).hidden);
    return { labels: v.labels(), hubs, width, height };
  });
}

/** Pairs of drawn labels that overlap, and labels outside the pane. */
export function labelProblems(report: Awaited<ReturnType<typeof labelReport>>): string[] {
  const problems: string[] = [];
  const { labels } = report;
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i] as Box & { key: string };
    if (a.x < 0 || a.y < 0 || a.x + a.width > report.width || a.y + a.height > report.height) problems.push(`${a.key} is outside the pane`);
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j] as Box & { key: string };
      if (overlaps(a, b)) problems.push(`${a.key} overlaps ${b.key}`);
    }
  }
  const drawn = new Set(labels.map((l) => l.key));
  for (const hub of report.hubs) if (!drawn.has(hub)) problems.push(`${hub} has no label`);
  return problems;
}

/**
 * The nodes among `keys` (default: the selection and its neighbours) that are drawn but whose disc is not wholly
 * inside the graph pane.
 */
export async function outsidePane(page: Page, keys?: string[]): Promise<{ checked: number; outside: string[] }> {
  return page.evaluate((given) => {
    const v = (globalThis as any).__deaiViewer;
    const selected = v.store.get().selected;
    const nodes: string[] = given ?? (selected ? [selected, ...v.links.neighbors(selected)] : []);
    const { width, height } = v.renderer.getDimensions();
    const outside: string[] = [];
    let checked = 0;
    for (const key of nodes) {
      const data = v.renderer.getNodeDisplayData(key);
      if (!data || data.hidden) continue;
      checked++;
      const p = v.renderer.framedGraphToViewport(data);
      const r = v.renderer.scaleSize(data.size);
      if (p.x - r < 0 || p.y - r < 0 || p.x + r > width || p.y + r > height) outside.push(key);
    }
    return { checked, outside };
  }, keys);
}

/** Elements that cover part of the graph pane (a panel, the legend, a toolbar): none should. */
export async function coveringThePane(page: Page): Promise<string[]> {
  const pane = await page.locator('#graph').boundingBox();
  const found: string[] = [];
  for (const selector of ['.graph-toolbar', '.graph-footer', '#legend', '#filter-chip', '#panel', 'header.top']) {
    const element = page.locator(selector);
    if (!(await element.isVisible())) continue;
    const box = await element.boundingBox();
    if (pane && box && overlaps(pane, box)) found.push(selector);
  }
  return found;
}

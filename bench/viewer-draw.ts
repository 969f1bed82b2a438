// Viewer benchmark: sigma 3 vs sigma 4 drawing our data (bundled survey, 10k-node synthetic graph), the real
// viewer's time to first draw (labels placed, camera fitted), the layouts' cost, and the bundle size (gzip).
// Prints a table; run through `npm run bench`.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildGraph, bundledContext, bundledQueries, quadsToTurtle } from '../src/index.js';
import { graphToGraphology } from '../src/projection/graph-to-graphology.js';
import { graphologyToCompactFiles } from '../src/site/graphology-to-compact.js';
import { graphToSiteData } from '../src/site/site-data.js';
import { writeSite } from '../src/node/write-site.js';
import { launchChromium, serveStatic } from '../test/helpers/browser.js';
import { REPO_ROOT } from './survey-graph.js';
import { syntheticSurvey } from './synthetic-survey.js';

const RUNS = 3;
/** The viewer's performance marks (viewer/src/main.ts), in order: the first draw's phases. */
const PHASES: ReadonlyArray<readonly [string, string, string]> = [
  ['start', 'fetched', 'fetch'],
  ['fetched', 'parsed', 'JSON.parse'],
  ['parsed', 'graph', 'graph'],
  ['graph', 'sigma', 'legend + sigma (first render, labels placed)'],
  ['sigma', 'frame', 'panels + next frame'],
];
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'deai-viewer-bench-'));
  const survey = readFileSync(`${REPO_ROOT}data/sok-deai-README.md`, 'utf8');
  const synthetic = syntheticSurvey(10_000, 7);
  process.stderr.write('bench: building the graphs (survey, 10k synthetic projects)…\n');
  const graphs = { survey: buildGraph(survey, { file: 'survey.md' }), '10k': buildGraph(synthetic, { file: 'synthetic-10k.md' }) };

  // Both sigma versions on the same graph.json files.
  const page = join(root, 'page');
  await build({ root: `${REPO_ROOT}bench/viewer-draw-page`, base: './', logLevel: 'silent', build: { outDir: page, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000 } });
  const layoutTimes: Record<string, number> = {};
  const forceTimes: Record<string, number> = {};
  const ontologyTurtle = readFileSync(`${REPO_ROOT}ontology/deai.ttl`, 'utf8');
  for (const [name, graph] of Object.entries(graphs)) {
    const f = performance.now();
    graphToGraphology(graph); // the exports' plain ForceAtlas2 layout
    forceTimes[name] = performance.now() - f;
    const t = performance.now();
    const laid = graphToGraphology(graph, { mode: 'lifecycle' }); // the viewer's, as `deai-kg site` writes it
    layoutTimes[name] = performance.now() - t;
    const graphJson = `${JSON.stringify(laid.export())}\n`;
    writeFileSync(join(page, `${name}.json`), graphJson);
    // The real viewer, as `deai-kg site` writes it; at 10k the JSON-LD download (which the viewer never loads) is left out.
    const data =
      name === 'survey'
        ? (await graphToSiteData({ graph, context: bundledContext(), ontologyTurtle, queries: bundledQueries(), title: name })).files
        : { 'graph.json': graphJson, ...graphologyToCompactFiles(laid.export()), 'deai.ttl': await quadsToTurtle(graph.quads), 'ontology.ttl': ontologyTurtle, 'queries.json': JSON.stringify(bundledQueries()), 'meta.json': JSON.stringify({ title: name }) };
    await writeSite(join(root, 'sites', name), { data });
  }

  const server = await serveStatic(root);
  const browser = await launchChromium();
  const rows: string[][] = [];
  const phases: string[] = [];
  try {
    for (const name of Object.keys(graphs)) {
      for (const lib of ['3', '4']) {
        const first: number[] = [];
        const refresh: number[] = [];
        let size = '';
        for (let i = 0; i < RUNS; i++) {
          const tab = await browser.newPage({ viewport: { width: 1280, height: 860 } });
          await tab.goto(`${server.url}page/index.html?lib=${lib}&data=${name}.json`);
          await tab.waitForSelector('body[data-status]', { timeout: 300_000 });
          const result = await tab.evaluate(() => (globalThis as unknown as { __bench: Record<string, number | string> }).__bench);
          if (result.error) throw new Error(String(result.error));
          first.push(Number(result.firstFrame));
          refresh.push(Number(result.refresh));
          size = `${result.nodes} nodes, ${result.edges} edges`;
          await tab.close();
        }
        rows.push([`sigma ${lib === '3' ? '3.0.3' : '4.0.4'}`, name, size, ms(median(first)), ms(median(refresh))]);
      }
      const first: number[] = [];
      const fromNavigation: number[] = [];
      const runs: Array<Record<string, number>> = [];
      for (let i = 0; i < RUNS; i++) {
        const tab = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        await tab.goto(`${server.url}sites/${name}/`);
        await tab.waitForSelector('body[data-status="ready"]', { timeout: 300_000 });
        const run = await tab.evaluate(() => ({
          firstDrawMs: (globalThis as unknown as { __deaiViewer: { firstDrawMs: number } }).__deaiViewer.firstDrawMs,
          marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('deai:')).map((m) => [m.name.slice(5), m.startTime])),
        }));
        first.push(run.firstDrawMs);
        fromNavigation.push(run.marks.frame ?? NaN);
        runs.push(run.marks);
        await tab.close();
      }
      // The metric since the first round: from the viewer's script starting to the first frame on screen (sigma
      // draws inside its constructor; the next animation frame comes after it reached the screen).
      rows.push(['deai-kg viewer', name, 'script start → first frame', ms(median(first)), '']);
      // Also from navigation start: the HTML and the bundle's download and parse, which the metric above leaves out.
      rows.push(['deai-kg viewer', name, 'navigation → first frame', ms(median(fromNavigation)), '']);
      phases.push(`${name}: ${PHASES.map(([from, to, what]) => `${what} ${ms(median(runs.map((m) => (m[to] ?? NaN) - (m[from] ?? NaN))))}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log('\nViewer: time to first frame and to re-render (median of %d runs, headless Chromium, SwiftShader WebGL)', RUNS);
  console.log(table(['renderer', 'graph', 'size', 'first frame', 're-render'], rows));
  console.log(`Viewer's first draw, phase by phase (median; performance marks in viewer/src/main.ts):\n  ${phases.join('\n  ')}`);
  console.log(`Build-time layout, exports' ForceAtlas2: survey ${ms(forceTimes.survey ?? 0)}, 10k ${ms(forceTimes['10k'] ?? 0)}; viewer's lifecycle layout: survey ${ms(layoutTimes.survey ?? 0)}, 10k ${ms(layoutTimes['10k'] ?? 0)}`);
  const assets = `${REPO_ROOT}dist/viewer/assets`;
  const sizes = readdirSync(assets).map((f) => ({ f, raw: statSync(join(assets, f)).size, gz: gzipSync(readFileSync(join(assets, f))).length }));
  const sum = (pick: (s: { f: string }) => boolean, key: 'raw' | 'gz') => sizes.filter(pick).reduce((n, s) => n + s[key], 0);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`Viewer bundle: JS ${kb(sum((s) => s.f.endsWith('.js'), 'raw'))} (gzip ${kb(sum((s) => s.f.endsWith('.js'), 'gz'))}), CSS gzip ${kb(sum((s) => s.f.endsWith('.css'), 'gz'))}, Oxigraph WASM ${kb(sum((s) => s.f.endsWith('.wasm'), 'raw'))} (gzip ${kb(sum((s) => s.f.endsWith('.wasm'), 'gz'))}; fetched only when the SPARQL box runs a query)`);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

await main();

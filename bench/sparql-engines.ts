// Benchmark: Oxigraph (WASM, src/sparql/oxigraph-engine.ts) vs Comunica over an n3 Store
// (bench/engines/comunica-engine.ts) on the 16 competency questions, at the survey's size and at 10k and
// 100k synthetic projects: load time, p50/p95 latency, memory, browser bundle size; plus conformance.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/sparql-engines.js [options]
//
// Options: --sizes survey,10k,100k   --engines oxigraph,comunica   --timeout 120 (s per query run)
//          --budget 180 (s per engine and size for the queries; 0 = none)   --runs 5 (timed runs; survey, 10k)
//          --runs-100k 3   --no-bundle   --fresh (rebuild cached graphs)
//
// Each (engine, size) runs in its own child process (`--child ENGINE SIZE`), so memory numbers don't mix;
// the parent kills a child whose query run passes the timeout, records "timeout" and goes on from the next
// query in a new child. Graphs are built once per size (`--prepare SIZE`) and cached as N-Quads in the temp dir.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Quad } from '@rdfjs/types';
import type { QueryResult, SparqlEngine } from '../src/sparql/sparql-engine.js';
import { compareResults } from './compare-results.js';
import { competencyQueries, REPO_ROOT, SURVEY_FILE, queryQuads, surveyGraph } from './survey-graph.js';
import { syntheticSurvey } from './synthetic-survey.js';

const SIZES: Record<string, number | undefined> = { survey: undefined, '10k': 10_000, '100k': 100_000 };
const SEED = 1;
const CACHE = join(tmpdir(), 'deai-kg-bench');
const SCRIPT = fileURLToPath(import.meta.url);
/** How long past the timeout the parent waits before killing a child whose query did not stop. */
const KILL_GRACE_MS = 15_000;
/** V8's maximum string length on 64-bit (Node 20): 2^29 − 24 UTF-16 code units. */
const MAX_STRING = 2 ** 29 - 24;

// ───────────────────────────── child: build a size's graph once, cache it as N-Quads ─────────────────────────────

interface Prepared {
  readonly size: string;
  readonly projects: number;
  readonly quads: number;
  readonly nquadsChars: number;
  readonly buildMs: number;
  readonly warnings: number;
  readonly file: string;
  /** Hash of the ontology and name variants the graph was built with. */
  readonly inputs?: string;
}

/**
 * The cache is keyed by the survey markdown only (a 100k graph takes minutes to build): a graph cached
 * under an older ontology or name-variants file is reused with a warning; --fresh rebuilds it.
 */
function cachePaths(size: string): { nq: string; meta: string } {
  const hash = createHash('sha256').update(surveyMarkdown(size)).digest('hex').slice(0, 12);
  return { nq: join(CACHE, `${size}-${hash}.nq`), meta: join(CACHE, `${size}-${hash}.json`) };
}

function inputsHash(): string {
  return createHash('sha256')
    .update(readFileSync(`${REPO_ROOT}ontology/deai.ttl`))
    .update(readFileSync(`${REPO_ROOT}data/name-variants.json`))
    .digest('hex')
    .slice(0, 12);
}

function surveyMarkdown(size: string): string {
  const n = SIZES[size];
  return n === undefined ? readFileSync(SURVEY_FILE, 'utf8') : syntheticSurvey(n, SEED);
}

async function prepareChild(size: string): Promise<void> {
  const { nq, meta } = cachePaths(size);
  const markdown = surveyMarkdown(size);
  const t0 = performance.now();
  const graph = surveyGraph(markdown, SIZES[size] === undefined ? 'data/sok-deai-README.md' : `synthetic-${size}.md`);
  const buildMs = performance.now() - t0;
  const quads = queryQuads(graph);
  const { Writer } = await import('n3');
  mkdirSync(CACHE, { recursive: true });
  const out = createWriteStream(`${nq}.part`);
  let chars = 0;
  for (let i = 0; i < quads.length; i += 100_000) {
    const text = new Writer({ format: 'N-Quads' }).quadsToString(quads.slice(i, i + 100_000));
    chars += text.length;
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  const { renameSync } = await import('node:fs');
  renameSync(`${nq}.part`, nq);
  const projects = graph.quads.filter((q) => q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && q.object.value === 'https://w3id.org/deai/ontology#Project').length;
  const prepared: Prepared = {
    size,
    projects,
    quads: quads.length,
    nquadsChars: chars,
    buildMs,
    warnings: graph.diagnostics.filter((d) => d.severity === 'warning').length,
    file: nq,
    inputs: inputsHash(),
  };
  writeFileSync(meta, JSON.stringify(prepared));
  process.stdout.write(`${JSON.stringify({ type: 'prepared', ...prepared })}\n`);
}

// ───────────────────────────── child: one engine at one size ─────────────────────────────

type Line =
  | { type: 'import'; ms: number }
  | { type: 'load'; engine: string; loadMs: number; loadRuns: number[]; before: Mem; after: Mem; engineOnly: Mem; maxRssMB: number; loadError?: string }
  | { type: 'start'; query: string; run: number }
  | { type: 'query'; query: string; warmupMs: number; times: number[]; rows: number }
  | { type: 'error'; query: string; message: string }
  | { type: 'timeout'; query: string; run: number }
  | { type: 'budget'; query: string }
  | { type: 'done'; maxRssMB: number };

interface Mem {
  readonly rssMB: number;
  readonly heapUsedMB: number;
  readonly externalMB: number;
}

function memory(): Mem {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const mb = (n: number): number => Math.round(n / 1e5) / 10;
  return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), externalMB: mb(m.external) };
}

function send(line: Line): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function readNQuads(file: string, onQuad: (quad: Quad) => void): Promise<void> {
  const { StreamParser } = await import('n3');
  const { createReadStream } = await import('node:fs');
  const parser = new StreamParser({ format: 'application/n-quads' });
  await new Promise<void>((resolve, reject) => {
    parser.on('data', onQuad);
    parser.on('error', reject);
    parser.on('end', () => resolve());
    createReadStream(file).on('error', reject).pipe(parser);
  });
}

async function engineChild(engineName: string, size: string, from: number, runs: number, deadlineIn: number, budgetMs: number, resultsDir: string, timeoutMs: number, metaFile: string): Promise<void> {
  const meta = JSON.parse(readFileSync(metaFile || cachePaths(size).meta, 'utf8')) as Prepared;
  // Past V8's string limit src's Oxigraph engine cannot load at all (it builds one N-Quads string), and
  // an array of 14 M n3 quads next to an engine leaves V8 garbage-collecting a 7 GB heap: so at that size
  // both engines load straight from the cached N-Quads file (parse + index), the same input for both.
  const fromFile = meta.nquadsChars > MAX_STRING;

  const t0 = performance.now();
  const comunica = engineName === 'comunica' ? await import('./engines/comunica-engine.js') : undefined;
  const oxigraphSrc = engineName === 'oxigraph' ? await import('../src/sparql/oxigraph-engine.js') : undefined;
  const oxigraphChunked = engineName === 'oxigraph' ? await import('./engines/oxigraph-chunked-engine.js') : undefined;
  send({ type: 'import', ms: performance.now() - t0 });

  let engine: SparqlEngine | undefined;
  let loadError: string | undefined;
  let name = engineName;
  const loadRuns: number[] = [];
  let before: Mem;
  let after: Mem;
  let engineOnly: Mem;
  if (!fromFile) {
    let quads: Quad[] | undefined = [];
    await readNQuads(meta.file, (q) => quads?.push(q));
    // Comunica yields to the event loop, so it stops a query itself (no new child, no reload); Oxigraph's
    // query() is one synchronous WASM call, which only the parent's watchdog can stop.
    const factory = (q: Quad[]): SparqlEngine => (comunica ? comunica.createComunicaEngine(q, { timeoutMs }) : oxigraphSrc!.createOxigraphEngine(q));
    before = memory();
    // Small graphs load in milliseconds: take the median of a few loads.
    const loads = meta.quads < 100_000 ? 5 : 1;
    for (let i = 0; i < loads; i++) {
      engine = undefined;
      const t = performance.now();
      try {
        engine = factory(quads);
      } catch (error) {
        loadError = `${(error as Error).name}: ${(error as Error).message}`;
        break;
      }
      loadRuns.push(performance.now() - t);
    }
    if (!engine && oxigraphChunked) {
      memory();
      const t = performance.now();
      engine = oxigraphChunked.createOxigraphChunkedEngine(quads);
      loadRuns.push(performance.now() - t);
      name = 'oxigraph-chunked';
    }
    after = memory();
    quads = undefined; // the input is the caller's; what remains is the engine's own
    engineOnly = memory();
  } else {
    before = memory();
    const t = performance.now();
    if (oxigraphChunked) {
      loadError = `RangeError: Invalid string length (src's engine needs one N-Quads string of ${meta.nquadsChars} UTF-16 units; V8's limit is ${MAX_STRING})`;
      engine = await oxigraphChunked.createOxigraphEngineFromNQuadsFile(meta.file);
      name = 'oxigraph-file';
    } else if (comunica) {
      const { Store } = await import('n3');
      const store = new Store();
      await readNQuads(meta.file, (q) => store.addQuad(q));
      engine = comunica.createComunicaEngineOverStore(store, { timeoutMs });
      name = 'comunica-file';
    }
    loadRuns.push(performance.now() - t);
    after = memory();
    engineOnly = after;
  }
  if (!engine) throw new Error(loadError ?? 'engine did not load');
  const loadMs = median(loadRuns);
  send({ type: 'load', engine: name, loadMs, loadRuns, before, after, engineOnly, maxRssMB: maxRssMB(), ...(loadError ? { loadError } : {}) });
  // The query budget starts once the first child has loaded; later children get the parent's deadline.
  const deadline = deadlineIn > 0 ? deadlineIn : budgetMs > 0 ? Date.now() + budgetMs : 0;

  const queries = competencyQueries();
  for (let k = from; k < queries.length; k++) {
    const { name: query, sparql } = queries[k] as { name: string; sparql: string };
    if (deadline > 0 && Date.now() > deadline) {
      send({ type: 'budget', query });
      break;
    }
    try {
      send({ type: 'start', query, run: 0 });
      let t = performance.now();
      const result = await engine.query(sparql);
      const warmupMs = performance.now() - t;
      writeFileSync(join(resultsDir, `${engineName}-${size}-${query}.json`), JSON.stringify(result));
      const times: number[] = [];
      for (let r = 1; r <= runs; r++) {
        send({ type: 'start', query, run: r });
        t = performance.now();
        await engine.query(sparql);
        times.push(performance.now() - t);
      }
      send({ type: 'query', query, warmupMs, times, rows: result.type === 'bindings' ? result.rows.length : 1 });
    } catch (error) {
      if ((error as Error).name === 'QueryTimeoutError') send({ type: 'timeout', query, run: -1 });
      else send({ type: 'error', query, message: (error as Error).message });
    }
  }
  send({ type: 'done', maxRssMB: maxRssMB() });
}

function maxRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 102.4) / 10; // maxRSS is in KiB
}

// ───────────────────────────── parent ─────────────────────────────

interface QueryStat {
  readonly query: string;
  readonly status: 'ok' | 'timeout' | 'error' | 'not run (budget)';
  readonly times: number[];
  readonly warmupMs?: number;
  readonly rows?: number;
  readonly message?: string;
}

interface EngineRun {
  engine: string;
  size: string;
  loadedAs?: string;
  loadError?: string;
  importMs?: number;
  loadMs?: number;
  memory?: { before: Mem; after: Mem; engineOnly: Mem; maxRssMB: number };
  peakRssMB?: number;
  children: number;
  wallMs: number;
  queries: QueryStat[];
}

/**
 * Engine children get at most 60 % of the machine's memory as V8 heap, so that an engine that does not fit
 * (Comunica at 100k) stops with V8's own "heap out of memory" instead of waking the kernel's OOM killer on a
 * shared machine. Building the 100k graph needs more (≈ 17 GB peak), once.
 */
const ENGINE_HEAP_MB = Math.min(20_000, Math.floor((totalmem() / 2 ** 20) * 0.6));

function runChild(args: string[], onLine: (line: any) => void, watchdog?: (kill: () => void) => void): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const heap = args[0] === '--prepare' ? 20_000 : ENGINE_HEAP_MB;
    const child = spawn(process.execPath, ['--expose-gc', `--max-old-space-size=${heap}`, SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (text) => {
      if (text.startsWith('{')) onLine(JSON.parse(text));
      else process.stderr.write(`${text}\n`);
    });
    let timer: NodeJS.Timeout | undefined;
    if (watchdog) timer = setInterval(() => watchdog(() => child.kill('SIGKILL')), 250);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearInterval(timer);
      resolve(code ?? (signal ? -1 : null));
    });
  });
}

async function prepare(size: string, fresh: boolean): Promise<Prepared> {
  const { meta } = cachePaths(size);
  if (!fresh && existsSync(meta)) {
    const cached = JSON.parse(readFileSync(meta, 'utf8')) as Prepared;
    if (existsSync(cached.file)) {
      if (cached.inputs !== inputsHash()) log(`note: the cached ${size} graph was built with another ontology/name-variants version; --fresh rebuilds it`);
      return cached;
    }
  }
  let prepared: Prepared | undefined;
  log(`building the ${size} graph (cached in ${CACHE})…`);
  const code = await runChild(['--prepare', size], (line) => {
    if (line.type === 'prepared') prepared = line as Prepared;
  });
  if (!prepared) throw new Error(`building the ${size} graph failed (exit ${code})`);
  return prepared;
}

async function runEngine(engine: string, size: string, runs: number, timeoutMs: number, budgetMs: number, resultsDir: string, metaFile: string): Promise<EngineRun> {
  const queries = competencyQueries().map((q) => q.name);
  const run: EngineRun = { engine, size, children: 0, wallMs: 0, queries: [] };
  const t0 = Date.now();
  let deadline = 0;
  let from = 0;
  while (from < queries.length) {
    let started: { query: string; at: number } | undefined;
    let timedOut: string | undefined;
    let finished = false;
    let last = from - 1;
    run.children++;
    const code = await runChild(
      ['--child', engine, size, '--from', String(from), '--runs', String(runs), '--deadline', String(deadline), '--budget-ms', String(budgetMs), '--results', resultsDir, '--timeout', String(timeoutMs / 1000), '--meta', metaFile],
      (line: Line) => {
        if (line.type === 'import') run.importMs = line.ms;
        else if (line.type === 'load') {
          // The budget counts query time only: it starts once the engine is loaded (first child).
          if (deadline === 0 && budgetMs > 0) deadline = Date.now() + budgetMs;
          if (run.loadMs === undefined) {
            run.loadMs = line.loadMs;
            run.loadedAs = line.engine;
            run.memory = { before: line.before, after: line.after, engineOnly: line.engineOnly, maxRssMB: line.maxRssMB };
            if (line.loadError) run.loadError = line.loadError;
          }
          log(`  ${engine} @ ${size}: loaded as ${line.engine} in ${fmtMs(line.loadMs)}${line.loadError ? ` (src engine failed: ${line.loadError})` : ''}`);
        } else if (line.type === 'start') started = { query: line.query, at: Date.now() };
        else if (line.type === 'query') {
          started = undefined;
          last = queries.indexOf(line.query);
          run.queries.push({ query: line.query, status: 'ok', times: line.times, warmupMs: line.warmupMs, rows: line.rows });
          log(`  ${engine} @ ${size}: ${line.query.padEnd(26)} median ${fmtMs(median(line.times))} (warm-up ${fmtMs(line.warmupMs)}, ${line.rows} rows)`);
        } else if (line.type === 'timeout') {
          started = undefined;
          last = queries.indexOf(line.query);
          run.queries.push({ query: line.query, status: 'timeout', times: [] });
          log(`  ${engine} @ ${size}: ${line.query} timed out (> ${timeoutMs / 1000} s), stopped in the child`);
        } else if (line.type === 'error') {
          started = undefined;
          last = queries.indexOf(line.query);
          run.queries.push({ query: line.query, status: 'error', times: [], message: line.message });
          log(`  ${engine} @ ${size}: ${line.query} failed: ${line.message}`);
        } else if (line.type === 'budget') {
          finished = true;
          log(`  ${engine} @ ${size}: time budget spent before ${line.query}`);
        } else if (line.type === 'done') {
          finished = true;
          run.peakRssMB = Math.max(run.peakRssMB ?? 0, line.maxRssMB);
        }
      },
      (kill) => {
        // A grace period lets an engine that can stop itself (Comunica) do so first.
        if (started && Date.now() - started.at > timeoutMs + KILL_GRACE_MS && !timedOut) {
          timedOut = started.query;
          kill();
        }
      },
    );
    if (finished) break;
    if (timedOut) {
      last = queries.indexOf(timedOut);
      run.queries.push({ query: timedOut, status: 'timeout', times: [] });
      log(`  ${engine} @ ${size}: ${timedOut} timed out (> ${timeoutMs / 1000} s)`);
    } else if (run.loadMs === undefined) {
      run.loadError = `the child exited (code ${code}${code === 134 ? ': V8 heap out of memory, see stderr' : ''}) before the engine loaded`;
      log(`  ${engine} @ ${size}: ${run.loadError}`);
      break;
    } else {
      const crashed = started?.query ?? queries[last + 1];
      if (crashed === undefined) break;
      last = queries.indexOf(crashed);
      run.queries.push({ query: crashed, status: 'error', times: [], message: `the child exited (code ${code})` });
      log(`  ${engine} @ ${size}: ${crashed}: the child exited (code ${code})`);
    }
    from = last + 1;
    if (deadline > 0 && Date.now() > deadline) break;
  }
  for (const q of queries) if (!run.queries.some((s) => s.query === q)) run.queries.push({ query: q, status: 'not run (budget)', times: [] });
  run.queries.sort((a, b) => queries.indexOf(a.query) - queries.indexOf(b.query));
  run.wallMs = Date.now() - t0;
  return run;
}

// ───────────────────────────── bundle sizes ─────────────────────────────

interface BundleSize {
  readonly name: string;
  readonly jsBytes: number;
  readonly jsGzip: number;
  readonly wasmBytes: number;
  readonly wasmGzip: number;
  readonly warnings: string[];
}

const BUNDLE_ENTRIES: Record<string, (distBench: string) => string> = {
  // What both engines' modules already share with the app: n3 (the app parses and writes RDF with it).
  'n3 only (baseline)': () => `import { DataFactory, Store, Writer } from 'n3';\nglobalThis.deai = { DataFactory, Store, Writer };\n`,
  // src/sparql/oxigraph-engine.ts as a browser must write it: oxigraph's "browser" build (web.js) needs init() first.
  oxigraph: () =>
    `import init, { Store } from 'oxigraph';\nimport { Writer } from 'n3';\n` +
    `globalThis.deai = async (quads, sparql) => {\n  await init();\n  const store = new Store();\n` +
    `  store.load(new Writer({ format: 'N-Quads' }).quadsToString(quads), { format: 'application/n-quads' });\n` +
    `  return JSON.parse(store.query(sparql, { results_format: 'application/sparql-results+json' }));\n};\n`,
  comunica: (distBench) => `import { createComunicaEngine } from ${JSON.stringify(`${distBench}/bench/engines/comunica-engine.js`)};\nglobalThis.deai = createComunicaEngine;\n`,
};

async function bundleSizes(): Promise<BundleSize[]> {
  const { build } = await import('vite');
  const distBench = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
  const out: BundleSize[] = [];
  for (const [name, entry] of Object.entries(BUNDLE_ENTRIES)) {
    const dir = mkdtempSync(join(tmpdir(), 'deai-kg-bundle-'));
    try {
      symlinkSync(`${REPO_ROOT}node_modules`, join(dir, 'node_modules'), 'dir');
      writeFileSync(join(dir, 'entry.js'), entry(distBench));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><script type="module" src="./entry.js"></script></body></html>\n');
      const warnings: string[] = [];
      await build({
        root: dir,
        configFile: false,
        logLevel: 'silent',
        mode: 'production',
        customLogger: {
          info() {},
          warn(msg: string) {
            warnings.push(msg.split('\n')[0] ?? msg);
          },
          warnOnce(msg: string) {
            warnings.push(msg.split('\n')[0] ?? msg);
          },
          error(msg: string) {
            warnings.push(`error: ${msg.split('\n')[0] ?? msg}`);
          },
          clearScreen() {},
          hasErrorLogged: () => false,
          hasWarned: false,
        } as any,
        build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022', minify: true, reportCompressedSize: false, chunkSizeWarningLimit: 1e9 },
      });
      let jsBytes = 0;
      let jsGzip = 0;
      let wasmBytes = 0;
      let wasmGzip = 0;
      for (const file of walk(join(dir, 'dist'))) {
        const data = readFileSync(file);
        const gz = gzipSync(data, { level: 9 }).length;
        if (file.endsWith('.wasm')) {
          wasmBytes += data.length;
          wasmGzip += gz;
        } else if (file.endsWith('.js')) {
          jsBytes += data.length;
          jsGzip += gz;
        }
      }
      out.push({ name, jsBytes, jsGzip, wasmBytes, wasmGzip, warnings: [...new Set(warnings)] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// ───────────────────────────── reporting ─────────────────────────────

function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile. */
function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

function fmtMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '–';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function kb(bytes: number): string {
  return bytes === 0 ? '–' : `${(bytes / 1024).toFixed(0)} KiB`;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--prepare') return prepareChild(args[1] as string);
  if (args[0] === '--child') {
    return engineChild(
      args[1] as string,
      args[2] as string,
      Number(option(args, '--from', '0')),
      Number(option(args, '--runs', '5')),
      Number(option(args, '--deadline', '0')),
      Number(option(args, '--budget-ms', '0')),
      option(args, '--results', tmpdir()),
      Number(option(args, '--timeout', '120')) * 1000,
      option(args, '--meta', ''),
    );
  }

  const sizes = option(args, '--sizes', 'survey,10k,100k').split(',');
  const engines = option(args, '--engines', 'oxigraph,comunica').split(',');
  const timeoutMs = Number(option(args, '--timeout', '120')) * 1000;
  const budgetMs = Number(option(args, '--budget', '180')) * 1000;
  const fresh = args.includes('--fresh');
  const runsSmall = Number(option(args, '--runs', '5'));
  const runsLarge = Number(option(args, '--runs-100k', '3'));
  for (const s of sizes) if (!(s in SIZES)) throw new Error(`unknown size ${s}; use ${Object.keys(SIZES).join(', ')}`);
  const started = Date.now();
  const resultsDir = mkdtempSync(join(tmpdir(), 'deai-kg-results-'));

  const bundles = args.includes('--no-bundle') ? [] : await bundleSizes();
  const prepared: Record<string, Prepared> = {};
  const runs: EngineRun[] = [];
  for (const size of sizes) {
    prepared[size] = await prepare(size, fresh);
    log(`${size}: ${prepared[size].projects} projects, ${prepared[size].quads} quads (graph built in ${fmtMs(prepared[size].buildMs)})`);
    const timedRuns = size === '100k' ? runsLarge : runsSmall;
    for (const engine of engines) runs.push(await runEngine(engine, size, timedRuns, timeoutMs, budgetMs, resultsDir, cachePaths(size).meta));
  }

  // Conformance: compare the warm-up answers both engines wrote, query by query.
  const conformance: Record<string, { identical: string[]; groupConcatLanguageOnly: string[]; different: { query: string; differences: readonly string[] }[]; notCompared: string[] }> = {};
  if (engines.includes('oxigraph') && engines.includes('comunica')) {
    for (const size of sizes) {
      const c = { identical: [] as string[], groupConcatLanguageOnly: [] as string[], different: [] as { query: string; differences: readonly string[] }[], notCompared: [] as string[] };
      for (const { name, sparql } of competencyQueries()) {
        const files = ['oxigraph', 'comunica'].map((e) => join(resultsDir, `${e}-${size}-${name}.json`));
        if (!files.every((f) => existsSync(f))) {
          c.notCompared.push(name);
          continue;
        }
        const [a, b] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as QueryResult) as [QueryResult, QueryResult];
        const r = compareResults(sparql, a, b);
        if (r.same) c.identical.push(name);
        else if (r.sameButGroupConcatLanguage) c.groupConcatLanguageOnly.push(name);
        else c.different.push({ query: name, differences: r.differences });
      }
      conformance[size] = c;
    }
  }
  rmSync(resultsDir, { recursive: true, force: true });

  // ── print ──
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nSPARQL engines on the 16 competency questions — Node ${process.version}, ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  console.log(
    `(latency: warm-up 1 run, then ${runsSmall} timed runs per query (${runsLarge} at 100k); p50/p95 over all timed runs of all completed queries; ` +
      `timeout ${timeoutMs / 1000} s per run, query budget ${budgetMs / 1000} s per engine and size)\n`,
  );
  console.log(
    table(
      ['size', 'projects', 'quads', 'engine', 'load', '1st query', 'p50', 'p95', 'slowest query (median)', '16-query suite', 'done', 'RSS after load', 'heap after load', 'engine Δ RSS', 'peak RSS'],
      runs.map((r) => {
        const p = prepared[r.size] as Prepared;
        const ok = r.queries.filter((q) => q.status === 'ok');
        const all = ok.flatMap((q) => q.times);
        const slowest = [...ok].sort((a, b) => median(b.times) - median(a.times))[0];
        const suite = ok.reduce((s, q) => s + median(q.times), 0);
        const m = r.memory;
        const failed = r.queries.filter((q) => q.status !== 'ok');
        return [
          r.size,
          String(p.projects),
          String(p.quads),
          r.loadedAs ?? r.engine,
          fmtMs(r.loadMs),
          r.queries[0]?.status === 'ok' ? fmtMs(r.queries[0].warmupMs) : (r.queries[0]?.status ?? '–'),
          fmtMs(percentile(all, 50)),
          fmtMs(percentile(all, 95)),
          slowest ? `${slowest.query} (${fmtMs(median(slowest.times))})` : '–',
          ok.length === 16 ? fmtMs(suite) : `${fmtMs(suite)} (${ok.length} q)`,
          `${ok.length}/16${failed.length ? ` (${[...new Set(failed.map((f) => f.status))].join(', ')})` : ''}`,
          m ? `${m.engineOnly.rssMB.toFixed(0)} MB` : '–',
          m ? `${m.engineOnly.heapUsedMB.toFixed(0)} MB` : '–',
          m ? `${(m.after.rssMB - m.before.rssMB).toFixed(0)} MB` : '–',
          `${(r.peakRssMB ?? m?.maxRssMB ?? 0).toFixed(0)} MB`,
        ];
      }),
    ),
  );

  console.log('\nPer-query median latency (warm-up excluded):\n');
  console.log(
    table(
      ['query', ...runs.map((r) => `${r.engine} ${r.size}`)],
      competencyQueries().map(({ name }) => [
        name,
        ...runs.map((r) => {
          const q = r.queries.find((s) => s.query === name);
          if (!q) return '–';
          return q.status === 'ok' ? fmtMs(median(q.times)) : q.status;
        }),
      ]),
    ),
  );

  if (bundles.length) {
    console.log('\nBrowser bundle (vite build, minified; gzip -9):\n');
    console.log(
      table(
        ['entry', 'JS', 'JS gzip', '.wasm', '.wasm gzip', 'total gzip'],
        bundles.map((b) => [b.name, kb(b.jsBytes), kb(b.jsGzip), kb(b.wasmBytes), kb(b.wasmGzip), kb(b.jsGzip + b.wasmGzip)]),
      ),
    );
    for (const b of bundles) if (b.warnings.length) console.log(`  ${b.name}: ${b.warnings.length} build warning(s), e.g. ${b.warnings.slice(0, 3).join(' | ')}`);
  }

  if (Object.keys(conformance).length) {
    console.log('\nConformance (oxigraph vs comunica: same row multisets; GROUP_CONCAT parts compared sorted):');
    for (const [size, c] of Object.entries(conformance)) {
      console.log(
        `  ${size}: ${c.identical.length} identical` +
          (c.groupConcatLanguageOnly.length ? `, ${c.groupConcatLanguageOnly.length} differ only in GROUP_CONCAT language tags (${c.groupConcatLanguageOnly.join(', ')})` : '') +
          (c.different.length ? `, ${c.different.length} DIFFERENT (${c.different.map((d) => d.query).join(', ')})` : '') +
          (c.notCompared.length ? `, ${c.notCompared.length} not compared (not answered by both)` : ''),
      );
      for (const d of c.different) for (const line of d.differences) console.log(`    ${d.query}: ${line}`);
    }
  }

  const report = { node: process.version, cores: availableParallelism(), cpu, memGiB: totalmem() / 2 ** 30, prepared, runs, bundles, conformance, wallMs: Date.now() - started };
  const reportFile = join(CACHE, `sparql-engines-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(reportFile, JSON.stringify(report, null, 2));
  console.log(`\nTotal wall time ${fmtMs(Date.now() - started)}; raw numbers in ${reportFile}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}

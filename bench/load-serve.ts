// Load test of `deai-kg serve`, on loopback only, bounded in requests and time; it stops by itself.
//
//   npm run build && npx tsc -p bench/tsconfig.json && node dist-bench/bench/load-serve.js
//
// 1. Startup and memory: the server with 1, 2 and 4 query workers (time to serve, worker start-up, idle RSS).
// 2. Each kind of request alone, then concurrent clients mixing SPARQL queries and page fetches: p50/p99, req/s.
// 3. The same mix (12,000 requests) while a client sends queries that never finish: each must be cut by the timeout (503), and the
//    others must see no errors. Exits 1 if any request failed or a slow query was not cut in time.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { type RunningServe, startServe } from '../test/helpers/serve.js';
const TIMEOUT_MS = 2000;
const CONNECTIONS = 16;
/** Requests per measured run: fixed counts, and a time cap on each run besides. */
const AMOUNT = { single: 3000, mixed: 6000, withSlow: 12000 };
const MAX_RUN_SECONDS = 60;

const PREFIXES = 'PREFIX deai: <https://w3id.org/deai/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>';
const SELECT = `${PREFIXES} SELECT ?p ?name WHERE { ?p a deai:Project ; rdfs:label ?name } ORDER BY ?name`;
const STAKING = `${PREFIXES} SELECT ?p WHERE { ?p deai:coversStage deai:Inference ; deai:reliesOn deai:Staking }`;
const CONSTRUCT = `${PREFIXES} CONSTRUCT { ?p rdfs:label ?name } WHERE { ?p a deai:Project ; rdfs:label ?name }`;
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

interface Served extends RunningServe {
  readonly readyMs: number;
}

/** The server as the tests start it (test/helpers/serve.ts), plus how long it took to serve. */
async function startServer(workers: number): Promise<Served> {
  const started = performance.now();
  const running = await startServe(['--workers', String(workers), '--query-timeout', String(TIMEOUT_MS)]);
  return { ...running, readyMs: performance.now() - started };
}

function rssMB(pid: number | undefined): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:')) ?? '';
  return Math.round(Number(/\d+/.exec(line)?.[0] ?? 0) / 1024);
}

/** Projects, assessments and other IRIs to fetch, taken from the server itself. */
async function entityPaths(url: string): Promise<string[]> {
  const q = `${PREFIXES} SELECT ?s WHERE { { ?s a deai:Project } UNION { ?s a deai:Assessment } } ORDER BY ?s`;
  const body = (await (await fetch(`${url}sparql?query=${encodeURIComponent(q)}`)).json()) as { results: { bindings: { s: { value: string } }[] } };
  return body.results.bindings.map((b) => `/${b.s.value.slice('https://w3id.org/deai/'.length)}`);
}

type Request = autocannon.Request;
const sparqlGet = (query: string, accept: string): Request => ({ method: 'GET', path: `/sparql?query=${encodeURIComponent(query)}`, headers: { accept } });
const sparqlPost = (query: string, accept: string): Request => ({
  method: 'POST', path: '/sparql', headers: { accept, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query }).toString(),
});
function pages(paths: readonly string[], accept: string): Request {
  let i = 0;
  return { method: 'GET', headers: { accept }, setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] as string }) };
}

interface Row {
  readonly name: string;
  readonly result: autocannon.Result;
  /** Wall time of the run. */
  readonly seconds: number;
}

async function load(url: string, name: string, requests: Request[], amount: number): Promise<Row> {
  const started = performance.now();
  // sampleInt: autocannon ends a run on its sampling tick; 100 ms keeps the wall time (and so req/s) exact to 0.1 s.
  const result = await autocannon({ url, connections: CONNECTIONS, amount, duration: MAX_RUN_SECONDS, timeout: 30, sampleInt: 100, requests });
  return { name, result, seconds: (performance.now() - started) / 1000 };
}

function table(rows: readonly Row[]): string {
  const head = ['run', 'requests', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors', 'non-2xx'];
  const lines = rows.map(({ name, result: r, seconds }) => [name, String(r.requests.total), (r.requests.total / seconds).toFixed(0), String(r.latency.p50), String(r.latency.p90), String(r.latency.p99), String(r.latency.max), String(r.errors), String(r.non2xx)]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [fmt(head), ...lines.map(fmt)].join('\n');
}

/** Sends never-ending queries one after another until `until` resolves; returns each one's status and time. */
async function slowClient(url: string, until: Promise<unknown>): Promise<{ status: number; ms: number }[]> {
  let done = false;
  void until.then(() => (done = true));
  const out: { status: number; ms: number }[] = [];
  while (!done && out.length < 30) {
    const t = performance.now();
    const response = await fetch(`${url}sparql?query=${encodeURIComponent(SLOW)}`);
    await response.arrayBuffer();
    out.push({ status: response.status, ms: Math.round(performance.now() - t) });
  }
  return out;
}

async function main(): Promise<number> {
  console.log(`deai-kg serve load test: ${CONNECTIONS} concurrent clients on 127.0.0.1, query timeout ${TIMEOUT_MS} ms\n`);
  console.log('Startup and memory (idle, after start):');
  for (const workers of [1, 2, 4]) {
    const served = await startServer(workers);
    const health = (await (await fetch(`${served.url}health`)).json()) as { workers: { startupMs: number[] } };
    console.log(`  ${workers} worker(s): serving after ${Math.round(served.readyMs)} ms; worker startup ${health.workers.startupMs.join(', ')} ms; RSS ${rssMB(served.child.pid)} MB`);
    await served.stop();
  }

  const served = await startServer(2);
  let failed = false;
  try {
    const paths = await entityPaths(served.url);
    const projects = paths.filter((p) => !p.includes('/assessment/'));
    const mix = [
      sparqlGet(SELECT, 'application/sparql-results+json'),
      pages(projects, 'text/html'),
      sparqlPost(STAKING, 'text/csv'),
      pages(paths, 'text/turtle'),
      sparqlGet(CONSTRUCT, 'text/turtle'),
      pages(projects, 'application/ld+json'),
    ];
    // Warm-up: each page rendered once (the server caches rendered pages), each worker past its first query.
    await load(served.url, 'warm-up', mix, 600);
    const rows: Row[] = [];
    rows.push(await load(served.url, 'SPARQL SELECT, JSON (GET)', [mix[0] as Request], AMOUNT.single));
    rows.push(await load(served.url, 'SPARQL SELECT, CSV (POST)', [mix[2] as Request], AMOUNT.single));
    rows.push(await load(served.url, 'SPARQL CONSTRUCT, Turtle', [mix[4] as Request], AMOUNT.single));
    rows.push(await load(served.url, 'entity pages, HTML', [mix[1] as Request], AMOUNT.single));
    rows.push(await load(served.url, 'entity pages, Turtle', [mix[3] as Request], AMOUNT.single));
    rows.push(await load(served.url, 'mixed (queries + pages)', mix, AMOUNT.mixed));
    const mixed = load(served.url, 'mixed, with slow queries', mix, AMOUNT.withSlow);
    const slow = await slowClient(served.url, mixed);
    rows.push(await mixed);
    console.log(`\n${table(rows)}\n`);
    const cut = slow.filter((s) => s.status === 503 && s.ms < TIMEOUT_MS + 1500);
    console.log(`Slow queries during the last run: ${slow.length} sent, ${cut.length} cut by the timeout (503), times ${slow.map((s) => s.ms).join(', ')} ms`);
    const health = (await (await fetch(`${served.url}health`)).json()) as { workers: { replaced: number; startupMs: number[] }; memoryMB: { rss: number } };
    console.log(`Workers replaced after a timeout: ${health.workers.replaced} (startup of each ${health.workers.startupMs.slice(2).join(', ')} ms); RSS after the runs ${rssMB(served.child.pid)} MB`);
    const errors = rows.reduce((n, r) => n + r.result.errors + r.result.non2xx, 0);
    if (errors > 0) console.log(`FAILED: ${errors} requests failed or were not answered 2xx`);
    if (slow.length === 0 || cut.length !== slow.length) console.log('FAILED: a slow query was not cut by the timeout in time');
    failed = errors > 0 || slow.length === 0 || cut.length !== slow.length;
  } finally {
    await served.stop();
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();

// The query pool of `deai-kg serve` (src/serve/query-pool.ts, hand-written) against piscina 5 and tinypool 2, driven
// in-process with the same worker code, 2 workers and a 2 s deadline, each pool in its own Node process:
//
//   npm run bench -- pools        (or: npx tsc -p bench/tsconfig.json && node dist-bench/bench/compare-pools.js)
//
// 1. Cold start: from creating the pool to two concurrent queries answered.
// 2. Load: 16 concurrent clients, 3,000 queries (SELECT → JSON and CONSTRUCT → Turtle): q/s, p50/p99, errors.
// 3. The same load while one client sends queries that never finish: each must be cut at the deadline (503) and the
//    fast queries must not fail; how long the slow ones took, the fast queries' p99, and the threads left after.
// 4. A query the engine refuses (SERVICE reaching the worker) and one that traps: does the worker survive, does the
//    pool keep its size? Memory: the process's RSS (workers included) after the runs.
import { predeclaredPrefixes } from '../src/sparql/prefixes.js';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Writer } from 'n3';
import { graphWithOntology } from '../src/graph/knowledge-graph.js';
import { buildGraphFromFile } from '../src/node/build-from-file.js';
import { BUNDLED } from '../src/node/package-files.js';
import { createQueryPool, type QueryPoolOptions } from '../src/serve/query-pool.js';
import type { QueryOutcome } from '../src/serve/worker-messages.js';
import { type BenchPool, createPiscinaQueryPool, createTinypoolQueryPool } from './pools/maintained-pools.js';
// The built-in pool starts its workers from this file by URL; the type-only import makes tsc compile it to dist-bench.
import type {} from '../src/serve/query-worker.js';

const POOLS = ['built-in', 'piscina', 'tinypool'] as const;
type PoolName = (typeof POOLS)[number];
const CLIENTS = 16;
const QUERIES = 3000;
const TIMEOUT_MS = 2000;
const PREFIXES = 'PREFIX deai: <https://w3id.org/deai/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>';
const SELECT = `${PREFIXES} SELECT ?p ?name WHERE { ?p a deai:Project ; rdfs:label ?name } ORDER BY ?name`;
const CONSTRUCT = `${PREFIXES} CONSTRUCT { ?p rdfs:label ?name } WHERE { ?p a deai:Project ; rdfs:label ?name }`;
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

interface Report {
  pool: PoolName;
  coldStartMs: number;
  load: { qps: number; p50: number; p99: number; errors: number };
  withSlow: { p50: number; p99: number; max: number; errors: number; slowMs: number[]; threadsAfter: number };
  rssMB: number;
}

async function createPool(name: PoolName, options: QueryPoolOptions): Promise<BenchPool> {
  if (name === 'piscina') return createPiscinaQueryPool(options);
  if (name === 'tinypool') return createTinypoolQueryPool(options);
  const pool = await createQueryPool(options);
  return { run: pool.run, threads: () => pool.stats().size, close: pool.close };
}

const percentile = (sorted: readonly number[], p: number): number => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

/** CLIENTS clients share `total` fast queries; each takes the next as soon as its last is answered. */
async function fastLoad(pool: BenchPool, total: number): Promise<{ ms: number[]; errors: number; seconds: number }> {
  const ms: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        const outcome: QueryOutcome = await pool.run(i % 2 ? SELECT : CONSTRUCT, i % 2 ? 'application/sparql-results+json' : 'text/turtle', undefined);
        ms.push(performance.now() - t);
        if (outcome.type !== 'result') errors++;
      }
    }),
  );
  return { ms: ms.sort((a, b) => a - b), errors, seconds: (performance.now() - started) / 1000 };
}

async function measure(name: PoolName): Promise<Report> {
  const graph = buildGraphFromFile(BUNDLED.survey);
  const nquads = new Writer({ format: 'N-Quads' }).quadsToString(graphWithOntology(graph));
  const options: QueryPoolOptions = { nquads, workers: 2, timeoutMs: TIMEOUT_MS, maxResults: 10_000, maxQueue: 256, prefixes: predeclaredPrefixes() };
  const began = performance.now();
  const pool = await createPool(name, options);
  await Promise.all([pool.run('ASK {}', undefined, undefined), pool.run('ASK {}', undefined, undefined)]);
  const coldStartMs = Math.round(performance.now() - began);
  await fastLoad(pool, 200); // warm-up
  const load = await fastLoad(pool, QUERIES);
  let loading = true;
  const slowMs: number[] = [];
  const slow = (async () => {
    while (loading && slowMs.length < 10) {
      const t = performance.now();
      const outcome = await pool.run(SLOW, undefined, undefined);
      slowMs.push(Math.round(performance.now() - t));
      if (outcome.type !== 'error' || outcome.status !== 503) throw new Error(`${name}: a slow query was not cut (${JSON.stringify(outcome).slice(0, 200)})`);
    }
  })();
  const withSlow = await fastLoad(pool, QUERIES * 2);
  loading = false;
  await slow;
  await new Promise((resolve) => setTimeout(resolve, 1000)); // replacements finish starting
  const report: Report = {
    pool: name,
    coldStartMs,
    load: { qps: Math.round(QUERIES / load.seconds), p50: percentile(load.ms, 50), p99: percentile(load.ms, 99), errors: load.errors },
    withSlow: { p50: percentile(withSlow.ms, 50), p99: percentile(withSlow.ms, 99), max: Math.round(withSlow.ms.at(-1) ?? 0), errors: withSlow.errors, slowMs, threadsAfter: pool.threads() },
    rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
  await pool.close();
  return report;
}

function table(reports: readonly Report[]): string {
  const head = ['pool', 'cold start ms', 'q/s', 'p50 ms', 'p99 ms', 'errors', 'with slow: p50', 'p99', 'max', 'errors', 'slow cut at ms', 'threads after', 'RSS MB'];
  const rows = reports.map((r) => [r.pool, r.coldStartMs, r.load.qps, r.load.p50, r.load.p99, r.load.errors, r.withSlow.p50, r.withSlow.p99, r.withSlow.max, r.withSlow.errors, r.withSlow.slowMs.join(' '), r.withSlow.threadsAfter, r.rssMB].map(String));
  return ['| ' + head.join(' | ') + ' |', '|' + head.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
}

if (process.argv[2] === '--pool') {
  process.stdout.write(`${JSON.stringify(await measure(process.argv[3] as PoolName))}\n`);
  process.exit(0);
} else {
  console.log(`Query pools, in-process: 2 workers, ${CLIENTS} clients, ${QUERIES} queries, deadline ${TIMEOUT_MS} ms; each pool in its own process\n`);
  const reports: Report[] = [];
  for (const pool of POOLS) {
    const run = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--pool', pool], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (run.status !== 0) {
      console.log(`${pool}: failed\n${run.stderr}`);
      process.exitCode = 1;
      continue;
    }
    reports.push(JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as Report);
  }
  console.log(table(reports));
}

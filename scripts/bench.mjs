// npm run bench: compiles bench/ and runs each benchmark in turn; each prints its own table.
// Timings depend on the machine and on what else runs: run it on a quiet machine.
import { spawnSync } from 'node:child_process';

const BENCH_NAMES = ['build', 'sparql', 'viewer', 'serve', 'cli', 'pools', 'scale'];
const argv = process.argv.slice(2);
// `npm run bench -- build --sizes survey,1k`: names pick benchmarks, the rest goes to each of them.
const only = argv.filter((a) => BENCH_NAMES.includes(a));
const passed = argv.filter((a) => !BENCH_NAMES.includes(a));
const BENCHES = [
  { name: 'build', script: 'dist-bench/bench/build-scale.js', what: 'build at survey, 1k, 3k, 10k, 100k vs Python rdflib and the N3.js Writer → docs/benchmarks.md' },
  { name: 'sparql', script: 'dist-bench/bench/sparql-engines.js', what: 'SPARQL engines: Oxigraph vs Comunica (survey, 10k, 100k)' },
  { name: 'viewer', script: 'dist-bench/bench/viewer-draw.js', what: 'viewer: sigma 3 vs 4, time to first draw, bundle size' },
  { name: 'serve', script: 'dist-bench/bench/load-serve.js', what: 'deai-kg serve under load on loopback: p50/p99, errors, timeouts' },
  { name: 'cli', script: 'dist-bench/bench/cli-start.js', what: 'CLI cold start: --version, --help, a bundled query, a build, vs Python rdflib' },
  { name: 'pools', script: 'dist-bench/bench/compare-pools.js', what: 'query pools: the built-in one vs piscina and tinypool (docs/serve.md)' },
  // Not in a plain `npm run bench`: at 1M projects it writes 23 GB of N-Triples and runs for an hour. Ask for it by name.
  { name: 'scale', script: 'dist-bench/bench/scale.js', what: 'past one process: build, push into Virtuoso and the questions there at 10k, 100k, 1M; serdi and rdflib → docs/benchmarks.md', explicit: true },
];

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
if (run('npx', ['tsc', '-p', 'bench/tsconfig.json']) !== 0) process.exit(1);
let failed = 0;
for (const bench of BENCHES.filter((b) => (only.length === 0 && !b.explicit) || only.includes(b.name))) {
  console.log(`\n=== ${bench.what} (npm run bench -- ${bench.name})`);
  if (run('node', ['--expose-gc', bench.script, ...passed]) !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);

// npm run bench: compiles bench/ and runs each benchmark in turn; each prints its own table.
// Timings depend on the machine and on what else runs: run it on a quiet machine.
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const BENCHES = [
  { name: 'sparql', script: 'dist-bench/bench/sparql-engines.js', what: 'SPARQL engines: Oxigraph vs Comunica (survey, 10k, 100k)' },
  { name: 'viewer', script: 'dist-bench/bench/viewer-draw.js', what: 'viewer: sigma 3 vs 4, time to first draw, bundle size' },
  { name: 'serve', script: 'dist-bench/bench/load-serve.js', what: 'deai-kg serve under load on loopback: p50/p99, errors, timeouts' },
];

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
if (run('npx', ['tsc', '-p', 'bench/tsconfig.json']) !== 0) process.exit(1);
let failed = 0;
for (const bench of BENCHES.filter((b) => only.length === 0 || only.includes(b.name))) {
  console.log(`\n=== ${bench.what} (npm run bench -- ${bench.name})`);
  if (run('node', ['--expose-gc', bench.script]) !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);

// Benchmark: deai-kg's build at the survey's size, 1k, 3k, 10k and 100k synthetic projects, side by side in the same run
// with the raw N3.js Writer (the floor for Turtle) and a plain Python rdflib build (bench/rdflib_baseline.py, N ≤ 10k).
// Prints a table and writes docs/benchmarks.md.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/build-scale.js [--sizes survey,1k,3k,10k,100k] [--runs 5]
//       [--rdflib-runs 3] [--no-rdflib] [--no-write] [--from LOG]
//
// --from LOG re-renders the tables from the {"size":…} lines an earlier run printed on stderr, measuring nothing.
//
// Surveys are generated outside the project (bench/synthetic-survey.ts, seed 1) into a temp directory. Every
// measurement is its own process: `deai-kg build` cold (wall time and peak RSS from /usr/bin/time), the phases
// child (bench/build-phases.ts) and the rdflib script. Timings are medians of the runs; ratios come from this run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SURVEY_FILE } from './survey-graph.js';
import { syntheticSurvey } from './synthetic-survey.js';
import { benchTables, type SizeResult } from './build-scale-report.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const SIZES: Record<string, number | undefined> = { survey: undefined, '1k': 1_000, '3k': 3_000, '10k': 10_000, '100k': 100_000 };
const sizes = option('sizes', 'survey,1k,3k,10k,100k').split(',');
const runs = Number(option('runs', '5'));
const rdflibRuns = Number(option('rdflib-runs', '3'));
const withRdflib = !args.includes('--no-rdflib');
const PYTHON = '/usr/bin/python3';
const CLI = `${REPO_ROOT}dist/cli/main.js`;
const PHASES = `${REPO_ROOT}dist-bench/bench/build-phases.js`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/** Runs a command under GNU time: wall seconds and peak RSS (KB) of the process, and its stdout. */
function timedRun(command: string, commandArgs: string[]): { wall: number; rssKb: number; stdout: string } {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const time = /TIME ([\d.]+) (\d+)\s*$/.exec(run.stderr);
  if (run.status !== 0 || !time) throw new Error(`${command} ${commandArgs.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  return { wall: Number(time[1]), rssKb: Number(time[2]), stdout: run.stdout };
}

const from = option('from', '');
const results: SizeResult[] = from
  ? readFileSync(from, 'utf8').split('\n').filter((line) => line.startsWith('{"size"')).map((line) => JSON.parse(line) as SizeResult)
  : [];
const work = mkdtempSync(join(tmpdir(), 'deai-kg-bench-build-'));
try {
  for (const size of from ? [] : sizes) {
    if (!(size in SIZES)) throw new Error(`unknown size ${size}; one of ${Object.keys(SIZES).join(', ')}`);
    const n = SIZES[size];
    const file = n === undefined ? SURVEY_FILE : join(work, `survey-${size}.md`);
    if (n !== undefined) writeFileSync(file, syntheticSurvey(n, 1));
    const out = join(work, `out-${size}`);
    const sizeRuns = n !== undefined && n >= 100_000 ? Math.min(runs, 2) : n !== undefined && n >= 10_000 ? Math.min(runs, 3) : runs;
    process.stderr.write(`${size}: deai-kg build ×${sizeRuns}\n`);
    const coldBuilds = (formats: string) =>
      Array.from({ length: sizeRuns }, () => {
        rmSync(out, { recursive: true, force: true });
        return timedRun('node', [CLI, 'build', file, '-o', out, '-f', formats, '-q']);
      });
    const builds = coldBuilds('ttl,jsonld,nt');
    const buildTtlNt = n !== undefined && n >= 100_000 ? coldBuilds('ttl,nt') : [];
    const mode = n !== undefined && n >= 100_000 ? 'stream' : 'memory';
    process.stderr.write(`${size}: phases (${mode}) ×${sizeRuns}\n`);
    const phases = Array.from({ length: sizeRuns }, () => {
      const run = timedRun('node', [PHASES, mode, file, join(work, 'phases')]);
      return JSON.parse(run.stdout) as Record<string, number>;
    });
    const rdflib: { wall: number; rssKb: number; json: Record<string, number> }[] = [];
    if (withRdflib && (n === undefined || n <= 10_000)) {
      const k = n !== undefined && n >= 3_000 ? 1 : rdflibRuns;
      process.stderr.write(`${size}: rdflib ×${k}\n`);
      for (let i = 0; i < k; i++) {
        const run = timedRun(PYTHON, [`${REPO_ROOT}bench/rdflib_baseline.py`, file, join(work, 'rdflib')]);
        rdflib.push({ wall: run.wall, rssKb: run.rssKb, json: JSON.parse(run.stdout.trim().split('\n').at(-1) as string) });
      }
    }
    const phaseNames = Object.keys(phases[0] ?? {}).filter((k) => typeof phases[0]?.[k] === 'number');
    results.push({
      size,
      projects: n ?? 53,
      mode,
      runs: sizeRuns,
      build: { wall: median(builds.map((b) => b.wall)), rssMb: median(builds.map((b) => b.rssKb)) / 1024 },
      ...(buildTtlNt.length > 0 ? { buildTtlNt: { wall: median(buildTtlNt.map((b) => b.wall)), rssMb: median(buildTtlNt.map((b) => b.rssKb)) / 1024 } } : {}),
      phases: Object.fromEntries(phaseNames.map((k) => [k, median(phases.map((p) => p[k] as number))])),
      ...(rdflib.length > 0
        ? { rdflib: { runs: rdflib.length, wall: median(rdflib.map((r) => r.wall)), rssMb: median(rdflib.map((r) => r.rssKb)) / 1024, phases: Object.fromEntries(Object.keys(rdflib[0]?.json ?? {}).map((k) => [k, median(rdflib.map((r) => r.json[k] as number))])) } }
        : {}),
    });
    process.stderr.write(`${JSON.stringify(results.at(-1))}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${spawnSync(PYTHON, ['-c', 'import rdflib,sys;print("Python",sys.version.split()[0],"rdflib",rdflib.__version__)'], { encoding: 'utf8' }).stdout.trim()}`;
const report = benchTables(results, machine);
process.stdout.write(`${report.terminal}\n`);
if (!args.includes('--no-write')) {
  writeFileSync(`${REPO_ROOT}docs/benchmarks.md`, report.markdown);
  process.stdout.write(`written: docs/benchmarks.md\n`);
}


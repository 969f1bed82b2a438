// Benchmark: how long the CLI takes from a cold start (a new process each run), next to Node itself and to Python
// rdflib answering the same query from deai.ttl in the same run. Prints a table with the issue-17 targets.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/cli-start.js [--runs 10] [--npx] [--no-write]
//
// Writes docs/cold-start.md (unless --no-write), with the machine's load average at the start and the end of the run:
// figures from a busy machine are not the machine's.
//
// Wall times are medians of the runs (and the fastest run); CPU is the child's user + system time (Linux, from
// /proc/self/stat), which a busy machine inflates far less than wall time. The survey cache lives in a temp folder:
// "cache warm" rows run once untimed first; "no cache" rows run with DEAI_KG_CACHE=off. --npx adds `npx deai-kg
// --version` (seconds per call in the repository itself: see docs/benchmarks.md).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './survey-graph.js';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 10) || 10;
const CLI = `${REPO_ROOT}dist/cli/main.js`;
const QUERY = 'proof-of-stake-family';
const work = mkdtempSync(join(tmpdir(), 'deai-cli-bench-'));
const cacheEnv = { ...process.env, DEAI_KG_CACHE_DIR: join(work, 'cache') };
const noCacheEnv = { ...process.env, DEAI_KG_CACHE: 'off' };

interface Case {
  readonly label: string;
  readonly command: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Seconds, median wall time. */
  readonly target?: number;
  /** Run once untimed first (fills the cache). */
  readonly warm?: boolean;
  /** Where it runs (the repository by default). */
  readonly cwd?: string;
  /** Met when the median is at most this much above another row's (its label): the npx target. */
  readonly within?: { readonly of: string; readonly seconds: number };
}

/** Where the hand-written part of docs/cold-start.md begins. */
const STORY = '## Where the time goes';

const TICKS = 100; // USER_HZ on Linux
/** Children's user + system CPU seconds so far, and their minor page faults (Linux; NaN elsewhere). */
function childUsage(): { cpu: number; faults: number } {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return { cpu: (Number(fields[13]) + Number(fields[14])) / TICKS, faults: Number(fields[8]) }; // cutime, cstime; cminflt
  } catch {
    return { cpu: Number.NaN, faults: Number.NaN };
  }
}

function time(c: Case): { wall: number[]; cpu: number[]; faults: number[]; stdout: string } {
  const run = () => spawnSync(c.command[0] as string, c.command.slice(1), { cwd: c.cwd ?? REPO_ROOT, env: c.env ?? process.env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (c.warm) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  const faults: number[] = [];
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const before = childUsage();
    const started = performance.now();
    const result = run();
    wall.push((performance.now() - started) / 1000);
    const after = childUsage();
    cpu.push(after.cpu - before.cpu);
    faults.push(after.faults - before.faults);
    if (result.status !== 0) throw new Error(`${c.command.join(' ')} exited ${result.status}: ${result.stderr}`);
    stdout = result.stdout;
  }
  return { wall, cpu, faults, stdout };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

// deai.ttl for rdflib, built once.
const built = spawnSync(process.execPath, [CLI, 'build', '-q', '-o', work], { cwd: REPO_ROOT, env: noCacheEnv, encoding: 'utf8' });
if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);

const cases: Case[] = [
  { label: 'node -e 0 (Node.js itself)', command: [process.execPath, '-e', '0'] },
  { label: 'deai-kg --version', command: [process.execPath, CLI, '--version'], target: 0.2 },
  { label: 'deai-kg --help', command: [process.execPath, CLI, '--help'], target: 0.2 },
  { label: `deai-kg query ${QUERY} (cache warm)`, command: [process.execPath, CLI, 'query', QUERY, '-f', 'csv'], env: cacheEnv, warm: true, target: 0.4 },
  { label: `deai-kg query ${QUERY} (no cache)`, command: [process.execPath, CLI, 'query', QUERY, '-f', 'csv'], env: noCacheEnv },
  { label: 'deai-kg build (cache warm)', command: [process.execPath, CLI, 'build', '-q', '-o', join(work, 'out')], env: cacheEnv, warm: true, target: 0.35 },
  { label: 'deai-kg build (no cache)', command: [process.execPath, CLI, 'build', '-q', '-o', join(work, 'out')], env: noCacheEnv },
  { label: `Python rdflib: ${QUERY} from deai.ttl`, command: ['/usr/bin/python3', `${REPO_ROOT}bench/rdflib_query.py`, join(work, 'deai.ttl'), `${REPO_ROOT}ontology/deai.ttl`, `${REPO_ROOT}queries/${QUERY}.rq`] },
];
if (args.includes('--npx')) {
  // A project that installed deai-kg, as npm lays it out (the package linked under node_modules, its bin in .bin),
  // and a bin that does nothing: npx's own cost. In deai-kg's own folder npx installs the package into its cache
  // and reads the whole linked tree on every call (libnpmexec's "self-execution of a local bin").
  const project = join(work, 'project');
  mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "name": "a-project", "private": true }\n');
  symlinkSync(REPO_ROOT.replace(/[\\/]$/, ''), join(project, 'node_modules', 'deai-kg'));
  symlinkSync('../deai-kg/dist/cli/main.js', join(project, 'node_modules', '.bin', 'deai-kg'));
  writeFileSync(join(project, 'node_modules', '.bin', 'nothing'), '#!/bin/sh\n', { mode: 0o755 });
  cases.push(
    { label: 'npx nothing (npm\'s own start)', command: ['npx', 'nothing'], cwd: project },
    { label: 'npx deai-kg --version (in a project)', command: ['npx', 'deai-kg', '--version'], cwd: project, within: { of: 'deai-kg --version', seconds: 0.3 } },
    { label: 'npx deai-kg --version (in deai-kg\'s folder)', command: ['npx', 'deai-kg', '--version'] },
  );
}

/** Microseconds for the first touch of a page of memory (a fresh 64 MB array, one write per 4 KiB page), median of 3. */
function pageTouchMicros(): number {
  const script = 'const n = 64 << 20; const a = new Uint8Array(n); const t = performance.now(); for (let i = 0; i < n; i += 4096) a[i] = 1; console.log((performance.now() - t) * 1000 / (n / 4096));';
  return median([0, 1, 2].map(() => Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout)));
}

const loadBefore = loadavg()[0] as number;
const rows: string[][] = [];
const answers = new Map<string, string>();
const medians = new Map<string, number>();
for (const c of cases) {
  const { wall, cpu, faults, stdout } = time(c);
  answers.set(c.label, stdout);
  const direct = c.within && medians.get(c.within.of);
  const verdict =
    c.target !== undefined ? `${c.target.toFixed(2)} s ${median(wall) <= c.target ? 'met' : 'missed'}` : direct !== undefined && c.within ? `≤ direct + ${c.within.seconds} s ${median(wall) - direct <= c.within.seconds ? 'met' : 'missed'}` : '';
  medians.set(c.label, median(wall));
  rows.push([c.label, `${median(wall).toFixed(3)} s`, `${Math.min(...wall).toFixed(3)} s`, Number.isNaN(median(cpu)) ? 'n/a' : `${median(cpu).toFixed(2)} s`, Number.isNaN(median(faults)) ? 'n/a' : Math.round(median(faults)).toLocaleString('en-US'), verdict]);
}

// What npx adds for deai-kg beyond npm's own start: npx's start alone is most of a second here, for any package.
const npxInProject = medians.get('npx deai-kg --version (in a project)');
const npxNothing = medians.get('npx nothing (npm\'s own start)');
if (npxInProject !== undefined && npxNothing !== undefined) {
  const added = npxInProject - npxNothing;
  rows.push(['npx deai-kg --version less npx nothing', `${added.toFixed(3)} s`, '', '', '', `0.30 s ${added <= 0.3 ? 'met' : 'missed'}`]);
}

// The same answer from both tools, rows compared as sets (rdflib writes them sorted).
const sortedCsv = (text: string): string => text.trim().split(/\r?\n/).slice(1).sort().join('\n');
const same = sortedCsv(answers.get(`deai-kg query ${QUERY} (cache warm)`) ?? '') === sortedCsv(answers.get(`Python rdflib: ${QUERY} from deai.ttl`) ?? '');

const header = ['', 'median wall', 'fastest', 'median CPU', 'page faults', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: readonly string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(' | ')} |`;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, first touch of a memory page ${pageTouchMicros().toFixed(1)} µs, load average ${loadBefore.toFixed(1)} at the start and ${(loadavg()[0] as number).toFixed(1)} at the end (${new Date().toISOString().slice(0, 10)})`;
const table = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
const agreement = `deai-kg and rdflib give ${same ? 'the same' : 'DIFFERENT'} answer (${sortedCsv(answers.get(`deai-kg query ${QUERY} (cache warm)`) ?? '').split('\n').length} rows).`;
console.log(`Cold starts, ${runs} runs each: ${machine}\n\n${table}\n\n${agreement}`);
if (!args.includes('--no-write')) writeFileSync(`${REPO_ROOT}docs/cold-start.md`, coldStartPage(table, machine, agreement));
rmSync(work, { recursive: true, force: true });
if (!same) process.exitCode = 1;

function coldStartPage(table: string, machine: string, agreement: string): string {
  // The table and its heading are generated; the account of where the time goes below them is written by hand.
  const page = `${REPO_ROOT}docs/cold-start.md`;
  const written = readFileSync(page, 'utf8');
  const story = written.includes(STORY) ? written.slice(written.indexOf(STORY)) : '';
  return `# Cold start of the command line

Regenerate with \`npm run bench -- cli\` (bench/cli-start.ts; \`-- cli --npx\` adds \`npx deai-kg --version\`). Each run is a new
process; wall times are medians of ${runs} runs, CPU is the process's user + system time, page faults its minor faults
(first touches of memory pages). ${machine}. A load average above
the core count means other work shared the machine: wall times then grow with the queue, CPU times much less.

${table}

${agreement} rdflib's row is the whole process too: Python's start, importing rdflib, parsing deai.ttl and the
ontology, and the query.

${story}`;
}

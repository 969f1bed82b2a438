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

const TICKS = 100; // USER_HZ on Linux
/** Children's user + system CPU seconds so far (Linux; NaN elsewhere). */
function childCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[13]) + Number(fields[14])) / TICKS; // cutime, cstime
  } catch {
    return Number.NaN;
  }
}

function time(c: Case): { wall: number[]; cpu: number[]; stdout: string } {
  const run = () => spawnSync(c.command[0] as string, c.command.slice(1), { cwd: c.cwd ?? REPO_ROOT, env: c.env ?? process.env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (c.warm) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const cpuBefore = childCpu();
    const started = performance.now();
    const result = run();
    wall.push((performance.now() - started) / 1000);
    cpu.push(childCpu() - cpuBefore);
    if (result.status !== 0) throw new Error(`${c.command.join(' ')} exited ${result.status}: ${result.stderr}`);
    stdout = result.stdout;
  }
  return { wall, cpu, stdout };
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

const loadBefore = loadavg()[0] as number;
const rows: string[][] = [];
const answers = new Map<string, string>();
const medians = new Map<string, number>();
for (const c of cases) {
  const { wall, cpu, stdout } = time(c);
  answers.set(c.label, stdout);
  const direct = c.within && medians.get(c.within.of);
  const verdict =
    c.target !== undefined ? `${c.target.toFixed(2)} s ${median(wall) <= c.target ? 'met' : 'missed'}` : direct !== undefined && c.within ? `≤ direct + ${c.within.seconds} s ${median(wall) - direct <= c.within.seconds ? 'met' : 'missed'}` : '';
  medians.set(c.label, median(wall));
  rows.push([c.label, `${median(wall).toFixed(3)} s`, `${Math.min(...wall).toFixed(3)} s`, Number.isNaN(median(cpu)) ? 'n/a' : `${median(cpu).toFixed(2)} s`, verdict]);
}

// The same answer from both tools, rows compared as sets (rdflib writes them sorted).
const sortedCsv = (text: string): string => text.trim().split(/\r?\n/).slice(1).sort().join('\n');
const same = sortedCsv(answers.get(`deai-kg query ${QUERY} (cache warm)`) ?? '') === sortedCsv(answers.get(`Python rdflib: ${QUERY} from deai.ttl`) ?? '');

const header = ['', 'median wall', 'fastest', 'median CPU', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: readonly string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(' | ')} |`;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${loadBefore.toFixed(1)} at the start and ${(loadavg()[0] as number).toFixed(1)} at the end (${new Date().toISOString().slice(0, 10)})`;
const table = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
const agreement = `deai-kg and rdflib give ${same ? 'the same' : 'DIFFERENT'} answer (${sortedCsv(answers.get(`deai-kg query ${QUERY} (cache warm)`) ?? '').split('\n').length} rows).`;
console.log(`Cold starts, ${runs} runs each: ${machine}\n\n${table}\n\n${agreement}`);
if (!args.includes('--no-write')) writeFileSync(`${REPO_ROOT}docs/cold-start.md`, coldStartPage(table, machine, agreement));
rmSync(work, { recursive: true, force: true });
if (!same) process.exitCode = 1;

function coldStartPage(table: string, machine: string, agreement: string): string {
  return `# Cold start of the command line

Regenerate with \`npm run bench -- cli\` (bench/cli-start.ts; \`-- cli --npx\` adds \`npx deai-kg --version\`). Each run is a new
process; wall times are medians of ${runs} runs, CPU is the process's user + system time. ${machine}. A load average above
the core count means other work shared the machine: wall times then grow with the queue, CPU times much less.

${table}

${agreement} rdflib's row is the whole process too: Python's start, importing rdflib, parsing deai.ttl and the
ontology, and the query.

## Where the time goes, and what changed (issue 17)

Profiles (\`node --cpu-prof\`, and the modules each command loads) showed:

- **\`--version\` and \`--help\` loaded every command**, and through \`node/package-files.ts\` the markdown parser, N3.js
  and jsonc-parser: 0.72 s. Commands are now a declarative list (\`src/cli/command-list.ts\`): the top-level help
  is made from it without loading any command, \`--version\` answers before the command-line parser loads, and the
  package's paths live in \`node/package-root.ts\`, which imports nothing.
- **\`--help\` still loaded Commander** (~20 ms of CPU to load, more to build the program) only to print a text that
  never changes between builds. The build now renders it once, through Commander from the command list
  (\`scripts/write-top-level-help.mjs\`, 80 columns, Commander's width when the output is not a terminal), and
  \`--help\` prints that file (\`src/cli/top-level-help.ts\`). A terminal of another width still goes through
  Commander, which wraps to the terminal.
- **\`query\` parsed and mapped the survey every time**, with N3.js, markdown-it and jsonld loaded for it (jsonld
  alone brings 96 files of undici). The graph is now cached as N-Quads (\`node/survey-cache.ts\`, in the user cache
  folder), found again by everything the build reads, and a cached query loads only the SPARQL engine: the
  N-Quads go straight into Oxigraph, without N3.js.
- **WebAssembly compiled twice**: V8 compiles Oxigraph's 4 MB module with Liftoff, then recompiles hot functions with
  TurboFan on the same two cores while the query runs. For a small graph (under 8 M characters of N-Quads) the CLI
  keeps Liftoff only (\`node/wasm-start.ts\`): about a third less CPU for a query on the survey.
- **Oxigraph's WebAssembly compiled on the main thread, and the cached N-Quads were decoded only to be encoded
  again.** Importing Oxigraph's Node build reads its 4 MB module and compiles it synchronously (~60 ms of CPU before
  anything else can run), through Node's CommonJS loader; and the cache was read as a JavaScript string, which
  Oxigraph's bindings copy back to UTF-8 (~25 ms for the survey). A cached query now takes Oxigraph's web build (an
  ES module) with a module that \`WebAssembly.compile\` compiles on V8's background threads, the file read on
  libuv's, while the main thread reads the graph (\`node/oxigraph-in-background.ts\`), and hands the cache file's bytes
  to Oxigraph as they are (the entry's lengths are in bytes). About 0.1 s less CPU per cached query. What a broken
  query or a CONSTRUCT needs (the error diagnosis, sorting quads) is imported only then.
- **The remote-store client loaded for every query.** \`query\`'s options module imported the client for
  \`--endpoint\` (\`node:http\`, \`node:https\`, \`crypto\`: 36 of Node's internal modules); it now loads only for
  \`--endpoint\` and \`push\`. Tried and dropped: starting the engine's compile before the command-line parser loads
  (on the second core, while modules load) showed no difference in 16 alternated runs, so it was taken out again.
- **Some 30 of deai-kg's modules and Commander's CommonJS files loaded one by one.** Node resolves, reads, compiles
  and links each ES module on its own, and Commander comes through the CommonJS loader. The build now bundles the
  command line with rolldown (\`scripts/bundle-cli.mjs\`): the modules a cached query loads, Commander included, are
  one chunk; every other module keeps a chunk of its own, so other commands load what they loaded before, and
  \`--version\` and \`--help\` load only \`cli/main.ts\`'s two imports. In 30 alternated runs on a loaded machine
  a cached query took 43 ms less user CPU and 16 ms less system CPU (392 → 349 ms, 160 → 144 ms).
- **Node modules loaded for nothing** (\`test/cli/query-modules.test.ts\` records Node's own modules a cached query
  loads: 71 before, 37 now). \`node:crypto\` (~10 ms) hashed the 100 KB the cache key is made from (the survey,
  the ontology, the name variants) with SHA-256; the entry now stores those inputs and compares them byte for byte
  when read, and its file name is a short hash of the small ones (the survey's name, the base, the version, the
  inputs' lengths), so no hash can give one survey's graph for another either. A hash of the 100 KB in plain
  JavaScript was tried before and cost more than the import: a cold loop runs in V8's interpreter.
  \`node:child_process\` (~8 ms, bringing \`net\` and \`dgram\`) came with Commander, which requires it at its top
  for subcommands that are separate programs; deai-kg has none, and the bundle now requires it when first used.
  \`node:fs/promises\` read one file.
- **All of Oxigraph's WebAssembly validated before the first call.** V8 compiles each function on its first call
  but validated all 4 MB up front; a query runs a small part of the engine. \`node/wasm-start.ts\` now asks for
  lazy validation: \`WebAssembly.compile\` takes 54 ms of CPU instead of 72, and a cached query ran 10 ms faster in
  20 alternated runs. These three changes together: 0.58 → 0.51 s wall and 0.495 → 0.470 s CPU in 30 alternated
  runs on a loaded machine (load average 4).
- **Tried and dropped**, each in 30 alternated runs: starting the engine's compile before the command's modules
  load, again (no difference: V8's compile threads then take the second core from the main thread's loading); a
  worker thread that runs the query once on an empty store, so that the functions the query needs are compiled
  there while the main thread loads the graph (a Worker's own start on the same two cores made the load slower);
  caching the graph as Turtle instead of N-Quads (loads in the same time, 79 against 75 ms: the time goes to
  indexing and to compiling functions, not to parsing); asking Oxigraph for TSV or JavaScript objects instead of
  JSON results (the same 35–45 ms).
- **What is left**: Node's own start (the \`node -e 0\` row) and Oxigraph compiling, in Liftoff, each function the
  first time it runs: loading the survey's 8,400 quads takes 75 ms, of which a second load of the same graph in the
  same process takes 37; the query takes 35 ms, of which a second run takes 0.3. V8 in Node 20 keeps no compiled
  WebAssembly between processes; a build from the cache is Node, the command-line parser and writing two files.

\`npx deai-kg\` adds npm's own start to each call: \`-- cli --npx\` times a bin that does nothing (\`npx nothing\`),
\`npx deai-kg --version\` in a project that installed deai-kg (npx runs \`node_modules/.bin/deai-kg\` directly), and
the same in deai-kg's own folder. npm 11's own start is most of a second on this machine, so the issue's "within
0.3 s of the direct call" cannot be met through npx by any package; deai-kg adds its own start to npm's. In deai-kg's
own folder npm 11 installs the project into its npx cache as a link and reads the whole linked tree on every call
(its hidden lockfile never lists the link's packages), a few seconds each: the README sends a clone to \`npm link\`
or \`./dist/cli/main.js\`. Vite and Vitest
keep their caches and config bundles out of \`node_modules\` (\`.cache/\`, \`--configLoader runner\`), so a build or
a test run no longer makes npm take \`node_modules\` for changed and re-read it.
`;
}

// Benchmark: the path past one process, end to end (issue 18). For each size (10k, 100k, 1M synthetic projects):
//   - `deai-kg build -f nt` and `build -f ttl` as their own processes under GNU time: wall, peak RSS, triples/s;
//   - `deai-kg push --with-ontology` into a Virtuoso the bench starts (as the tests do): wall, peak RSS, count;
//   - the 16 bundled competency questions in Virtuoso (HTTP, the push's graph as default graph), each timed, next
//     to in-process Oxigraph (the WebAssembly store) where the graph fits it;
//   - side by side on the same N-Triples: serdi (Debian's, C) converting them to Turtle, and Python rdflib parsing
//     them; deai-kg's N-Triples and Turtle triples/s as a fraction of serdi's.
// Prints a table and writes the "scale" section of docs/benchmarks.md, with the load average it ran under.
//
//   npm run bench -- scale [--sizes 10k,100k,1m] [--push-sizes 10k,100k] [--serdi-sizes 10k,100k] [--rdflib-sizes 10k]
//       [--oxigraph-sizes 10k] [--rounds 5] [--no-write] [--from LOG,LOG]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { startVirtuoso } from '../test/helpers/virtuoso.js';
import { fetchWithoutTimeout } from '../src/push/fetch-without-timeout.js';
import { withPrefixes } from '../src/sparql/prefixed-query.js';
import { predeclaredPrefixes } from '../src/sparql/prefixes.js';
import { competencyQueries, REPO_ROOT } from './survey-graph.js';
import { syntheticSurveyLines } from './synthetic-survey.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const SIZES: Record<string, number> = { '1k': 1_000, '10k': 10_000, '20k': 20_000, '100k': 100_000, '300k': 300_000, '1m': 1_000_000 };
const list = (name: string, fallback: string): string[] => option(name, fallback).split(',').filter(Boolean);
const sizes = list('sizes', '10k,100k,1m');
const pushSizes = new Set(list('push-sizes', sizes.join(',')));
const serdiSizes = new Set(list('serdi-sizes', sizes.join(',')));
const rdflibSizes = new Set(list('rdflib-sizes', '10k'));
const oxigraphSizes = new Set(list('oxigraph-sizes', '10k'));
const CLI = `${REPO_ROOT}dist/cli/main.js`;
/** The serdi comparison runs this many rounds at sizes up to ROUNDS_UP_TO projects (a 1M build takes minutes). */
const ROUNDS = Number(option('rounds', '5'));
const ROUNDS_UP_TO = 20_000;
const GRAPH = 'https://w3id.org/deai/bench-scale';

interface Timed {
  wall: number;
  rssMb: number;
}
interface SizeResult {
  size: string;
  projects: number;
  surveyMb: number;
  triples: number;
  nt: Timed;
  ttl?: Timed;
  serdi?: Timed;
  /** How many rounds the nt, ttl and serdi figures are medians of (1: a single run). */
  rounds?: number;
  rdflib?: Timed;
  push?: Timed & { counted: boolean; failed?: string; lateCount?: number | null };
  questions: { name: string; virtuosoMs?: number; virtuosoRows?: number; failed?: string; oxigraphMs?: number; oxigraphRows?: number }[];
  load: string;
}

/** A command under GNU time: wall seconds and peak RSS of the process; its stdout to a file or returned. */
function timed(command: string, commandArgs: string[], stdoutFile?: string): Timed & { stderr: string; stdout: string } {
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'pipe';
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', out, 'pipe'], env: { ...process.env, DEAI_KG_CACHE: 'off' } });
  if (typeof out === 'number') closeSync(out);
  const time = /TIME ([\d.]+) (\d+)\s*$/.exec(run.stderr);
  if (run.status !== 0 || !time) throw new Error(`${command} ${commandArgs.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  return { wall: Number(time[1]), rssMb: Number(time[2]) / 1024, stderr: run.stderr, stdout: run.stdout ?? '' };
}

/** The median wall time of some runs of one command, with the largest peak RSS among them. */
function medianRun(runs: Timed[]): Timed {
  const walls = runs.map((r) => r.wall).sort((a, b) => a - b);
  return { wall: walls[Math.floor(walls.length / 2)] as number, rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

/** As timed, but a failing command is measured and its last words kept instead of ending the run. */
function timedOrFailed(command: string, commandArgs: string[]): Timed & { stderr: string; failed?: string } {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, DEAI_KG_CACHE: 'off' } });
  const time = /TIME ([\d.]+) (\d+)\s*$/.exec(run.stderr);
  const failed = run.status === 0 ? undefined : (/deai-kg: (.*)/.exec(run.stderr)?.[1] ?? `exit ${run.status}`);
  return { wall: Number(time?.[1]), rssMb: Number(time?.[2]) / 1024, stderr: run.stderr, ...(failed ? { failed } : {}) };
}

/** Seconds until the graph holds `expected` triples (polled every 10 s), or undefined past the deadline. */
async function waitForCount(url: string, expected: number, deadlineMs: number): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < deadlineMs) {
    const response = await fetch(`${url}sparql`, {
      method: 'POST',
      headers: { accept: 'application/sparql-results+json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${GRAPH}> { ?s ?p ?o } }` }),
    }).catch(() => undefined);
    const body = response?.ok ? ((await response.json()) as { results: { bindings: { n: { value: string } }[] } }) : undefined;
    if (Number(body?.results.bindings[0]?.n.value) === expected) return (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
  return undefined;
}

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(', ');

function writeSurvey(file: string, n: number): void {
  const fd = openSync(file, 'w');
  for (const line of syntheticSurveyLines(n, 1)) writeSync(fd, `${line}\n`);
  closeSync(fd);
}

async function virtuosoQuestions(url: string): Promise<SizeResult['questions']> {
  const prefixes = predeclaredPrefixes();
  const out: SizeResult['questions'] = [];
  for (const q of competencyQueries()) {
    const started = performance.now();
    // Through node:http, which waits as long as the store works: fetch gives up on the headers after 300 s.
    const answered = await fetchWithoutTimeout(`${url}sparql`, {
      method: 'POST',
      headers: { accept: 'application/sparql-results+json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: withPrefixes(q.sparql, prefixes).text, 'default-graph-uri': GRAPH }).toString(),
    }).then(
      async (response) => ({ response, text: await response.text() }),
      (error: Error) => ({ response: undefined, text: `${error.message} ${(error.cause as Error | undefined)?.message ?? ''}` }),
    );
    const virtuosoMs = performance.now() - started;
    // A question that fails is recorded with the store's words, and the next one runs.
    const { response, text } = answered;
    const state = response?.headers.get('x-sql-state');
    if (!response?.ok) {
      out.push({ name: q.name, virtuosoMs, failed: `${response?.status ?? 'no answer'}: ${text.replace(/\s+/g, ' ').trim().slice(0, 200)}` });
    } else {
      const body = JSON.parse(text) as { results?: { bindings: unknown[] }; boolean?: boolean };
      // Virtuoso's "anytime" answer: what it found before MaxQueryExecutionTime, marked by this header.
      out.push({ name: q.name, virtuosoMs, virtuosoRows: body.results?.bindings.length ?? Number(body.boolean), ...(state ? { failed: `partial answer (X-SQL-State ${state})` } : {}) });
    }
    process.stderr.write(`question ${q.name}: ${Math.round(virtuosoMs)} ms${out.at(-1)?.failed ? `, ${out.at(-1)?.failed}` : `, ${out.at(-1)?.virtuosoRows} rows`}\n`);
  }
  return out;
}

/** The questions in-process in Oxigraph over the N-Triples and the ontology (what `deai-kg query` runs). */
async function oxigraphQuestions(nt: string): Promise<Map<string, { ms: number; rows: number }>> {
  const oxigraph = await import('oxigraph');
  const store = new oxigraph.Store();
  store.load(readFileSync(nt, 'utf8'), { format: 'application/n-triples' });
  store.load(readFileSync(`${REPO_ROOT}ontology/deai.ttl`, 'utf8'), { format: 'text/turtle' });
  const prefixes = predeclaredPrefixes();
  const out = new Map<string, { ms: number; rows: number }>();
  for (const q of competencyQueries()) {
    const started = performance.now();
    const result = store.query(withPrefixes(q.sparql, prefixes).text) as unknown;
    out.set(q.name, { ms: performance.now() - started, rows: Array.isArray(result) ? result.length : Number(result) });
  }
  return out;
}

// --from LOG,LOG…: the tables again from the {"size":…} lines earlier runs printed on stderr, measuring nothing.
const from = list('from', '');
const results: SizeResult[] = from
  .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
  .filter((line) => line.startsWith('{"size"'))
  .map((line) => JSON.parse(line) as SizeResult)
  .map((r) => (r.push ? { ...r, push: { ...r.push, counted: countChecked((r.push as { stderr?: string }).stderr ?? '') } } : r));

/** The push's summary says "pushed N triples … the graph holds N triples (SPARQL COUNT …)". */
function countChecked(stderr: string): boolean {
  const pushed = /pushed (\d+) triples/.exec(stderr)?.[1];
  return pushed !== undefined && new RegExp(`holds ${pushed} triples`).test(stderr);
}
const work = mkdtempSync(join(tmpdir(), 'deai-kg-bench-scale-'));
let virtuoso: Awaited<ReturnType<typeof startVirtuoso>> | undefined;
try {
  for (const size of from.length > 0 ? [] : sizes) {
    const n = SIZES[size];
    if (n === undefined) throw new Error(`unknown size ${size}; one of ${Object.keys(SIZES).join(', ')}`);
    const survey = join(work, `survey-${size}.md`);
    writeSurvey(survey, n);
    const out = join(work, `out-${size}`);
    const atStart = load();
    const nt = timed('node', [CLI, 'build', '-f', 'nt', '-o', out, survey]);
    const triples = Number(/(\d+) triples/.exec(nt.stderr)?.[1]);
    const result: SizeResult = { size, projects: n, surveyMb: statSync(survey).size / 1e6, triples, nt, questions: [], load: atStart };
    process.stderr.write(`${size}: build -f nt ${nt.wall} s, ${nt.rssMb.toFixed(0)} MB, ${triples} triples\n`);
    const ntFile = join(out, 'deai.nt');
    if (serdiSizes.has(size)) {
      // The three in turn, `rounds` times (a 10k build takes seconds, and one run of each on a shared 2-core machine
      // can land anywhere in a ±15 % band); the medians go in the table, the peak RSS is the largest seen.
      const rounds = n <= ROUNDS_UP_TO ? ROUNDS : 1;
      const runs: { nt: Timed[]; ttl: Timed[]; serdi: Timed[] } = { nt: [nt], ttl: [], serdi: [] };
      for (let round = 0; round < rounds; round++) {
        if (round > 0) runs.nt.push(timed('node', [CLI, 'build', '-q', '-f', 'nt', '-o', join(work, `nt-${size}`), survey]));
        runs.ttl.push(timed('node', [CLI, 'build', '-q', '-f', 'ttl', '-o', join(work, `ttl-${size}`), survey]));
        runs.serdi.push(timed('serdi', ['-i', 'ntriples', '-o', 'turtle', ntFile], join(work, 'serdi.ttl')));
        rmSync(join(work, `nt-${size}`), { recursive: true, force: true });
        rmSync(join(work, `ttl-${size}`), { recursive: true, force: true });
        rmSync(join(work, 'serdi.ttl'), { force: true });
      }
      result.nt = medianRun(runs.nt);
      result.ttl = medianRun(runs.ttl);
      result.serdi = medianRun(runs.serdi);
      result.rounds = rounds;
      process.stderr.write(`${size}: ${rounds} round(s): build -f nt ${runs.nt.map((r) => r.wall).join(', ')} s; build -f ttl ${runs.ttl.map((r) => r.wall).join(', ')} s; serdi nt→ttl ${runs.serdi.map((r) => r.wall).join(', ')} s\n`);
    }
    if (rdflibSizes.has(size)) {
      result.rdflib = timed('/usr/bin/python3', ['-c', 'import sys, rdflib; g = rdflib.Graph(); g.parse(sys.argv[1], format="nt"); print(len(g))', ntFile]);
      process.stderr.write(`${size}: rdflib parse ${result.rdflib.wall} s\n`);
    }
    const inProcess = oxigraphSizes.has(size) ? await oxigraphQuestions(ntFile) : new Map();
    rmSync(out, { recursive: true, force: true });
    if (pushSizes.has(size)) {
      virtuoso ??= await startVirtuoso(180_000, {
        SPARQL: { ResultSetMaxRows: 10_000_000, MaxQueryExecutionTime: 3600, MaxQueryCostEstimationTime: 3600 },
        // 8 KB pages: 5.4 GB of buffers, as Virtuoso's guide suggests for ~150M triples on a machine of 24 GB.
        Parameters: { NumberOfBuffers: 680_000, MaxDirtyBuffers: 500_000 },
      });
      const pushArgs = [CLI, 'push', survey, '--endpoint', `${virtuoso.url}sparql-graph-crud-auth`, '--user', 'dba', '--password', 'dba', '--graph', GRAPH, '--with-ontology', '--timeout', '600000'];
      const push = timedOrFailed('node', pushArgs);
      result.push = { ...push, counted: countChecked(push.stderr) };
      process.stderr.write(`${size}: push ${push.wall} s, ${push.rssMb.toFixed(0)} MB${push.failed ? ` FAILED: ${push.failed}` : ''}\n`);
      // A swap the store is still running when the push gives up (it says how many triples to wait for): wait for it.
      const expected = Number(/\((\d+) triples once it is done\)/.exec(push.stderr)?.[1]);
      if (push.failed && expected > 0) result.push.lateCount = (await waitForCount(virtuoso.url, expected, 3_600_000)) ?? null;
      result.questions = await virtuosoQuestions(virtuoso.url);
    }
    for (const q of result.questions.length ? result.questions : competencyQueries().map((c) => ({ name: c.name }))) {
      const own = inProcess.get(q.name);
      if (own) Object.assign(q, { oxigraphMs: own.ms, oxigraphRows: own.rows });
      if (!result.questions.includes(q) && own) result.questions.push(q);
    }
    rmSync(survey, { force: true });
    results.push(result);
    process.stderr.write(`${JSON.stringify(result)}\n`);
  }
} finally {
  await virtuoso?.stop();
  rmSync(work, { recursive: true, force: true });
}

const report = scaleReport(results);
console.log(report);
if (!args.includes('--no-write')) writeSection(`${REPO_ROOT}docs/benchmarks.md`, report);

function scaleReport(rs: SizeResult[]): string {
  const f = (x: number | undefined, digits = 1): string => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
  const tps = (triples: number, t?: Timed): string => (t ? `${Math.round(triples / t.wall / 1000)}k` : '–');
  const base = rs.find((r) => r.size === '100k');
  const lines = [
    '## Past one process: build, push and questions at 10k, 100k and 1M projects (`npm run bench -- scale`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
      `load average at the start of each size in the table (1, 5, 15 min). Every figure is one run of its own process under GNU time (wall, peak RSS)` +
      (rs.some((r) => (r.rounds ?? 1) > 1) ? `, except that at ${rs.filter((r) => (r.rounds ?? 1) > 1).map((r) => `${r.size} \`build -f nt\`, \`build -f ttl\` and serdi ran ${r.rounds} times in turn (medians of wall time, the largest peak RSS)`).join('; ')}.` : '.') +
      (rs.some((r) => Number(r.load.split(',')[0]) > cpus().length)
        ? ` **The machine was busy with other work** (load above its ${cpus().length} cores): wall times and throughputs are inflated and the ratios between tools noisy; peak RSS is not affected. Re-run on a quiet machine.`
        : ''),
    '',
    '| size | survey | triples | `build -f nt` | peak RSS | triples/s | RSS ÷ RSS at 100k | `build -f ttl` | serdi nt→ttl | nt ÷ serdi | ttl ÷ serdi | rdflib parse | push (with ontology) | push peak RSS | load |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rs.map((r) => {
      const late = r.push?.lateCount === undefined ? 'not waited for' : r.push.lateCount === null ? 'the count was never reached' : `the count was reached ${f(r.push.lateCount, 0)} s later`;
      const pushCell = !r.push ? '–' : r.push.failed ? `${f(r.push.wall)} s, failed: ${r.push.failed.replace(/\|/g, '/').slice(0, 160)} (${late})` : `${f(r.push.wall)} s${r.push.counted ? ', count checked' : ', COUNT DIFFERS'}`;
      const serdiTps = r.serdi ? r.triples / r.serdi.wall : undefined;
      const frac = (t?: Timed): string => (t && serdiTps ? `${Math.round(((r.triples / t.wall) / serdiTps) * 100)} %` : '–');
      return `| ${r.size} | ${f(r.surveyMb)} MB | ${(r.triples / 1e6).toFixed(1)}M | ${f(r.nt.wall)} s | ${f(r.nt.rssMb, 0)} MB | ${tps(r.triples, r.nt)} | ${base ? f(r.nt.rssMb / base.nt.rssMb, 2) : '–'} | ${r.ttl ? `${f(r.ttl.wall)} s` : '–'} | ${r.serdi ? `${f(r.serdi.wall)} s (${tps(r.triples, r.serdi)}/s)` : '–'} | ${frac(r.nt)} | ${frac(r.ttl)} | ${r.rdflib ? `${f(r.rdflib.wall)} s (${tps(r.triples, r.rdflib)}/s)` : '–'} | ${pushCell} | ${r.push ? `${f(r.push.rssMb, 0)} MB` : '–'} | ${r.load} |`;
    }),
    '',
    ...targets(rs),
    '',
    'The competency questions (ms; rows in brackets): Virtuoso over HTTP with the pushed graph as default graph, and in-process Oxigraph (the WebAssembly store `deai-kg query` uses) where the graph fits it.',
    '',
    `| question | ${rs.map((r) => `${r.size} Virtuoso | ${r.size} Oxigraph`).join(' | ')} |`,
    `|---|${rs.map(() => '---|---').join('|')}|`,
    ...competencyQueries().map((q) => {
      const cells = rs.map((r) => {
        const found = r.questions.find((x) => x.name === q.name);
        const v = found?.virtuosoMs === undefined ? '–' : found.failed ? `${Math.round(found.virtuosoMs)}, failed: ${found.failed.replace(/\|/g, '/')}` : `${Math.round(found.virtuosoMs)} (${found.virtuosoRows})`;
        const o = found?.oxigraphMs === undefined ? '–' : `${Math.round(found.oxigraphMs)} (${found.oxigraphRows})`;
        return `${v} | ${o}`;
      });
      return `| ${q.name} | ${cells.join(' | ')} |`;
    }),
  ];
  return lines.join('\n');
}

/** The issue's targets against this run (a size not run says so). */
function targets(rs: SizeResult[]): string[] {
  const at = (size: string): SizeResult | undefined => rs.find((r) => r.size === size);
  const [m, k100] = [at('1m'), at('100k')];
  const yes = (ok: boolean): string => (ok ? 'met' : '**not met**');
  const serdiFracs = rs.filter((r) => r.serdi).map((r) => {
    const serdi = r.triples / (r.serdi as Timed).wall;
    return `${r.size}: N-Triples ${Math.round((r.triples / r.nt.wall / serdi) * 100)} %, Turtle ${r.ttl ? Math.round((r.triples / r.ttl.wall / serdi) * 100) : '–'} %${(r.rounds ?? 1) > 1 ? ` (medians of ${r.rounds} rounds)` : ''}`;
  });
  const pushes = rs.filter((r) => r.push).map((r) => `${r.size}: ${(r.push as Timed).rssMb.toFixed(0)} MB${(r.push as { counted: boolean }).counted ? ', exact count' : (r.push as { failed?: string }).failed ? ', the push failed' : ', COUNT DIFFERS'}`);
  return [
    'Targets (issue 18), from this run:',
    '',
    `- 1M projects \`build -f nt\` ≤ 10 min: ${m ? `${(m.nt.wall / 60).toFixed(1)} min, ${yes(m.nt.wall <= 600)}` : 'not run'}; peak RSS ≤ 1.5 GB: ${m ? `${m.nt.rssMb.toFixed(0)} MB, ${yes(m.nt.rssMb <= 1536)}` : 'not run'}; ≤ 1.3× the peak at 100k: ${m && k100 ? `${(m.nt.rssMb / k100.nt.rssMb).toFixed(2)}×, ${yes(m.nt.rssMb <= 1.3 * k100.nt.rssMb)}` : 'not run'}.`,
    `- deai-kg's triples/s (from the survey: parse, resolve, map and write) as a share of serdi's (N-Triples → Turtle), target ≥ 50 %: ${serdiFracs.join('; ') || 'not run'}.`,
    `- push peak RSS ≤ 300 MB with the exact triple count: ${pushes.join('; ') || 'not run'}.`,
    `- every bundled question answers in Virtuoso at 1M projects: ${m?.push ? questionsAnswered(m) : 'not run'}.`,
  ];
}

/** "16 of 16 answered (the slowest, unknown-assumptions, in 43.2 s)", and which did not. */
function questionsAnswered(r: SizeResult): string {
  const asked = r.questions.filter((q) => q.virtuosoMs !== undefined);
  const answered = asked.filter((q) => !q.failed);
  const slowest = [...answered].sort((a, b) => (b.virtuosoMs as number) - (a.virtuosoMs as number))[0];
  const failed = asked.filter((q) => q.failed).map((q) => `${q.name} (${q.failed})`);
  const ok = asked.length > 0 && answered.length === asked.length;
  return `${answered.length} of ${asked.length} answered${slowest ? ` (the slowest, ${slowest.name}, in ${((slowest.virtuosoMs as number) / 1000).toFixed(1)} s)` : ''}, ${ok ? 'met' : `**not met**${failed.length ? `: ${failed.join('; ').replace(/\|/g, '/')}` : ''}`}`;
}

/** Replaces the scale section of docs/benchmarks.md (between its markers), or adds it at the end. */
function writeSection(path: string, report: string): void {
  const [start, end] = ['<!-- bench scale: start -->', '<!-- bench scale: end -->'];
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const section = `${start}\n${report}\n${end}`;
  const at = text.indexOf(start);
  const after = text.indexOf(end);
  writeFileSync(path, at >= 0 && after > at ? `${text.slice(0, at)}${section}${text.slice(after + end.length)}` : `${text.trimEnd()}\n\n${section}\n`);
}



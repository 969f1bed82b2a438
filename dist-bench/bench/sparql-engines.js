// Benchmark: Oxigraph (WASM, src/sparql/oxigraph-engine.ts) vs Comunica over an n3 Store
// (bench/engines/comunica-engine.ts) on the 16 competency questions, at the survey's size and at 10k and
// 100k synthetic projects: load time, p50/p95 latency, memory, browser bundle size; plus conformance.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/sparql-engines.js [options]
//
// Options: --sizes survey,10k,100k   --engines oxigraph,comunica   --timeout 120 (s per query run)
//          --budget 240 (s per engine and size for the queries; 0 = none)   --no-bundle   --fresh (rebuild cached graphs)
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
import { compareResults } from './compare-results.js';
import { competencyQueries, REPO_ROOT, SURVEY_FILE, queryQuads, surveyGraph } from './survey-graph.js';
import { syntheticSurvey } from './synthetic-survey.js';
const SIZES = { survey: undefined, '10k': 10_000, '100k': 100_000 };
const SEED = 1;
const CACHE = join(tmpdir(), 'deai-kg-bench');
const SCRIPT = fileURLToPath(import.meta.url);
/** V8's maximum string length on 64-bit (Node 20): 2^29 − 24 UTF-16 code units. */
const MAX_STRING = 2 ** 29 - 24;
function cachePaths(size) {
    const markdown = surveyMarkdown(size);
    const hash = createHash('sha256')
        .update(markdown)
        .update(readFileSync(`${REPO_ROOT}ontology/deai.ttl`))
        .update(readFileSync(`${REPO_ROOT}data/name-variants.json`))
        .digest('hex')
        .slice(0, 12);
    return { nq: join(CACHE, `${size}-${hash}.nq`), meta: join(CACHE, `${size}-${hash}.json`) };
}
function surveyMarkdown(size) {
    const n = SIZES[size];
    return n === undefined ? readFileSync(SURVEY_FILE, 'utf8') : syntheticSurvey(n, SEED);
}
async function prepareChild(size) {
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
        if (!out.write(text))
            await new Promise((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
    const { renameSync } = await import('node:fs');
    renameSync(`${nq}.part`, nq);
    const projects = graph.quads.filter((q) => q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && q.object.value === 'https://w3id.org/deai/ontology#Project').length;
    const prepared = {
        size,
        projects,
        quads: quads.length,
        nquadsChars: chars,
        buildMs,
        warnings: graph.diagnostics.filter((d) => d.severity === 'warning').length,
        file: nq,
    };
    writeFileSync(meta, JSON.stringify(prepared));
    process.stdout.write(`${JSON.stringify({ type: 'prepared', ...prepared })}\n`);
}
function memory() {
    globalThis.gc?.();
    globalThis.gc?.();
    const m = process.memoryUsage();
    const mb = (n) => Math.round(n / 1e5) / 10;
    return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), externalMB: mb(m.external) };
}
function send(line) {
    process.stdout.write(`${JSON.stringify(line)}\n`);
}
async function readNQuads(file) {
    const { StreamParser } = await import('n3');
    const { createReadStream } = await import('node:fs');
    const quads = [];
    const parser = new StreamParser({ format: 'application/n-quads' });
    createReadStream(file).pipe(parser);
    for await (const q of parser)
        quads.push(q);
    return quads;
}
async function engineChild(engineName, size, from, runs, deadline, resultsDir) {
    const meta = JSON.parse(readFileSync(cachePaths(size).meta, 'utf8'));
    let quads = await readNQuads(meta.file);
    const t0 = performance.now();
    const factory = engineName === 'comunica'
        ? (await import('./engines/comunica-engine.js')).createComunicaEngine
        : (await import('../src/sparql/oxigraph-engine.js')).createOxigraphEngine;
    send({ type: 'import', ms: performance.now() - t0 });
    const before = memory();
    let engine;
    let loadError;
    const loadRuns = [];
    // Small graphs load in milliseconds: take the median of a few loads.
    const loads = meta.quads < 100_000 ? 5 : 1;
    for (let i = 0; i < loads; i++) {
        engine = undefined;
        const t = performance.now();
        try {
            engine = factory(quads);
        }
        catch (error) {
            loadError = `${error.name}: ${error.message}`;
            break;
        }
        loadRuns.push(performance.now() - t);
    }
    let name = engineName;
    if (!engine && engineName === 'oxigraph') {
        // src's engine builds one N-Quads string; past V8's string limit it cannot load. Load in chunks instead.
        const { createOxigraphChunkedEngine } = await import('./engines/oxigraph-chunked-engine.js');
        memory();
        const t = performance.now();
        engine = createOxigraphChunkedEngine(quads);
        loadRuns.push(performance.now() - t);
        name = 'oxigraph-chunked';
    }
    if (!engine)
        throw new Error(loadError ?? 'engine did not load');
    const after = memory();
    quads = undefined; // the input is the caller's; what remains is the engine's own
    const engineOnly = memory();
    const loadMs = median(loadRuns);
    send({ type: 'load', engine: name, loadMs, loadRuns, before, after, engineOnly, maxRssMB: maxRssMB(), ...(loadError ? { loadError } : {}) });
    const queries = competencyQueries();
    for (let k = from; k < queries.length; k++) {
        const { name: query, sparql } = queries[k];
        if (deadline > 0 && Date.now() > deadline) {
            send({ type: 'budget', query });
            break;
        }
        try {
            send({ type: 'start', query, run: 0 });
            let t = performance.now();
            const result = await engine.query(sparql);
            const warmupMs = performance.now() - t;
            writeFileSync(join(resultsDir, `${name.replace('-chunked', '')}-${size}-${query}.json`), JSON.stringify(result));
            const times = [];
            for (let r = 1; r <= runs; r++) {
                send({ type: 'start', query, run: r });
                t = performance.now();
                await engine.query(sparql);
                times.push(performance.now() - t);
            }
            send({ type: 'query', query, warmupMs, times, rows: result.type === 'bindings' ? result.rows.length : 1 });
        }
        catch (error) {
            send({ type: 'error', query, message: error.message });
        }
    }
    send({ type: 'done', maxRssMB: maxRssMB() });
}
function maxRssMB() {
    return Math.round(process.resourceUsage().maxRSS / 102.4) / 10; // maxRSS is in KiB
}
function runChild(args, onLine, watchdog) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=20000', SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
        const lines = createInterface({ input: child.stdout });
        lines.on('line', (text) => {
            if (text.startsWith('{'))
                onLine(JSON.parse(text));
            else
                process.stderr.write(`${text}\n`);
        });
        let timer;
        if (watchdog)
            timer = setInterval(() => watchdog(() => child.kill('SIGKILL')), 250);
        child.on('error', reject);
        child.on('close', (code) => {
            if (timer)
                clearInterval(timer);
            resolve(code);
        });
    });
}
async function prepare(size, fresh) {
    const { meta } = cachePaths(size);
    if (!fresh && existsSync(meta)) {
        const cached = JSON.parse(readFileSync(meta, 'utf8'));
        if (existsSync(cached.file))
            return cached;
    }
    let prepared;
    log(`building the ${size} graph (cached in ${CACHE})…`);
    const code = await runChild(['--prepare', size], (line) => {
        if (line.type === 'prepared')
            prepared = line;
    });
    if (!prepared)
        throw new Error(`building the ${size} graph failed (exit ${code})`);
    return prepared;
}
async function runEngine(engine, size, runs, timeoutMs, budgetMs, resultsDir) {
    const queries = competencyQueries().map((q) => q.name);
    const run = { engine, size, children: 0, wallMs: 0, queries: [] };
    const t0 = Date.now();
    let deadline = 0;
    let from = 0;
    while (from < queries.length) {
        let started;
        let timedOut;
        let finished = false;
        let last = from - 1;
        run.children++;
        const code = await runChild(['--child', engine, size, '--from', String(from), '--runs', String(runs), '--deadline', String(deadline), '--results', resultsDir], (line) => {
            if (line.type === 'import')
                run.importMs = line.ms;
            else if (line.type === 'load') {
                // The budget counts query time only: it starts once the engine is loaded (first child).
                if (deadline === 0 && budgetMs > 0)
                    deadline = Date.now() + budgetMs;
                if (run.loadMs === undefined) {
                    run.loadMs = line.loadMs;
                    run.loadedAs = line.engine;
                    run.memory = { before: line.before, after: line.after, engineOnly: line.engineOnly, maxRssMB: line.maxRssMB };
                    if (line.loadError)
                        run.loadError = line.loadError;
                }
                log(`  ${engine} @ ${size}: loaded as ${line.engine} in ${fmtMs(line.loadMs)}${line.loadError ? ` (src engine failed: ${line.loadError})` : ''}`);
            }
            else if (line.type === 'start')
                started = { query: line.query, at: Date.now() };
            else if (line.type === 'query') {
                started = undefined;
                last = queries.indexOf(line.query);
                run.queries.push({ query: line.query, status: 'ok', times: line.times, warmupMs: line.warmupMs, rows: line.rows });
                log(`  ${engine} @ ${size}: ${line.query.padEnd(26)} median ${fmtMs(median(line.times))} (warm-up ${fmtMs(line.warmupMs)}, ${line.rows} rows)`);
            }
            else if (line.type === 'error') {
                started = undefined;
                last = queries.indexOf(line.query);
                run.queries.push({ query: line.query, status: 'error', times: [], message: line.message });
                log(`  ${engine} @ ${size}: ${line.query} failed: ${line.message}`);
            }
            else if (line.type === 'budget') {
                finished = true;
                log(`  ${engine} @ ${size}: time budget spent before ${line.query}`);
            }
            else if (line.type === 'done') {
                finished = true;
                run.peakRssMB = Math.max(run.peakRssMB ?? 0, line.maxRssMB);
            }
        }, (kill) => {
            if (started && Date.now() - started.at > timeoutMs && !timedOut) {
                timedOut = started.query;
                kill();
            }
        });
        if (finished)
            break;
        if (timedOut) {
            last = queries.indexOf(timedOut);
            run.queries.push({ query: timedOut, status: 'timeout', times: [] });
            log(`  ${engine} @ ${size}: ${timedOut} timed out (> ${timeoutMs / 1000} s)`);
        }
        else if (run.loadMs === undefined) {
            run.loadError = `the child exited (code ${code}) before the engine loaded`;
            log(`  ${engine} @ ${size}: ${run.loadError}`);
            break;
        }
        else {
            const crashed = started?.query ?? queries[last + 1];
            if (crashed === undefined)
                break;
            last = queries.indexOf(crashed);
            run.queries.push({ query: crashed, status: 'error', times: [], message: `the child exited (code ${code})` });
            log(`  ${engine} @ ${size}: ${crashed}: the child exited (code ${code})`);
        }
        from = last + 1;
        if (deadline > 0 && Date.now() > deadline)
            break;
    }
    for (const q of queries)
        if (!run.queries.some((s) => s.query === q))
            run.queries.push({ query: q, status: 'not run (budget)', times: [] });
    run.queries.sort((a, b) => queries.indexOf(a.query) - queries.indexOf(b.query));
    run.wallMs = Date.now() - t0;
    return run;
}
const BUNDLE_ENTRIES = {
    // What both engines' modules already share with the app: n3 (the app parses and writes RDF with it).
    'n3 only (baseline)': () => `import { DataFactory, Store, Writer } from 'n3';\nglobalThis.deai = { DataFactory, Store, Writer };\n`,
    // src/sparql/oxigraph-engine.ts as a browser must write it: oxigraph's "browser" build (web.js) needs init() first.
    oxigraph: () => `import init, { Store } from 'oxigraph';\nimport { Writer } from 'n3';\n` +
        `globalThis.deai = async (quads, sparql) => {\n  await init();\n  const store = new Store();\n` +
        `  store.load(new Writer({ format: 'N-Quads' }).quadsToString(quads), { format: 'application/n-quads' });\n` +
        `  return JSON.parse(store.query(sparql, { results_format: 'application/sparql-results+json' }));\n};\n`,
    comunica: (distBench) => `import { createComunicaEngine } from ${JSON.stringify(`${distBench}/bench/engines/comunica-engine.js`)};\nglobalThis.deai = createComunicaEngine;\n`,
};
async function bundleSizes() {
    const { build } = await import('vite');
    const distBench = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
    const out = [];
    for (const [name, entry] of Object.entries(BUNDLE_ENTRIES)) {
        const dir = mkdtempSync(join(tmpdir(), 'deai-kg-bundle-'));
        try {
            symlinkSync(`${REPO_ROOT}node_modules`, join(dir, 'node_modules'), 'dir');
            writeFileSync(join(dir, 'entry.js'), entry(distBench));
            writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><script type="module" src="./entry.js"></script></body></html>\n');
            const warnings = [];
            await build({
                root: dir,
                configFile: false,
                logLevel: 'silent',
                mode: 'production',
                customLogger: {
                    info() { },
                    warn(msg) {
                        warnings.push(msg.split('\n')[0] ?? msg);
                    },
                    warnOnce(msg) {
                        warnings.push(msg.split('\n')[0] ?? msg);
                    },
                    error(msg) {
                        warnings.push(`error: ${msg.split('\n')[0] ?? msg}`);
                    },
                    clearScreen() { },
                    hasErrorLogged: () => false,
                    hasWarned: false,
                },
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
                }
                else if (file.endsWith('.js')) {
                    jsBytes += data.length;
                    jsGzip += gz;
                }
            }
            out.push({ name, jsBytes, jsGzip, wasmBytes, wasmGzip, warnings: [...new Set(warnings)] });
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }
    return out;
}
function walk(dir) {
    return readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? walk(path) : [path];
    });
}
// ───────────────────────────── reporting ─────────────────────────────
function median(xs) {
    return percentile(xs, 50);
}
/** Nearest-rank percentile. */
function percentile(xs, p) {
    if (xs.length === 0)
        return Number.NaN;
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
function fmtMs(ms) {
    if (ms === undefined || Number.isNaN(ms))
        return '–';
    if (ms < 10)
        return `${ms.toFixed(2)} ms`;
    if (ms < 1000)
        return `${ms.toFixed(0)} ms`;
    return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
function kb(bytes) {
    return bytes === 0 ? '–' : `${(bytes / 1024).toFixed(0)} KiB`;
}
function table(head, rows) {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
    return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
function log(text) {
    process.stderr.write(`${text}\n`);
}
function option(args, name, fallback) {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}
async function main(args) {
    if (args[0] === '--prepare')
        return prepareChild(args[1]);
    if (args[0] === '--child') {
        return engineChild(args[1], args[2], Number(option(args, '--from', '0')), Number(option(args, '--runs', '5')), Number(option(args, '--deadline', '0')), option(args, '--results', tmpdir()));
    }
    const sizes = option(args, '--sizes', 'survey,10k,100k').split(',');
    const engines = option(args, '--engines', 'oxigraph,comunica').split(',');
    const timeoutMs = Number(option(args, '--timeout', '120')) * 1000;
    const budgetMs = Number(option(args, '--budget', '240')) * 1000;
    const fresh = args.includes('--fresh');
    for (const s of sizes)
        if (!(s in SIZES))
            throw new Error(`unknown size ${s}; use ${Object.keys(SIZES).join(', ')}`);
    const started = Date.now();
    const resultsDir = mkdtempSync(join(tmpdir(), 'deai-kg-results-'));
    const bundles = args.includes('--no-bundle') ? [] : await bundleSizes();
    const prepared = {};
    const runs = [];
    for (const size of sizes) {
        prepared[size] = await prepare(size, fresh);
        log(`${size}: ${prepared[size].projects} projects, ${prepared[size].quads} quads (graph built in ${fmtMs(prepared[size].buildMs)})`);
        const timedRuns = size === '100k' ? 3 : 5;
        for (const engine of engines)
            runs.push(await runEngine(engine, size, timedRuns, timeoutMs, budgetMs, resultsDir));
    }
    // Conformance: compare the warm-up answers both engines wrote, query by query.
    const conformance = {};
    if (engines.includes('oxigraph') && engines.includes('comunica')) {
        for (const size of sizes) {
            const c = { identical: [], groupConcatLanguageOnly: [], different: [], notCompared: [] };
            for (const { name, sparql } of competencyQueries()) {
                const files = ['oxigraph', 'comunica'].map((e) => join(resultsDir, `${e}-${size}-${name}.json`));
                if (!files.every((f) => existsSync(f))) {
                    c.notCompared.push(name);
                    continue;
                }
                const [a, b] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
                const r = compareResults(sparql, a, b);
                if (r.same)
                    c.identical.push(name);
                else if (r.sameButGroupConcatLanguage)
                    c.groupConcatLanguageOnly.push(name);
                else
                    c.different.push({ query: name, differences: r.differences });
            }
            conformance[size] = c;
        }
    }
    rmSync(resultsDir, { recursive: true, force: true });
    // ── print ──
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    console.log(`\nSPARQL engines on the 16 competency questions — Node ${process.version}, ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
    console.log(`(latency: warm-up 1 run, then 5 timed runs per query (3 at 100k); p50/p95 over all timed runs of all completed queries)\n`);
    console.log(table(['size', 'projects', 'quads', 'engine', 'load', 'p50', 'p95', 'slowest query (median)', '16-query suite', 'done', 'RSS after load', 'heap after load', 'engine Δ RSS', 'peak RSS'], runs.map((r) => {
        const p = prepared[r.size];
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
    })));
    console.log('\nPer-query median latency (warm-up excluded):\n');
    console.log(table(['query', ...runs.map((r) => `${r.engine} ${r.size}`)], competencyQueries().map(({ name }) => [
        name,
        ...runs.map((r) => {
            const q = r.queries.find((s) => s.query === name);
            if (!q)
                return '–';
            return q.status === 'ok' ? fmtMs(median(q.times)) : q.status;
        }),
    ])));
    if (bundles.length) {
        console.log('\nBrowser bundle (vite build, minified; gzip -9):\n');
        console.log(table(['entry', 'JS', 'JS gzip', '.wasm', '.wasm gzip', 'total gzip'], bundles.map((b) => [b.name, kb(b.jsBytes), kb(b.jsGzip), kb(b.wasmBytes), kb(b.wasmGzip), kb(b.jsGzip + b.wasmGzip)])));
        for (const b of bundles)
            if (b.warnings.length)
                console.log(`  ${b.name}: ${b.warnings.length} build warning(s), e.g. ${b.warnings.slice(0, 3).join(' | ')}`);
    }
    if (Object.keys(conformance).length) {
        console.log('\nConformance (oxigraph vs comunica: same row multisets; GROUP_CONCAT parts compared sorted):');
        for (const [size, c] of Object.entries(conformance)) {
            console.log(`  ${size}: ${c.identical.length} identical` +
                (c.groupConcatLanguageOnly.length ? `, ${c.groupConcatLanguageOnly.length} differ only in GROUP_CONCAT language tags (${c.groupConcatLanguageOnly.join(', ')})` : '') +
                (c.different.length ? `, ${c.different.length} DIFFERENT (${c.different.map((d) => d.query).join(', ')})` : '') +
                (c.notCompared.length ? `, ${c.notCompared.length} not compared (not answered by both)` : ''));
            for (const d of c.different)
                for (const line of d.differences)
                    console.log(`    ${d.query}: ${line}`);
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

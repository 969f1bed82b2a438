// What `deai-kg query` does (its options: commands/query.ts). The survey's graph comes from the graph cache when it
// can, so a repeated query loads only the SPARQL engine: no markdown parser, no mapping, no N3.js.
import { existsSync, readFileSync } from 'node:fs';
import { InputError, UsageError } from '../errors.js';
import { bundledQueries, bundledQuery } from '../node/named-queries.js';
import { queryForm, type QueryForm } from '../sparql/query-form.js';
import { predeclaredPrefixes } from '../sparql/prefixes.js';
import { type QueryResult, QuerySyntaxError, RESULTS_MEDIA_TYPES, type SparqlEngine } from '../sparql/sparql-engine.js';
import { compileWasmForShortRun } from '../node/wasm-start.js';
import type { LoadedOxigraph } from '../node/oxigraph-in-background.js';
import { type PendingSnapshot, readStoreSnapshotSoon, storeSnapshotCache } from '../node/store-snapshot-cache.js';
import { DEFAULT_BASE } from '../vocab/namespaces.js';
import type { QueryCliOptions, QueryFormat } from './commands/query.js';
import { displayPath } from './commands/common-options.js';
import { note, reportDiagnostics, terminalText } from './report.js';
import { remoteEngineFor } from './commands/endpoint-options.js';

const RDF_EXTENSIONS = ['ttl', 'turtle', 'nt', 'nq', 'trig', 'n3', 'jsonld', 'json'];
const GRAPH_FORMATS: readonly QueryFormat[] = ['ttl', 'jsonld', 'nt'];

/** What a query runs against, and how to say so in a warning. */
interface QueryTarget {
  readonly engine: SparqlEngine;
  readonly prefixes: Readonly<Record<string, string>>;
  /** "the survey's graph and the ontology", "out/deai.ttl (without the ontology)". */
  readonly description: string;
}

export async function runQuery(text: string | undefined, options: QueryCliOptions): Promise<void> {
  if (options.list) {
    for (const q of bundledQueries()) process.stdout.write(`${q.name}\t${q.question}\n`);
    return;
  }
  // "--data a.ttl b.ttl QUERY": the variadic option took the query; give it back.
  const data = [...(options.data ?? [])];
  if (!text && data.length > 0 && !isRdfPath(data.at(-1) as string)) text = data.pop();
  if (!text) throw new UsageError('query needs a QUERY (SPARQL text, a .rq file or a question name; see deai-kg query --list)');
  const { sparql, file } = resolveQuery(text);
  const form = queryForm(sparql);
  checkFormat(form, options.format);
  const target = await openTarget({ ...options, data });
  let result: { output: string; empty: boolean };
  try {
    result = await answer(target, sparql, form, options.format);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    throw new InputError({
      severity: 'error',
      code: error.code,
      place: { file, line: error.line, column: error.column },
      message: error.what,
      ...(error.expected ? { expected: error.expected } : {}),
      excerpt: error.excerpt,
    });
  }
  // The table is for reading in a terminal (control characters escaped); json, xml, csv, tsv and RDF are data as they are.
  const table = form !== 'CONSTRUCT' && form !== 'DESCRIBE' && (options.format ?? 'table') === 'table';
  process.stdout.write(table ? terminalText(result.output) : result.output);
  if (result.empty && !options.quiet) await explainEmpty(target, sparql, options);
}

function isRdfPath(value: string): boolean {
  return RDF_EXTENSIONS.includes(/\.([a-z0-9]+)$/i.exec(value)?.[1]?.toLowerCase() ?? '');
}

function resolveQuery(text: string): { sparql: string; file: string } {
  const named = bundledQuery(text);
  if (named) return { sparql: named.sparql, file: `queries/${named.name}.rq` };
  if (/\.rq$/i.test(text) || (!/\s/.test(text) && existsSync(text))) {
    if (!existsSync(text)) throw new UsageError(`no query file "${text}" and no bundled question of that name (see deai-kg query --list)`);
    return { sparql: readFileSync(text, 'utf8'), file: displayPath(text) };
  }
  if (!/\s|\{/.test(text)) throw new UsageError(`"${text}" is neither SPARQL, a .rq file, nor a bundled question (see deai-kg query --list)`);
  return { sparql: text, file: '<query>' };
}

/** A format that cannot carry the query's results is a usage error, found before any graph is loaded. */
function checkFormat(form: QueryForm | undefined, format: QueryFormat | undefined): void {
  if (!format || form === undefined || form === 'UPDATE') return;
  const graphResult = form === 'CONSTRUCT' || form === 'DESCRIBE';
  const a = form === 'ASK' ? 'an' : 'a';
  if (graphResult && !GRAPH_FORMATS.includes(format)) throw new UsageError(`--format ${format} is for SELECT and ASK results; ${a} ${form} query takes ttl, jsonld or nt`);
  if (!graphResult && GRAPH_FORMATS.includes(format)) throw new UsageError(`--format ${format} is for CONSTRUCT and DESCRIBE results; ${a} ${form} query takes table, json, xml, csv or tsv`);
}

async function openTarget(options: QueryCliOptions): Promise<QueryTarget> {
  const remote = await remoteEngineFor(options);
  if (remote) {
    if (options.data && options.data.length > 0) throw new UsageError('give --endpoint or --data, not both');
    const graph = options.graph ? `the graph <${options.graph}>` : 'the default graph';
    return { engine: remote, prefixes: predeclaredPrefixes(options.base ?? DEFAULT_BASE), description: `${graph} at ${options.endpoint}` };
  }
  const withOntology = options.ontology !== false;
  const ontologyWords = withOntology ? 'and the ontology' : '(without the ontology)';
  if (options.data && options.data.length > 0) {
    const [{ readRdfFile }, { bundledOntology }] = await Promise.all([import('../node/read-rdf.js'), import('../node/package-files.js')]);
    const quads = (await Promise.all(options.data.map((file) => readRdfFile(displayPath(file))))).flat();
    compileWasmForShortRun(quads.length * 150); // about 150 characters of N-Quads per quad
    const { createOxigraphEngine } = await import('../sparql/oxigraph-engine.js');
    const prefixes = predeclaredPrefixes(options.base ?? DEFAULT_BASE);
    const engine = createOxigraphEngine(withOntology ? [...quads, ...bundledOntology().quads] : quads, { prefixes });
    return { engine, prefixes, description: `${options.data.map(displayPath).join(', ')} ${ontologyWords}` };
  }
  const { cachedSurveyGraph } = await import('../node/survey-cache.js');
  // The engine's WebAssembly compiles in the background while the graph is read (its size picks how V8 compiles it),
  // and the loaded store kept by an earlier query is read meanwhile too (store-snapshot-cache.ts).
  let loading: Promise<LoadedOxigraph> | undefined;
  let snapshot: PendingSnapshot | undefined;
  const graph = await cachedSurveyGraph(displayPath(options.survey), options.base, (bytes, place) => {
    compileWasmForShortRun(bytes);
    loading = import('../node/oxigraph-in-background.js').then((m) => m.loadOxigraphInBackground());
    if (place) snapshot = readStoreSnapshotSoon(place);
  });
  // Build warnings are for `deai-kg build` and `lint`; a query shows them only when asked (-q absent is not asking).
  reportDiagnostics(graph.diagnostics, options.quiet ?? true);
  const prefixes = predeclaredPrefixes(graph.base);
  const { createOxigraphEngineWith } = await import('../sparql/oxigraph-engine-with.js');
  const loaded = loading as Promise<LoadedOxigraph>;
  const parts = withOntology ? 'data+ontology' : 'data';
  const storeCache = snapshot && graph.entryId ? storeSnapshotCache(snapshot, graph.entryId, parts, loaded.then((l) => l.instance)) : undefined;
  const engine = createOxigraphEngineWith(
    loaded.then((l) => l.oxigraph),
    // Read from the cache only if the store is not restored from its snapshot.
    (function* nquads() {
      const { data, ontology } = graph.nquads();
      yield data;
      if (withOntology) yield ontology;
    })(),
    { prefixes, ownNQuads: true, ...(storeCache ? { storeCache } : {}) },
  );
  return { engine, prefixes, description: `the graph of ${displayPath(options.survey)} ${ontologyWords}` };
}

/** The output for the format asked (the W3C formats written by the engine), and whether the answer was empty. */
async function answer(target: QueryTarget, sparql: string, form: QueryForm | undefined, format: QueryFormat | undefined): Promise<{ output: string; empty: boolean }> {
  const { engine } = target;
  if ((form === 'SELECT' || form === 'ASK') && format && format !== 'table' && format in RESULTS_MEDIA_TYPES) {
    const text = await engine.queryAs(sparql, RESULTS_MEDIA_TYPES[format as keyof typeof RESULTS_MEDIA_TYPES]);
    return { output: text.endsWith('\n') ? text : `${text}\n`, empty: isEmptyText(text, format) };
  }
  const result = await engine.query(sparql);
  return { output: await formatResult(result, format, target.prefixes), empty: isEmpty(result) };
}

function isEmpty(result: QueryResult): boolean {
  return result.type === 'bindings' ? result.rows.length === 0 : result.type === 'quads' ? result.quads.length === 0 : !result.value;
}

/** Whether results the engine wrote hold no row (SELECT) or say false (ASK). */
function isEmptyText(text: string, format: QueryFormat): boolean {
  if (format === 'json') {
    const json = JSON.parse(text) as { boolean?: boolean; results?: { bindings: unknown[] } };
    return json.boolean === false || json.results?.bindings.length === 0;
  }
  if (format === 'xml') return !text.includes('<result>') && !text.includes('<boolean>true</boolean>');
  // CSV and TSV: a header line and nothing after it, or an ASK's "false".
  return text.trim() === 'false' || text.replace(/\r?\n$/, '').split(/\r?\n/).length <= 1;
}

async function formatResult(result: QueryResult, format: QueryFormat | undefined, prefixes: Readonly<Record<string, string>>): Promise<string> {
  if (result.type === 'quads') {
    if (format === 'jsonld') {
      const [{ quadsToJsonLd }, { bundledContext }] = await Promise.all([import('../export/to-jsonld.js'), import('../node/package-files.js')]);
      return quadsToJsonLd(result.quads, bundledContext());
    }
    const { quadsToNTriples, quadsToTurtle } = await import('../export/to-turtle.js');
    return format === 'nt' ? quadsToNTriples(result.quads) : quadsToTurtle(result.quads);
  }
  const { resultToJson, resultToTable } = await import('../sparql/format-results.js');
  return format === 'json' ? resultToJson(result) : resultToTable(result, prefixes);
}

/** An empty answer from a query naming terms the data never mentions is most likely a wrong term or missing facts. */
async function explainEmpty(target: QueryTarget, sparql: string, options: QueryCliOptions): Promise<void> {
  const { absentTerms } = await import('../sparql/absent-terms.js');
  const absent = await absentTerms(target.engine, sparql, target.prefixes);
  if (absent.length === 0) return;
  const { iriToPrefixedName } = await import('../sparql/format-results.js');
  const names = absent.map((iri) => iriToPrefixedName(iri, target.prefixes));
  const hint = options.ontology === false ? ' Drop --no-ontology if the query needs the ontology\'s labels or hierarchy.' : ' Check the spelling, or the data the query runs on.';
  note(`warning: the answer is empty, and nothing in ${target.description} mentions ${names.join(', ')}, which the query uses.${hint}`);
}

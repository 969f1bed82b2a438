// `deai-kg query QUERY|FILE.rq|NAME`: SPARQL 1.1 over the survey graph (+ ontology) or over given RDF files.
import { existsSync, readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { InputError, UsageError } from '../../errors.js';
import { quadsToJsonLd } from '../../export/to-jsonld.js';
import { quadsToNTriples, quadsToTurtle } from '../../export/to-turtle.js';
import { buildGraphFromFile } from '../../node/build-from-file.js';
import { bundledQueries } from '../../node/named-queries.js';
import { BUNDLED, bundledContext } from '../../node/package-files.js';
import { READABLE_EXTENSIONS, readRdfFile } from '../../node/read-rdf.js';
import { resultToCsv, resultToJson, resultToTable, resultToTsv } from '../../sparql/format-results.js';
import { createEngine, query } from '../../sparql/query-graph.js';
import { type QueryResult, QuerySyntaxError } from '../../sparql/sparql-engine.js';
import { reportDiagnostics } from '../report.js';
import { type CommonOptions, displayPath, withCommonOptions } from './common-options.js';
import { type EndpointCliOptions, remoteEngineFor, withEndpointOptions } from './endpoint-options.js';

const FORMATS = ['table', 'json', 'csv', 'tsv', 'ttl', 'jsonld', 'nt'] as const;
type Format = (typeof FORMATS)[number];

interface QueryCliOptions extends CommonOptions, EndpointCliOptions {
  readonly format?: Format;
  readonly data?: string[];
  readonly survey: string;
  readonly list?: boolean;
}

export function registerQuery(program: Command): void {
  withCommonOptions(withEndpointOptions(
    program
      .command('query')
      .summary('run a SPARQL 1.1 query (text, a .rq file, or a named question)')
      .description(
        'Run SPARQL 1.1 over the graph of the survey plus the ontology (labels and SKOS hierarchy are queryable),\nor over RDF files given with --data. SELECT → table, json, csv or tsv (W3C formats); ASK → true/false;\nCONSTRUCT/DESCRIBE → ttl, jsonld or nt.',
      )
      .argument('[QUERY]', 'SPARQL text, a path to a .rq file, or the name of a bundled question (see --list)')
      .addOption(new Option('-f, --format <FORMAT>', 'result format (default: table, or ttl for graph results)').choices(FORMATS))
      .option('-d, --data <FILE...>', `query these RDF files instead (.ttl .nt .nq .trig .jsonld)`)
      .option('-s, --survey <FILE>', 'build the graph from this survey markdown', BUNDLED.survey)
      .option('-l, --list', 'list the bundled competency questions')
      .addHelpText('after', '\nExamples:\n  deai-kg query --list\n  deai-kg query projects-per-stage\n  deai-kg query "SELECT ?p WHERE { ?p a <https://w3id.org/deai/ontology#Project> }" --format csv\n  deai-kg query my-question.rq --data out/deai.ttl --format json\n  deai-kg query projects-per-stage --endpoint http://127.0.0.1:8890/sparql --graph https://w3id.org/deai/dataset\n'),
  )).action(async (text: string | undefined, options: QueryCliOptions) => {
    if (options.list) {
      for (const q of bundledQueries()) process.stdout.write(`${q.name}\t${q.question}\n`);
      return;
    }
    // "--data a.ttl b.ttl QUERY": the variadic option took the query; give it back.
    const data = [...(options.data ?? [])];
    if (!text && data.length > 0 && !isRdfPath(data.at(-1) as string)) text = data.pop();
    options = { ...options, data };
    if (!text) throw new UsageError('query needs a QUERY (SPARQL text, a .rq file or a question name; see deai-kg query --list)');
    const { sparql, file } = resolveQuery(text);
    const result = await run(sparql, file, options);
    process.stdout.write(await formatResult(result, options.format));
  });
}

function isRdfPath(value: string): boolean {
  return READABLE_EXTENSIONS.includes(/\.([a-z0-9]+)$/i.exec(value)?.[1]?.toLowerCase() ?? '');
}

function resolveQuery(text: string): { sparql: string; file: string } {
  const named = bundledQueries().find((q) => q.name === text);
  if (named) return { sparql: named.sparql, file: `queries/${named.name}.rq` };
  if (/\.rq$/i.test(text) || (!/\s/.test(text) && existsSync(text))) {
    if (!existsSync(text)) throw new UsageError(`no query file "${text}" and no bundled question of that name (see deai-kg query --list)`);
    return { sparql: readFileSync(text, 'utf8'), file: displayPath(text) };
  }
  if (!/\s|\{/.test(text)) throw new UsageError(`"${text}" is neither SPARQL, a .rq file, nor a bundled question (see deai-kg query --list)`);
  return { sparql: text, file: '<query>' };
}

async function run(sparql: string, file: string, options: QueryCliOptions): Promise<QueryResult> {
  try {
    const remote = remoteEngineFor(options);
    if (remote && options.data && options.data.length > 0) throw new UsageError('give --endpoint or --data, not both');
    if (remote) return await remote.query(sparql);
    if (options.data && options.data.length > 0) {
      const quads = (await Promise.all(options.data.map(readRdfFile))).flat();
      return await createEngine(quads).query(sparql);
    }
    const graph = buildGraphFromFile(displayPath(options.survey), { ...(options.base ? { base: options.base } : {}) });
    reportDiagnostics(graph.diagnostics, options.quiet ?? true);
    return await query(graph, sparql);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    const update = error.message.startsWith('SPARQL Update');
    throw new InputError({
      severity: 'error',
      code: update ? 'sparql/update-refused' : 'sparql/syntax',
      place: { file, line: error.line ?? 1, column: error.column ?? 1 },
      message: update ? error.message : `SPARQL syntax error: ${error.message.replace(/^error at \d+:\d+:\s*/, '')}`,
      expected: 'a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE)',
    });
  }
}

async function formatResult(result: QueryResult, format: Format | undefined): Promise<string> {
  if (result.type === 'quads') {
    if (format === 'jsonld') return quadsToJsonLd(result.quads, bundledContext());
    if (format === 'nt') return quadsToNTriples(result.quads);
    if (format && format !== 'ttl') throw new UsageError(`--format ${format} is for SELECT/ASK results; a graph result takes ttl, jsonld or nt`);
    return quadsToTurtle(result.quads);
  }
  if (format === 'ttl' || format === 'jsonld' || format === 'nt') {
    throw new UsageError(`--format ${format} is for CONSTRUCT/DESCRIBE results; SELECT and ASK take table, json, csv or tsv`);
  }
  if (result.type === 'boolean') return format === 'json' ? resultToJson(result) : format === 'csv' || format === 'tsv' ? `${result.value}\n` : resultToTable(result);
  if (format === 'json') return resultToJson(result);
  if (format === 'csv') return resultToCsv(result);
  if (format === 'tsv') return resultToTsv(result);
  return resultToTable(result);
}

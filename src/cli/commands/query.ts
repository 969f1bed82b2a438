// `deai-kg query QUERY|FILE.rq|NAME`: its options and help. The work is in ../run-query.ts, loaded when it runs, so that
// `deai-kg query --help` starts no SPARQL engine.
import { type Command, Option } from 'commander';
import { BUNDLED } from '../../node/package-root.js';
import { predeclaredPrefixes } from '../../sparql/prefixes.js';
import { type CommonOptions, withCommonOptions } from './common-options.js';
import { type EndpointCliOptions, withEndpointOptions } from './endpoint-options.js';

export const QUERY_FORMATS = ['table', 'json', 'xml', 'csv', 'tsv', 'ttl', 'jsonld', 'nt'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export interface QueryCliOptions extends CommonOptions, EndpointCliOptions {
  readonly format?: QueryFormat;
  readonly data?: string[];
  /** False with --no-ontology. */
  readonly ontology: boolean;
  readonly survey: string;
  readonly list?: boolean;
}

export function registerQuery(program: Command): void {
  withCommonOptions(withEndpointOptions(
    program
      .command('query')
      .description(
        [
          'Run a SPARQL 1.1 query. It sees the graph of the survey together with the DeAI ontology (class and property ' +
            'labels, the SKOS hierarchy of stages, capabilities and assumptions), or, with --data, the given RDF files ' +
            'together with the ontology; --no-ontology leaves the ontology out.',
          'SELECT and ASK results come as a readable table or in a W3C format (json, xml, csv, tsv); CONSTRUCT and ' +
            'DESCRIBE results as ttl, jsonld or nt. The prefixes listed below need no PREFIX declaration.',
        ].join('\n\n'),
      )
      .argument('[QUERY]', 'SPARQL text, a path to a .rq file, or the name of a bundled question (see --list)')
      .addOption(new Option('-f, --format <FORMAT>', 'result format (default: table, or ttl for CONSTRUCT and DESCRIBE)').choices(QUERY_FORMATS))
      .option('-d, --data <FILE...>', 'query these RDF files (.ttl .nt .nq .trig .jsonld) instead of the survey')
      .option('--no-ontology', 'leave the ontology out of what the query sees')
      .addOption(new Option('-s, --survey <FILE>', 'build the graph from this survey markdown').default(BUNDLED.survey, 'the bundled survey'))
      .option('-l, --list', 'list the bundled competency questions')
      .addHelpText('after', `\nPredeclared prefixes (a query's own PREFIX declaration wins; the instance prefixes follow --base):\n${prefixList()}`)
      .addHelpText(
        'after',
        '\nExamples:\n  deai-kg query --list\n  deai-kg query projects-per-stage\n  deai-kg query "SELECT ?p ?name WHERE { ?p a deai:Project ; rdfs:label ?name }" --format csv\n  deai-kg query my-question.rq --data out/deai.ttl --format json\n  deai-kg query projects-per-stage --endpoint http://127.0.0.1:8890/sparql --graph https://w3id.org/deai/dataset\n',
      ),
  )).action(async (text: string | undefined, options: QueryCliOptions) => (await import('../run-query.js')).runQuery(text, options));
}

/** One per line, aligned: "  deai:       <https://w3id.org/deai/ontology#>", for the default base. */
function prefixList(): string {
  const prefixes = Object.entries(predeclaredPrefixes());
  const width = Math.max(...prefixes.map(([name]) => name.length)) + 2;
  return prefixes.map(([name, iri]) => `  ${`${name}:`.padEnd(width)}<${iri}>`).join('\n');
}

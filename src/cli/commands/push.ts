// `deai-kg push --endpoint URL`: replace a named graph in a triple store with the built graph (Graph Store Protocol PUT).
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { quadsToNTriples } from '../../export/to-turtle.js';
import { graphWithOntology } from '../../graph/knowledge-graph.js';
import { buildGraphFromFile } from '../../node/build-from-file.js';
import { pushGraph } from '../../push/push-graph.js';
import { note, reportDiagnostics } from '../report.js';
import { type CommonOptions, displayPath, surveyArgument, withCommonOptions } from './common-options.js';

interface PushCliOptions extends CommonOptions {
  readonly endpoint?: string;
  readonly graph?: string;
  readonly user?: string;
  readonly password?: string;
  readonly sparql?: string;
  readonly withOntology?: boolean;
  readonly verify: boolean;
  readonly timeout: string;
}

export function registerPush(program: Command): void {
  withCommonOptions(
    program
      .command('push')
      .description(
        [
          'Build the graph and PUT it, as N-Triples, into a named graph of a store that speaks the SPARQL 1.1 Graph Store ' +
            'HTTP Protocol (Virtuoso, Fuseki, GraphDB, Oxigraph server; see docs/serve.md), replacing what it held. ' +
            'Authentication is Basic or Digest, as the store asks. Then the triples in the graph are counted: by a SPARQL ' +
            'COUNT at the store\'s query endpoint (--sparql, or known from the endpoint\'s path), else by reading it back.',
          '',
          'Exit 1 when the store cannot be reached, refuses, or holds another number of triples afterwards.',
        ].join('\n'),
      )
      .addArgument(surveyArgument())
      .option('-e, --endpoint <URL>', 'the store\'s Graph Store endpoint (Virtuoso: http://HOST:8890/sparql-graph-crud-auth)')
      .option('-g, --graph <IRI>', 'the named graph to replace (default: the dataset IRI, BASE + "dataset")')
      .option('-u, --user <USER>', 'user name, if the store asks for one')
      .option('--password <PASSWORD>', 'password (or set DEAI_KG_PASSWORD, which keeps it out of the process list)')
      .option('--sparql <URL>', 'the store\'s SPARQL query endpoint, for the count check')
      .option('--with-ontology', 'push the ontology\'s triples too, into the same graph')
      .option('--no-verify', 'skip the count check')
      .option('--timeout <MS>', 'give up on a request after this many milliseconds', '120000')
      .addHelpText('after', '\nExamples:\n  deai-kg push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --password dba\n  DEAI_KG_PASSWORD=secret deai-kg push -e http://127.0.0.1:3030/deai/data -u admin -g https://w3id.org/deai/graph\n'),
  ).action(async (source: string, options: PushCliOptions) => {
    if (!options.endpoint) throw new UsageError('push needs --endpoint URL: the store\'s Graph Store endpoint (e.g. http://127.0.0.1:8890/sparql-graph-crud-auth)');
    const endpoint = httpUrl('--endpoint', options.endpoint);
    const sparqlEndpoint = options.sparql ? httpUrl('--sparql', options.sparql) : undefined;
    const password = options.password ?? process.env.DEAI_KG_PASSWORD;
    if (password !== undefined && !options.user) throw new UsageError('a password needs a user: give --user');
    if (options.user && password === undefined) throw new UsageError('--user needs a password: give --password or set DEAI_KG_PASSWORD');
    const timeoutMs = Number(options.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new UsageError(`--timeout must be a whole number of milliseconds, not "${options.timeout}"`);

    const graph = buildGraphFromFile(displayPath(source), { ...(options.base ? { base: options.base } : {}) });
    reportDiagnostics(graph.diagnostics, options.quiet);
    const graphIri = options.graph ?? `${graph.base}dataset`;
    if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(graphIri)) throw new UsageError(`--graph must be an absolute IRI, not "${graphIri}"`);
    const ntriples = quadsToNTriples(options.withOntology ? graphWithOntology(graph) : graph.quads);
    const triples = new Set(ntriples.split('\n').filter((line) => line.trim() !== '')).size;

    const report = await pushGraph({
      endpoint, graph: graphIri, ntriples, triples, timeoutMs, verify: options.verify,
      ...(options.user && password !== undefined ? { credentials: { user: options.user, password } } : {}),
      ...(sparqlEndpoint ? { sparqlEndpoint } : {}),
    });
    if (!options.quiet) {
      const auth = report.auth === 'none' ? '' : `, ${report.auth === 'digest' ? 'Digest' : 'Basic'} authentication`;
      const checked = report.count ? `; the graph holds ${report.count.triples} triples (${report.count.via})` : '';
      note(`pushed ${triples} triples to <${graphIri}> at ${endpoint.origin}${endpoint.pathname} (HTTP ${report.status}${auth})${checked}`);
    }
  });
}

function httpUrl(option: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${option} must be an http(s) URL, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${option} must be an http(s) URL, not "${value}"`);
  if (url.username || url.password) throw new UsageError(`${option} must not carry credentials: give --user and --password instead`);
  return url;
}

// `deai-kg push --endpoint URL`: replace a named graph in a triple store with the built graph, streamed in chunks into
// a staging graph and swapped in only when complete; or, with --bulk DIR, files for Virtuoso's bulk loader.
import { type Command, InvalidArgumentError } from 'commander';
import type { Quad } from '@rdfjs/types';
import { UsageError } from '../../errors.js';
import { buildGroupsFromFile } from '../../node/build-from-file.js';
import { writeBulkFiles } from '../../push/bulk-files.js';
import { bundledOntology } from '../../node/package-files.js';
import { groupsWithOntology } from '../../push/groups-with-ontology.js';
import { CHUNK_TRIPLES, groupsToNTriplesChunks } from '../../push/ntriples-chunks.js';
import { pushGraph } from '../../push/push-graph.js';
import { storeEndpointsFor } from '../../push/store-layouts.js';
import { progressOnStderr } from '../progress.js';
import { note, reportDiagnostics, warn } from '../report.js';
import { type CommonOptions, displayPath, surveyArgument, withCommonOptions } from './common-options.js';
import { authedFetchFor, graphIri, httpUrl, type RemoteCliOptions, withRemoteOptions } from './endpoint-options.js';

interface PushCliOptions extends CommonOptions, RemoteCliOptions {
  readonly endpoint?: string;
  readonly graph?: string;
  readonly sparql?: string;
  readonly update?: string;
  readonly withOntology?: boolean;
  readonly verify: boolean;
  readonly chunk: number;
  readonly retries: number;
  readonly bulk?: string;
}

export function registerPush(program: Command): void {
  const command = program
    .command('push')
    .summary('replace a named graph in a triple store with the graph, in chunks, swapped in when complete')
    .description(
      [
        'Build the graph and send it as N-Triples, in chunks, into a staging graph of a store that speaks the SPARQL 1.1 ' +
          'Graph Store HTTP Protocol and SPARQL 1.1 Update (Virtuoso, Fuseki, GraphDB, Oxigraph server; see docs/serve.md); ' +
          'count it there, then MOVE it onto the named graph. A failed or killed push leaves the named graph as it was. ' +
          'Authentication is Digest or Basic, as the store asks (Basic only over https:// or to this machine, unless --insecure-http).',
        '',
        "With --bulk DIR, write gzip'd N-Triples and a load.sql for Virtuoso's bulk loader instead.",
        '',
        'Exit 1 when the store cannot be reached, refuses, or holds another number of triples afterwards.',
      ].join('\n'),
    )
    .addArgument(surveyArgument())
    .option('-e, --endpoint <URL>', "the store's Graph Store endpoint (Virtuoso: http://HOST:8890/sparql-graph-crud-auth)")
    .option('-g, --graph <IRI>', 'the named graph to replace (default: the dataset IRI, BASE + "dataset")')
    .option('--sparql <URL>', "the store's SPARQL query endpoint, for the counts (known for the stores in docs/serve.md)")
    .option('--update <URL>', "the store's SPARQL Update endpoint, for the swap (known for the stores in docs/serve.md)")
    .option('--with-ontology', "push the ontology's triples too, into the same graph (so queries there see labels and the SKOS hierarchy)")
    .option('--no-verify', 'skip the counts')
    .option('--chunk <TRIPLES>', 'triples per request', wholeNumber(1), CHUNK_TRIPLES)
    .option('--retries <N>', 'further tries of a chunk that fails on the way (network, timeout, 5xx)', wholeNumber(0), 3)
    .option('--bulk <DIR>', "write DIR/deai-*.nt.gz and DIR/load.sql for Virtuoso's bulk loader instead of pushing");
  withCommonOptions(withRemoteOptions(command, 120_000, '-u, --user <USER>'))
    .addHelpText(
      'after',
      '\nExamples:\n  deai-kg push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --password dba --with-ontology\n  DEAI_KG_PASSWORD=secret deai-kg push -e https://store.example/deai/data -u admin -g https://w3id.org/deai/graph\n  deai-kg push big-survey.md --bulk /var/lib/virtuoso/load && isql-vt 1111 dba PASSWORD /var/lib/virtuoso/load/load.sql\n',
    )
    .action(async (source: string, options: PushCliOptions) => {
      if (!options.endpoint && !options.bulk) throw new UsageError("push needs --endpoint URL: the store's Graph Store endpoint (e.g. http://127.0.0.1:8890/sparql-graph-crud-auth), or --bulk DIR");
      const endpoint = options.endpoint ? httpUrl('--endpoint', options.endpoint) : undefined;
      const known = endpoint ? storeEndpointsFor(endpoint) : undefined;
      const sparql = options.sparql ? httpUrl('--sparql', options.sparql) : known?.query;
      const update = options.update ? httpUrl('--update', options.update) : known?.update;
      const fetch = await authedFetchFor(options, known?.digest ? { expectDigest: true } : {});
      if (endpoint && !update) {
        throw new UsageError(`push needs the store's SPARQL Update endpoint to swap the new graph in when it is complete, and ${endpoint.origin}${endpoint.pathname} is no store deai-kg knows: give --update URL`);
      }

      const mapped = buildGroupsFromFile(displayPath(source), { ...(options.base ? { base: options.base } : {}) });
      const graph = graphIri(options.graph ?? `${mapped.base}dataset`);
      const progress = progressOnStderr(Boolean(options.quiet));
      progress.start(options.bulk ? 'writing' : 'pushing', mapped.projectCount);
      const groups = options.withOntology ? groupsWithOntology(bundledOntology().quads, mapped.groups) : mapped.groups;
      const chunks = groupsToNTriplesChunks(ticking(groups, () => progress.tick()), options.chunk);
      const say = (message: string): void => {
        progress.done();
        warn(message);
      };

      if (options.bulk) {
        const written = await writeBulkFiles(options.bulk, chunks, { graph });
        progress.done();
        reportDiagnostics(mapped.diagnostics, options.quiet);
        if (!options.quiet) note(`${written.triples} triples in ${written.files.length} file${written.files.length === 1 ? '' : 's'} → ${written.dir}; load them into <${graph}> with: isql-vt 1111 dba PASSWORD ${written.script}`);
        return;
      }
      const report = await pushGraph({
        fetch, graphStore: endpoint as URL, update: update as URL, graph, chunks, verify: options.verify, retries: options.retries, warn: say,
        ...(sparql ? { query: sparql } : {}),
        ...(known ? { store: known.store } : {}),
        ...(options.user ? { user: options.user } : {}),
      });
      progress.done();
      reportDiagnostics(mapped.diagnostics, options.quiet);
      if (!options.quiet) {
        const auth = report.auth === 'none' ? '' : `, ${report.auth === 'digest' ? 'Digest' : 'Basic'} authentication`;
        const retried = report.retried > 0 ? `, ${report.retried} sent again` : '';
        const checked = report.count ? `; the graph holds ${report.count.triples} triples (${report.count.via})` : '';
        note(`pushed ${report.triples} triples to <${graph}> at ${endpoint?.origin}${endpoint?.pathname} (${report.chunks} chunk${report.chunks === 1 ? '' : 's'}${retried}${auth}, swapped in ${report.swap === 'transaction' ? 'one transaction' : "the store's autocommit mode"})${checked}`);
      }
    });
}

function* ticking(groups: Iterable<readonly Quad[]>, tick: () => void): Generator<readonly Quad[]> {
  for (const group of groups) {
    yield group;
    tick();
  }
}

function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    return n;
  };
}

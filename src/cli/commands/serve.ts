// `deai-kg serve [SOURCE]`: the graph as linked data on 127.0.0.1 — /sparql, dereferenceable IRIs, the viewer, /health.
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { buildGraphFromFile } from '../../node/build-from-file.js';
import { bundledQueries } from '../../node/named-queries.js';
import { BUNDLED, bundledContext } from '../../node/package-files.js';
import { VIEWER_DIST } from '../../node/write-site.js';
import { startLinkedDataServer } from '../../serve/linked-data-server.js';
import { graphToSiteData } from '../../site/site-data.js';
import { note, reportDiagnostics } from '../report.js';
import { type CommonOptions, displayPath, surveyArgument, withCommonOptions } from './common-options.js';

interface ServeCliOptions extends CommonOptions {
  readonly port: string;
  readonly host: string;
  readonly workers: string;
  readonly queryTimeout: string;
  readonly maxResults: string;
}

const TITLE = 'SoK: Decentralized AI (DeAI)';
export const DEFAULT_WORKERS = Math.min(4, availableParallelism());

export function registerServe(program: Command): void {
  withCommonOptions(
    program
      .command('serve')
      .description(
        [
          'Build the graph and serve it on 127.0.0.1 (see docs/serve.md):',
          '  /sparql             SPARQL 1.1 Protocol, read-only (GET ?query=, POST)',
          '  /project/bittensor  every IRI under the base: HTML, Turtle, JSON-LD,',
          '                      N-Triples or RDF/XML by Accept',
          '  /ontology           the ontology, its terms as /ontology#Term',
          '  /                   the viewer; /health: status, workers, memory',
          '',
          'Queries run in worker threads: one that overruns --query-timeout is stopped (503) without stalling the others. ' +
            'A browser gets /sparql results as an HTML table under the query form.',
        ].join('\n'),
      )
      .addArgument(surveyArgument())
      .option('-p, --port <N>', 'port (0 picks a free one)', '8080')
      .option('--host <HOST>', 'address to listen on', '127.0.0.1')
      .option('--workers <N>', 'query worker threads, each with its own copy of the graph', String(DEFAULT_WORKERS))
      .option('--query-timeout <MS>', 'stop a query after this many milliseconds (waiting for a worker counts)', '10000')
      .option('--max-results <N>', 'send at most this many rows (SELECT) or triples (CONSTRUCT, DESCRIBE)', '10000')
      .addHelpText('after', '\nExamples:\n  deai-kg serve                       # http://127.0.0.1:8080/\n  deai-kg serve -p 0 --query-timeout 2000\n  curl -H "Accept: text/turtle" http://127.0.0.1:8080/project/bittensor\n  curl http://127.0.0.1:8080/sparql --data-urlencode "query=ASK { ?s ?p ?o }"\n'),
  ).action(async (source: string, options: ServeCliOptions) => {
    const port = integer('--port', options.port, 0, 65535);
    const workers = integer('--workers', options.workers, 1, 64);
    const timeoutMs = integer('--query-timeout', options.queryTimeout, 1, 3_600_000);
    const maxResults = integer('--max-results', options.maxResults, 1, 10_000_000);
    const graph = buildGraphFromFile(displayPath(source), { ...(options.base ? { base: options.base } : {}) });
    reportDiagnostics(graph.diagnostics, options.quiet);
    const context = bundledContext();
    const siteData = await graphToSiteData({ graph, context, ontologyTurtle: readFileSync(BUNDLED.ontology, 'utf8'), queries: bundledQueries(), title: TITLE });
    const running = await startLinkedDataServer({
      graph, context, siteData, viewerDir: VIEWER_DIST, siteTitle: TITLE, shapesTurtle: readFileSync(BUNDLED.shapes, 'utf8'), host: options.host, port, workers, timeoutMs, maxResults,
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new UsageError(`port ${port} on ${options.host} is in use: pick another with --port (0 picks a free one)`);
      if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') throw new UsageError(`cannot listen on ${options.host}:${port} (${error.code}): pick another --host or --port`);
      throw error;
    });
    if (!options.quiet) {
      const { startupMs } = running.pool.stats();
      note(`${workers} query worker${workers > 1 ? 's' : ''} ready (startup ${startupMs.join(', ')} ms); query timeout ${timeoutMs} ms, at most ${maxResults} results`);
      if (!running.viewer) note(`warning: the viewer is not built (${VIEWER_DIST}); / serves nothing. Run "npm run build".`);
      if (!/^(127\.|::1$|localhost$)/.test(options.host)) note(`warning: listening on ${options.host}, not loopback: other machines can reach this server`);
    }
    process.stdout.write(`Serving ${running.url}  (SPARQL endpoint ${running.url}sparql; Ctrl-C to stop)\n`);
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await running.close();
    if (!options.quiet) note(`stopped (${signal})`);
  });
}

function integer(option: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

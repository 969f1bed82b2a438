// `deai-kg site [SOURCE] --out DIR [--serve]`: the viewer as a self-contained static site, optionally served.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { NodeChange } from '../../diff/diff-to-node-changes.js';
import { baseName } from '../../resolve/resolve-columns.js';
import { buildGraphFromFile } from '../../node/build-from-file.js';
import { bundledQueries } from '../../node/named-queries.js';
import { BUNDLED, bundledContext } from '../../node/package-files.js';
import { serveStatic } from '../../node/serve-static.js';
import { beyondInMemory, SITE_SURVEY_BYTES, surveySize } from '../../node/survey-size.js';
import { streamGraphFiles } from '../../node/write-graph-files.js';
import { writeSite } from '../../node/write-site.js';
import { graphToEntityPages } from '../../site/entity-pages.js';
import { graphToViewerData } from '../../site/site-data.js';
import { note, reportDiagnostics } from '../report.js';
import { type CommonOptions, displayPath, surveyArgument, withCommonOptions } from './common-options.js';

interface SiteCliOptions extends CommonOptions {
  readonly out: string;
  readonly serve?: boolean;
  readonly port: string;
  readonly diff?: string;
}

export function registerSite(program: Command): void {
  withCommonOptions(
    program
      .command('site')
      .description(
        'Build the graph and write a self-contained static site: index.html, assets, data/graph.json, data/deai.ttl and ' +
          'data/deai.jsonld. All URLs are relative: it works from any static file server under any base path.\n\n' +
          'Every IRI under the base also gets PATH.html (its facts, its JSON-LD embedded), PATH.ttl and PATH.jsonld ' +
          '(project/bittensor.html, …; the ontology as ontology.html), so a static host can serve the IRIs (see docs/serve.md).',
      )
      .addArgument(surveyArgument())
      .option('-o, --out <DIR>', 'output directory', 'out/site')
      .option('--diff <OLD>', 'an earlier version of the survey: mark the projects and table cells added or changed since it (a legend entry says so)')
      .option('--serve', 'serve the site on 127.0.0.1 after writing it')
      .option('-p, --port <N>', 'port for --serve (0 picks a free one)', '8080'),
  ).action(async (source: string, options: SiteCliOptions) => {
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${options.port}"`);
    const file = displayPath(source);
    // The viewer's layout and the pages' inbound links need the whole graph: past that size, refuse before the work.
    const size = surveySize(file);
    if (size > SITE_SURVEY_BYTES) {
      throw new UsageError(
        `the site is made from the whole graph in memory (its layout, every page's inbound links), and ${file} is ${beyondInMemory(size, SITE_SURVEY_BYTES)}: ` +
          'build or export it (they stream at any size) and load that into a triple store or graph tool, or make the site of a smaller survey',
      );
    }
    const graph = buildGraphFromFile(file, { ...(options.base ? { base: options.base } : {}) });
    reportDiagnostics(graph.diagnostics, options.quiet);
    const site = graphToViewerData({
      graph,
      context: bundledContext(),
      ontologyTurtle: readFileSync(BUNDLED.ontology, 'utf8'),
      queries: bundledQueries(),
      title: 'SoK: Decentralized AI (DeAI)',
      ...(options.diff ? { changes: await changesSince(displayPath(options.diff), file, graph.base) } : {}),
    });
    // The RDF downloads are streamed and the pages written one by one: a survey of 10k projects makes gigabytes.
    const skipped = await writeSite(options.out, {
      data: site.files,
      writeData: (dataDir) => {
        streamGraphFiles(dataDir, ['ttl', 'jsonld'], [graph.quads], bundledContext());
      },
      pages: graphToEntityPages({
        graph, context: bundledContext(), siteTitle: 'SoK: Decentralized AI (DeAI)', viewerNodes: site.viewerNodes, shapesTurtle: readFileSync(BUNDLED.shapes, 'utf8'),
      }),
    });
    if (!options.quiet && skipped.length > 0) note(`warning: ${skipped.length} entity page(s) would overwrite a viewer file and were left out: ${skipped.slice(0, 5).join(', ')}`);
    if (!options.quiet) note(`site written to ${options.out}/ with a page per entity (open index.html through any static file server)`);
    if (!options.serve) return;
    const { url } = await serveStatic(options.out, port).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new UsageError(`port ${port} on 127.0.0.1 is already in use; pass --port N (0 picks a free port)`);
      throw error;
    });
    process.stdout.write(`Serving ${options.out}/ at ${url}  (Ctrl-C to stop)\n`);
    await new Promise(() => undefined);
  });
}

/** The projects of SOURCE added or changed since OLD, as the viewer marks them. */
async function changesSince(oldPath: string, newPath: string, base: string): Promise<{ from: string; nodes: ReadonlyMap<string, NodeChange> }> {
  const [{ markdownToVersion }, { diffSurveys }, { diffToNodeChanges }, { bundledOntology, bundledVariants }, { readSurvey }] = await Promise.all([
    import('../../diff/markdown-to-version.js'),
    import('../../diff/diff-surveys.js'),
    import('../../diff/diff-to-node-changes.js'),
    import('../../node/package-files.js'),
    import('../../node/read-survey.js'),
  ]);
  const version = (file: string) => markdownToVersion(readSurvey(file), { ontology: bundledOntology(), variants: bundledVariants(), file, base });
  const diff = diffSurveys(version(oldPath), version(newPath), bundledVariants());
  return { from: baseName(oldPath), nodes: diffToNodeChanges(diff, base) };
}

// `deai-kg build [SOURCE] [--out DIR]`: the graph as DIR/deai.ttl and DIR/deai.jsonld.
import type { Command } from 'commander';
import { quadsToJsonLd } from '../../export/to-jsonld.js';
import { quadsToTurtle } from '../../export/to-turtle.js';
import { buildGraphFromFile } from '../../node/build-from-file.js';
import { BUNDLED, bundledContext } from '../../node/package-files.js';
import { writeFilesAtomically } from '../../node/write-atomically.js';
import { validateGraph } from '../../node/validate-graph.js';
import { violationToText } from '../../validate/violation-to-text.js';
import { FindingsError } from '../../errors.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { DEAI, RDF } from '../../vocab/namespaces.js';
import { note, reportDiagnostics } from '../report.js';
import { type CommonOptions, displayPath, withCommonOptions } from './common-options.js';

interface BuildCliOptions extends CommonOptions {
  readonly out: string;
  readonly validate: boolean;
}

export function registerBuild(program: Command): void {
  withCommonOptions(
    program
      .command('build')
      .summary('build the knowledge graph: DIR/deai.ttl and DIR/deai.jsonld')
      .description('Parse the survey, map it onto the DeAI ontology, check the graph against the SHACL shapes and write Turtle and\nJSON-LD (context embedded). A failed build writes nothing; earlier outputs stay intact.')
      .argument('[SOURCE]', 'survey markdown', BUNDLED.survey)
      .option('-o, --out <DIR>', 'output directory', 'out')
      .option('--no-validate', 'skip the SHACL check of the output (for very large surveys)'),
  ).action(async (source: string, options: BuildCliOptions) => {
    const graph = buildGraphFromFile(displayPath(source), { ...(options.base ? { base: options.base } : {}) });
    reportDiagnostics(graph.diagnostics, options.quiet);
    const checked = options.validate ? await checkShapes(graph) : undefined;
    const [turtle, jsonld] = await Promise.all([quadsToTurtle(graph.quads), quadsToJsonLd(graph.quads, bundledContext())]);
    const written = writeFilesAtomically(options.out, { 'deai.ttl': turtle, 'deai.jsonld': jsonld });
    const projects = graph.quads.filter((q) => q.predicate.value === RDF('type') && q.object.value === DEAI('Project')).length;
    if (!options.quiet) {
      const warnings = graph.diagnostics.length;
      const shapes = checked === undefined ? 'not validated' : `valid against the SHACL shapes (${checked} ms)`;
      note(`${projects} projects, ${graph.quads.length} triples, ${shapes} → ${written.join(', ')}${warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}`);
    }
  });
}

/** Every build validates its own output before writing it: a violation is a bug to report, so nothing is written. Returns the ms taken. */
async function checkShapes(graph: KnowledgeGraph): Promise<number> {
  const started = performance.now();
  const { violations } = await validateGraph(graph);
  for (const v of violations) process.stderr.write(`${violationToText(v)}\n`);
  if (violations.length > 0) throw new FindingsError(`the graph breaks the SHACL shapes (${violations.length} violation${violations.length > 1 ? 's' : ''}); nothing was written`);
  return Math.round(performance.now() - started);
}

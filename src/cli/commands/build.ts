// `deai-kg build [SOURCE] [--out DIR] [--formats ttl,jsonld,nt] [--validate]`: the graph as DIR/deai.ttl, DIR/deai.jsonld
// (and DIR/deai.nt), streamed to disk group by group, so memory stays flat however long the survey is.
import { type Command, InvalidArgumentError } from 'commander';
import type { Quad } from '@rdfjs/types';
import { STREAM_FORMATS, type StreamFormat } from '../../export/graph-writers.js';
import { buildGroupsFromFile } from '../../node/build-from-file.js';
import { BUNDLED, bundledContext, bundledOntology } from '../../node/package-files.js';
import { prepareOutputDir } from '../../node/output-dir.js';
import { writeGraphFiles } from '../../node/write-graph-files.js';
import { validateGraph } from '../../node/validate-graph.js';
import { violationToText } from '../../validate/violation-to-text.js';
import { FindingsError } from '../../errors.js';
import { progressOnStderr } from '../progress.js';
import { note, reportDiagnostics, terminalText } from '../report.js';
import { type CommonOptions, displayPath, withCommonOptions } from './common-options.js';

interface BuildCliOptions extends CommonOptions {
  readonly out: string;
  readonly formats: StreamFormat[];
  readonly validate: boolean;
}

export function registerBuild(program: Command): void {
  withCommonOptions(
    program
      .command('build')
      .summary('build the knowledge graph: DIR/deai.ttl and DIR/deai.jsonld')
      .description(
        'Parse the survey, map it onto the DeAI ontology and write Turtle and JSON-LD (context embedded), and N-Triples\n' +
          'if asked. The graph is written while it is mapped, so a survey of 100k projects builds in bounded memory.\n' +
          'A failed or killed build writes nothing; earlier outputs stay intact. The files change together: each is a\n' +
          'link into the build\'s own directory under DIR/.deai-kg/ (docs/trust.md).',
      )
      .argument('[SOURCE]', 'survey markdown', BUNDLED.survey)
      .option('-o, --out <DIR>', 'output directory', 'out')
      .option('-f, --formats <LIST>', `formats to write, comma-separated: ${STREAM_FORMATS.join(', ')}`, parseFormats, ['ttl', 'jsonld'])
      .option('--validate', 'also check the graph against the SHACL shapes first (holds the graph in memory; ~0.3 s on the survey)', false),
  ).action(async (source: string, options: BuildCliOptions) => {
    // The output directory is checked (and made) before the work: a bad -o fails at once, not after the parse.
    prepareOutputDir(options.out);
    const progress = progressOnStderr(Boolean(options.quiet));
    progress.step(`parsing ${displayPath(source)}`);
    const mapped = buildGroupsFromFile(displayPath(source), { ...(options.base ? { base: options.base } : {}) });
    let groups: Iterable<readonly Quad[]> = mapped.groups;
    let checked: number | undefined;
    if (options.validate) {
      progress.step('mapping');
      const quads = [...mapped.groups].flat();
      progress.step('validating');
      checked = await checkShapes(quads, mapped.base);
      groups = [quads];
    }
    // One group per project, and a few more: the survey, papers, minted terms and the dataset description.
    progress.start('writing', mapped.projectCount);
    const written = writeGraphFiles(options.out, options.formats, groups, bundledContext(), () => progress.tick());
    progress.done();
    reportDiagnostics(mapped.diagnostics, options.quiet);
    if (!options.quiet) {
      const warnings = mapped.diagnostics.length;
      const shapes = checked === undefined ? '' : `, valid against the SHACL shapes (${checked} ms)`;
      note(`${mapped.projectCount} projects, ${written.triples} triples${shapes} → ${written.files.join(', ')}${warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}`);
    }
  });
}

function parseFormats(value: string): StreamFormat[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !(STREAM_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${STREAM_FORMATS.join(', ')} (other formats: deai-kg export)`);
  return [...new Set(formats)] as StreamFormat[];
}

/** A violation is a bug to report, so nothing is written. Returns the ms taken. */
async function checkShapes(quads: Quad[], base: string): Promise<number> {
  const started = performance.now();
  const { violations } = await validateGraph({ quads, ontology: bundledOntology(), diagnostics: [], base });
  for (const v of violations) process.stderr.write(`${terminalText(violationToText(v))}\n`);
  if (violations.length > 0) throw new FindingsError(`the graph breaks the SHACL shapes (${violations.length} violation${violations.length > 1 ? 's' : ''}); nothing was written`);
  return Math.round(performance.now() - started);
}

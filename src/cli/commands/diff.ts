// `deai-kg diff OLD.md NEW.md [-f md|json|rdf]`: what changed between two versions of the survey, as a changelog, as
// JSON, or as RDF changes. A report, not a lint: exit 0 whether or not anything changed.
import { type Command, Option } from 'commander';
import type { Diagnostic } from '../../errors.js';
import { note } from '../report.js';
import { type CommonOptions, displayPath, withCommonOptions } from './common-options.js';

interface DiffCliOptions extends CommonOptions {
  readonly format: 'md' | 'json' | 'rdf';
}

export function registerDiff(program: Command): void {
  withCommonOptions(
    program
      .command('diff')
      .description(
        'Compare two versions of the survey: projects added, removed and renamed (matched as one survey matches its own ' +
          'names: name variants, affix words such as ".io", shared links), table cells whose mark changed, columns added, ' +
          'removed and renamed (matched through the ontology\'s labels), security assumptions, section entries, papers and ' +
          'links. md is a changelog for release notes; json the same as data; rdf a deai:Change per change (Turtle).\n\n' +
          'Exit 0 also when there are changes: it is a report, not a check.',
      )
      .argument('<OLD>', 'the earlier survey markdown')
      .argument('<NEW>', 'the later survey markdown')
      .addOption(new Option('-f, --format <FORMAT>', 'output format').choices(['md', 'json', 'rdf']).default('md')),
  ).action(async (oldPath: string, newPath: string, options: DiffCliOptions) => {
    const [{ markdownToVersion }, { diffSurveys }, { bundledOntology, bundledVariants, sha256 }, { readSurvey }] = await Promise.all([
      import('../../diff/markdown-to-version.js'),
      import('../../diff/diff-surveys.js'),
      import('../../node/package-files.js'),
      import('../../node/read-survey.js'),
    ]);
    const variants = bundledVariants();
    const read = (path: string) => {
      const file = displayPath(path);
      const markdown = readSurvey(file);
      const version = markdownToVersion(markdown, { ontology: bundledOntology(), variants, file, ...(options.base ? { base: options.base } : {}) });
      warnCount(file, version.survey.diagnostics, options.quiet);
      return { version, ref: { id: sha256(markdown).replace(':', '-').slice(0, 23), label: file } };
    };
    const [before, after] = [read(oldPath), read(newPath)];
    const diff = diffSurveys(before.version, after.version, variants);
    if (options.format === 'json') {
      process.stdout.write((await import('../../diff/diff-to-json.js')).diffToJson(diff));
    } else if (options.format === 'md') {
      process.stdout.write((await import('../../diff/diff-to-markdown.js')).diffToMarkdown(diff));
    } else {
      const [{ diffToQuads }, { quadsToTurtle }, { DEFAULT_BASE }] = await Promise.all([
        import('../../diff/diff-to-quads.js'),
        import('../../export/to-turtle.js'),
        import('../../vocab/namespaces.js'),
      ]);
      process.stdout.write(await quadsToTurtle(diffToQuads(diff, { from: before.ref, to: after.ref }, options.base ?? DEFAULT_BASE)));
    }
  });
}

/** A survey's own warnings belong to `lint`; the diff only says how many there are. */
function warnCount(file: string, diagnostics: readonly Diagnostic[], quiet?: boolean): void {
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (!quiet && warnings > 0) note(`${file}: ${warnings} warning${warnings > 1 ? 's' : ''} (deai-kg lint ${file} shows them)`);
}

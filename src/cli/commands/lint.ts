// `deai-kg lint [SOURCE] [--format text|json|sarif]`: problems in the survey itself, each at its file:line; exit 1 on any.
import { readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { FindingsError } from '../../errors.js';
import { findingToText } from '../../lint/finding-to-text.js';
import { findingsToSarif } from '../../lint/findings-to-sarif.js';
import { lintSurvey } from '../../lint/lint-survey.js';
import { readSurvey } from '../../node/build-from-file.js';
import { bundledOntology, bundledVariants, PACKAGE_ROOT } from '../../node/package-files.js';
import { note, terminalText } from '../report.js';
import { displayPath, surveyArgument } from './common-options.js';

interface LintCliOptions {
  readonly format: 'text' | 'json' | 'sarif';
  readonly quiet?: boolean;
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description(
      'Check the survey for inconsistencies: projects only in the sections or only in the table, a section listing that ' +
        'the table does not mark, name variants, table links that disagree with the section links, heading numbers and ' +
        'levels, uncertain marks, and every warning of the build (see docs/trust.md). Findings go to stdout with ' +
        'file:line:column.\n\nExit 0 when clean, 1 on any finding, 2 when the survey cannot be read.',
    )
    .addArgument(surveyArgument())
    .addOption(new Option('-f, --format <FORMAT>', 'text, json, or SARIF 2.1.0 for code-scanning UIs').choices(['text', 'json', 'sarif']).default('text'))
    .option('-q, --quiet', 'print no summary')
    .addHelpText('after', '\nExamples:\n  deai-kg lint\n  deai-kg lint my-survey.md --format sarif > lint.sarif\n')
    .action((source: string, options: LintCliOptions) => {
      const file = displayPath(source);
      const findings = lintSurvey(readSurvey(file), { ontology: bundledOntology(), variants: bundledVariants(), file });
      if (options.format === 'sarif') {
        const { version } = JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string };
        process.stdout.write(`${JSON.stringify(findingsToSarif(findings, { toolVersion: version }), null, 2)}\n`);
      } else if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
      } else {
        process.stdout.write(terminalText(findings.map(findingToText).join('')));
      }
      const count = findings.length;
      if (count > 0) throw new FindingsError(options.quiet ? '' : `${count} finding${count > 1 ? 's' : ''} in ${file}`);
      if (!options.quiet) note(`${file} is clean`);
    });
}

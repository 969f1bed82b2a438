// `deai-kg validate [SOURCE] [--data FILE…]`: the SHACL shapes (ontology/shapes.ttl) over a graph; exit 1 on any violation.
import { type Command, Option } from 'commander';
import { FindingsError } from '../../errors.js';
import { buildGraphFromFile } from '../../node/build-from-file.js';
import { BUNDLED } from '../../node/package-files.js';
import { readRdfFile } from '../../node/read-rdf.js';
import { validateData, validateGraph } from '../../node/validate-graph.js';
import type { ValidationResult } from '../../validate/validate-quads.js';
import { violationToText } from '../../validate/violation-to-text.js';
import { note, reportDiagnostics, terminalText } from '../report.js';
import { type CommonOptions, displayPath, surveyArgument, withCommonOptions } from './common-options.js';

interface ValidateCliOptions extends CommonOptions {
  readonly data?: string[];
  readonly shapes?: string;
  readonly format: 'text' | 'json';
}

export function registerValidate(program: Command): void {
  withCommonOptions(
    program
      .command('validate')
      .description(
        'Validate the graph of the survey (or the RDF files given with --data) together with the ontology against the SHACL ' +
          'shapes in ontology/shapes.ttl. Each violation is printed on stdout with its focus node, path and message.\n\n' +
          'Exit 0 when the graph conforms, 1 on any violation, 2 on unreadable input.',
      )
      .addArgument(surveyArgument())
      .option('-d, --data <FILE...>', 'validate these RDF files (.ttl .nt .nq .trig .jsonld) instead; the ontology is added')
      .option('--shapes <FILE>', 'SHACL shapes in Turtle', BUNDLED.shapes)
      .addOption(new Option('-f, --format <FORMAT>', 'report format').choices(['text', 'json']).default('text'))
      .addHelpText('after', '\nExamples:\n  deai-kg validate\n  deai-kg validate my-survey.md\n  deai-kg validate --data out/deai.ttl\n'),
  ).action(async (source: string, options: ValidateCliOptions) => {
    const result = await validateInput(source, options);
    process.stdout.write(options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : terminalText(result.violations.map((v) => `${violationToText(v)}\n`).join('')));
    const count = result.violations.length;
    if (count > 0) throw new FindingsError(options.quiet ? '' : `${count} SHACL violation${count > 1 ? 's' : ''}`);
    if (!options.quiet) note('the graph conforms to the shapes');
  });
}

async function validateInput(source: string, options: ValidateCliOptions): Promise<ValidationResult> {
  if (options.data && options.data.length > 0) {
    const quads = (await Promise.all(options.data.map((file) => readRdfFile(displayPath(file))))).flat();
    return validateData(quads, options.shapes);
  }
  const graph = buildGraphFromFile(displayPath(source), { ...(options.base ? { base: options.base } : {}) });
  reportDiagnostics(graph.diagnostics, options.quiet);
  return validateGraph(graph, options.shapes);
}

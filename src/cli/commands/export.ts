// `deai-kg export --format F [--out FILE|DIR] [SOURCE]`: the graph in an RDF or graph-tool format, on stdout or into files.
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import {
  EXPORT_FORMATS, type ExportFormat, type ExportOptionName, exportFormat, GEXF_VERSIONS, type GexfVersion, type JsonLdForm, JSONLD_FORMS,
} from '../../export/formats.js';
import { UnrepresentableError } from '../../export/xml-text.js';
import { buildGraphFromFile } from '../../node/build-from-file.js';
import { BUNDLED, bundledContext, bundledOntology } from '../../node/package-files.js';
import { outputErrorFor, prepareOutputDir, prepareOutputFile } from '../../node/output-dir.js';
import { beyondInMemory, IN_MEMORY_SURVEY_BYTES, surveySize } from '../../node/survey-size.js';
import { writeFileAtomically, writeFilesAtomically } from '../../node/write-atomically.js';
import { note, reportDiagnostics } from '../report.js';
import { type CommonOptions, displayPath, surveyArgument, withCommonOptions } from './common-options.js';

interface ExportCliOptions extends CommonOptions {
  readonly format: string;
  readonly out?: string;
  readonly jsonldForm?: JsonLdForm;
  readonly withOntology?: boolean;
  readonly gexfVersion?: GexfVersion;
}

/** The formats that take an option, for messages: "ttl, jsonld, nt, rdfxml". */
const takers = (option: ExportOptionName): string => EXPORT_FORMATS.filter((f) => f.accepts.includes(option)).map((f) => f.name).join(', ');

export function registerExport(program: Command): void {
  withCommonOptions(
    program
      .command('export')
      .description(
        [
          'Build the graph and write it in one format, on stdout unless --out is given. RDF formats carry the triples of ' +
            'deai.ttl (nq and trig: in named graphs ontology, data and provenance); graph formats carry the property graph ' +
            'the viewer draws (projects, stages, capabilities, assumptions). csv writes nodes.csv, relationships.csv and ' +
            'load.cypher for Neo4j into the directory given with --out.',
          '',
          'Formats:',
          ...EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(11)}${f.title} → ${f.kind === 'directory' ? f.files.join(', ') : f.fileName}`),
        ].join('\n'),
      )
      .addArgument(surveyArgument())
      .addOption(new Option('-f, --format <FORMAT>', 'output format').choices(EXPORT_FORMATS.map((f) => f.name)).default('ttl'))
      .option('-o, --out <FILE|DIR>', 'write here instead of stdout (atomically); a directory (existing, or ending in /) gets the format\'s file name; csv needs a directory')
      .addOption(new Option('--jsonld-form <FORM>', 'JSON-LD form (with --format jsonld; default compacted)').choices(JSONLD_FORMS))
      .option('--with-ontology', `add the ontology's triples (with ${takers('withOntology')}; nq and trig always carry it in its own graph)`)
      .addOption(new Option('--gexf-version <VERSION>', 'GEXF version (with --format gexf; default 1.2, i.e. 1.2draft, which networkx and Gephi read; 1.3 adds edge kinds)').choices(GEXF_VERSIONS))
      .addHelpText(
        'after',
        '\nExamples:\n  deai-kg export --format nt > deai.nt\n  deai-kg export --format trig -o out/deai.trig\n  deai-kg export --format jsonld --jsonld-form framed\n  deai-kg export --format gexf -o out/          # → out/deai.gexf (GEXF 1.2draft; --gexf-version 1.3)\n  deai-kg export --format csv -o neo4j/         # → nodes.csv, relationships.csv, load.cypher\n',
      ),
  ).action(async (source: string, options: ExportCliOptions) => {
    const format = exportFormat(options.format) as ExportFormat;
    checkOptions(format, options);
    // The output place is checked (and made) before the work, so a bad -o fails at once.
    const file = options.out && format.kind !== 'directory' ? outputFile(options.out, format.fileName) : undefined;
    if (file) prepareOutputFile(file);
    else if (options.out) prepareOutputDir(options.out);
    const surveyFile = displayPath(source);
    if (format.kind !== 'directory' && (await streamExport(surveyFile, format, file, options))) return;
    checkInMemorySize(surveyFile, format, options);
    const graph = buildGraphFromFile(surveyFile, { ...(options.base ? { base: options.base } : {}) });
    reportDiagnostics(graph.diagnostics, options.quiet);
    const input = { graph, context: bundledContext() };
    const writeOptions = {
      ...(options.jsonldForm ? { jsonldForm: options.jsonldForm } : {}),
      ...(options.withOntology ? { withOntology: true } : {}),
      ...(options.gexfVersion ? { gexfVersion: options.gexfVersion } : {}),
    };
    try {
      if (format.kind === 'directory') {
        const written = writeFilesAtomically(options.out as string, await format.write(input, writeOptions));
        if (!options.quiet) note(`${format.title} → ${written.join(', ')}`);
        return;
      }
      const content = await format.write(input, writeOptions);
      if (!file) {
        writeToStdout(content);
        return;
      }
      const written = writeFileAtomically(file, content);
      if (!options.quiet) note(`${format.title} → ${written}`);
    } catch (error) {
      if (error instanceof UnrepresentableError) throw new UsageError(error.message);
      throw error;
    }
  });
}

/**
 * Streams the RDF formats that can be (export-writers.ts) from the survey file into the output file (written beside
 * it and renamed into place) or stdout, group by group. Returns false when the format needs the whole graph.
 */
async function streamExport(surveyFile: string, format: ExportFormat, file: string | undefined, options: ExportCliOptions): Promise<boolean> {
  const [{ streamExportWriter }, { buildGroupsFromFile }, { fileSink, stdoutSink }] = await Promise.all([
    import('../../export/export-writers.js'),
    import('../../node/build-from-file.js'),
    import('../../node/file-sink.js'),
  ]);
  const probe = streamExportWriter(format.name, { write: () => undefined, end: () => undefined }, writerOptions('', options));
  if (!probe) return false;
  const mapped = buildGroupsFromFile(surveyFile, { ...(options.base ? { base: options.base } : {}) });
  const staging = file ? mkdtempSync(join(dirname(prepareOutputFile(file)), '.deai-kg-')) : undefined;
  try {
    const sink = staging ? fileSink(join(staging, basename(file as string))) : stdoutSink();
    const writer = streamExportWriter(format.name, sink, writerOptions(mapped.base, options)) as NonNullable<typeof probe>;
    try {
      for (const group of mapped.groups) writer.add(group);
      writer.end();
      if (staging) renameSync(join(staging, basename(file as string)), file as string);
    } catch (error) {
      throw file ? outputErrorFor(error, `write ${file}`) : error;
    }
  } finally {
    mapped.close();
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
  reportDiagnostics(mapped.diagnostics, options.quiet);
  if (file && !options.quiet) note(`${format.title} → ${file}`);
  return true;
}

function writerOptions(base: string, options: ExportCliOptions) {
  return {
    context: bundledContext(),
    base,
    ontology: bundledOntology().quads,
    ...(options.withOntology ? { withOntology: true } : {}),
    ...(options.jsonldForm ? { jsonldForm: options.jsonldForm } : {}),
  };
}

/** A format built in memory refuses a survey too long for it, before the work, and names the formats that stream. */
function checkInMemorySize(surveyFile: string, format: ExportFormat, options: ExportCliOptions): void {
  const size = surveySize(surveyFile);
  if (size <= IN_MEMORY_SURVEY_BYTES) return;
  const what = format.kind === 'rdf' ? `--format ${format.name}${options.jsonldForm ? ` --jsonld-form ${options.jsonldForm}` : ''} needs the whole graph in memory` : `--format ${format.name} is made from the whole graph in memory`;
  throw new UsageError(
    `${what}, and ${surveyFile} is ${beyondInMemory(size)}: ` +
      'export nt, ttl, nq, trig or jsonld (compacted or expanded), which stream at any size, and load that into a triple store or graph tool',
  );
}

function checkOptions(format: ExportFormat, options: ExportCliOptions): void {
  if (format.kind === 'directory') {
    if (!options.out) throw new UsageError(`--format ${format.name} writes ${format.files.join(', ')}: give a directory with --out DIR`);
    if (existsSync(options.out) && !isDirectory(options.out)) throw new UsageError(`--format ${format.name} writes a directory, and ${options.out} is a file: give a directory with --out DIR`);
  }
  if (options.jsonldForm && !format.accepts.includes('jsonldForm')) throw new UsageError(`--jsonld-form is for --format ${takers('jsonldForm')}, not ${format.name}`);
  if (options.gexfVersion && !format.accepts.includes('gexfVersion')) throw new UsageError(`--gexf-version is for --format ${takers('gexfVersion')}, not ${format.name}`);
  if (options.withOntology && !format.accepts.includes('withOntology')) {
    const why = format.kind === 'rdf' ? `${format.name} always carries the ontology, in its own named graph` : `${format.name} is a graph format; it already uses the ontology's labels`;
    throw new UsageError(`--with-ontology is for ${takers('withOntology')}: ${why}`);
  }
}

/** A reader that stops early (`| head`) closes the pipe: that is not an error of the export. */
function writeToStdout(content: string): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`deai-kg: cannot write to stdout: ${error.message}\n`);
    process.exitCode = 1;
  });
  process.stdout.write(content);
}

/** An existing directory, or a path ending in "/", gets the format's file name (out/ → out/deai.gexf). */
function outputFile(out: string, fileName: string): string {
  return isDirectory(out) || /[\\/]$/.test(out) ? join(out, fileName) : out;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

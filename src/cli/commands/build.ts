// `deai-kg build [SOURCE] [--out DIR] [--formats ttl,jsonld,nt] [--validate]`: the graph as DIR/deai.ttl, DIR/deai.jsonld
// (and DIR/deai.nt), streamed to disk group by group, so memory stays flat however long the survey is. A survey built
// before (same text, options and deai-kg) is written again from the cache, without parsing or mapping.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { Quad } from '@rdfjs/types';
import type { Diagnostic } from '../../errors.js';
import { FindingsError, InputError, UsageError } from '../../errors.js';
import type { ProjectIdentity } from '../../diff/project-identity.js';
import { STREAM_FILES, STREAM_FORMATS, type StreamFormat } from '../../export/stream-formats.js';
import { prepareOutputDir } from '../../node/output-dir.js';
import { beyondInMemory, IN_MEMORY_SURVEY_BYTES, surveySize } from '../../node/survey-size.js';
import { BUNDLED } from '../../node/package-root.js';
import { readSurvey } from '../../node/read-survey.js';
import { MAX_CACHED_CHARS, readCacheEntry, surveyCacheDir, surveyCacheKey, writeCacheEntry } from '../../node/survey-cache.js';
import { writeFilesAtomically } from '../../node/write-atomically.js';
import { progressOnStderr } from '../progress.js';
import { note, reportDiagnostics, terminalText } from '../report.js';
import { type CommonOptions, displayPath, surveyArgument, withCommonOptions } from './common-options.js';

interface BuildCliOptions extends CommonOptions {
  readonly out: string;
  readonly formats: StreamFormat[];
  readonly validate: boolean;
  readonly previous?: string;
}

/** A build: the files' text and what the summary line says (the cache keeps the files as texts, the rest as meta). */
interface CachedBuild {
  /** Undefined when the files are too large to cache. */
  readonly files?: Readonly<Record<string, string>>;
  readonly projectCount: number;
  readonly triples: number;
  readonly diagnostics: readonly Diagnostic[];
}
type BuildMeta = Omit<CachedBuild, 'files'>;

/** Surveys below this size are cached with their outputs (the bundled survey is 40 kB; 4k projects, 1 MB). */
const CACHE_SURVEY_BYTES = 1 << 20;

export function registerBuild(program: Command): void {
  withCommonOptions(
    program
      .command('build')
      .description(
        'Parse the survey, map it onto the DeAI ontology and write Turtle and JSON-LD (context embedded), and N-Triples if asked. ' +
          'The graph is written while it is mapped, so a survey of 100k projects builds in bounded memory. ' +
          'A failed or killed build writes nothing; earlier outputs stay intact. The files change together: each is a ' +
          "link into the build's own directory under DIR/.deai-kg/ (docs/trust.md).\n\n" +
          'A survey built before with the same options is written again from the cache in the user cache folder ' +
          '(DEAI_KG_CACHE_DIR sets another, DEAI_KG_CACHE=off turns it off).',
      )
      .addArgument(surveyArgument())
      .option('-o, --out <DIR>', 'output directory', 'out')
      .option('-f, --formats <LIST>', `formats to write, comma-separated: ${STREAM_FORMATS.join(', ')}`, parseFormats, ['ttl', 'jsonld'])
      .option('--previous <GRAPH>', 'a graph an earlier build wrote (.ttl, .nt, .jsonld): every project the resolution matches to one of its projects keeps that IRI, even when renamed (the old name becomes a skos:altLabel)')
      .option('--validate', 'also check the graph against the SHACL shapes first (holds the graph in memory; ~0.3 s on the survey)', false),
  ).action(async (source: string, options: BuildCliOptions) => {
    // The output directory is checked (and made) before the work: a bad -o fails at once, not after the parse.
    prepareOutputDir(options.out);
    const file = displayPath(source);
    if (options.validate && surveySize(file) > IN_MEMORY_SURVEY_BYTES) {
      throw new UsageError(`--validate holds the whole graph in memory for the SHACL engine, and ${file} is ${beyondInMemory(surveySize(file))}: build without --validate (it streams), or check a smaller survey`);
    }
    // A survey of a megabyte or more is read as a stream and not cached (its outputs would be too long to keep).
    const markdown = surveySize(file) < CACHE_SURVEY_BYTES ? readSurvey(file) : undefined;
    // Builds that read another file (--previous) or check shapes are not cached.
    const cacheDir = options.validate || options.previous || markdown === undefined ? undefined : surveyCacheDir();
    const key = cacheDir && markdown !== undefined ? surveyCacheKey({ file, markdown, base: options.base }, [options.formats.join(','), readFileSync(BUNDLED.context, 'utf8')]) : { name: '', inputs: [] };
    const cached = readCacheEntry<BuildMeta>(cacheDir, 'build', key);
    let build: CachedBuild;
    let checkedMs: number | undefined;
    if (cached) {
      build = { ...cached.meta, files: cached.texts };
      writeFilesAtomically(options.out, cached.texts, Object.values(STREAM_FILES));
    } else {
      ({ build, checkedMs } = await buildFresh(file, options, cacheDir !== undefined));
      const { files, ...meta } = build;
      if (files) writeCacheEntry(cacheDir, 'build', key, { meta, texts: files });
    }
    reportDiagnostics(build.diagnostics, options.quiet);
    if (!options.quiet) {
      const warnings = build.diagnostics.length;
      const shapes = checkedMs === undefined ? '' : `, valid against the SHACL shapes (${checkedMs} ms)`;
      const written = options.formats.map((format) => join(options.out, STREAM_FILES[format]));
      note(`${build.projectCount} projects, ${build.triples} triples${shapes} → ${written.join(', ')}${warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}`);
    }
  });
}

/**
 * Parses the survey file as a stream, maps it and writes the files group by group; returns the written files' text
 * for the cache when one is kept.
 */
async function buildFresh(file: string, options: BuildCliOptions, cache: boolean): Promise<{ build: CachedBuild; checkedMs?: number }> {
  const [{ buildGroupsFromFile }, { writeGraphFiles }, { bundledContext }] = await Promise.all([
    import('../../node/build-from-file.js'),
    import('../../node/write-graph-files.js'),
    import('../../node/package-files.js'),
  ]);
  const progress = progressOnStderr(Boolean(options.quiet));
  const previous = options.previous ? await readPrevious(displayPath(options.previous)) : undefined;
  progress.step(`parsing ${file}`);
  const mapped = buildGroupsFromFile(file, { ...(options.base ? { base: options.base } : {}), ...(previous ? { previous } : {}) });
  let groups: Iterable<readonly Quad[]> = mapped.groups;
  let checkedMs: number | undefined;
  if (options.validate) {
    progress.step('mapping');
    const quads = [...mapped.groups].flat();
    progress.step('validating');
    checkedMs = await checkShapes(quads, mapped.base);
    groups = [quads];
  }
  // One group per project, and a few more: the survey, papers, minted terms and the dataset description.
  progress.start('writing', mapped.projectCount);
  const written = writeGraphFiles(options.out, options.formats, groups, bundledContext(), () => progress.tick());
  progress.done();
  mapped.close();
  // Read back for the cache only when small enough to keep (a 100k-project build is gigabytes, past V8's longest string).
  const paths = options.formats.map((format) => [STREAM_FILES[format], join(options.out, STREAM_FILES[format])] as const);
  const small = cache && paths.reduce((bytes, [, path]) => bytes + statSync(path).size, 0) <= MAX_CACHED_CHARS;
  const files = small ? Object.fromEntries(paths.map(([name, path]) => [name, readFileSync(path, 'utf8')])) : undefined;
  const build = { ...(files ? { files } : {}), projectCount: mapped.projectCount, triples: written.triples, diagnostics: mapped.diagnostics };
  return checkedMs === undefined ? { build } : { build, checkedMs };
}

/** The projects of the earlier graph; a graph with none is refused, since no IRI could be kept. */
async function readPrevious(path: string): Promise<readonly ProjectIdentity[]> {
  const [{ readRdfFile }, { quadsToIdentities }] = await Promise.all([import('../../node/read-rdf.js'), import('../../diff/quads-to-identities.js')]);
  const identities = quadsToIdentities(await readRdfFile(path));
  if (identities.length === 0) {
    throw new InputError({
      severity: 'error', code: 'previous/no-projects', place: { file: path, line: 1, column: 1 },
      message: 'The earlier graph has no deai:Project under …/project/', expected: 'a graph deai-kg build wrote (out/deai.ttl)',
    });
  }
  return identities;
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
  // Loaded here, not at the top: the SHACL engine costs a plain build a third of its start-up time.
  const [{ validateGraph }, { violationToText }, { bundledOntology }] = await Promise.all([
    import('../../node/validate-graph.js'),
    import('../../validate/violation-to-text.js'),
    import('../../node/package-files.js'),
  ]);
  const { violations } = await validateGraph({ quads, ontology: bundledOntology(), diagnostics: [], base });
  for (const v of violations) process.stderr.write(`${terminalText(violationToText(v))}\n`);
  if (violations.length > 0) throw new FindingsError(`the graph breaks the SHACL shapes (${violations.length} violation${violations.length > 1 ? 's' : ''}); nothing was written`);
  return Math.round(performance.now() - started);
}

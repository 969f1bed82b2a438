// Options shared by the commands that build a graph.
import { isAbsolute, relative } from 'node:path';
import { Argument, type Command, InvalidArgumentError, Option } from 'commander';
import { BUNDLED } from '../../node/package-root.js';
import { baseIriProblem } from '../../vocab/base-iri.js';

export interface CommonOptions {
  readonly base?: string;
  readonly quiet?: boolean;
}

export function withCommonOptions(command: Command): Command {
  return command
    .addOption(new Option('--base <IRI>', 'base IRI of instance data (ends in / or #)').default(undefined, 'https://w3id.org/deai/').argParser(parseBase))
    .option('-q, --quiet', 'print no warnings or summary');
}

/** The [SOURCE] argument of the commands that build a graph: the bundled survey unless given. */
export function surveyArgument(): Argument {
  return new Argument('[SOURCE]', 'survey markdown').default(BUNDLED.survey, 'the bundled survey, data/sok-deai-README.md');
}

/** Paths in messages are relative to the working directory when that is shorter (data/x.md, not /home/…/data/x.md). */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** A bad --base is a usage error, refused before any work (Commander prints it and the CLI exits 2). */
export function parseBase(value: string): string {
  const problem = baseIriProblem(value);
  if (problem) throw new InvalidArgumentError(`It ${problem}.`);
  return value;
}

#!/usr/bin/env node
// The deai-kg command line: data on stdout, messages on stderr; exit 0 ok, 1 findings, 2 bad input or usage.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { FindingsError, InputError, RemoteError, UsageError } from '../errors.js';
import { PACKAGE_ROOT } from '../node/package-files.js';
import { InvalidIriError } from '../vocab/is-iri.js';
import { message } from './report.js';

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when needed: `deai-kg build` must not pay for loading the SPARQL engine, the
 * SHACL validator and the HTTP server (about 0.25 s of a 0.4 s budget). Help and unknown commands load them all.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  build: async () => (await import('./commands/build.js')).registerBuild,
  table: async () => (await import('./commands/table.js')).registerTable,
  query: async () => (await import('./commands/query.js')).registerQuery,
  export: async () => (await import('./commands/export.js')).registerExport,
  site: async () => (await import('./commands/site.js')).registerSite,
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  lint: async () => (await import('./commands/lint.js')).registerLint,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  push: async () => (await import('./commands/push.js')).registerPush,
};

/** The program with the command named in argv registered, or every command when argv names none (help, typos). */
export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const { version } = JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string };
  const program = new Command('deai-kg')
    .description('Knowledge graph of the survey "SoK: Decentralized AI (DeAI)": markdown → DeAI ontology → RDF.')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const named = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const wanted = named !== undefined && named in COMMANDS ? [named] : Object.keys(COMMANDS);
  for (const register of await Promise.all(wanted.map((name) => (COMMANDS[name] as () => Promise<Register>)()))) register(program);
  for (const command of program.commands) command.exitOverride().showHelpAfterError(`(run "deai-kg ${command.name()} --help" for usage)`);
  program.addHelpText('after', '\nExamples:\n  deai-kg build                 # bundled survey → out/deai.ttl, out/deai.jsonld\n  deai-kg build my-survey.md -o kg\n  deai-kg table > table.md      # the overview table, rebuilt from the graph\n  deai-kg query --list          # the bundled competency questions\n  deai-kg query projects-per-stage\n');
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await (await createProgram(argv)).parseAsync([...argv]);
    return 0;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed the message (or the help/version text).
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof InputError) {
    message(error.message);
    return 2;
  }
  if (error instanceof FindingsError) {
    // The findings are printed already; the message is the one-line summary.
    if (error.message) message(`deai-kg: ${error.message}`);
    return 1;
  }
  if (error instanceof RemoteError) {
    message(`deai-kg: ${error.message}`);
    return 1;
  }
  // A writer refused an IRI (from --base, or data that did not come through the parser's link check): nothing written.
  if (error instanceof UsageError || error instanceof InvalidIriError) {
    message(`deai-kg: ${error.message}`);
    return 2;
  }
  const text = error instanceof Error ? error.message : String(error);
  message(`deai-kg: internal error: ${text}\nThis is a bug in deai-kg; set DEAI_KG_DEBUG=1 for details.`);
  if (process.env.DEAI_KG_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return 1;
}

process.exitCode = await main(process.argv);

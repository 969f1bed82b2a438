#!/usr/bin/env node
// The deai-kg command line: data on stdout, messages on stderr; exit 0 ok, 1 findings, 2 bad input or usage.
import type { Command } from 'commander';
import { FindingsError, InputError, RemoteError, UsageError } from '../errors.js';
import { packageVersion } from '../node/package-root.js';
import { COMMANDS } from './command-list.js';

const EXAMPLES = `
Examples:
  deai-kg build                 # bundled survey → out/deai.ttl, out/deai.jsonld
  deai-kg build my-survey.md -o kg
  deai-kg table > table.md      # the overview table, rebuilt from the graph
  deai-kg query --list          # the bundled competency questions
  deai-kg query projects-per-stage
  deai-kg query "SELECT ?p WHERE { ?p a deai:Project }"
`;

/**
 * The program with the command named in argv defined, or, when argv names none (--help, --version, a typo), every
 * command as a stub made from COMMANDS: enough to list them and to suggest the nearest name, without loading the
 * SPARQL engine, the SHACL validator or the HTTP server behind them.
 */
export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const { Command } = await import('commander');
  const program = new Command('deai-kg')
    .description('Knowledge graph of the survey "SoK: Decentralized AI (DeAI)": markdown → DeAI ontology → RDF.')
    .version(packageVersion())
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText('after', EXAMPLES);
  const words = argv.slice(2).filter((arg) => !arg.startsWith('-'));
  // "deai-kg help query" shows the help of query, so it needs query's own definition too.
  const named = COMMANDS.find((c) => c.name === (words[0] === 'help' ? words[1] : words[0]));
  if (named) {
    (await named.load())(program);
    program.commands.find((c) => c.name() === named.name)?.summary(named.summary);
  } else {
    for (const entry of COMMANDS) program.command(entry.name).arguments(entry.arguments).summary(entry.summary);
  }
  for (const command of program.commands) command.exitOverride().showHelpAfterError(`(run "deai-kg ${command.name()} --help" for usage)`);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  // The version is the one answer that needs no command-line parser (commander is imported only after this).
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  try {
    await (await createProgram(argv)).parseAsync([...argv]);
    return 0;
  } catch (error) {
    return exitCodeFor(error, (await import('commander')).CommanderError);
  }
}

function exitCodeFor(error: unknown, CommanderError: typeof import('commander').CommanderError): number {
  if (error instanceof CommanderError) {
    // Commander has already printed the message (or the help/version text).
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof InputError) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (error instanceof FindingsError) {
    // The findings are printed already; the message is the one-line summary.
    if (error.message) process.stderr.write(`deai-kg: ${error.message}\n`);
    return 1;
  }
  if (error instanceof RemoteError) {
    process.stderr.write(`deai-kg: ${error.message}\n`);
    return 1;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`deai-kg: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`deai-kg: internal error: ${message}\nThis is a bug in deai-kg; set DEAI_KG_DEBUG=1 for details.\n`);
  if (process.env.DEAI_KG_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return 1;
}

process.exitCode = await main(process.argv);

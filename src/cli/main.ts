#!/usr/bin/env node
// The deai-kg command line: data on stdout, messages on stderr; exit 0 ok, 1 findings, 2 bad input or usage.
import { FindingsError, InputError, RemoteError, UsageError } from '../errors.js';
import { packageVersion } from '../node/package-root.js';
import { createProgram } from './program.js';
import { renderedTopLevelHelp } from './top-level-help.js';
import { InvalidIriError } from '../vocab/is-iri.js';
import { message } from './report.js';

export async function main(argv: readonly string[]): Promise<number> {
  // The version and the top-level help need no command-line parser (commander is imported only after them).
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  // The top-level help too, as the build rendered it (top-level-help.ts).
  const help = argv.length === 3 && (argv[2] === '--help' || argv[2] === '-h') ? renderedTopLevelHelp() : undefined;
  if (help !== undefined) {
    process.stdout.write(help);
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

// A reader that stops early (`deai-kg query --list | head -1`) closes the pipe: stop quietly, as Unix tools do,
// instead of Node's unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv);

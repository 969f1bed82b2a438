// The command line past --version and the top-level help (main.ts answers those): parse the arguments, run the
// command, and turn what it throws into a message and an exit code: 0 ok, 1 findings, 2 bad input or usage.
import { FindingsError, InputError, RemoteError, UsageError } from '../errors.js';
import { createProgram } from './program.js';
import { InvalidIriError } from '../vocab/is-iri.js';
import { message } from './report.js';

/** Runs the command `argv` names (process.argv's shape) and gives its exit code. */
export async function run(argv: readonly string[]): Promise<number> {
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

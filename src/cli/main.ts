#!/usr/bin/env node
// The deai-kg command line: data on stdout, messages on stderr; exit 0 ok, 1 findings, 2 bad input or usage.
// --version and the top-level help are answered here, before anything else loads (the command-line parser, the
// commands: run.ts); keep this module's imports to those two (a query also starts its engine early: early-engine.ts).
import { packageVersion } from '../node/package-root.js';
import { renderedTopLevelHelp } from './top-level-help.js';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  // The top-level help as the build rendered it (top-level-help.ts); Commander renders it for a terminal's width.
  const help = argv.length === 3 && (argv[2] === '--help' || argv[2] === '-h') ? renderedTopLevelHelp() : undefined;
  if (help !== undefined) {
    process.stdout.write(help);
    return 0;
  }
  // A query on the survey: the engine's WebAssembly loads on other threads while the command line does (early-engine.ts).
  if (argv[2] === 'query') void import('./early-engine.js').then((m) => m.startEngineEarly(argv));
  return (await import('./run.js')).run(argv);
}

// A reader that stops early (`deai-kg query --list | head -1`) closes the pipe: stop quietly, as Unix tools do,
// instead of Node's unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv);

#!/usr/bin/env node
// The deai-kg command line: data on stdout, messages on stderr; exit 0 ok, 1 findings, 2 bad input or usage.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { FindingsError, InputError, RemoteError, UsageError } from '../errors.js';
import { PACKAGE_ROOT } from '../node/package-files.js';
import { registerBuild } from './commands/build.js';
import { registerExport } from './commands/export.js';
import { registerPush } from './commands/push.js';
import { registerQuery } from './commands/query.js';
import { registerServe } from './commands/serve.js';
import { registerSite } from './commands/site.js';
import { registerTable } from './commands/table.js';
import { registerLint } from './commands/lint.js';
import { registerValidate } from './commands/validate.js';

export function createProgram(): Command {
  const { version } = JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string };
  const program = new Command('deai-kg')
    .description('Knowledge graph of the survey "SoK: Decentralized AI (DeAI)": markdown → DeAI ontology → RDF.')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerBuild(program);
  registerTable(program);
  registerQuery(program);
  registerExport(program);
  registerSite(program);
  registerValidate(program);
  registerLint(program);
  registerServe(program);
  registerPush(program);
  for (const command of program.commands) command.exitOverride().showHelpAfterError(`(run "deai-kg ${command.name()} --help" for usage)`);
  program.addHelpText('after', '\nExamples:\n  deai-kg build                 # bundled survey → out/deai.ttl, out/deai.jsonld\n  deai-kg build my-survey.md -o kg\n  deai-kg table > table.md      # the overview table, rebuilt from the graph\n  deai-kg query --list          # the bundled competency questions\n  deai-kg query projects-per-stage\n');
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await createProgram().parseAsync([...argv]);
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

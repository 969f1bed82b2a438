// The command-line program: the top-level help and the command that argv names (see command-list.ts).
import type { Command } from 'commander';
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

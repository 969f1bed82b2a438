// Renders `deai-kg --help` once at build time (run by `npm run build` after tsc), through Commander from the command
// list, into dist/cli/top-level-help.txt: the CLI prints that text for --help without loading Commander
// (src/cli/top-level-help.ts). Nothing here is written by hand: change the command list and rebuild.
import { writeFileSync } from 'node:fs';
import { createProgram } from '../dist/cli/program.js';
import { TOP_LEVEL_HELP_FILE, TOP_LEVEL_HELP_WIDTH } from '../dist/cli/top-level-help.js';

const program = await createProgram(['node', 'deai-kg', '--help']);
let text = '';
program.configureOutput({ writeOut: (s) => (text += s), getOutHelpWidth: () => TOP_LEVEL_HELP_WIDTH, getOutHasColors: () => false });
program.outputHelp();
writeFileSync(new URL(`../dist/cli/${TOP_LEVEL_HELP_FILE}`, import.meta.url), text);

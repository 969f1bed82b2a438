// Help text: paragraphs that the terminal wraps, not lines broken by hand at some width; a summary for every command.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/command-list.js';
import { createProgram } from '../../src/cli/program.js';
import { renderedTopLevelHelp } from '../../dist/cli/top-level-help.js';
import { runCli } from '../helpers/cli.js';

describe('The help text', () => {
  it.each(COMMANDS.map((c) => c.name))('of %s should break lines only between paragraphs and before list items', async (name) => {
    const program = await createProgram(['node', 'deai-kg', name]);
    const command = program.commands.find((c) => c.name() === name);
    expect(command?.summary()).toBe(COMMANDS.find((c) => c.name === name)?.summary);
    const description = command?.description() ?? '';
    expect(description.length).toBeGreaterThan(40);
    // Each line is a paragraph, a blank line, a list item (indented) or a list's heading (ending in ":").
    for (const line of description.split('\n')) expect(line === '' || line.startsWith('  ') || line.endsWith(':') || /[.)]$/.test(line), line).toBe(true);
  });

  it('should list every command at the top without loading any of them', async () => {
    const program = await createProgram(['node', 'deai-kg', '--help']);
    expect(program.commands.map((c) => [c.name(), c.summary()])).toEqual(COMMANDS.map((c) => [c.name, c.summary]));
    expect(program.commands.every((c) => c.options.length === 0)).toBe(true);
  });

  it('should print for --help and -h, without Commander, the text Commander writes at 80 columns', async () => {
    const program = await createProgram(['node', 'deai-kg', '--help']);
    let commanders = '';
    program.configureOutput({ writeOut: (s) => (commanders += s), getOutHelpWidth: () => 80, getOutHasColors: () => false });
    program.outputHelp();
    expect(commanders).toContain('\n  history <REPO_DIR>  every version of the survey in a git repository as a named\n                      graph, with the changes between them\n');
    for (const flag of ['--help', '-h']) {
      const run = runCli([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(commanders);
    }
  });

  it('should leave the help of a terminal of another width to Commander, which wraps to it', () => {
    expect(renderedTopLevelHelp({ isTTY: true, columns: 120 })).toBeUndefined();
    expect(renderedTopLevelHelp({ isTTY: true, columns: 80 })).toMatch(/^Usage: deai-kg \[options\] \[command\]\n/);
    expect(renderedTopLevelHelp({ isTTY: false, columns: 120 })).toMatch(/^Usage: deai-kg /);
  });
});

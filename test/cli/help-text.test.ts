// Help text: paragraphs that the terminal wraps, not lines broken by hand at some width; a summary for every command.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/command-list.js';
import { createProgram } from '../../src/cli/program.js';

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
});

import { describe, expect, it } from 'vitest';
import { tableToMarkdown } from '../../src/table/table-to-markdown.js';

describe('tableToMarkdown', () => {
  it('should pad each column to its longest shown text: a link counts as its name', () => {
    const table = { header: ['Project', 'Training'], rows: [['[Bittensor](https://bittensor.com/whitepaper)', '●'], ['Commune AI', '○'], ['a|b', '◑']] };
    expect(tableToMarkdown(table)).toBe(
      [
        '| Project    | Training |',
        '|------------|----------|',
        '| [Bittensor](https://bittensor.com/whitepaper)  | ●        |',
        '| Commune AI | ○        |',
        '| a\\|b       | ◑        |',
        '',
      ].join('\n'),
    );
  });
});

// `deai-kg query` on broken queries: exit 2, one diagnostic at the fault's line and column, the line quoted with a caret.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Run, runCliAsync, STACK_TRACE } from '../helpers/cli.js';
import { BROKEN_QUERIES } from '../sparql/broken-queries.js';

const runs = new Map<string, Run>();

beforeAll(async () => {
  // Two at a time: each is a process of its own, and the machine has two cores.
  const queue = [...BROKEN_QUERIES];
  const worker = async (): Promise<void> => {
    for (let broken = queue.shift(); broken; broken = queue.shift()) runs.set(broken.title, await runCliAsync(['query', broken.sparql]));
  };
  await Promise.all([worker(), worker()]);
});

describe('deai-kg query with a broken query', () => {
  it.each(BROKEN_QUERIES)('should exit 2 with the place and the words: $title', (broken) => {
    const run = runs.get(broken.title) as Run;
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const [first, quoted, caret, ...rest] = run.stderr.split('\n');
    expect(first?.startsWith(`<query>:${broken.line}:${broken.column}: error: ${broken.what}. Expected `)).toBe(true);
    expect(first).toContain(broken.expected);
    expect(first?.endsWith(`[${broken.code}]`)).toBe(true);
    // The quoted line is the query's line at fault; the caret sits under the column.
    expect(quoted).toBe(`  ${broken.sparql.split('\n')[broken.line - 1]}`);
    expect(caret?.indexOf('^')).toBe(2 + broken.column - 1);
    expect(rest.join('')).toBe('');
  });
});

// The progress bar: silent unless stderr is a terminal outside CI and not --quiet; drawn at most ten times a second.
import { describe, expect, it } from 'vitest';
import { barOn, progressOnStderr } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const stream = { isTTY, text: '', write(chunk: string) { stream.text += chunk; return true; } };
  return stream as unknown as NodeJS.WriteStream & { text: string };
}

describe('progressOnStderr', () => {
  it('draws on a terminal', () => {
    const tty = fakeStream(true);
    const progress = progressOnStderr(false, tty, {});
    progress.start('writing', 10);
    progress.done();
    expect(tty.text).toContain('writing [');
  });

  it.each([
    ['piped', false, false, {}],
    ['--quiet', true, true, {}],
    ['under CI', true, false, { CI: 'true' }],
  ] as const)('stays silent when %s', (_why, isTTY, quiet, env) => {
    const stream = fakeStream(isTTY);
    const progress = progressOnStderr(quiet, stream, env);
    progress.step('parsing');
    progress.start('writing', 10);
    for (let i = 0; i < 10; i++) progress.tick();
    progress.done();
    expect(stream.text).toBe('');
  });
});

describe('barOn', () => {
  it('shows count, total and percentage, redraws at most every 100 ms, and wipes its line at the end', () => {
    let now = 0;
    const frames: string[] = [];
    const progress = barOn((text) => void frames.push(text), () => now);
    progress.start('writing', 200);
    expect(frames).toHaveLength(1);
    for (let i = 0; i < 50; i++) progress.tick(); // no time passes: no redraw
    expect(frames).toHaveLength(1);
    now = 150;
    progress.tick(50);
    expect(frames.at(-1)).toMatch(/^\r\x1b\[Kwriting \[#{12}-{12}\] 50% 100\/200 0\.1 s$/);
    progress.done();
    expect(frames.at(-1)).toBe('\r\x1b[K');
  });

  it('shows a step without a count as its label and the time so far', () => {
    const frames: string[] = [];
    barOn((text) => void frames.push(text), () => 0).step('parsing big.md');
    expect(frames).toEqual(['\r\x1b[Kparsing big.md… 0.0 s']);
  });
});

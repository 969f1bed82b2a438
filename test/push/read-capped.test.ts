// An answer's body read only up to a limit: a store's endless error page costs 64 KiB, not gigabytes.
import { describe, expect, it } from 'vitest';
import { bodyExcerpt } from '../../src/push/status-message.js';
import { ERROR_BODY_LIMIT, readCapped } from '../../src/push/read-capped.js';

/** A body of `chunks` pieces of 16 KiB of "x", counting how many were pulled. */
function endless(chunks: number): { response: Response; pulled: () => number } {
  let pulled = 0;
  const piece = new Uint8Array(16 * 1024).fill(0x78);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      if (pulled > chunks) controller.close();
      else controller.enqueue(piece);
    },
  });
  return { response: new Response(stream, { status: 500 }), pulled: () => pulled };
}

describe('readCapped', () => {
  it('reads 64 KiB of a longer body, says it was cut, and stops pulling', async () => {
    const { response, pulled } = endless(100_000); // 1.6 GB if read whole
    const body = await readCapped(response);
    expect(ERROR_BODY_LIMIT).toBe(65_536);
    expect(body.text).toBe('x'.repeat(65_536));
    expect(body.truncated).toBe(true);
    expect(pulled()).toBeLessThan(10);
  });

  it('reads a short body whole', async () => {
    expect(await readCapped(new Response('disk full'))).toEqual({ text: 'disk full', truncated: false });
    expect(await readCapped(new Response(null, { status: 204 }))).toEqual({ text: '', truncated: false });
  });
});

describe('bodyExcerpt', () => {
  it('shows the start of a store message without markup or terminal control characters', () => {
    expect(bodyExcerpt({ text: '<h1>Error</h1>\n<p>disk\u001b[2J full\u0007</p>', truncated: false })).toBe('Error disk [2J full');
    expect(bodyExcerpt({ text: 'y'.repeat(400), truncated: false })).toBe(`${'y'.repeat(300)}…`);
    expect(bodyExcerpt({ text: 'cut here', truncated: true })).toBe('cut here…');
  });
});

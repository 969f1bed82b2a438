// A graph's groups → N-Triples in bounded chunks of UTF-8 bytes, each whole groups only, so a graph of any size is
// sent (or written) a few megabytes at a time and never held as one string. The text comes from the N-Triples graph
// writer, which checks every term as it writes, so a chunk is valid N-Triples before anything is sent.
//
// Why bytes in one reused buffer rather than strings: a chunk built from strings keeps its ~50,000 line strings alive
// until it is joined, long enough for V8 to move them to the old generation, and a push of 2.8M triples then grew to
// 585 MB of RSS before a major collection; encoded into one buffer as they come, the lines die young.
import type { Quad } from '@rdfjs/types';
import { graphWriter, type TextSink } from '../export/graph-writers.js';

export interface NTriplesChunk {
  /** UTF-8 N-Triples. A view into a buffer that the next chunk reuses: send, write or copy it before taking the next. */
  readonly bytes: Uint8Array;
  /** Triples in the chunk (its lines). */
  readonly triples: number;
  /** 0-based position of the chunk in the stream. */
  readonly index: number;
}

/** Triples per chunk unless told otherwise: about 8 MB of N-Triples of the survey graph, one request to a store. */
export const CHUNK_TRIPLES = 50_000;

/** How long chunk-making runs before it lets the event loop send what is in flight: a request uploads meanwhile. */
const SLICE_MS = 20;

/**
 * Groups (whole subjects, distinct triples; see src/map/survey-to-quads.ts) → chunks of at least `triplesPerChunk`
 * triples or the rest, cut only between groups. Lazy: a group is taken only when the chunk before it is passed on.
 * Every few milliseconds it yields to the event loop, so the previous chunk's request progresses while it works.
 */
export async function* groupsToNTriplesChunks(groups: Iterable<readonly Quad[]>, triplesPerChunk: number = CHUNK_TRIPLES): AsyncGenerator<NTriplesChunk> {
  const sink = byteSink(triplesPerChunk * 200);
  const writer = graphWriter('nt', sink, {});
  let triples = 0;
  let index = 0;
  let slice = performance.now();
  for (const group of groups) {
    if (group.length === 0) continue;
    writer.add(group);
    triples += group.length;
    if (triples >= triplesPerChunk) {
      yield { bytes: sink.bytes(), triples, index: index++ };
      sink.clear();
      triples = 0;
    }
    if (performance.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
  }
  writer.end();
  if (triples > 0) yield { bytes: sink.bytes(), triples, index };
}

/** Text encoded as UTF-8 into one buffer that grows as needed and is reused after clear(). */
function byteSink(initialBytes: number): TextSink & { bytes(): Uint8Array; clear(): void } {
  let buffer = Buffer.allocUnsafe(initialBytes);
  let length = 0;
  return {
    write(text) {
      // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
      const room = length + text.length * 3;
      if (room > buffer.length) {
        const bigger = Buffer.allocUnsafe(Math.max(room, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      length += buffer.write(text, length, 'utf8');
    },
    end: () => undefined,
    bytes: () => buffer.subarray(0, length),
    clear: () => void (length = 0),
  };
}

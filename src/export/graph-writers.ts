// Writers that take a graph group by group and pass text on as it is made: Turtle through the N3.js Writer,
// N-Triples a line at a time (ntriples-line.ts), compacted JSON-LD through the streaming JSON-LD writer. Nothing here does I/O: each writes to a TextSink.
import type { Quad } from '@rdfjs/types';
import { IriGuard } from '../vocab/is-iri.js';
import { PREFIXES } from '../vocab/namespaces.js';
import { type JsonLdContext, JsonLdWriter } from './jsonld-writer.js';
import { NTriplesLines } from './ntriples-line.js';
import type { StreamFormat } from './stream-formats.js';
import { turtleWriter } from './turtle-writer.js';

/** Where text goes: a file, a string, a socket. */
export interface TextSink {
  write(chunk: string): void;
  end(): void;
}

export interface GraphWriter {
  /** Quads in canonical order (whole subjects per call, as src/map/survey-to-quads.ts groups them). */
  add(quads: readonly Quad[]): void;
  end(): void;
}

export { STREAM_FILES, STREAM_FORMATS, type StreamFormat } from './stream-formats.js';

/**
 * Every quad's IRIs are checked before any of it is written: an IRI that is not one ends the write (InvalidIriError).
 * Writers of the same quads may share one guard (`build` writes three formats): each quad is then checked once.
 */
export function graphWriter(format: StreamFormat, sink: TextSink, context: JsonLdContext, guard: IriGuard = new IriGuard()): GraphWriter {
  if (format === 'jsonld') {
    const writer = new JsonLdWriter(context, (chunk) => sink.write(chunk));
    return {
      add: (quads) => {
        guard.group(quads);
        for (const q of quads) writer.add(q);
      },
      end: () => {
        writer.end();
        sink.end();
      },
    };
  }
  if (format === 'nt') {
    const lines = new NTriplesLines();
    return {
      add: (quads) => {
        guard.group(quads);
        for (const q of quads) sink.write(lines.line(q));
      },
      end: () => sink.end(),
    };
  }
  const writer = turtleWriter(sink, { format: 'text/turtle', prefixes: { ...PREFIXES } });
  return {
    add: (quads) => {
      guard.group(quads);
      for (const q of quads) writer.addQuad(q);
    },
    end: () => writer.end(),
  };
}

/** A sink that collects text into one string (for small graphs and tests). */
export function stringSink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return { write: (chunk) => void parts.push(chunk), end: () => undefined, text: () => parts.join('') };
}

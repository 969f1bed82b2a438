// Writers that take a graph group by group and pass text on as it is made, a group (or 1,024 quads) at a time: Turtle
// (turtle-lines.ts), N-Triples (ntriples-line.ts), compacted JSON-LD (jsonld-writer.ts). TriG and N-Quads are the
// first two given quads that name their graphs (export-writers.ts). Nothing here does I/O: each writes to a TextSink.
import type { Quad } from '@rdfjs/types';
import { IriGuard } from '../vocab/is-iri.js';
import { PREFIXES } from '../vocab/namespaces.js';
import { type JsonLdContext, JsonLdWriter } from './jsonld-writer.js';
import { NTriplesLines } from './ntriples-line.js';
import type { StreamFormat } from './stream-formats.js';
import { TurtleLines } from './turtle-lines.js';

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
  const writer = format === 'jsonld' ? jsonLdWriter(sink, context) : format === 'nt' ? nQuadsWriter(sink) : turtleLinesWriter(sink);
  return {
    add: (quads) => {
      guard.group(quads);
      writer.add(quads);
    },
    end: () => writer.end(),
  };
}

function jsonLdWriter(sink: TextSink, context: JsonLdContext): GraphWriter {
  const writer = new JsonLdWriter(context, (chunk) => sink.write(chunk));
  return {
    add: (quads) => {
      for (const q of quads) writer.add(q);
    },
    end: () => {
      writer.end();
      sink.end();
    },
  };
}

/**
 * Quads whose text is passed to the sink as one string: a write per line cost the 10k-project build ~0.1 s in calls
 * into the encoder; a whole graph in one group (`build --validate`) would make a string longer than V8 allows.
 */
const QUADS_PER_WRITE = 1024;

/** N-Triples, or N-Quads for quads that name their graphs; IRIs unchecked (graphWriter checks them). */
export function nQuadsWriter(sink: TextSink): GraphWriter {
  const lines = new NTriplesLines();
  return {
    add: (quads) => {
      let text = '';
      for (let i = 0; i < quads.length; i++) {
        text += lines.line(quads[i] as Quad);
        if (i % QUADS_PER_WRITE === QUADS_PER_WRITE - 1) {
          sink.write(text);
          text = '';
        }
      }
      if (text !== '') sink.write(text);
    },
    end: () => sink.end(),
  };
}

/** Turtle, or TriG for quads that name their graphs, with the project's prefixes by default; IRIs unchecked (graphWriter checks them). */
export function turtleLinesWriter(sink: TextSink, prefixes: Readonly<Record<string, string>> = PREFIXES): GraphWriter {
  const writer = new TurtleLines(prefixes);
  sink.write(writer.header());
  return {
    add: (quads) => {
      for (let start = 0; start < quads.length; start += QUADS_PER_WRITE) {
        const text = writer.quads(quads.length <= QUADS_PER_WRITE ? quads : quads.slice(start, start + QUADS_PER_WRITE));
        if (text !== '') sink.write(text);
      }
    },
    end: () => {
      sink.write(writer.end());
      sink.end();
    },
  };
}

/** A sink that collects text into one string (for small graphs and tests). */
export function stringSink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return { write: (chunk) => void parts.push(chunk), end: () => undefined, text: () => parts.join('') };
}

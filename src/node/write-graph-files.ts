// Streams a graph's groups into DIR/deai.ttl, DIR/deai.nt, DIR/deai.jsonld all-or-nothing, and all together: the
// files are written into a staging directory and published as one set when every group has been written
// (src/node/output-set.ts).
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { graphWriter, STREAM_FILES, type StreamFormat } from '../export/graph-writers.js';
import type { JsonLdContext } from '../export/jsonld-writer.js';
import { IriGuard } from '../vocab/is-iri.js';
import { fileSink } from './file-sink.js';
import { writeOutputSet } from './output-set.js';

export interface WrittenGraph {
  readonly files: string[];
  readonly triples: number;
}

export function writeGraphFiles(dir: string, formats: readonly StreamFormat[], groups: Iterable<readonly Quad[]>, context: JsonLdContext, onGroup?: () => void): WrittenGraph {
  let triples = 0;
  const files = writeOutputSet(dir, formats.map((format) => STREAM_FILES[format]), (staging) => {
    triples = streamGraphFiles(staging, formats, groups, context, onGroup);
  }, Object.values(STREAM_FILES));
  return { files, triples };
}

/** Streams the groups into DIR/deai.ttl, … (named as STREAM_FILES says) in place; returns the triples written. */
export function streamGraphFiles(dir: string, formats: readonly StreamFormat[], groups: Iterable<readonly Quad[]>, context: JsonLdContext, onGroup?: () => void): number {
  let triples = 0;
  const sinks = formats.map((format) => fileSink(join(dir, STREAM_FILES[format])));
  try {
    // One guard for the three writers: each group's IRIs are checked once (src/vocab/is-iri.ts).
    const guard = new IriGuard();
    const writers = formats.map((format, i) => graphWriter(format, sinks[i] as ReturnType<typeof fileSink>, context, guard));
    for (const group of groups) {
      for (const writer of writers) writer.add(group);
      triples += group.length;
      onGroup?.();
    }
    for (const writer of writers) writer.end();
  } finally {
    for (const sink of sinks) sink.close();
  }
  return triples;
}

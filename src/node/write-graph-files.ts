// Streams a graph's groups into DIR/deai.ttl, DIR/deai.nt, DIR/deai.jsonld all-or-nothing: the files are written in a
// staging directory inside DIR and renamed into place only when every group has been written.
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { graphWriter, STREAM_FILES, type StreamFormat } from '../export/graph-writers.js';
import type { JsonLdContext } from '../export/jsonld-writer.js';
import { fileSink } from './file-sink.js';

export interface WrittenGraph {
  readonly files: string[];
  readonly triples: number;
}

export function writeGraphFiles(dir: string, formats: readonly StreamFormat[], groups: Iterable<readonly Quad[]>, context: JsonLdContext, onGroup?: () => void): WrittenGraph {
  mkdirSync(dir, { recursive: true });
  const staging = mkdtempSync(join(dir, '.deai-kg-'));
  try {
    const writers = formats.map((format) => graphWriter(format, fileSink(join(staging, STREAM_FILES[format])), context));
    let triples = 0;
    for (const group of groups) {
      for (const writer of writers) writer.add(group);
      triples += group.length;
      onGroup?.();
    }
    for (const writer of writers) writer.end();
    const files = formats.map((format) => {
      renameSync(join(staging, STREAM_FILES[format]), join(dir, STREAM_FILES[format]));
      return join(dir, STREAM_FILES[format]);
    });
    return { files, triples };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

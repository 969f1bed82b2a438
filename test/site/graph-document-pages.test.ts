// A named graph's files are streamed (src/site/graph-document-pages.ts): they must be, byte for byte, what the
// in-memory representations (the server's, src/linked-data/representations.ts) give for the same document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContext } from '../../src/index.js';
import { stringSink } from '../../src/export/graph-writers.js';
import { quadsToEntityIndex } from '../../src/linked-data/entity-index.js';
import { jsonMinifier } from '../../src/linked-data/html-text.js';
import { publishedDocuments } from '../../src/linked-data/published-documents.js';
import { writeRepresentation } from '../../src/linked-data/representations.js';
import { BUNDLED } from '../../src/node/package-files.js';
import { graphDocumentPages } from '../../src/site/graph-document-pages.js';
import { seedGraph } from '../helpers/seed.js';

describe('jsonMinifier', () => {
  it('drops whitespace between tokens, never inside strings, whatever the chunk boundaries', () => {
    const text = '{\n  "a b": [ 1, "x \\" y\\\\", true ],\n\t"c":\r\n "\\u00e9 }" }\n';
    const whole = '{"a b":[1,"x \\" y\\\\",true],"c":"\\u00e9 }"}';
    expect(jsonMinifier()(text)).toBe(whole);
    // Every split point, so a chunk that ends inside a string or just after a backslash is handled.
    for (let at = 0; at <= text.length; at++) {
      const minify = jsonMinifier();
      expect(minify(text.slice(0, at)) + minify(text.slice(at)), `split at ${at}`).toBe(whole);
    }
  });
});

describe('graphDocumentPages', () => {
  it("writes each named graph's page, Turtle and JSON-LD exactly as the in-memory representations", async () => {
    const graph = seedGraph();
    const index = quadsToEntityIndex(graph.quads, graph.base, graph.ontology.quads, publishedDocuments(graph, readFileSync(BUNDLED.shapes, 'utf8')));
    const page = { links: 'html-file' as const, siteTitle: 'DeAI' };
    const graphs = index.documents().filter((d) => d.kind === 'graph');
    expect(graphs.map((d) => d.path)).toEqual(['graph/data', 'graph/ontology', 'graph/provenance']);
    for (const doc of graphs) {
      const files = graphDocumentPages(doc, index, bundledContext(), page);
      expect(files?.map(([path]) => path)).toEqual([`${doc.path}.html`, `${doc.path}.jsonld`, `${doc.path}.ttl`]);
      for (const [path, write] of files ?? []) {
        const sink = stringSink();
        if (typeof write === 'string') sink.write(write);
        else write(sink);
        const extension = path.slice(path.lastIndexOf('.') + 1);
        expect(sink.text(), path).toBe(await writeRepresentation(extension, { doc, index, context: bundledContext(), page }));
      }
    }
  });
});

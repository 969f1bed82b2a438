// A named graph's page, Turtle and JSON-LD, each written to a sink as it is made. The data graph holds nearly every
// triple of the build: at 10k projects 1.4M triples, ~100 MB per file, and its page embedded the JSON-LD by parsing it
// (JSON.parse of 80 MB: gigabytes of heap). Written as streams, they take no more memory than a small page.
import type { Quad } from '@rdfjs/types';
import { type TextSink, turtleLinesWriter } from '../export/graph-writers.js';
import { writeCompactJsonLd, type JsonLdContext } from '../export/jsonld-writer.js';
import { usedPrefixes } from '../export/to-turtle.js';
import type { EntityDocument, EntityIndex } from '../linked-data/entity-index.js';
import { entityToHtmlParts, type PageOptions } from '../linked-data/entity-to-html.js';
import { jsonForScript, jsonMinifier } from '../linked-data/html-text.js';
import { checkedQuads } from '../vocab/is-iri.js';
import { RDF } from '../vocab/namespaces.js';

/** A file's text, given whole or written to a sink by the function. */
export type PageContent = string | ((sink: TextSink) => void);

/**
 * `path.html`, `path.jsonld` and `path.ttl` of a named graph, as the entity pages write them (representations.ts),
 * byte for byte; undefined for a graph with an RDF list, which only jsonld.js writes (the shapes' sh:in; a built graph has none).
 */
export function graphDocumentPages(doc: EntityDocument, index: EntityIndex, context: JsonLdContext, page: Omit<PageOptions, 'jsonld'>): Array<readonly [string, PageContent]> | undefined {
  if (doc.quads.some((q) => q.object.termType === 'NamedNode' && q.object.value === RDF('nil'))) return undefined;
  const quads = checkedQuads(doc.quads);
  const html = (sink: TextSink): void => {
    const [before, after] = entityToHtmlParts(doc, index, page);
    const minify = jsonMinifier();
    sink.write(before);
    writeCompactJsonLd(quads, context, (chunk) => sink.write(jsonForScript(minify(chunk))));
    sink.write(after);
    sink.end();
  };
  const jsonld = (sink: TextSink): void => {
    writeCompactJsonLd(quads, context, (chunk) => sink.write(chunk));
    sink.end();
  };
  const turtle = (sink: TextSink): void => turtleToSink(quads, usedPrefixes(quads), sink);
  return [[`${doc.path}.html`, html], [`${doc.path}.jsonld`, jsonld], [`${doc.path}.ttl`, turtle]];
}

function turtleToSink(quads: readonly Quad[], prefixes: Record<string, string>, sink: TextSink): void {
  const writer = turtleLinesWriter(sink, prefixes);
  writer.add(quads);
  writer.end();
}

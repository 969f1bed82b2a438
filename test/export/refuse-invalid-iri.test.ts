// Every writer refuses an IRI that is not one (issue 15): the last line of defence behind the parser's link check, so
// an IRI holding ">" (or a space, or "\") can never end early and turn the rest of itself into triples.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { graphWriter, STREAM_FORMATS, stringSink } from '../../src/export/graph-writers.js';
import { quadsToRdfXml } from '../../src/export/to-rdf-xml.js';
import { quadsToNQuads, quadsToTrig } from '../../src/export/to-trig.js';
import { quadsToNTriples, quadsToTurtle } from '../../src/export/to-turtle.js';
import { quadsToExpandedJsonLd, quadsToJsonLd } from '../../src/export/to-jsonld.js';
import { quadsToFramedJsonLd } from '../../src/export/to-framed-jsonld.js';
import { quadsToPropertyGraph } from '../../src/projection/quads-to-property-graph.js';
import { quadsToEntityIndex } from '../../src/linked-data/entity-index.js';
import { entityToHtml } from '../../src/linked-data/entity-to-html.js';
import { bundledContext } from '../../src/node/package-files.js';
import { InvalidIriError } from '../../src/vocab/is-iri.js';

const { namedNode, literal, quad } = DataFactory;
const BASE = 'https://w3id.org/deai/';
const TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const PROJECT = namedNode('https://w3id.org/deai/ontology#Project');
const REFERENCE = namedNode('https://w3id.org/deai/ontology#reference');
const alpha = namedNode(`${BASE}project/alpha`);
const good: Quad[] = [quad(alpha, TYPE, PROJECT), quad(alpha, namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal('Alpha'))];
const INJECTED = 'https://x.example/a>.<https://x.example/s><https://x.example/p><https://x.example/o';
const BAD_IRIS = [INJECTED, 'https://x.example/a b', 'https://x.example/a\\b', 'https://x.example/{x}', 'not an iri'];

const bad = (iri: string): Quad[] => [...good, quad(alpha, REFERENCE, namedNode(iri))];
const context = bundledContext();

const WRITERS: [string, (quads: Quad[]) => unknown][] = [
  ['Turtle', (q) => quadsToTurtle(q)],
  ['N-Triples', (q) => quadsToNTriples(q)],
  ['N-Quads', (q) => quadsToNQuads(q)],
  ['TriG', (q) => quadsToTrig(q)],
  ['RDF/XML', (q) => quadsToRdfXml(q)],
  ['compacted JSON-LD', (q) => quadsToJsonLd(q, context)],
  ['expanded JSON-LD', (q) => quadsToExpandedJsonLd(q)],
  ['framed JSON-LD', (q) => quadsToFramedJsonLd(q, context)],
  ['the property graph (GEXF, GraphML, graphology, Cytoscape, CSV)', (q) => quadsToPropertyGraph(q)],
  ['an entity page', (q) => {
    const index = quadsToEntityIndex(q, BASE, []);
    const doc = index.documentAt('project/alpha');
    if (!doc) throw new Error('no page for alpha');
    return entityToHtml(doc, index, { links: 'iri', jsonld: '{}', siteTitle: 'DeAI' });
  }],
  ...STREAM_FORMATS.map((format): [string, (quads: Quad[]) => unknown] => [`the streaming ${format} writer`, (q) => {
    const sink = stringSink();
    const writer = graphWriter(format, sink, context);
    writer.add(q);
    writer.end();
    return sink.text();
  }]),
];

describe('A writer given an IRI that is not one', () => {
  it.each(WRITERS)('%s refuses it with InvalidIriError and writes the same quads without it', async (_name, write) => {
    for (const iri of BAD_IRIS) {
      await expect(Promise.resolve().then(() => write(bad(iri))), iri).rejects.toBeInstanceOf(InvalidIriError);
    }
    await expect(Promise.resolve().then(() => write(good))).resolves.toBeDefined();
  });

  it('says which IRI and which character', () => {
    expect(() => quadsToNTriples(bad(INJECTED))).toThrow('Refusing to write "https://x.example/a>.<https://x.example/s><https://x.example/p><https://x.example/o" as an IRI: it is not a valid RFC 3987 IRI (">" at character 20)');
  });

  it('refuses a datatype IRI and a graph name too', () => {
    expect(() => quadsToNTriples([quad(alpha, REFERENCE, literal('x', namedNode('https://x.example/t>')))])).toThrow(InvalidIriError);
    expect(() => quadsToNQuads([quad(alpha, REFERENCE, alpha, namedNode('https://x.example/g g'))])).toThrow(InvalidIriError);
  });
});

// Turtle and TriG end every statement with " .": Virtuoso 7.2 reads `37.` as a decimal and rejects the file.
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph, bundledContext } from '../../src/index.js';
import { exportFormat, type FileFormat } from '../../src/export/formats.js';
import { graphWriter, stringSink } from '../../src/export/graph-writers.js';
import { quadsToTrig } from '../../src/export/to-trig.js';
import { quadsToTurtle } from '../../src/export/to-turtle.js';
import { spaceStatementEnds } from '../helpers/n3-turtle.js';
import { isomorphic } from '../helpers/isomorphic.js';
import { seedGraph } from '../helpers/seed.js';

const { namedNode, literal, quad } = DataFactory;
const XSD_INTEGER = namedNode('http://www.w3.org/2001/XMLSchema#integer');
const DECIMAL = namedNode('http://www.w3.org/2001/XMLSchema#decimal');
const s = namedNode('https://example.org/s');
const numbers = [
  quad(s, namedNode('https://w3id.org/deai/ontology#sourceLine'), literal('37', XSD_INTEGER)),
  quad(namedNode('https://example.org/t'), namedNode('https://example.org/p'), literal('2.5', DECIMAL)),
  quad(namedNode('https://example.org/u'), namedNode('https://example.org/p'), literal('ends with a dot.\nand a newline')),
];

/** Lines that end a statement right after a number, the way Virtuoso 7.2 misreads: `… 37.` */
const numberThenDot = (text: string): string[] => text.split('\n').filter((line) => /[0-9]\.$/.test(line));

describe('The Turtle writer', () => {
  it('should put a space before the "." of every statement, numbers included', async () => {
    const text = await quadsToTurtle(numbers, { ex: 'https://example.org/' });
    expect(text).toBe(
      '@prefix ex: <https://example.org/> .\n\n' +
        'ex:s <https://w3id.org/deai/ontology#sourceLine> 37 .\n' +
        'ex:t ex:p 2.5 .\n' +
        'ex:u ex:p "ends with a dot.\\nand a newline" .\n',
    );
  });

  it('should write an IRI that reads as a prefixed name in full, so Turtle and TriG readers get the same IRI', async () => {
    // The IRI deai:Project (scheme "deai"), e.g. from a CONSTRUCT over a user's data: written bare, a reader would
    // expand it with the deai: prefix to https://w3id.org/deai/ontology#Project.
    const odd = [quad(namedNode('deai:Project'), namedNode('https://example.org/p'), namedNode('rdf:type'))];
    const prefixes = { deai: 'https://w3id.org/deai/ontology#', rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#' };
    const ttl = await quadsToTurtle(odd, prefixes);
    expect(ttl).toContain('<deai:Project> <https://example.org/p> <rdf:type> .\n');
    expect(new Parser().parse(ttl).map((q) => [q.subject.value, q.object.value])).toEqual([['deai:Project', 'rdf:type']]);
    const trig = await quadsToTrig(odd, prefixes);
    expect(new Parser({ format: 'application/trig' }).parse(trig).map((q) => [q.subject.value, q.object.value])).toEqual([['deai:Project', 'rdf:type']]);
  });

  it('should leave no statement of the survey ending in a number directly followed by "."', async () => {
    const ttl = await quadsToTurtle(seedGraph().quads);
    expect(ttl).toContain('deai:sourceLine 69 .\n');
    expect(numberThenDot(ttl)).toEqual([]);
    expect(await isomorphic(new Parser().parse(ttl), [...seedGraph().quads])).toBe(true);
  });

  it('should write the same spaced Turtle through the streaming writer of `deai-kg build`', async () => {
    const sink = stringSink();
    const writer = graphWriter('ttl', sink, bundledContext());
    writer.add([...seedGraph().quads]);
    writer.end();
    expect(sink.text()).toBe(await quadsToTurtle(seedGraph().quads));
  });

  it('should space the statement ends of TriG, inside named graphs too', async () => {
    const graph = namedNode('https://example.org/g');
    const text = await quadsToTrig(numbers.map((q) => quad(q.subject, q.predicate, q.object, graph)), { ex: 'https://example.org/' });
    expect(text).toContain('ex:s <https://w3id.org/deai/ontology#sourceLine> 37 .\n');
    expect(numberThenDot(text)).toEqual([]);
    const trig = (await (exportFormat('trig') as FileFormat).write({ graph: buildGraph('| Name | Task Creation |\n|---|---|\n| A | ● |\n'), context: bundledContext() }));
    expect(numberThenDot(trig)).toEqual([]);
  });

  it('should change only a "." that a newline follows', () => {
    expect(spaceStatementEnds('.\nex:a ex:b 1')).toBe(' .\nex:a ex:b 1');
    expect(spaceStatementEnds(', "a.b"')).toBe(', "a.b"');
    expect(spaceStatementEnds('@prefix ex: <https://example.org/>.\n')).toBe('@prefix ex: <https://example.org/> .\n');
  });
});

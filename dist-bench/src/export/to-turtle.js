import { Writer } from 'n3';
import { PREFIXES } from '../vocab/namespaces.js';
import { sortQuads } from './sort-quads.js';
export function quadsToTurtle(quads, prefixes = PREFIXES) {
    const writer = new Writer({ format: 'text/turtle', prefixes: { ...prefixes } });
    writer.addQuads(sortQuads(quads));
    return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}
export function quadsToNTriples(quads) {
    return new Writer({ format: 'N-Triples' }).quadsToString(sortQuads(quads));
}

// Ontology Turtle text → index; syntax errors carry the file and line.
import { Parser } from 'n3';
import { InputError } from '../errors.js';
import { quadsToOntologyIndex } from './ontology-index.js';
export function parseOntology(turtle, file = 'ontology/deai.ttl') {
    try {
        return quadsToOntologyIndex(new Parser({ format: 'text/turtle' }).parse(turtle));
    }
    catch (error) {
        const message = error.message;
        const line = Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
        throw new InputError({ severity: 'error', code: 'ontology/syntax', place: { file, line, column: 1 }, message, expected: 'valid Turtle' });
    }
}

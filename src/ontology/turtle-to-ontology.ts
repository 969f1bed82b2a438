// Ontology Turtle text → index, with the Turtle parser the caller has loaded; syntax errors carry the file and line.
import type { Quad } from '@rdfjs/types';
import { InputError } from '../errors.js';
import { type OntologyIndex, quadsToOntologyIndex } from './ontology-index.js';

export function turtleToOntology(turtle: string, file: string, parse: (turtle: string) => Quad[]): OntologyIndex {
  try {
    return quadsToOntologyIndex(parse(turtle));
  } catch (error) {
    const message = (error as Error).message;
    const line = Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
    throw new InputError({ severity: 'error', code: 'ontology/syntax', place: { file, line, column: 1 }, message, expected: 'valid Turtle' });
  }
}

// Ontology Turtle text → index, parsed by N3.js; syntax errors carry the file and line.
import { Parser } from 'n3';
import type { OntologyIndex } from './ontology-index.js';
import { turtleToOntology } from './turtle-to-ontology.js';

export function parseOntology(turtle: string, file = 'ontology/deai.ttl'): OntologyIndex {
  return turtleToOntology(turtle, file, (text) => new Parser({ format: 'text/turtle' }).parse(text));
}

// Node: SHACL validation of a built graph or of RDF quads with the bundled shapes (ontology/shapes.ttl).
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { InputError } from '../errors.js';
import { graphWithOntology, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import { type ValidationResult, validateQuads } from '../validate/validate-quads.js';
import { BUNDLED, bundledOntology } from './package-files.js';

let shapes: Quad[] | undefined;

/** The shapes of ontology/shapes.ttl, or of another Turtle file (a syntax error is an InputError with its line). */
export function readShapes(path: string = BUNDLED.shapes): Quad[] {
  if (path === BUNDLED.shapes && shapes) return shapes;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError({ severity: 'error', code: 'shapes/unreadable', place: { file: path, line: 1, column: 1 }, message: `Cannot read the shapes: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`, expected: 'a SHACL shapes file in Turtle' });
  }
  try {
    const quads = new Parser({ format: 'text/turtle', baseIRI: 'https://w3id.org/deai/shapes' }).parse(text);
    if (path === BUNDLED.shapes) shapes = quads;
    return quads;
  } catch (error) {
    const message = (error as Error).message;
    throw new InputError({ severity: 'error', code: 'shapes/syntax', place: { file: path, line: Number(/on line (\d+)/.exec(message)?.[1] ?? 1), column: 1 }, message, expected: 'valid Turtle' });
  }
}

/** Validates the graph's quads together with its ontology against the bundled shapes. */
export function validateGraph(graph: KnowledgeGraph, shapesPath?: string): Promise<ValidationResult> {
  return validateQuads(graphWithOntology(graph), readShapes(shapesPath));
}

/** Validates RDF quads (read from files) together with the bundled ontology. */
export function validateData(quads: readonly Quad[], shapesPath?: string): Promise<ValidationResult> {
  return validateQuads([...quads, ...bundledOntology().quads], readShapes(shapesPath));
}

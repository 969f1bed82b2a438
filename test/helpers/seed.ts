// The bundled survey, built once per test file, and small helpers to read facts from the graph.
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { buildGraph, type KnowledgeGraph } from '../../src/index.js';
import { DEAI, RDFS } from '../../src/vocab/namespaces.js';

export const SEED_PATH = 'data/sok-deai-README.md';
export const SEED = readFileSync(SEED_PATH, 'utf8');
export const P = (slug: string): string => `https://w3id.org/deai/project/${slug}`;

let cached: KnowledgeGraph | undefined;
export function seedGraph(): KnowledgeGraph {
  cached ??= buildGraph(SEED, { file: SEED_PATH });
  return cached;
}

export function objects(quads: readonly Quad[], subject: string, predicate: string): string[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value).sort();
}

export function subjects(quads: readonly Quad[], predicate: string, object: string): string[] {
  return quads.filter((q) => q.predicate.value === predicate && q.object.value === object).map((q) => q.subject.value).sort();
}

/** Labels of the subjects that have `predicate` `object`. */
export function labelsWith(quads: readonly Quad[], predicate: string, object: string): string[] {
  return subjects(quads, predicate, object).map((s) => objects(quads, s, RDFS('label'))[0] ?? s).sort();
}

export { DEAI };

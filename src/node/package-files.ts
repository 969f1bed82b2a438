// Loading the bundled ontology, name variants and JSON-LD context (Node only); where they live: package-root.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BUNDLED } from './package-root.js';
import { type NameVariants, parseNameVariants } from '../resolve/name-variants.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import { parseOntology } from '../ontology/parse-ontology.js';
import type { JsonLdContext } from '../export/to-jsonld.js';

export { BUNDLED, PACKAGE_ROOT } from './package-root.js';

let ontology: OntologyIndex | undefined;
let variants: NameVariants | undefined;
let context: JsonLdContext | undefined;

export function bundledOntology(): OntologyIndex {
  ontology ??= parseOntology(readFileSync(BUNDLED.ontology, 'utf8'), 'ontology/deai.ttl');
  return ontology;
}

export function bundledVariants(): NameVariants {
  variants ??= parseNameVariants(readFileSync(BUNDLED.variants, 'utf8'), 'data/name-variants.json');
  return variants;
}

export function bundledContext(): JsonLdContext {
  context ??= JSON.parse(readFileSync(BUNDLED.context, 'utf8')) as JsonLdContext;
  return context;
}

export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

// Loading the bundled ontology, name variants and JSON-LD context (Node only); where they live: package-root.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Parser } from 'n3';
import { BUNDLED } from './package-root.js';
import { type NameVariants, parseNameVariants } from '../resolve/name-variants.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import { turtleToOntology } from '../ontology/turtle-to-ontology.js';
import type { JsonLdContext } from '../export/to-jsonld.js';

export { BUNDLED, PACKAGE_ROOT } from './package-root.js';

let ontology: OntologyIndex | undefined;
let variants: NameVariants | undefined;
let context: JsonLdContext | undefined;

export function bundledOntology(): OntologyIndex {
  ontology ??= turtleToOntology(readFileSync(BUNDLED.ontology, 'utf8'), 'ontology/deai.ttl', (text) => new (n3Parser())({ format: 'text/turtle' }).parse(text));
  return ontology;
}

/**
 * N3.js's Turtle parser alone (its CommonJS module, as N3.js's own index loads it): the index also loads N3.js's
 * stream classes and readable-stream, ~50 ms of every build's start, and `deai-kg build` needs only the parser.
 */
function n3Parser(): typeof Parser {
  return (createRequire(import.meta.url)('n3/lib/N3Parser.js') as { default: typeof Parser }).default;
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

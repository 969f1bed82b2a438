// Where the bundled files live in the installed package, and loading them (Node only).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NameVariants, parseNameVariants } from '../resolve/name-variants.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import { parseOntology } from '../ontology/parse-ontology.js';
import type { JsonLdContext } from '../export/to-jsonld.js';

/** The installed package's root: the nearest folder above this module whose package.json is deai-kg's. */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'deai-kg') return `${dir}${sep}`;
    } catch {
      // no package.json here: keep going up
    }
    if (dirname(dir) === dir) throw new Error(`deai-kg's package.json was not found above ${start}`);
  }
}

export const BUNDLED = {
  survey: `${PACKAGE_ROOT}data/sok-deai-README.md`,
  variants: `${PACKAGE_ROOT}data/name-variants.json`,
  ontology: `${PACKAGE_ROOT}ontology/deai.ttl`,
  shapes: `${PACKAGE_ROOT}ontology/shapes.ttl`,
  context: `${PACKAGE_ROOT}ontology/context.jsonld`,
  queries: `${PACKAGE_ROOT}queries`,
} as const;

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

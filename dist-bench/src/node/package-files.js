// Where the bundled files live in the installed package, and loading them (Node only).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseNameVariants } from '../resolve/name-variants.js';
import { parseOntology } from '../ontology/parse-ontology.js';
/** dist/node/package-files.js → the package root (two levels up). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLED = {
    survey: `${PACKAGE_ROOT}data/sok-deai-README.md`,
    variants: `${PACKAGE_ROOT}data/name-variants.json`,
    ontology: `${PACKAGE_ROOT}ontology/deai.ttl`,
    context: `${PACKAGE_ROOT}ontology/context.jsonld`,
    queries: `${PACKAGE_ROOT}queries`,
};
let ontology;
let variants;
let context;
export function bundledOntology() {
    ontology ??= parseOntology(readFileSync(BUNDLED.ontology, 'utf8'), 'ontology/deai.ttl');
    return ontology;
}
export function bundledVariants() {
    variants ??= parseNameVariants(readFileSync(BUNDLED.variants, 'utf8'), 'data/name-variants.json');
    return variants;
}
export function bundledContext() {
    context ??= JSON.parse(readFileSync(BUNDLED.context, 'utf8'));
    return context;
}
export function sha256(text) {
    return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

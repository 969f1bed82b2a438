// A SHACL violation → one readable line: focus node, path, message, value, and the shape that fired.
import { PREFIXES } from '../vocab/namespaces.js';
import type { Violation } from './validate-quads.js';

const NAMES: Readonly<Record<string, string>> = {
  ...PREFIXES,
  sh: 'http://www.w3.org/ns/shacl#',
  shape: 'https://w3id.org/deai/shapes#',
};

/** `<https://w3id.org/deai/project/x> rdfs:label: A project has exactly one … [shape:Project-label, sh:MaxCountConstraintComponent]` */
export function violationToText(v: Violation): string {
  const path = v.path ? ` ${compact(v.path)}` : '';
  const value = v.value ? ` (value: ${compact(v.value)})` : '';
  const message = /[.!?]$/.test(v.message) ? v.message.slice(0, -1) : v.message;
  return `${v.severity}: ${v.focusNode}${path}: ${message}${value} [${compact(v.shape)}, ${compact(v.component)}]`;
}

/** `<http://www.w3.org/2000/01/rdf-schema#label>` → `rdfs:label`; `^<…#assessment>` → `^deai:assessment`; others unchanged. */
export function compact(term: string): string {
  const inverse = term.startsWith('^') ? '^' : '';
  const iri = /^\^?<([^>]*)>$/.exec(term)?.[1];
  if (iri === undefined) return term;
  for (const [prefix, ns] of Object.entries(NAMES)) {
    const local = iri.slice(ns.length);
    if (iri.startsWith(ns) && /^[A-Za-z_][\w-]*$/.test(local)) return `${inverse}${prefix}:${local}`;
  }
  return `${inverse}<${iri}>`;
}

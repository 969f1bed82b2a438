// Data quads + SHACL shapes → the violations found, through shacl-engine (SHACL Core; no SPARQL constraints).
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { type EngineResult, Validator } from '../vendor/shacl-engine.js';

/** One SHACL validation result, with terms written as N-Triples terms (`<iri>`, `"literal"`, `_:b0`). */
export interface Violation {
  readonly severity: 'violation' | 'warning' | 'info';
  /** The node that breaks the shape. */
  readonly focusNode: string;
  /** The property path, `<iri>` or `^<iri>` for an inverse path; absent for a node constraint. */
  readonly path?: string;
  /** The offending value, when there is one (none for a missing value). */
  readonly value?: string;
  readonly message: string;
  /** The shape that fired, e.g. `<https://w3id.org/deai/shapes#Project-label>`. */
  readonly shape: string;
  /** The SHACL constraint component, e.g. `<http://www.w3.org/ns/shacl#MaxCountConstraintComponent>`. */
  readonly component: string;
}

export interface ValidationResult {
  readonly conforms: boolean;
  readonly violations: readonly Violation[];
}

/** Validates `data` (give the ontology quads too: sh:class and the scheme checks read them) against `shapes`. */
export async function validateQuads(data: Iterable<Quad>, shapes: Iterable<Quad>): Promise<ValidationResult> {
  const validator = new Validator(new Store([...shapes]), { factory: DataFactory });
  const report = await validator.validate({ dataset: new Store([...data]) });
  const violations = report.results.map(resultToViolation).sort(compareViolations);
  return { conforms: report.conforms, violations };
}

function resultToViolation(result: EngineResult): Violation {
  const step = result.path?.[0];
  const predicate = step?.predicates[0];
  const path = predicate ? `${step.start === 'object' ? '^' : ''}${termToText(predicate)}` : undefined;
  const value = result.value?.term;
  return {
    severity: SEVERITIES[result.severity.value] ?? 'violation',
    focusNode: termToText(result.focusNode.term),
    ...(path ? { path } : {}),
    ...(value ? { value: termToText(value) } : {}),
    message: result.message.map((m) => m.value).join(' ') || 'The node does not conform to the shape',
    shape: termToText(result.shape.ptr.term),
    component: termToText(result.constraintComponent),
  };
}

const SEVERITIES: Record<string, Violation['severity']> = {
  'http://www.w3.org/ns/shacl#Violation': 'violation',
  'http://www.w3.org/ns/shacl#Warning': 'warning',
  'http://www.w3.org/ns/shacl#Info': 'info',
};

export function termToText(term: Term): string {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType === 'Literal') return JSON.stringify(term.value);
  return term.value;
}

/** Sorted by focus node, path, shape: the same graph always gives the same report. */
function compareViolations(a: Violation, b: Violation): number {
  return a.focusNode.localeCompare(b.focusNode) || (a.path ?? '').localeCompare(b.path ?? '') || a.shape.localeCompare(b.shape) || a.component.localeCompare(b.component);
}

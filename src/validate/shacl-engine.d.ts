// The part of shacl-engine's API deai-kg uses (the package ships JavaScript without type declarations).
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Term } from '@rdfjs/types';

  /** One result of the report: terms are reached through grapoi pointers (`.term`). */
  export interface EngineResult {
    readonly severity: Term;
    readonly focusNode: { readonly term: Term };
    readonly path?: readonly { readonly start: 'subject' | 'object'; readonly predicates: readonly Term[] }[];
    readonly value?: { readonly term: Term };
    readonly message: readonly Term[];
    readonly shape: { readonly ptr: { readonly term: Term } };
    readonly constraintComponent: Term;
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: DataFactory });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<{ readonly conforms: boolean; readonly results: readonly EngineResult[] }>;
  }
}

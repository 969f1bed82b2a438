// What resolving a row, a listing or a column needs: compact, built once before the rows, the same for every row.
import type { DiagnosticSink } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { MintedTerms } from './minted-terms.js';
import type { NoteIndex } from './resolve-notes.js';
import type { ResolvedNote } from './resolved-types.js';

export interface ResolveContext {
  readonly ontology: OntologyIndex;
  /** Base of minted IRIs. */
  readonly base: string;
  readonly file: string;
  readonly sink: DiagnosticSink;
  readonly minted: MintedTerms;
  readonly notes: NoteIndex;
  /** Notes on concepts, gathered as the rows that carry their markers are resolved. */
  readonly conceptNotes: Map<string, ResolvedNote[]>;
}

/** Adds `notes` to the list of `key` in `map`, once each. */
export function addNotes<K>(map: Map<K, ResolvedNote[]>, key: K, notes: readonly ResolvedNote[]): void {
  if (notes.length === 0) return;
  const list = map.get(key) ?? [];
  for (const note of notes) if (!list.includes(note)) list.push(note);
  map.set(key, list);
}

// Search: rank nodes by how well their label (or another name) matches the text typed.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { NAME_SEPARATOR } from '../../src/projection/projection-spec.js';

export interface SearchEntry {
  readonly key: string;
  readonly label: string;
  readonly type: string;
  /** Normalised names: the label first, then other spellings. */
  readonly names: readonly string[];
}

const TYPE_ORDER = ['project', 'stage', 'capability', 'assumption', 'paper'];

export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function graphToSearchIndex(graph: AbstractGraph<Attributes, Attributes, Attributes>): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    const label = String(a.label ?? key);
    const others = a.altLabels ? String(a.altLabels).split(NAME_SEPARATOR) : [];
    entries.push({ key, label, type: String(a.type), names: [label, ...others].map(normalise) });
  });
  return entries;
}

/** Best matches first: exact name, then prefix, then a word's prefix, then anywhere; projects before other types. */
export function searchNodes(index: readonly SearchEntry[], text: string, limit = 8): SearchEntry[] {
  const q = normalise(text);
  if (q === '') return [];
  const scored: Array<[number, SearchEntry]> = [];
  for (const entry of index) {
    let best = Infinity;
    entry.names.forEach((name, i) => {
      const penalty = i === 0 ? 0 : 0.5;
      let score = Infinity;
      if (name === q) score = 0;
      else if (name.startsWith(q)) score = 1;
      else if (name.split(' ').some((word) => word.startsWith(q))) score = 2;
      else if (name.includes(q)) score = 3;
      best = Math.min(best, score + penalty);
    });
    if (best < Infinity) scored.push([best, entry]);
  }
  scored.sort(([sa, a], [sb, b]) => sa - sb || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.label.localeCompare(b.label));
  return scored.slice(0, limit).map(([, e]) => e);
}

// The legend: a colour per node type (with how many are drawn), the two line styles of links, and the keys.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { NODE_COLORS, type NodeType } from '../../../src/projection/projection-spec.js';
import type { Store } from '../actions.js';
import type { ViewerState } from '../state.js';
import { el } from './dom.js';
import { CHANGE_MARKS } from '../reducers.js';

export const TYPE_NAMES: Readonly<Record<string, string>> = { project: 'Project', stage: 'Lifecycle stage', capability: 'Capability', assumption: 'Security assumption', paper: 'Paper' };

export function mountLegend(root: HTMLElement, graph: AbstractGraph<Attributes, Attributes, Attributes>, store: Store, getShown: () => ReadonlySet<string>): () => void {
  const types = [...new Set(graph.mapNodes((_k, a) => String(a.type)))].sort((a, b) => order(a) - order(b));
  const counts = new Map(types.map((t) => [t, el('span', { class: 'count' })]));
  root.append(
    el('ul', { class: 'legend-types' }, ...types.map((t) => el('li', { 'data-type': t }, el('span', { class: 'swatch', style: `background:${NODE_COLORS[t as NodeType] ?? '#6b7280'}` }), `${TYPE_NAMES[t] ?? t} `, counts.get(t)))),
    el(
      'ul',
      { class: 'legend-lines' },
      el('li', {}, el('span', { class: 'line', style: 'border-top:2px solid #94a3b8' }), '● full / stated'),
      el('li', {}, el('span', { class: 'line', style: 'border-top:2px dotted #b6c2d1' }), '◑ partial / possibly'),
      el('li', {}, 'Size: number of links'),
    ),
    el('p', { class: 'keys' }, 'Keys: + − zoom · F fit · 0 reset · / search · Esc clear'),
  );
  const since = graph.getAttribute('changesSince');
  if (typeof since === 'string') {
    const count = (change: string): number => graph.filterNodes((_k, a) => a.change === change).length;
    root.append(
      el('p', { class: 'legend-changes', 'data-testid': 'legend-changes' },
        `Since ${since}: ${CHANGE_MARKS.added} new (${count('added')}) · ${CHANGE_MARKS.changed} changed (${count('changed')}); changed cells are outlined in the matrix`),
    );
  }
  let last: ReadonlySet<string> | undefined;
  const sync = (_state?: ViewerState): void => {
    const shown = getShown();
    if (shown === last) return; // a new set only when filters, the layer or the selection change
    last = shown;
    for (const t of types) {
      const all = graph.filterNodes((_k, a) => a.type === t);
      const drawn = all.filter((k) => shown.has(k)).length;
      (counts.get(t) as HTMLElement).textContent = drawn === all.length ? `(${all.length})` : `(${drawn} of ${all.length} shown)`;
    }
  };
  sync();
  return store.subscribe(sync);
}

function order(type: string): number {
  const i = Object.keys(TYPE_NAMES).indexOf(type);
  return i < 0 ? 99 : i;
}

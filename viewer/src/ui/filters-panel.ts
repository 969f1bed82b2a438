// Filters by node type, stage, capability, assumption and support level; every box is one small action.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { NodeType } from '../../../src/projection/projection-spec.js';
import { clearFilters, type Store, toggleFilterKey, toggleLevel, toggleType } from '../actions.js';
import { ALL_LEVELS, ALL_TYPES, initialState, type ViewerState } from '../state.js';
import { el, GLYPH } from './dom.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;
const TYPE_LABELS: Record<NodeType, string> = { project: 'Projects', stage: 'Lifecycle stages', capability: 'Capabilities', assumption: 'Security assumptions', paper: 'Papers' };

export function mountFiltersPanel(root: HTMLElement, graph: Graph, store: Store): () => void {
  const boxes: Array<{ input: HTMLInputElement; checked: (s: ViewerState) => boolean }> = [];
  const box = (testid: string, text: string, checked: (s: ViewerState) => boolean, onChange: () => void): HTMLElement => {
    const input = el('input', { type: 'checkbox', 'data-testid': testid });
    input.addEventListener('change', onChange);
    boxes.push({ input, checked });
    return el('label', {}, input, ` ${text}`);
  };
  const nodesOf = (type: string): Array<[string, string]> =>
    graph
      .filterNodes((_k, a) => a.type === type)
      .map((k): [string, string] => [k, `${graph.getNodeAttribute(k, 'notation') ? `${graph.getNodeAttribute(k, 'notation')} ` : ''}${graph.getNodeAttribute(k, 'label')}`])
      .sort(([, a], [, b]) => a.localeCompare(b, 'en', { numeric: true }));
  const local = (key: string): string => key.slice(Math.max(key.lastIndexOf('#'), key.lastIndexOf('/')) + 1);
  const keyed = (kind: 'stages' | 'capabilities' | 'assumptions', type: string, legend: string): HTMLElement =>
    el('fieldset', {}, el('legend', {}, legend), ...nodesOf(type).map(([key, label]) => box(`filter-${type}-${local(key)}`, label, (s) => s.filters[kind].has(key), () => toggleFilterKey(store, kind, key))));

  const present = ALL_TYPES.filter((t) => graph.someNode((_k, a) => a.type === t));
  const clearButton = el('button', { type: 'button', 'data-testid': 'filter-clear' }, 'Clear filters');
  clearButton.addEventListener('click', () => clearFilters(store, initialState().filters));
  root.append(
    el('fieldset', {}, el('legend', {}, 'Show'), ...present.map((t) => box(`filter-type-${t}`, TYPE_LABELS[t], (s) => s.filters.types.has(t), () => toggleType(store, t)))),
    el('fieldset', {}, el('legend', {}, 'Support level of links'), ...ALL_LEVELS.map((l) => box(`filter-level-${l}`, `${GLYPH[l]} ${l}`, (s) => s.filters.levels.has(l), () => toggleLevel(store, l)))),
    el('p', {}, el('small', {}, 'Ticking stages, capabilities or assumptions shows only the projects linked to one of them (a parent includes its parts).')),
    keyed('stages', 'stage', 'Projects in stage'),
    keyed('capabilities', 'capability', 'Projects with capability'),
    keyed('assumptions', 'assumption', 'Projects relying on'),
    clearButton,
  );
  const sync = (state: ViewerState): void => {
    for (const { input, checked } of boxes) input.checked = checked(state);
  };
  sync(store.get());
  return store.subscribe(sync);
}

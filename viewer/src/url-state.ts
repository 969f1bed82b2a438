// State ↔ URL hash ("#node=…&types=project,stage&level=full"): deep links that work on any static host and base path.
import type { NodeType } from '../../src/projection/projection-spec.js';
import { ALL_LEVELS, ALL_TYPES, type Filters, type Level, type Tab, type ViewerState } from './state.js';

const TABS: readonly Tab[] = ['details', 'filters', 'matrix', 'sparql'];

export function stateToHash(state: ViewerState): string {
  const p = new URLSearchParams();
  if (state.selected) p.set('node', state.selected);
  const f = state.filters;
  if (f.types.size !== ALL_TYPES.length) p.set('types', [...f.types].sort().join(','));
  if (f.levels.size !== ALL_LEVELS.length) p.set('level', [...f.levels].sort().join(','));
  for (const [name, set] of [['stage', f.stages], ['capability', f.capabilities], ['assumption', f.assumptions]] as const) {
    if (set.size > 0) p.set(name, [...set].sort().join(' '));
  }
  if (state.tab !== 'details') p.set('tab', state.tab);
  if (state.showUniversal) p.set('universal', '1');
  if (state.wideMatrix) p.set('wide', '1');
  const text = p.toString();
  return text ? `#${text}` : '';
}

/** Reads what it can; unknown values are ignored, so an old or hand-edited link still opens. */
export function hashToState(hash: string, base: ViewerState, knownNodes: (key: string) => boolean): ViewerState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (name: string, sep: string): string[] => (p.get(name) ?? '').split(sep).filter((v) => v !== '');
  const types = p.has('types') ? new Set(list('types', ',').filter((t): t is NodeType => (ALL_TYPES as string[]).includes(t))) : base.filters.types;
  const levels = p.has('level') ? new Set(list('level', ',').filter((l): l is Level => (ALL_LEVELS as string[]).includes(l))) : base.filters.levels;
  const keys = (name: string): Set<string> => new Set(list(name, ' ').filter(knownNodes));
  const filters: Filters = { types, levels, stages: keys('stage'), capabilities: keys('capability'), assumptions: keys('assumption') };
  const node = p.get('node');
  const tab = p.get('tab');
  const next: ViewerState = {
    ...base,
    filters,
    tab: tab && (TABS as string[]).includes(tab) ? (tab as Tab) : base.tab,
    showUniversal: p.get('universal') === '1',
    wideMatrix: p.get('wide') === '1',
  };
  if (node && knownNodes(node)) return { ...next, selected: node };
  const { selected: _dropped, ...rest } = next;
  return rest;
}

// The store and the small actions that change the state; subscribers (renderer, panels, URL) react.
import type { NodeType } from '../../src/projection/projection-spec.js';
import { type Filters, initialFilters, type Level, type Status, type Tab, type ViewerState } from './state.js';

export interface Store {
  get(): ViewerState;
  update(change: (state: ViewerState) => ViewerState): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: ViewerState, previous: ViewerState) => void): () => void;
}

export function createStore(initial: ViewerState): Store {
  let state = initial;
  const listeners = new Set<(state: ViewerState, previous: ViewerState) => void>();
  return {
    get: () => state,
    update(change) {
      const previous = state;
      state = change(state);
      if (state !== previous) for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function without<K extends keyof ViewerState>(state: ViewerState, key: K): ViewerState {
  const { [key]: _removed, ...rest } = state;
  return rest as ViewerState;
}

/**
 * Selects a node (clearing any SPARQL highlight) and opens the Details tab; `keepTab` leaves the tab as it is (a
 * row picked in the Matrix stays in the Matrix). `undefined` clears the selection.
 */
export const select = (store: Store, node: string | undefined, options: { keepTab?: boolean } = {}): void =>
  store.update((s) => {
    if (!node) return s.selected ? without(s, 'selected') : s;
    if (s.selected === node && !s.highlighted) return s;
    return { ...without(s, 'highlighted'), selected: node, tab: options.keepTab ? s.tab : 'details' };
  });

/** Escape: no selection, no highlight. */
export const clearFocus = (store: Store): void =>
  store.update((s) => (s.selected || s.highlighted ? without(without(s, 'selected'), 'highlighted') : s));

export const hover = (store: Store, node: string | undefined): void =>
  store.update((s) => (s.hovered === node ? s : node ? { ...s, hovered: node } : without(s, 'hovered')));

export const setTab = (store: Store, tab: Tab): void => store.update((s) => (s.tab === tab ? s : { ...s, tab }));

export const setStatus = (store: Store, status: Status): void => store.update((s) => ({ ...s, status }));
export const setDetails = (store: Store, details: Status): void => store.update((s) => ({ ...s, details }));

export const setHighlighted = (store: Store, nodes: ReadonlySet<string> | undefined): void =>
  store.update((s) => (nodes && nodes.size > 0 ? { ...without(s, 'selected'), highlighted: nodes } : s.highlighted ? without(s, 'highlighted') : s));

export const setLiveLayout = (store: Store, on: boolean): void => store.update((s) => ({ ...s, liveLayout: on }));

export const setShowUniversal = (store: Store, on: boolean): void => store.update((s) => (s.showUniversal === on ? s : { ...s, showUniversal: on }));

export const setWideMatrix = (store: Store, on: boolean): void => store.update((s) => (s.wideMatrix === on ? s : { ...s, wideMatrix: on, ...(on ? { tab: 'matrix' as const } : {}) }));

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export const setFilters = (store: Store, change: (f: Filters) => Filters): void => store.update((s) => ({ ...s, filters: change(s.filters) }));

export const toggleType = (store: Store, type: NodeType): void => setFilters(store, (f) => ({ ...f, types: toggled(f.types, type) }));
export const toggleLevel = (store: Store, level: Level): void => setFilters(store, (f) => ({ ...f, levels: toggled(f.levels, level) }));
export const toggleFilterKey = (store: Store, kind: 'stages' | 'capabilities' | 'assumptions', key: string): void =>
  setFilters(store, (f) => ({ ...f, [kind]: toggled(f[kind], key) }));
export const clearFilters = (store: Store): void => setFilters(store, () => initialFilters());

/** Replaces the whole state from a deep link (hash change); the statuses and the live layout stay. */
export const restore = (store: Store, next: ViewerState): void => store.update((s) => ({ ...next, status: s.status, details: s.details, liveLayout: s.liveLayout }));

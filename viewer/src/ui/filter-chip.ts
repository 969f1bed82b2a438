// "2 filters active — Clear", under the graph whatever tab is open: a filter never hides things silently.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { clearFilters, type Store } from '../actions.js';
import { activeFilterCount } from '../filters.js';
import type { ViewerState } from '../state.js';

export function mountFilterChip(chip: HTMLElement, text: HTMLElement, clear: HTMLButtonElement, graph: AbstractGraph<Attributes, Attributes, Attributes>, store: Store): () => void {
  const onClear = (): void => clearFilters(store);
  clear.addEventListener('click', onClear);
  clear.setAttribute('aria-label', 'Clear all filters');
  const sync = (state: ViewerState, previous?: ViewerState): void => {
    if (previous && state.filters === previous.filters) return;
    const n = activeFilterCount(graph, state.filters);
    chip.hidden = n === 0;
    text.textContent = `${n} ${n === 1 ? 'filter' : 'filters'} active`;
  };
  sync(store.get());
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    clear.removeEventListener('click', onClear);
  };
}

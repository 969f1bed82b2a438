// Search with autocomplete (an ARIA combobox): arrows move, Enter selects the active or best match, Escape closes;
// "No matches" when nothing matches. The box shows the selected node's name, whoever selected it.
import { type Store, select } from '../actions.js';
import { type SearchEntry, searchNodes } from '../search.js';
import type { ViewerState } from '../state.js';
import { bdi, clear, el, scrollWithin } from './dom.js';
import { TYPE_NAMES } from './legend.js';

export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, empty: HTMLElement, index: readonly SearchEntry[], store: Store): () => void {
  let matches: SearchEntry[] = [];
  let active = -1;
  const labelOf = new Map(index.map((e) => [e.key, e.label]));

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const paint = (): void => {
    clear(list);
    matches.forEach((m, i) => {
      const type = TYPE_NAMES[m.type]?.toLowerCase() ?? m.type;
      const item = el('li', { id: `search-option-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-node': m.key }, el('span', {}, bdi(m.label)), el('small', {}, type));
      item.addEventListener('mousedown', (event) => {
        event.preventDefault(); // keep focus in the input
        choose(i);
      });
      list.append(item);
    });
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `search-option-${active}`);
      const item = list.children[active];
      if (item instanceof HTMLElement) scrollWithin(list, item);
    } else input.removeAttribute('aria-activedescendant');
    empty.textContent = matches.length === 0 && input.value.trim() !== '' ? `No matches for “${input.value.trim()}”` : '';
  };
  const choose = (i: number): void => {
    const match = matches[i];
    if (!match) return;
    input.value = match.label;
    close();
    empty.textContent = '';
    select(store, match.key);
  };
  const onInput = (): void => {
    matches = searchNodes(index, input.value);
    active = -1;
    paint();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (matches.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + matches.length) % matches.length;
      paint();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (matches.length === 0) matches = searchNodes(index, input.value);
      if (matches.length === 0) paint();
      else choose(active >= 0 ? active : 0);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault(); // the list closes; a second Escape clears the selection
      close();
    }
  };
  const onBlur = (): void => close();
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', onBlur);
  // The box names the selection: a node picked in the graph, the matrix or a deep link shows here; none, empty.
  const unsubscribe = store.subscribe((state: ViewerState, previous: ViewerState) => {
    if (state.selected === previous.selected) return;
    input.value = state.selected ? (labelOf.get(state.selected) ?? '') : '';
    empty.textContent = '';
    close();
  });
  const initial = store.get().selected;
  if (initial) input.value = labelOf.get(initial) ?? '';
  return () => {
    unsubscribe();
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('blur', onBlur);
  };
}

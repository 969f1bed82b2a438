// Search with autocomplete (an ARIA combobox): arrows move, Enter selects the active or best match, Escape closes.
import { type Store, select } from '../actions.js';
import { type SearchEntry, searchNodes } from '../search.js';
import { clear, el } from './dom.js';

const TYPE_NAMES: Record<string, string> = { project: 'project', stage: 'stage', capability: 'capability', assumption: 'assumption', paper: 'paper' };

export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, index: readonly SearchEntry[], store: Store): () => void {
  let matches: SearchEntry[] = [];
  let active = -1;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const paint = (): void => {
    clear(list);
    matches.forEach((m, i) => {
      const item = el('li', { id: `search-option-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-node': m.key }, el('span', {}, m.label), el('small', {}, TYPE_NAMES[m.type] ?? m.type));
      item.addEventListener('mousedown', (event) => {
        event.preventDefault(); // keep focus in the input
        choose(i);
      });
      list.append(item);
    });
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number): void => {
    const match = matches[i];
    if (!match) return;
    input.value = match.label;
    close();
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
      choose(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      close();
    }
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', close);
  return () => {
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('blur', close);
  };
}

// The side panel's tabs, bound to state.tab (so a deep link can open the Matrix or SPARQL tab).
import { setTab, type Store } from '../actions.js';
import type { Tab, ViewerState } from '../state.js';

export function mountTabs(tablist: HTMLElement, store: Store): () => void {
  const buttons = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  for (const button of buttons) button.addEventListener('click', () => setTab(store, button.dataset.tab as Tab));
  const sync = (state: ViewerState): void => {
    for (const button of buttons) {
      const on = button.dataset.tab === state.tab;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
    }
  };
  sync(store.get());
  return store.subscribe(sync);
}

// The side panel's tabs, bound to state.tab (so a deep link can open the Matrix or SPARQL tab), with the WAI-ARIA
// tabs pattern: one tab in the Tab order (roving tabindex), arrow keys, Home and End move and activate.
import { setTab, type Store } from '../actions.js';
import type { Tab, ViewerState } from '../state.js';

export function mountTabs(tablist: HTMLElement, store: Store): () => void {
  const buttons = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const activate = (button: HTMLButtonElement | undefined): void => {
    if (!button) return;
    setTab(store, button.dataset.tab as Tab);
    button.focus();
  };
  const onClick = (event: MouseEvent): void => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[role="tab"]');
    if (button) activate(button);
  };
  const onKey = (event: KeyboardEvent): void => {
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const next: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1 };
    const index = next[event.key];
    if (index === undefined) return;
    event.preventDefault();
    activate(buttons[(index + buttons.length) % buttons.length]);
  };
  tablist.addEventListener('click', onClick);
  tablist.addEventListener('keydown', onKey);
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
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    tablist.removeEventListener('click', onClick);
    tablist.removeEventListener('keydown', onKey);
  };
}

// The graph's toolbar and keyboard shortcuts: zoom in/out (+ −), fit the selection (F), reset the view (0), the
// layer of near-universal criteria; arrow keys pan while the graph has focus, / jumps to the search box.
import { setShowUniversal, type Store } from '../actions.js';
import type { CameraControl } from '../camera.js';
import type { ViewerState } from '../state.js';
import { el } from './dom.js';

export interface GraphToolbarOptions {
  readonly store: Store;
  readonly camera: CameraControl;
  readonly graphElement: HTMLElement;
  readonly search: HTMLInputElement;
  /** The near-universal criteria, by label, in column order. */
  readonly universal: readonly string[];
  /** Frames the selection (or highlight) and its neighbours, else everything shown. */
  readonly fitFocus: () => void;
  /** The initial view: everything shown. */
  readonly reset: () => void;
  /** Pans by a share of the view. */
  readonly pan: (dx: number, dy: number) => void;
}

const byId = (id: string): HTMLButtonElement => document.getElementById(id) as HTMLButtonElement;

export function mountGraphToolbar(options: GraphToolbarOptions): () => void {
  const { store, camera } = options;
  const toggle = byId('universal-toggle');
  const count = options.universal.length;
  toggle.hidden = count === 0;
  toggle.title = `Draw the ${count} criteria that more than 80% of the projects hold (${options.universal.join(', ')}): their links say little, so they are off by default`;
  toggle.replaceChildren(el('span', { 'aria-hidden': 'true' }, '◎'), el('span', { class: 'text' }, `Shared criteria (${count})`));
  const actions: Array<[HTMLButtonElement, () => void]> = [
    [byId('zoom-in'), () => void camera.zoomIn()],
    [byId('zoom-out'), () => void camera.zoomOut()],
    [byId('zoom-fit'), options.fitFocus],
    [byId('zoom-reset'), options.reset],
    [toggle, () => setShowUniversal(store, !store.get().showUniversal)],
  ];
  for (const [button, action] of actions) button.addEventListener('click', action);

  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
    const shortcut: Record<string, () => void> = {
      '+': () => void camera.zoomIn(),
      '=': () => void camera.zoomIn(),
      '-': () => void camera.zoomOut(),
      f: options.fitFocus,
      F: options.fitFocus,
      '0': options.reset,
      '/': () => options.search.focus(),
    };
    const pans: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const pan = event.target === options.graphElement ? pans[event.key] : undefined;
    if (pan) options.pan(pan[0] * 0.15, pan[1] * 0.15);
    else if (shortcut[event.key]) shortcut[event.key]?.();
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  const sync = (state: ViewerState): void => toggle.setAttribute('aria-pressed', String(state.showUniversal));
  sync(store.get());
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    document.removeEventListener('keydown', onKey);
    for (const [button, action] of actions) button.removeEventListener('click', action);
  };
}

/** Typing in a field (search, SPARQL box) never triggers a shortcut. */
export function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

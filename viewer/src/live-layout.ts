// The live-refinement toggle: ForceAtlas2 in a web worker, starting from the build's lifecycle layout; the links of
// near-universal criteria weigh nothing (as at build time) and those criteria and the stages stay put.
import type { MultiDirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { forceSettings } from '../../src/projection/force-positions.js';
import { setLiveLayout, type Store } from './actions.js';

/** `complete`: puts the links held back at load in the graph (compact-graph.ts): ForceAtlas2 weighs a node by its degree. */
export function mountLiveLayout(button: HTMLButtonElement, graph: MultiDirectedGraph, store: Store, universal: ReadonlySet<string>, complete: () => void): () => void {
  let layout: FA2Layout | undefined;
  const onClick = (): void => {
    const on = !store.get().liveLayout;
    if (on) {
      if (!layout) {
        complete();
        graph.forEachNode((key, a) => {
          if (universal.has(key) || (a.type === 'stage' && typeof a.tableColumn === 'number')) graph.setNodeAttribute(key, 'fixed', true);
        });
        layout = new FA2Layout(graph, {
          settings: { ...forceSettings(graph), slowDown: 5 },
          getEdgeWeight: (_edge, _attributes, source, target) => (universal.has(source) || universal.has(target) ? 0 : 1),
        });
      }
      layout.start();
    } else {
      layout?.stop();
    }
    setLiveLayout(store, on);
    button.setAttribute('aria-pressed', String(on)); // pressed while it runs; the name stays the same
  };
  button.addEventListener('click', onClick);
  return () => {
    button.removeEventListener('click', onClick);
    layout?.kill();
  };
}

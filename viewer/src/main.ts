// The viewer: loads the graph data written by `deai-kg site`, draws it with sigma, and wires state → actions → reducers.
import './style.css';
import { MultiDirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { createStore, hover, restore, select, setLiveLayout, setStatus, type Store } from './actions.js';
import { visibleNodes } from './filters.js';
import { createRdfData } from './rdf-data.js';
import { createEdgeReducer, createNodeReducer } from './reducers.js';
import { graphToSearchIndex } from './search.js';
import { SIGMA_SETTINGS } from './settings.js';
import { initialState, type ViewerState } from './state.js';
import { mountDetailsPanel } from './ui/details-panel.js';
import { mountFiltersPanel } from './ui/filters-panel.js';
import { mountLegend } from './ui/legend.js';
import { mountMatrixView } from './ui/matrix-view.js';
import { mountSearchBox } from './ui/search-box.js';
import { mountSparqlBox } from './ui/sparql-box.js';
import { mountTabs } from './ui/tabs.js';
import { hashToState, stateToHash } from './url-state.js';

const started = performance.now();

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

async function start(): Promise<() => void> {
  const store = createStore(initialState());
  const status = byId('status');
  store.subscribe((s) => {
    status.textContent = s.status.type === 'loading' ? 'Loading the graph…' : s.status.type === 'error' ? s.status.message : '';
  });
  status.textContent = 'Loading the graph…';
  const [graphJson, questions, meta] = await Promise.all([fetchText('data/graph.json'), fetchText('data/queries.json'), fetchText('data/meta.json')]);
  const graph = MultiDirectedGraph.from(JSON.parse(graphJson));
  const { title } = JSON.parse(meta) as { title?: string };
  if (title) {
    byId('title').textContent = `${title} — knowledge graph`;
    document.title = `${title} — knowledge graph`;
  }

  // Filters decide visibility; computed when they change, read by reducers, the matrix and the URL.
  let visible = visibleNodes(graph, store.get().filters);
  const renderer = new Sigma(graph, byId('graph'), {
    ...SIGMA_SETTINGS,
    nodeReducer: createNodeReducer(graph, store.get, () => visible),
    edgeReducer: createEdgeReducer(graph, store.get, () => visible),
  });
  const rdf = createRdfData(fetchText);
  const cleanups: Array<() => void> = [() => renderer.kill()];

  renderer.on('clickNode', ({ node }) => select(store, node));
  renderer.on('clickStage', () => select(store, undefined));
  renderer.on('enterNode', ({ node }) => hover(store, node));
  renderer.on('leaveNode', () => hover(store, undefined));

  cleanups.push(
    store.subscribe((state, previous) => {
      if (state.filters !== previous.filters) visible = visibleNodes(graph, state.filters);
      renderer.refresh({ skipIndexation: true });
      if (state.selected && state.selected !== previous.selected) focusCamera(renderer, state.selected);
      syncUrl(state);
    }),
    mountSearchBox(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-list'), graphToSearchIndex(graph), store),
    mountDetailsPanel(byId('tab-details'), graph, store, rdf),
    mountFiltersPanel(byId('tab-filters'), graph, store),
    mountMatrixView(byId('tab-matrix'), graph, store, () => visible),
    mountTabs(document.querySelector('[role="tablist"]') as HTMLElement, store),
    mountLiveLayout(byId<HTMLButtonElement>('layout-toggle'), graph, store),
  );
  mountSparqlBox(byId('tab-sparql'), graph, store, rdf, JSON.parse(questions));
  mountLegend(byId('legend'), graph);
  byId('export-png').addEventListener('click', () => downloadAsPNG(renderer, { fileName: 'deai-graph', backgroundColor: '#ffffff' }));

  // Deep links: the hash holds selection, filters and tab; opening it (or editing it) restores the view.
  const fromHash = (): void => restore(store, hashToState(location.hash, { ...initialState(), status: store.get().status }, (k) => graph.hasNode(k)));
  window.addEventListener('hashchange', fromHash);
  cleanups.push(() => window.removeEventListener('hashchange', fromHash));
  fromHash();

  // Sigma draws its first frame inside its constructor; the next animation frame is after it reached the screen.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const firstDrawMs = performance.now() - started;
  setStatus(store, { type: 'ready' });
  Object.assign(window, { __deaiViewer: { graph, renderer, store, firstDrawMs } });
  document.body.dataset.status = 'ready';
  return () => cleanups.forEach((c) => c());
}

function focusCamera(renderer: Sigma, node: string): void {
  const display = renderer.getNodeDisplayData(node);
  if (display) void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.45 }, { duration: 400 });
}

function syncUrl(state: ViewerState): void {
  const hash = stateToHash(state);
  if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
}

/** The live-refinement toggle: ForceAtlas2 in a web worker, starting from the deterministic layout. */
function mountLiveLayout(button: HTMLButtonElement, graph: MultiDirectedGraph, store: Store): () => void {
  let layout: FA2Layout | undefined;
  const onClick = (): void => {
    const on = !store.get().liveLayout;
    if (on) {
      layout ??= new FA2Layout(graph, { settings: { barnesHutOptimize: graph.order > 2000, slowDown: 5 } });
      layout.start();
    } else {
      layout?.stop();
    }
    setLiveLayout(store, on);
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? 'Stop refining' : 'Refine layout';
  };
  button.addEventListener('click', onClick);
  return () => {
    button.removeEventListener('click', onClick);
    layout?.kill();
  };
}

start().catch((error: unknown) => {
  const message = `The graph could not be loaded: ${String((error as Error)?.message ?? error)}`;
  const status = document.getElementById('status');
  if (status) status.textContent = message;
  document.body.dataset.status = 'error';
  console.error(message);
});

// The viewer: loads the graph data written by `deai-kg site`, draws it with sigma, and wires state → actions → reducers.
import './style.css';
import { downloadAsPNG } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import type { CompactDetails, CompactGraph } from '../../src/site/graphology-to-compact.js';
import { clearFocus, createStore, hover, restore, select, setDetails, setStatus } from './actions.js';
import { createCameraControl } from './camera.js';
import { addCompactDetails, compactNearUniversal, compactToGraph } from './compact-graph.js';
import { activeFilterCount, shownNodes } from './filters.js';
import { freeArea, type Rect } from './geometry.js';
import { createLabelLayer } from './label-layer.js';
import { mountLiveLayout } from './live-layout.js';
import { createRdfData } from './rdf-data.js';
import { createEdgeReducer, createNodeReducer } from './reducers.js';
import { graphToSearchIndex } from './search.js';
import { SIGMA_SETTINGS } from './settings.js';
import { initialState, type ViewerState } from './state.js';
import { mountDetailsPanel } from './ui/details-panel.js';
import { mountFilterChip } from './ui/filter-chip.js';
import { mountFiltersPanel } from './ui/filters-panel.js';
import { mountGraphToolbar } from './ui/graph-toolbar.js';
import { mountLegend, TYPE_NAMES } from './ui/legend.js';
import { mountMatrixView } from './ui/matrix-view.js';
import { mountSearchBox } from './ui/search-box.js';
import { mountSparqlBox } from './ui/sparql-box.js';
import { mountTabs } from './ui/tabs.js';
import { hashToState, stateToHash } from './url-state.js';
import { createViewerSigma } from './viewer-sigma.js';

// The first draw's phases as performance marks (deai:start … deai:frame): `npm run bench -- viewer` prints them.
const started = performance.now();
performance.mark('deai:start');

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
  // The compact file, not graph.json: the same graph in an eighth to a twelfth of the bytes (38 MB → 3.3 MB at 10k).
  // Started by index.html's inline script, so usually in by now: awaiting a settled promise lets the browser render
  // nothing in between (awaiting a fetch here cost a whole frame of the page before the graph's).
  const fetched = (window as { deaiData?: Array<Promise<string>> }).deaiData ?? ['data/graph.compact.json', 'data/queries.json', 'data/meta.json'].map((path) => fetchText(path));
  const [graphJson, questions, meta] = (await Promise.all(fetched)) as [string, string, string];
  performance.mark('deai:fetched');
  const parsed = JSON.parse(graphJson) as CompactGraph;
  performance.mark('deai:parsed');
  // The links into the near-universal criteria held back until a view draws them (compact-graph.ts): 61% of the
  // edges at 10k projects. Every link is read through `links`, which answers as if they were in.
  const universal = compactNearUniversal(parsed);
  const viewerGraph = compactToGraph(parsed, universal);
  const { graph, links } = viewerGraph;
  performance.mark('deai:graph');
  const { title } = JSON.parse(meta) as { title?: string };
  if (title) {
    byId('title').textContent = `${title} — knowledge graph`;
    document.title = `${title} — knowledge graph`;
  }
  if (matchMedia('(max-width: 700px)').matches) byId<HTMLDetailsElement>('legend').open = false; // room for the graph on a phone

  // What is drawn: the filters, less the near-universal criteria's layer when it is off. Read by reducers, panels.
  let shown = shownNodes(graph, store.get(), universal, links);
  const container = byId('graph');
  const getFreeArea = (): Rect => {
    const pane = container.getBoundingClientRect();
    const overlays = [...document.querySelectorAll<HTMLElement>('#graph-pane [data-overlay]:not([hidden])')].map((o) => o.getBoundingClientRect());
    const free = freeArea(pane, overlays);
    return { x: free.x - pane.x, y: free.y - pane.y, width: free.width, height: free.height };
  };
  // The legend and the chip first: they set the pane's height, which sigma reads once when it starts.
  const early = [
    mountLegend(byId('legend-body'), graph, store, () => shown),
    mountFilterChip(byId('filter-chip'), byId('filter-chip-text'), byId<HTMLButtonElement>('filter-chip-clear'), graph, store),
  ];
  const labels = createLabelLayer(graph, links, store.get, getFreeArea);
  // The hover layers are sized the first time a node is hovered, selected or highlighted (viewer-sigma.ts).
  const focused = (): boolean => {
    const s = store.get();
    return s.hovered !== undefined || s.selected !== undefined || s.highlighted !== undefined;
  };
  const renderer = createViewerSigma(graph, container, { ...SIGMA_SETTINGS, ...labels.settings, nodeReducer: createNodeReducer(graph, store.get, () => shown, links), edgeReducer: createEdgeReducer(graph, store.get, () => shown, universal) }, (r) => labels.bind(r), focused);
  performance.mark('deai:sigma');
  const cleanups: Array<() => void> = [...early, () => renderer.kill()];
  // The held-back links go in once a view draws them: the layer on, a near-universal criterion in focus (its links are
  // drawn with it), the live layout. Sigma lets go of the graph meanwhile: one reindex instead of one event a link.
  const drawsHeldBackLinks = (state: ViewerState): boolean => state.showUniversal || state.liveLayout || [state.selected, state.hovered].some((k) => k !== undefined && universal.has(k));
  /** True if it put them in now (and so rendered everything). */
  const completeGraph = (): boolean => {
    if (viewerGraph.complete()) return false;
    renderer.setGraph(new MultiDirectedGraph());
    viewerGraph.addDeferredEdges();
    renderer.setGraph(graph);
    return true;
  };
  const camera = createCameraControl(renderer, getFreeArea);
  const rdf = createRdfData(fetchText, String(graph.getAttribute('base') ?? 'https://w3id.org/deai/'));

  // The frames the camera moves to: a node with its drawn neighbours, a SPARQL result, everything drawn.
  const focusSet = (state: ViewerState): string[] => {
    if (state.selected && graph.hasNode(state.selected)) return [state.selected, ...links.neighbors(state.selected).filter((n) => shown.has(n))];
    if (state.highlighted) return [...state.highlighted].filter((n) => shown.has(n));
    return [];
  };
  const fitAll = (animate = true): Promise<void> => camera.fit(shown, { animate });
  const fitFocus = (): void => {
    const nodes = focusSet(store.get());
    void (nodes.length > 0 ? camera.fit(nodes) : fitAll());
  };

  renderer.on('clickNode', ({ node }) => select(store, node));
  renderer.on('clickStage', () => select(store, undefined));
  renderer.on('enterNode', ({ node }) => hover(store, node));
  renderer.on('leaveNode', () => hover(store, undefined));

  const announcer = byId('announcer');
  cleanups.push(
    store.subscribe((state, previous) => {
      if (state.filters !== previous.filters || state.showUniversal !== previous.showUniversal || state.selected !== previous.selected) shown = shownNodes(graph, state, universal, links);
      if (state.wideMatrix !== previous.wideMatrix) document.body.classList.toggle('wide-matrix', state.wideMatrix);
      // Re-running the reducers costs seconds at 10k nodes: only when what they read changed (not the tab, not status).
      const drawn = (['selected', 'hovered', 'highlighted', 'filters', 'showUniversal'] as const).some((k) => state[k] !== previous[k]);
      // Putting the held-back links in renders the whole graph once (sigma takes the graph back): no second render.
      const completed = drawsHeldBackLinks(state) && completeGraph();
      if (drawn && !completed) renderer.refresh({ skipIndexation: true });
      const focusChanged = state.selected !== previous.selected || state.highlighted !== previous.highlighted;
      if (focusChanged && (state.selected || state.highlighted)) void camera.fit(focusSet(state));
      if (state.wideMatrix !== previous.wideMatrix) {
        renderer.resize(); // the pane changed width without a window resize
        void fitAll(false);
      }
      if (focusChanged) announcer.textContent = announce(state);
      syncUrl(state);
    }),
    mountSearchBox(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-list'), byId('search-empty'), graphToSearchIndex(graph), store),
    mountDetailsPanel(byId('tab-details'), { graph, links, store, rdf, getShown: () => shown, universal }),
    mountFiltersPanel(byId('tab-filters'), graph, links, store),
    mountMatrixView(byId('tab-matrix'), graph, links, store, () => shown),
    mountTabs(document.querySelector('[role="tablist"]') as HTMLElement, store),
    mountLiveLayout(byId<HTMLButtonElement>('layout-toggle'), graph, store, universal, completeGraph),
    mountGraphToolbar({
      store,
      camera,
      graphElement: container,
      search: byId<HTMLInputElement>('search'),
      universal: [...universal].map((k) => String(graph.getNodeAttribute(k, 'label'))),
      fitFocus,
      // Sigma's initial view frames every node; with filters on, frame what they leave.
      reset: () => void (activeFilterCount(graph, store.get().filters) > 0 ? fitAll() : camera.reset()),
      pan: (dx, dy) => {
        const c = renderer.getCamera().getState();
        void renderer.getCamera().animate({ x: c.x + dx * c.ratio, y: c.y - dy * c.ratio }, { duration: 150 });
      },
    }),
  );
  mountSparqlBox(byId('tab-sparql'), graph, store, rdf, JSON.parse(questions));
  byId('export-png').addEventListener('click', () => downloadAsPNG(renderer, { fileName: 'deai-graph', backgroundColor: '#ffffff' }));

  // Escape: close the open list or menu, else clear the selection and the highlight.
  const onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const menu = (document.activeElement as HTMLElement | null)?.closest<HTMLDetailsElement>('details[open]:not(#legend)');
    if (menu) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    } else clearFocus(store);
  };
  document.addEventListener('keydown', onEscape);
  cleanups.push(() => document.removeEventListener('keydown', onEscape));

  // Sigma resizes with the window only; the pane also changes with the legend, the full-width matrix, the phone's
  // toolbar wrapping: keep sigma's size in step.
  const resized = new ResizeObserver(() => {
    const { width, height } = renderer.getDimensions();
    if (container.offsetWidth !== width || container.offsetHeight !== height) renderer.scheduleRender(); // render() resizes first
  });
  resized.observe(container);
  cleanups.push(() => resized.disconnect());
  // The initial view is sigma's own: the whole graph inside the pane, less the stage padding (nothing covers the pane).
  // Deep links: the hash holds selection, filters, layers and tab; opening it (or editing it) restores the view.
  const fromHash = (): void => restore(store, hashToState(location.hash, { ...initialState(), status: store.get().status }, (k) => graph.hasNode(k)));
  window.addEventListener('hashchange', fromHash);
  cleanups.push(() => window.removeEventListener('hashchange', fromHash));
  if (location.hash) fromHash(); // an empty hash is the initial state: no second pass of the reducers

  // Sigma draws its first frame inside its constructor; the next animation frame is after it reached the screen.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const firstDrawMs = performance.now() - started;
  performance.mark('deai:frame');
  // The attributes only the Details panel and the matrix read, after the first frame (graph.details.json: 1.2 of the
  // 3.3 MB at 10k projects); both panels wait for them (state.details).
  fetchText('data/graph.details.json')
    .then((text) => addCompactDetails(graph, parsed.nodes, JSON.parse(text) as CompactDetails))
    .then(
      () => setDetails(store, { type: 'ready' }),
      (error: unknown) => setDetails(store, { type: 'error', message: `The details could not be loaded: ${String((error as Error)?.message ?? error)}` }),
    );
  setStatus(store, { type: 'ready' });
  Object.assign(window, { __deaiViewer: { graph, links, complete: viewerGraph.complete, renderer, store, firstDrawMs, labels: () => labels.drawn(), freeArea: getFreeArea, universal: [...universal], fitAll } });
  document.body.dataset.status = 'ready';
  return () => cleanups.forEach((c) => c());

  function announce(state: ViewerState): string {
    if (state.selected && graph.hasNode(state.selected)) {
      const a = graph.getNodeAttributes(state.selected);
      return `Selected ${String(a.label)}, ${TYPE_NAMES[String(a.type)]?.toLowerCase() ?? String(a.type)}, ${links.neighbors(state.selected).length} linked nodes.`;
    }
    if (state.highlighted) return `${state.highlighted.size} nodes highlighted.`;
    return 'Selection cleared.';
  }
}

function syncUrl(state: ViewerState): void {
  const hash = stateToHash(state);
  if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
}

start().catch((error: unknown) => {
  const message = `The graph could not be loaded: ${String((error as Error)?.message ?? error)}`;
  const status = document.getElementById('status');
  if (status) status.textContent = message;
  document.body.dataset.status = 'error';
  console.error(message);
});

// Filters by node type, stage, capability, assumption and support level; every box is one small action. Stages
// and assumptions are listed as their hierarchy (On-training ⊃ Training), by the ontology's names.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { NodeType } from '../../../src/projection/projection-spec.js';
import { clearFilters, type Store, toggleFilterKey, toggleLevel, toggleType } from '../actions.js';
import type { Links } from '../compact-graph.js';
import { ALL_LEVELS, ALL_TYPES, type ViewerState } from '../state.js';
import { bdi, el, GLYPH } from './dom.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;
type Kind = 'stages' | 'capabilities' | 'assumptions';
/** As `a.localeCompare(b, 'en', { numeric: true })`, without making a collator for each comparison (30 ms in all). */
const BY_NOTATION = new Intl.Collator('en', { numeric: true });
const TYPE_LABELS: Record<NodeType, string> = { project: 'Projects', stage: 'Lifecycle stages', capability: 'Capabilities', assumption: 'Security assumptions', paper: 'Papers' };

/** Built when the tab is first shown (~15 ms of the survey's first frame when built with it, for a hidden tab). */
export function mountFiltersPanel(root: HTMLElement, graph: Graph, links: Links, store: Store): () => void {
  let built: (() => void) | undefined;
  const build = (state: ViewerState): void => {
    if (!built && state.tab === 'filters') built = buildFiltersPanel(root, graph, links, store);
  };
  build(store.get());
  const unsubscribe = store.subscribe(build);
  return () => {
    unsubscribe();
    built?.();
  };
}

function buildFiltersPanel(root: HTMLElement, graph: Graph, links: Links, store: Store): () => void {
  const boxes: Array<{ input: HTMLInputElement; checked: (s: ViewerState) => boolean }> = [];
  const box = (testid: string, text: Node | string, checked: (s: ViewerState) => boolean, onChange: () => void): HTMLElement => {
    const input = el('input', { type: 'checkbox', 'data-testid': testid });
    input.addEventListener('change', onChange);
    boxes.push({ input, checked });
    return el('label', {}, input, ' ', text);
  };
  const local = (key: string): string => key.slice(Math.max(key.lastIndexOf('#'), key.lastIndexOf('/')) + 1);
  const name = (key: string): Node => {
    const notation = graph.getNodeAttribute(key, 'notation');
    const label = el('span', {}, bdi(String(graph.getNodeAttribute(key, 'label'))));
    if (notation) label.append(' ', el('small', { title: `Section ${String(notation)} of the survey` }, `§${String(notation)}`));
    return label;
  };
  const sortKey = (key: string): string => String(graph.getNodeAttribute(key, 'notation') ?? graph.getNodeAttribute(key, 'label'));
  /** The concepts of a type as a tree by skos:broader: each parent followed by its parts, indented. */
  const tree = (kind: Kind, type: string): HTMLElement[] => {
    const ofType = graph.filterNodes((_k, a) => a.type === type);
    const parents = new Map(ofType.map((key) => [key, links.out(key).find((l) => l.attributes.relation === 'broader' && graph.getNodeAttribute(l.target, 'type') === type)?.target]));
    const children = (parent: string | undefined): string[] => ofType.filter((k) => parents.get(k) === parent).sort((a, b) => BY_NOTATION.compare(sortKey(a), sortKey(b)));
    const walk = (parent: string | undefined, depth: number): HTMLElement[] =>
      children(parent).flatMap((key) => [
        el('div', { class: `depth-${Math.min(depth, 3)}` }, box(`filter-${type}-${local(key)}`, name(key), (s) => s.filters[kind].has(key), () => toggleFilterKey(store, kind, key))),
        ...walk(key, depth + 1),
      ]);
    return walk(undefined, 0);
  };
  const keyed = (kind: Kind, type: string, legend: string): HTMLElement => el('fieldset', {}, el('legend', {}, legend), ...tree(kind, type));

  const present = ALL_TYPES.filter((t) => graph.someNode((_k, a) => a.type === t));
  const clearButton = el('button', { type: 'button', 'data-testid': 'filter-clear' }, 'Clear filters');
  clearButton.addEventListener('click', () => clearFilters(store));
  root.append(
    el('fieldset', {}, el('legend', {}, 'Show'), ...present.map((t) => box(`filter-type-${t}`, TYPE_LABELS[t], (s) => s.filters.types.has(t), () => toggleType(store, t)))),
    el('fieldset', {}, el('legend', {}, 'Support level of links'), ...ALL_LEVELS.map((l) => box(`filter-level-${l}`, `${GLYPH[l]} ${l}`, (s) => s.filters.levels.has(l), () => toggleLevel(store, l)))),
    el('p', {}, el('small', {}, 'Ticking stages, capabilities or assumptions shows only the projects linked to one of them (a parent includes its parts).')),
    keyed('stages', 'stage', 'Projects in stage'),
    keyed('capabilities', 'capability', 'Projects with capability'),
    keyed('assumptions', 'assumption', 'Projects relying on'),
    clearButton,
  );
  const sync = (state: ViewerState): void => {
    for (const { input, checked } of boxes) input.checked = checked(state);
  };
  sync(store.get());
  return store.subscribe(sync);
}

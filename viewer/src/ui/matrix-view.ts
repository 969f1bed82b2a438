// The matrix: projects × the survey's stage and capability columns, rebuilt from the graph's edges. Linked both
// ways with the graph (row hover/click ↔ node hover/selection); it is also the text alternative to the drawing.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { hover, select, type Store } from '../actions.js';
import type { ViewerState } from '../state.js';
import { el, GLYPH } from './dom.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;
const LEVEL_NAMES: Record<string, string> = { full: 'full', partial: 'partial', none: 'none' };

export function mountMatrixView(root: HTMLElement, graph: Graph, store: Store, getVisible: () => ReadonlySet<string>): () => void {
  const columns = graph
    .filterNodes((_k, a) => typeof a.tableColumn === 'number' && (a.type === 'stage' || a.type === 'capability'))
    .sort((a, b) => Number(graph.getNodeAttribute(a, 'tableColumn')) - Number(graph.getNodeAttribute(b, 'tableColumn')));
  const projects = graph
    .filterNodes((k, a) => a.type === 'project' && graph.someOutEdge(k, (_e, ea) => ea.relation === 'coversStage' || ea.relation === 'hasCapability'))
    .sort((a, b) => Number(graph.getNodeAttribute(a, 'sourceLine') ?? 0) - Number(graph.getNodeAttribute(b, 'sourceLine') ?? 0));
  const rows = new Map<string, HTMLTableRowElement>();
  const body = el('tbody');
  for (const project of projects) {
    const levels = new Map<string, string>();
    graph.forEachOutEdge(project, (_e, ea, _s, target) => {
      if (ea.relation === 'coversStage' || ea.relation === 'hasCapability') levels.set(target, String(ea.level));
    });
    const name = el('button', { class: 'link', type: 'button' }, String(graph.getNodeAttribute(project, 'label')));
    const row = el(
      'tr',
      { 'data-node': project },
      el('th', { scope: 'row' }, name),
      ...columns.map((c) => {
        const level = levels.get(c) ?? 'none';
        return el('td', { title: `${graph.getNodeAttribute(c, 'label')}: ${LEVEL_NAMES[level]}`, 'aria-label': LEVEL_NAMES[level] }, GLYPH[level] ?? '');
      }),
    );
    row.addEventListener('mouseenter', () => hover(store, project));
    row.addEventListener('mouseleave', () => hover(store, undefined));
    row.addEventListener('click', () => select(store, project));
    rows.set(project, row);
    body.append(row);
  }
  const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Project'), ...columns.map((c) => el('th', { scope: 'col', title: String(graph.getNodeAttribute(c, 'label')) }, String(graph.getNodeAttribute(c, 'tableHeader') || graph.getNodeAttribute(c, 'label'))))));
  root.append(el('table', { class: 'matrix', 'data-testid': 'matrix-table' }, el('caption', {}, `${projects.length} projects of the overview table: ● full, ◑ partial, ○ none`), head, body));

  const sync = (state: ViewerState, previous?: ViewerState): void => {
    const visible = getVisible();
    for (const [node, row] of rows) {
      row.hidden = !visible.has(node);
      row.classList.toggle('hovered', state.hovered === node);
      row.classList.toggle('selected', state.selected === node);
      row.setAttribute('aria-selected', String(state.selected === node));
    }
    if (state.selected && state.selected !== previous?.selected) rows.get(state.selected)?.scrollIntoView?.({ block: 'nearest' });
  };
  sync(store.get());
  return store.subscribe(sync);
}

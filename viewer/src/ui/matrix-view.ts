// The matrix: every project × the survey's 15 mark columns and its assumption text, rebuilt from the graph; sticky
// header and name column, sort by any column, a full-width mode; rows and graph nodes linked both ways (hover,
// click, selection). Column names are the ontology's, the survey's header is the tooltip.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { hover, select, setWideMatrix, type Store } from '../actions.js';
import type { Links } from '../compact-graph.js';
import { type CellLevel, graphToMatrix, type MatrixRow, type Sort, type SortKey, sortRows } from '../matrix-model.js';
import type { ViewerState } from '../state.js';
import { bdi, el, GLYPH, hiddenText, scrollWithin } from './dom.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;
const LEVEL_NAMES: Record<CellLevel, string> = { full: 'full', partial: 'partial', none: 'none' };

/**
 * Built when first opened: at 10k projects the table is 170k elements, which the first draw should not wait for;
 * and once the details are in (its assumption column comes with graph.details.json, after the first frame).
 */
export function mountMatrixView(root: HTMLElement, graph: Graph, links: Links, store: Store, getShown: () => ReadonlySet<string>): () => void {
  let built: (() => void) | undefined;
  const waiting = el('p', { 'data-testid': 'matrix-loading' }, 'Loading the table…');
  const build = (state: ViewerState): void => {
    if (built || !(state.tab === 'matrix' || state.wideMatrix)) return;
    if (state.details.type === 'loading') {
      if (!waiting.isConnected) root.append(waiting);
      return;
    }
    waiting.remove();
    if (state.details.type === 'error') root.append(el('p', { class: 'error', role: 'alert' }, state.details.message));
    built = buildMatrix(root, graph, links, store, getShown);
  };
  build(store.get());
  const unsubscribe = store.subscribe(build);
  return () => {
    unsubscribe();
    built?.();
  };
}

function buildMatrix(root: HTMLElement, graph: Graph, links: Links, store: Store, getShown: () => ReadonlySet<string>): () => void {
  const matrix = graphToMatrix(graph, links);
  const sectionOnly = matrix.rows.filter((r) => !r.inTable).length;
  let sort: Sort = { key: 'order', descending: false };

  const wide = el('button', { type: 'button', 'data-testid': 'matrix-wide', 'aria-pressed': 'false', title: 'Show the matrix as the main view, the graph beside it' }, 'Full width');
  wide.addEventListener('click', () => setWideMatrix(store, !store.get().wideMatrix));
  const count = el('span', { 'data-testid': 'matrix-count' });
  const summary = `${matrix.rows.length - sectionOnly} in the survey's overview table${sectionOnly > 0 ? `, ${sectionOnly} listed only in a section` : ''}`;
  root.append(el('div', { class: 'matrix-bar' }, el('p', {}, count, ` (${summary}). ● full, ◑ partial, ○ none; sort by any column.`), wide));

  // Header: a sort button per column; aria-sort on the one in use.
  const headers = new Map<string, HTMLTableCellElement>();
  const sortKeyId = (key: SortKey): string => (typeof key === 'string' ? key : key.column);
  const header = (key: SortKey, content: Node | string, attributes: Record<string, string> = {}): HTMLTableCellElement => {
    const button = el('button', { type: 'button', class: 'sort', 'data-sort': sortKeyId(key) }, content);
    button.addEventListener('click', () => {
      const same = sortKeyId(sort.key) === sortKeyId(key);
      // A column of marks starts with ● first (descending), names and text with A first; a second click reverses.
      sort = { key, descending: same ? !sort.descending : typeof key !== 'string' };
      paintRows();
    });
    const th = el('th', { scope: 'col', ...attributes }, button);
    headers.set(sortKeyId(key), th);
    return th;
  };
  const head = el(
    'thead',
    {},
    el(
      'tr',
      {},
      header('name', 'Project', { class: 'name' }),
      header('order', el('abbr', { title: 'Line in the survey (survey order)' }, 'Line'), { class: 'line' }),
      ...matrix.columns.map((c) => header({ column: c.key }, el('span', { class: 'vertical' }, c.label), { class: 'mark', title: `Survey column: “${c.header}”`, 'data-column': c.key })),
      header('assumption', 'Security assumption (as written)', { class: 'assumption', title: 'Survey column: “Security Assumption”' }),
    ),
  );

  const rows = new Map<string, HTMLTableRowElement>();
  for (const row of matrix.rows) rows.set(row.key, rowElement(row));
  function rowElement(row: MatrixRow): HTMLTableRowElement {
    const name = el('th', { scope: 'row' }, el('button', { class: 'link', type: 'button' }, bdi(row.label)));
    if (!row.inTable) name.append(' ', el('span', { class: 'tag', title: 'Listed in a section of the survey, with no row in its overview table' }, 'section only'));
    if (row.change) name.append(' ', el('span', { class: `tag change-${row.change}`, title: row.changeSummary ?? '' }, row.change === 'added' ? 'new' : 'changed'));
    const cells = matrix.columns.map((c) => {
      const level = row.levels.get(c.key);
      if (!level) return el('td', { class: 'mark absent', title: `${c.label}: not in the table` }, el('span', { 'aria-hidden': 'true' }, '–'), hiddenText('not in the table'));
      const was = row.changedCells.get(c.key);
      if (was !== undefined) {
        const before = was === '' ? 'no cell' : `${was} before`;
        return el('td', { class: `mark ${level} changed`, title: `${c.label}: ${LEVEL_NAMES[level]} (changed: ${before})` }, el('span', { 'aria-hidden': 'true' }, GLYPH[level] ?? ''), hiddenText(`${LEVEL_NAMES[level]}, changed (${before})`));
      }
      return el('td', { class: `mark ${level}`, title: `${c.label}: ${LEVEL_NAMES[level]}` }, el('span', { 'aria-hidden': 'true' }, GLYPH[level] ?? ''), hiddenText(LEVEL_NAMES[level]));
    });
    const tr = el('tr', { 'data-node': row.key, ...(row.inTable ? {} : { 'data-section-only': 'true' }), ...(row.change ? { 'data-change': row.change } : {}) }, name, el('td', { class: 'line' }, String(row.sourceLine || '')), ...cells, el('td', { class: 'assumption' }, bdi(row.assumption)));
    tr.addEventListener('mouseenter', () => hover(store, row.key));
    tr.addEventListener('mouseleave', () => hover(store, undefined));
    tr.addEventListener('click', () => select(store, row.key, { keepTab: true }));
    return tr;
  }
  const body = el('tbody');
  const paintRows = (): void => {
    body.replaceChildren(...sortRows(matrix.rows, sort).map((r) => rows.get(r.key) as HTMLTableRowElement));
    for (const [id, th] of headers) {
      if (id === sortKeyId(sort.key)) th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
  };
  paintRows();
  const table = el('table', { class: 'matrix', 'data-testid': 'matrix-table' }, el('caption', { class: 'visually-hidden' }, `Projects × the survey's columns: ${summary}`), head, body);
  const scroller = el('div', { class: 'matrix-scroll', tabindex: '0', role: 'region', 'aria-label': 'Matrix of projects and the survey’s columns' }, table);
  root.append(scroller);

  let lastShown: ReadonlySet<string> | undefined;
  const sync = (state: ViewerState, previous?: ViewerState): void => {
    const shown = getShown();
    if (shown !== lastShown) {
      lastShown = shown;
      let n = 0;
      for (const [node, row] of rows) {
        row.hidden = !shown.has(node);
        if (!row.hidden) n++;
      }
      count.textContent = n === rows.size ? `${rows.size} projects` : `${n} of ${rows.size} projects shown (filters)`;
    }
    if (state.hovered !== previous?.hovered) {
      if (previous?.hovered) rows.get(previous.hovered)?.classList.remove('hovered');
      if (state.hovered) rows.get(state.hovered)?.classList.add('hovered');
    }
    if (state.selected !== previous?.selected) {
      if (previous?.selected) {
        rows.get(previous.selected)?.classList.remove('selected');
        rows.get(previous.selected)?.removeAttribute('aria-current');
      }
      const row = state.selected ? rows.get(state.selected) : undefined;
      row?.classList.add('selected');
      row?.setAttribute('aria-current', 'true');
      if (row && !row.matches(':hover')) scrollWithin(scroller, row, head.getBoundingClientRect().height);
    }
    wide.setAttribute('aria-pressed', String(state.wideMatrix));
  };
  sync(store.get());
  return store.subscribe(sync);
}

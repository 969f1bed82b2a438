// The SPARQL box, after WDQS and YASGUI: the predeclared prefixes above it, example questions inside the panel, Run
// (or Ctrl+Enter); the result table, the nodes it names highlighted and framed; one readable error with its line
// and column, the line quoted with a caret. Every run first clears the previous highlight and selection.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { predeclaredPrefixes, type QueryResult, QuerySyntaxError } from 'deai-kg';
import { select, setHighlighted, type Store } from '../actions.js';
import type { RdfData } from '../rdf-data.js';
import { bdi, clear, el } from './dom.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

export interface Question {
  readonly name: string;
  readonly question: string;
  readonly sparql: string;
}

export function mountSparqlBox(root: HTMLElement, graph: Graph, store: Store, rdf: RdfData, questions: readonly Question[]): void {
  const base = String(graph.getAttribute('base') ?? 'https://w3id.org/deai/');
  const prefixes = Object.entries(predeclaredPrefixes(base));
  const prefixList = el(
    'details',
    { class: 'prefixes', 'data-testid': 'sparql-prefixes' },
    el('summary', {}, `Predeclared prefixes: ${prefixes.map(([p]) => `${p}:`).join(' ')}`),
    el('pre', { tabindex: '0', 'aria-label': 'Predeclared prefixes' }, prefixes.map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join('\n')),
  );
  const examples = el('details', { class: 'examples', 'data-testid': 'sparql-examples' }, el('summary', {}, `Example questions (${questions.length})`));
  const list = el('ul', {});
  examples.append(list);
  const text = el('textarea', { class: 'sparql', id: 'sparql-input', 'data-testid': 'sparql-input', spellcheck: 'false', 'aria-describedby': 'sparql-hint' });
  text.value = questions[0]?.sparql ?? 'SELECT ?project WHERE { ?project a deai:Project } LIMIT 10';
  const run = el('button', { type: 'button', 'data-testid': 'sparql-run', 'aria-keyshortcuts': 'Control+Enter' }, 'Run');
  const clearButton = el('button', { type: 'button', 'data-testid': 'sparql-clear' }, 'Clear highlight');
  const status = el('div', { 'data-testid': 'sparql-status', role: 'status', 'aria-live': 'polite' });
  const output = el('div', { 'data-testid': 'sparql-results' });
  root.append(
    prefixList,
    examples,
    el('label', { for: 'sparql-input', class: 'label' }, 'SPARQL query'),
    text,
    el('p', { class: 'sparql-actions' }, run, ' ', clearButton, ' ', el('small', { id: 'sparql-hint' }, 'Ctrl+Enter runs the query.')),
    status,
    output,
  );

  for (const q of questions) {
    const button = el('button', { type: 'button', class: 'link', 'data-example': q.name }, q.question);
    button.addEventListener('click', () => {
      text.value = q.sparql;
      void execute();
    });
    list.append(el('li', {}, button));
  }
  clearButton.addEventListener('click', () => setHighlighted(store, undefined));
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void execute();
    }
  });
  const labels = uniqueLabels(graph);
  let runs = 0;
  const execute = async (): Promise<void> => {
    const mine = ++runs;
    // A new run starts clean: no old highlight, no selection (the search box follows the selection).
    setHighlighted(store, undefined);
    select(store, undefined);
    status.className = '';
    status.replaceChildren('Running…');
    clear(output);
    try {
      const result = await rdf.query(text.value);
      if (mine !== runs) return;
      const nodes = resultNodes(result, (k) => graph.hasNode(k), labels);
      output.append(resultTable(result, (k) => graph.hasNode(k), labels, store));
      status.replaceChildren(summary(result, nodes.size));
      setHighlighted(store, nodes);
    } catch (error) {
      if (mine !== runs) return;
      status.className = 'error';
      status.replaceChildren(...errorReport(error, text.value));
      if (error instanceof QuerySyntaxError && error.line && error.column) text.setSelectionRange(...offsetRange(text.value, error.line, error.column));
    }
  };
  run.addEventListener('click', () => void execute());
}

/** One message: where (line, column), what, and the line itself with a caret under the column. */
function errorReport(error: unknown, query: string): Node[] {
  if (!(error instanceof QuerySyntaxError)) return [el('p', {}, `The query failed: ${String((error as Error)?.message ?? error)}`)];
  const where = error.line && error.column ? `Syntax error at line ${error.line}, column ${error.column}` : 'Syntax error';
  // The message may repeat the place ("error at 3:5: …", "Line 3, column 5: …") and quote the line: say each once.
  const first = error.message.split('\n')[0] ?? '';
  const message = first.replace(/^(.*?error at \d+:\d+:?|line \d+, column \d+:)\s*/i, '').trim() || error.message;
  const parts: Node[] = [el('p', { 'data-testid': 'sparql-error' }, `${where}: ${message}`)];
  const line = error.line ? query.split('\n')[error.line - 1] : undefined;
  if (line !== undefined && error.column) parts.push(el('pre', { class: 'caret', 'aria-hidden': 'true' }, `${line}\n${' '.repeat(Math.max(0, error.column - 1))}^`));
  return parts;
}

/** The text range of a line and column (1-based), for putting the caret at the fault. */
function offsetRange(text: string, line: number, column: number): [number, number] {
  const lines = text.split('\n');
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.max(0, column - 1);
  const end = Math.min(text.length, offset + 1);
  return [Math.min(offset, text.length), end];
}

/** Label → node, for labels only one node has (a query that returns names still highlights). */
function uniqueLabels(graph: Graph): Map<string, string> {
  const byLabel = new Map<string, string | null>();
  graph.forEachNode((key, a) => byLabel.set(String(a.label), byLabel.has(String(a.label)) ? null : key));
  return new Map([...byLabel].filter((entry): entry is [string, string] => entry[1] !== null));
}

/** The nodes a result names: IRIs that are nodes, and literals that are exactly one node's label. */
export function resultNodes(result: QueryResult, isNode: (key: string) => boolean, labels: ReadonlyMap<string, string> = new Map()): Set<string> {
  const found = new Set<string>();
  if (result.type === 'bindings') {
    for (const row of result.rows) {
      for (const term of Object.values(row)) {
        const node = termNode(term, isNode, labels);
        if (node) found.add(node);
      }
    }
  }
  if (result.type === 'quads') for (const q of result.quads) for (const t of [q.subject, q.object]) if (isNode(t.value)) found.add(t.value);
  return found;
}

function termNode(term: { type: string; value: string }, isNode: (key: string) => boolean, labels: ReadonlyMap<string, string>): string | undefined {
  if (term.type === 'uri' && isNode(term.value)) return term.value;
  if (term.type === 'literal') return labels.get(term.value);
  return undefined;
}

function summary(result: QueryResult, highlighted: number): string {
  if (result.type === 'boolean') return `Answer: ${result.value}`;
  const count = result.type === 'bindings' ? result.rows.length : result.quads.length;
  return `${count} ${result.type === 'bindings' ? 'rows' : 'triples'} · ${highlighted} nodes highlighted`;
}

/** The result as a table; a cell that names a node is a button that selects it. */
function resultTable(result: QueryResult, isNode: (key: string) => boolean, labels: ReadonlyMap<string, string>, store: Store): HTMLElement {
  if (result.type === 'boolean') return el('p', {}, String(result.value));
  const cell = (term: { type: string; value: string } | undefined): HTMLElement => {
    if (!term) return el('td', {});
    const node = termNode(term, isNode, labels);
    if (!node) return el('td', {}, bdi(term.value));
    const button = el('button', { type: 'button', class: 'link', 'data-node': node }, bdi(term.value));
    button.addEventListener('click', () => select(store, node));
    return el('td', {}, button);
  };
  const scroll = (table: HTMLElement): HTMLElement => el('div', { class: 'results-scroll', tabindex: '0', role: 'region', 'aria-label': 'Query results' }, table);
  if (result.type === 'quads') {
    return scroll(el('table', { class: 'results' }, el('tbody', {}, ...result.quads.slice(0, 500).map((q) => el('tr', {}, cell({ type: 'uri', value: q.subject.value }), el('td', {}, q.predicate.value), cell({ type: q.object.termType === 'Literal' ? 'literal' : 'uri', value: q.object.value }))))));
  }
  return scroll(
    el(
      'table',
      { class: 'results' },
      el('thead', {}, el('tr', {}, ...result.variables.map((v) => el('th', { scope: 'col' }, v)))),
      el('tbody', {}, ...result.rows.slice(0, 500).map((row) => el('tr', {}, ...result.variables.map((v) => cell(row[v]))))),
    ),
  );
}

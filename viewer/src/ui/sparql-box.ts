// The SPARQL box: runs a query in the browser through the library, shows the result table and highlights the
// nodes the result names.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { type QueryResult, QuerySyntaxError } from 'deai-kg';
import { type Store, setHighlighted } from '../actions.js';
import type { RdfData } from '../rdf-data.js';
import { clear, el } from './dom.js';

interface Question {
  readonly name: string;
  readonly question: string;
  readonly sparql: string;
}

export function mountSparqlBox(root: HTMLElement, graph: AbstractGraph<Attributes, Attributes, Attributes>, store: Store, rdf: RdfData, questions: readonly Question[]): void {
  const picker = el('select', { 'data-testid': 'sparql-examples', 'aria-label': 'Example questions' }, el('option', { value: '' }, 'Example questions…'), ...questions.map((q) => el('option', { value: q.name }, q.question)));
  const text = el('textarea', { class: 'sparql', 'data-testid': 'sparql-input', 'aria-label': 'SPARQL query', spellcheck: 'false' });
  text.value = questions[0]?.sparql ?? 'SELECT * WHERE { ?s ?p ?o } LIMIT 10';
  const run = el('button', { type: 'button', 'data-testid': 'sparql-run' }, 'Run');
  const clearButton = el('button', { type: 'button', 'data-testid': 'sparql-clear' }, 'Clear highlight');
  const status = el('p', { 'data-testid': 'sparql-status', role: 'status' });
  const output = el('div', { 'data-testid': 'sparql-results' });
  root.append(picker, text, el('p', {}, run, ' ', clearButton), status, output);

  picker.addEventListener('change', () => {
    const chosen = questions.find((q) => q.name === picker.value);
    if (chosen) text.value = chosen.sparql;
  });
  clearButton.addEventListener('click', () => setHighlighted(store, undefined));
  const labels = uniqueLabels(graph);
  run.addEventListener('click', async () => {
    status.textContent = 'Running…';
    status.className = '';
    clear(output);
    try {
      const result = await (await rdf.engine()).query(text.value);
      const nodes = resultNodes(result, (k) => graph.hasNode(k), labels);
      output.append(resultTable(result));
      status.textContent = summary(result, nodes.size);
      setHighlighted(store, nodes);
    } catch (error) {
      status.className = 'error';
      status.setAttribute('role', 'alert');
      status.textContent = error instanceof QuerySyntaxError ? `Syntax error at line ${error.line}, column ${error.column}: ${error.message}` : `The query failed: ${String((error as Error)?.message ?? error)}`;
    }
  });
}

/** Label → node, for labels only one node has (a query that returns names still highlights). */
function uniqueLabels(graph: AbstractGraph<Attributes, Attributes, Attributes>): Map<string, string> {
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
        if (term.type === 'uri' && isNode(term.value)) found.add(term.value);
        else if (term.type === 'literal' && labels.has(term.value)) found.add(labels.get(term.value) as string);
      }
    }
  }
  if (result.type === 'quads') for (const q of result.quads) for (const t of [q.subject, q.object]) if (isNode(t.value)) found.add(t.value);
  return found;
}

function summary(result: QueryResult, highlighted: number): string {
  if (result.type === 'boolean') return `Answer: ${result.value}`;
  const count = result.type === 'bindings' ? result.rows.length : result.quads.length;
  return `${count} ${result.type === 'bindings' ? 'rows' : 'triples'} · ${highlighted} nodes highlighted`;
}

function resultTable(result: QueryResult): HTMLElement {
  if (result.type === 'boolean') return el('p', {}, String(result.value));
  if (result.type === 'quads') {
    return el('table', { class: 'results' }, el('tbody', {}, ...result.quads.slice(0, 500).map((q) => el('tr', {}, el('td', {}, q.subject.value), el('td', {}, q.predicate.value), el('td', {}, q.object.value)))));
  }
  return el(
    'table',
    { class: 'results' },
    el('thead', {}, el('tr', {}, ...result.variables.map((v) => el('th', { scope: 'col' }, v)))),
    el('tbody', {}, ...result.rows.slice(0, 500).map((row) => el('tr', {}, ...result.variables.map((v) => el('td', {}, row[v]?.value ?? ''))))),
  );
}

// The details panel: name, type, stages and capabilities with levels, assumptions with certainty, links,
// source line and Turtle of the selected node; for a stage, capability or assumption, its projects.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { NODE_COLORS, type NodeType } from '../../../src/projection/projection-spec.js';
import { type Store, select } from '../actions.js';
import type { RdfData } from '../rdf-data.js';
import { clear, el, GLYPH, safeLink } from './dom.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

const TYPE_NAMES: Record<string, string> = { project: 'Project', stage: 'Lifecycle stage', capability: 'Capability', assumption: 'Security assumption', paper: 'Paper' };
const LINKS: ReadonlyArray<[string, string]> = [['whitepaper', 'Whitepaper'], ['documentation', 'Docs'], ['sourceCode', 'Code'], ['paperLink', 'Paper'], ['reference', 'Table link']];

export function mountDetailsPanel(root: HTMLElement, graph: Graph, store: Store, rdf: RdfData): () => void {
  let shown: string | undefined | null = null; // null: nothing rendered yet
  const render = (): void => {
    const node = store.get().selected;
    if (node === shown) return;
    shown = node;
    clear(root);
    if (!node || !graph.hasNode(node)) {
      root.append(el('p', {}, 'Select a node in the graph, search for a name, or pick a row in the Matrix tab.'));
      return;
    }
    root.append(...detailsOf(graph, node, store));
    const pre = el('pre', { class: 'turtle', 'data-testid': 'turtle' }, 'loading…');
    root.append(el('h3', {}, 'Turtle'), pre);
    rdf.entityTurtle(node).then(
      (text) => {
        if (shown === node) pre.textContent = text;
      },
      (error: unknown) => {
        pre.textContent = `Could not load the RDF: ${String(error)}`;
      },
    );
  };
  render();
  return store.subscribe(render);
}

function detailsOf(graph: Graph, node: string, store: Store): Node[] {
  const a = graph.getNodeAttributes(node);
  const type = String(a.type);
  const parts: Node[] = [
    el('h2', {}, String(a.label)),
    el('p', {}, el('span', { class: 'badge', style: `background:${NODE_COLORS[type as NodeType] ?? '#6b7280'}` }, TYPE_NAMES[type] ?? type), a.notation ? ` § ${a.notation}` : ''),
  ];
  if (a.altLabels) parts.push(el('p', {}, `Also called: ${String(a.altLabels)}`));
  if (type === 'project' || type === 'paper') parts.push(...projectFacts(graph, node, a, store));
  else parts.push(...conceptFacts(graph, node, type, store));
  parts.push(el('p', { class: 'iri' }, el('small', {}, String(a.iri ?? node))));
  return parts;
}

function projectFacts(graph: Graph, node: string, a: Attributes, store: Store): Node[] {
  const out = (relation: string) => graph.filterOutEdges(node, (_e, ea) => ea.relation === relation).map((e) => ({ target: graph.target(e), attributes: graph.getEdgeAttributes(e) }));
  const targetButton = (key: string): HTMLElement => nodeButton(graph, key, store);
  const parts: Node[] = [];
  const section = (title: string, items: Node[], testid: string): void => {
    parts.push(el('h3', {}, title), items.length > 0 ? el('ul', { 'data-testid': testid }, ...items) : el('p', { 'data-testid': testid }, 'none'));
  };
  section('Lifecycle stages', out('coversStage').map(({ target, attributes }) => el('li', {}, `${GLYPH[attributes.level] ?? ''} `, targetButton(target), ` (${attributes.level})`)), 'stages');
  section('Capabilities', out('hasCapability').map(({ target, attributes }) => el('li', {}, `${GLYPH[attributes.level] ?? ''} `, targetButton(target), ` (${attributes.level})`)), 'capabilities');
  const assumptions = out('reliesOn').map(({ target, attributes }) => el('li', {}, targetButton(target), attributes.certainty === 'possible' ? ' (possibly)' : ' (stated)'));
  section('Security assumptions', assumptions, 'assumptions');
  if (a.securityAssumptionText) parts.push(el('p', {}, 'As written in the survey: ', el('q', {}, String(a.securityAssumptionText))));
  const listed = out('listedUnder');
  if (listed.length > 0) parts.push(el('p', {}, 'Listed under ', ...listed.flatMap(({ target }, i) => [i > 0 ? ', ' : '', targetButton(target)]), a.category ? ` (${String(a.category)})` : ''));
  const links = LINKS.flatMap(([name, text]) => String(a[name] ?? '').split(' ').filter((u) => u !== '').map((url) => el('li', {}, safeLink(url, `${text}: ${url}`))));
  section('Links', links, 'links');
  if (a.sourceLine) parts.push(el('h3', {}, 'Source'), el('p', { 'data-testid': 'source-line' }, `Survey line ${String(a.sourceLine)}`));
  return parts;
}

/** A stage, capability or assumption: the projects linked to it, and its place in the hierarchy. */
function conceptFacts(graph: Graph, node: string, type: string, store: Store): Node[] {
  const relation = type === 'stage' ? 'coversStage' : type === 'capability' ? 'hasCapability' : 'reliesOn';
  const incoming = graph
    .filterInEdges(node, (_e, ea) => ea.relation === relation || ea.relation === 'listedUnder')
    .map((e) => ({ source: graph.source(e), attributes: graph.getEdgeAttributes(e) }))
    .sort((x, y) => String(graph.getNodeAttribute(x.source, 'label')).localeCompare(String(graph.getNodeAttribute(y.source, 'label'))));
  const items = incoming.map(({ source, attributes }) => {
    const how = attributes.relation === 'listedUnder' ? 'listed in its section' : attributes.level ?? (attributes.certainty === 'possible' ? 'possibly' : 'stated');
    return el('li', {}, `${GLYPH[attributes.level] ?? ''} `.trimStart(), nodeButton(graph, source, store), ` (${how})`);
  });
  const broader = graph.filterOutEdges(node, (_e, ea) => ea.relation === 'broader').map((e) => graph.target(e));
  const narrower = graph.filterInEdges(node, (_e, ea) => ea.relation === 'broader').map((e) => graph.source(e));
  const parts: Node[] = [el('h3', {}, `Projects (${new Set(incoming.map((i) => i.source)).size})`), items.length > 0 ? el('ul', { 'data-testid': 'projects' }, ...items) : el('p', { 'data-testid': 'projects' }, 'none')];
  if (broader.length > 0) parts.push(el('p', {}, 'Part of: ', ...broader.flatMap((b, i) => [i > 0 ? ', ' : '', nodeButton(graph, b, store)])));
  if (narrower.length > 0) parts.push(el('p', {}, 'Includes: ', ...narrower.flatMap((n, i) => [i > 0 ? ', ' : '', nodeButton(graph, n, store)])));
  return parts;
}

function nodeButton(graph: Graph, key: string, store: Store): HTMLElement {
  const button = el('button', { class: 'link', type: 'button', 'data-node': key }, String(graph.getNodeAttribute(key, 'label')));
  button.addEventListener('click', () => select(store, key));
  return button;
}

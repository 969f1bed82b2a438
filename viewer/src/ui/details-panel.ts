// The details panel: name, type, stages and capabilities with levels, assumptions with certainty, links, source
// line, a link to the entity's page and its Turtle; for a stage, capability or assumption, its projects. A
// selected node that the filters hide says so, with a one-click way to show it.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { createIriPaths, relativeHref } from '../../../src/linked-data/iri-paths.js';
import { type Store, select, setFilters } from '../actions.js';
import type { Links } from '../compact-graph.js';
import { filtersShowing } from '../filters.js';
import type { RdfData } from '../rdf-data.js';
import { badgeColor } from './colors.js';
import { bdi, clear, el, GLYPH, safeLink } from './dom.js';
import { TYPE_NAMES } from './legend.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

const LINKS: ReadonlyArray<[string, string]> = [['whitepaper', 'Whitepaper'], ['documentation', 'Docs'], ['sourceCode', 'Code'], ['paperLink', 'Paper'], ['reference', 'Table link']];

export interface DetailsContext {
  readonly graph: Graph;
  /** The graph's links, held-back ones included (compact-graph.ts). */
  readonly links: Links;
  readonly store: Store;
  readonly rdf: RdfData;
  /** The nodes drawn now (filters and layers applied). */
  readonly getShown: () => ReadonlySet<string>;
  /** Criteria nearly every project holds. */
  readonly universal: ReadonlySet<string>;
}

export function mountDetailsPanel(root: HTMLElement, context: DetailsContext): () => void {
  const { graph, store, rdf } = context;
  let shown: string | null = null; // what is rendered: node key + whether it is drawn; null before the first render
  const render = (): void => {
    const { selected: node, details } = store.get();
    const hidden = node !== undefined && graph.hasNode(node) && !context.getShown().has(node);
    const key = `${node ?? ''}|${hidden}|${details.type}`; // again once the details are in
    if (key === shown) return;
    shown = key;
    clear(root);
    if (!node || !graph.hasNode(node)) {
      root.append(el('p', {}, 'Select a node in the graph, search for a name, or pick a row in the Matrix tab.'));
      return;
    }
    if (hidden) root.append(hiddenNotice(context, node));
    root.append(...detailsOf(context, node));
    const pre = el('pre', { class: 'turtle', 'data-testid': 'turtle', tabindex: '0', 'aria-label': 'Turtle' }, 'loading…');
    root.append(el('h3', {}, 'Turtle'), pre);
    rdf.entityTurtle(node).then(
      (text) => {
        if (shown === key) pre.textContent = text;
      },
      (error: unknown) => {
        pre.textContent = `Could not load the RDF: ${String(error)}`;
      },
    );
  };
  render();
  return store.subscribe(render);
}

function hiddenNotice({ graph, links, store }: DetailsContext, node: string): HTMLElement {
  const button = el('button', { type: 'button', 'data-testid': 'show-hidden' }, 'Show it');
  button.addEventListener('click', () => setFilters(store, (f) => filtersShowing(graph, f, node, links)));
  return el('p', { class: 'notice', role: 'status', 'data-testid': 'hidden-notice' }, 'The current filters hide this node in the graph. ', button);
}

function detailsOf(context: DetailsContext, node: string): Node[] {
  const { graph } = context;
  const a = graph.getNodeAttributes(node);
  const type = String(a.type);
  const parts: Node[] = [
    el('h2', {}, bdi(String(a.label))),
    el('p', {}, el('span', { class: 'badge', style: `background:${badgeColor(type)}` }, TYPE_NAMES[type] ?? type), a.notation ? ` § ${a.notation}` : ''),
  ];
  if (a.altLabels) parts.push(el('p', {}, 'Also called: ', bdi(String(a.altLabels))));
  if (type === 'project' || type === 'paper') parts.push(...projectFacts(context, node, a));
  else parts.push(...conceptFacts(context, node, type));
  parts.push(el('h3', {}, 'Linked data'), el('p', { class: 'iri' }, entityLink(graph, String(a.iri ?? node))));
  return parts;
}

/** The entity's own page on this site (`project/bittensor.html`, `ontology.html#Compute`), else its IRI as text. */
function entityLink(graph: Graph, iri: string): Node {
  const place = createIriPaths(String(graph.getAttribute('base') ?? 'https://w3id.org/deai/')).iriToPlace(iri);
  if (!place) return el('small', {}, iri);
  const href = `${encodeURI(relativeHref('index', place.path))}.html${place.fragment ? `#${encodeURIComponent(place.fragment)}` : ''}`;
  return el('a', { href, 'data-testid': 'entity-page' }, el('small', {}, iri));
}

function projectFacts(context: DetailsContext, node: string, a: Attributes): Node[] {
  const { links, universal } = context;
  const out = (relation: string) => links.out(node).filter((l) => l.attributes.relation === relation);
  const parts: Node[] = [];
  const section = (title: string, items: Node[], testid: string): void => {
    parts.push(el('h3', {}, title), items.length > 0 ? el('ul', { 'data-testid': testid }, ...items) : el('p', { 'data-testid': testid }, 'none'));
  };
  const level = ({ target, attributes }: { target: string; attributes: Attributes }): HTMLElement =>
    el('li', {}, `${GLYPH[attributes.level] ?? ''} `, nodeButton(context, target), ` (${attributes.level})`, universal.has(target) ? el('small', { class: 'shared' }, ' — nearly every project') : '');
  section('Lifecycle stages', out('coversStage').map(level), 'stages');
  section('Capabilities', out('hasCapability').map(level), 'capabilities');
  const assumptions = out('reliesOn').map(({ target, attributes }) => el('li', {}, nodeButton(context, target), attributes.certainty === 'possible' ? ' (possibly)' : ' (stated)'));
  section('Security assumptions', assumptions, 'assumptions');
  if (a.securityAssumptionText) parts.push(el('p', {}, 'As written in the survey: ', el('q', {}, bdi(String(a.securityAssumptionText)))));
  const listed = out('listedUnder');
  if (listed.length > 0) parts.push(el('p', {}, 'Listed under ', ...listed.flatMap(({ target }, i) => [i > 0 ? ', ' : '', nodeButton(context, target)]), a.category ? ` (${String(a.category)})` : ''));
  // The links (and the assumption text and category above) come with graph.details.json, after the first frame.
  const details = context.store.get().details;
  if (details.type === 'ready') {
    const webLinks = LINKS.flatMap(([name, text]) => String(a[name] ?? '').split(' ').filter((u) => u !== '').map((url) => el('li', {}, safeLink(url, `${text}: ${url}`))));
    section('Links', webLinks, 'links');
  } else parts.push(el('h3', {}, 'Links'), (details.type === 'error' ? el('p', { 'data-testid': 'links', class: 'error' }, details.message) : el('p', { 'data-testid': 'links' }, 'loading…')));
  if (a.sourceLine) parts.push(el('h3', {}, 'Source'), el('p', { 'data-testid': 'source-line' }, `Survey line ${String(a.sourceLine)}`));
  return parts;
}

/** A stage, capability or assumption: the projects linked to it, and its place in the hierarchy. */
function conceptFacts(context: DetailsContext, node: string, type: string): Node[] {
  const { graph, links, universal } = context;
  const relation = type === 'stage' ? 'coversStage' : type === 'capability' ? 'hasCapability' : 'reliesOn';
  const incoming = links
    .in(node)
    .filter((l) => l.attributes.relation === relation || l.attributes.relation === 'listedUnder')
    .sort((x, y) => String(graph.getNodeAttribute(x.source, 'label')).localeCompare(String(graph.getNodeAttribute(y.source, 'label'))));
  const items = incoming.map(({ source, attributes }) => {
    const how = attributes.relation === 'listedUnder' ? 'listed in its section' : attributes.level ?? (attributes.certainty === 'possible' ? 'possibly' : 'stated');
    return el('li', {}, `${GLYPH[attributes.level] ?? ''} `.trimStart(), nodeButton(context, source), ` (${how})`);
  });
  const broader = links.out(node).filter((l) => l.attributes.relation === 'broader').map((l) => l.target);
  const narrower = links.in(node).filter((l) => l.attributes.relation === 'broader').map((l) => l.source);
  const parts: Node[] = [];
  if (universal.has(node)) parts.push(el('p', { class: 'notice' }, 'Nearly every project holds this criterion (more than 80% of the table), so its links are drawn only while it is selected or the “Shared criteria” layer is on.'));
  parts.push(el('h3', {}, `Projects (${new Set(incoming.map((i) => i.source)).size})`), items.length > 0 ? el('ul', { 'data-testid': 'projects' }, ...items) : el('p', { 'data-testid': 'projects' }, 'none'));
  if (broader.length > 0) parts.push(el('p', {}, 'Part of: ', ...broader.flatMap((b, i) => [i > 0 ? ', ' : '', nodeButton(context, b)])));
  if (narrower.length > 0) parts.push(el('p', {}, 'Includes: ', ...narrower.flatMap((n, i) => [i > 0 ? ', ' : '', nodeButton(context, n)])));
  return parts;
}

function nodeButton({ graph, store }: DetailsContext, key: string): HTMLElement {
  const button = el('button', { class: 'link', type: 'button', 'data-node': key }, bdi(String(graph.getNodeAttribute(key, 'label'))));
  button.addEventListener('click', () => select(store, key));
  return button;
}

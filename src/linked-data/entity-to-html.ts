// An entity document → an HTML page: its facts, links to its neighbours (relative URLs), inbound links, its JSON-LD.
import type { Quad, Term } from '@rdfjs/types';
import { checkedQuads } from '../vocab/is-iri.js';
import { PREFIXES, RDF, RDFS, SKOS, XSD } from '../vocab/namespaces.js';
import type { EntityDocument, EntityIndex } from './entity-index.js';
import { escapeHtml, jsonForScript } from './html-text.js';
import { relativeHref, rootHref } from './iri-paths.js';

/** `iri`: links are the IRIs' own paths (the server); `html-file`: links name the `.html` files (a static host, file://). */
export type LinkStyle = 'iri' | 'html-file';

export interface PageOptions {
  readonly links: LinkStyle;
  /** The document as JSON-LD, embedded in the page for machines that read HTML. */
  readonly jsonld: string;
  /** The site's title, shown in the header. */
  readonly siteTitle: string;
  /** Link the SPARQL endpoint (only the server has one). */
  readonly sparql?: boolean;
  /** IRIs the viewer draws: those pages get a "show in the graph" link. */
  readonly viewerNodes?: ReadonlySet<string>;
  /** Inbound links listed per property before "and N more". Default 50. */
  readonly maxInbound?: number;
}

/** Properties shown first, in this order; the rest follow by label. */
const FIRST = [RDF('type'), RDFS('label'), SKOS('prefLabel'), SKOS('altLabel'), SKOS('definition'), RDFS('comment')];
const PLAIN_DATATYPES = new Set([XSD('string'), RDF('langString'), XSD('integer')]);

/**
 * Names and literals are isolated (`<bdi>`, U+2068…U+2069 in the title): a name holding a right-to-left override
 * cannot reorder the text around it, so "Evil\u202Egnp.exe" shows as written, not as "Evilexe.png".
 */
export function entityToHtml(doc: EntityDocument, index: EntityIndex, options: PageOptions): string {
  const [before, after] = entityToHtmlParts(doc, index, options);
  return `${before}${jsonForScript(JSON.stringify(JSON.parse(options.jsonld)))}${after}`;
}

/**
 * The page around its embedded JSON-LD: the text before the script's content and after it (a named graph's page
 * streams its JSON-LD in between: src/site/graph-document-pages.ts).
 */
export function entityToHtmlParts(doc: EntityDocument, index: EntityIndex, options: Omit<PageOptions, 'jsonld'>): [before: string, after: string] {
  // The last line of defence: an IRI that is not one is written into no href (InvalidIriError).
  checkedQuads(doc.quads);
  const page = createPage(doc, index, options);
  const title = index.label(doc.iri) ?? (doc.kind === 'graph' ? `Named graph ${doc.path.split('/').at(-1) as string}` : doc.path);
  const last = doc.path.split('/').at(-1) as string;
  const root = rootHref(doc.path) + (options.links === 'html-file' ? 'index.html' : '');
  const sections = doc.kind === 'graph' ? [page.members()] : doc.subjects.map((iri) => page.section(iri));
  if (!doc.subjects.includes(doc.iri)) sections.unshift(`<section><h1><bdi>${escapeHtml(title)}</bdi></h1><p class="iri"><code>${escapeHtml(doc.iri)}</code></p></section>`);
  const head = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>\u2068${escapeHtml(title)}\u2069 · ${escapeHtml(options.siteTitle)}</title>`,
    `<link rel="alternate" type="text/turtle" href="${escapeHtml(last)}.ttl">`,
    `<link rel="alternate" type="application/ld+json" href="${escapeHtml(last)}.jsonld">`,
    '<script type="application/ld+json">',
  ].join('\n');
  const rest = [
    `</script>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><a href="${escapeHtml(root)}">${escapeHtml(options.siteTitle)}</a>${options.sparql ? ` · <a href="${escapeHtml(rootHref(doc.path))}sparql">SPARQL endpoint</a>` : ''}</header>`,
    '<main>',
    ...sections,
    '</main>',
    `<footer>This page as <a href="${escapeHtml(last)}.ttl">Turtle</a> · <a href="${escapeHtml(last)}.jsonld">JSON-LD</a>; IRI <code>${escapeHtml(doc.iri)}</code></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return [head, rest];
}

function createPage(doc: EntityDocument, index: EntityIndex, options: Omit<PageOptions, 'jsonld'>) {
  const maxInbound = options.maxInbound ?? 50;
  const suffix = options.links === 'html-file' ? '.html' : '';

  const display = (iri: string): string => index.label(iri) ?? prefixed(iri) ?? iri;

  /** A link to an IRI: relative when it is served here, absolute for http(s) elsewhere, plain text otherwise. */
  const link = (iri: string): string => {
    const text = `<bdi>${escapeHtml(display(iri))}</bdi>`;
    const place = index.paths.iriToPlace(iri);
    if (place && index.documentOf(iri)) {
      const fragment = place.fragment === undefined ? '' : `#${place.fragment}`;
      const href = place.path === doc.path && fragment ? fragment : relativeHref(doc.path, place.path) + suffix + fragment;
      return `<a href="${escapeHtml(href)}" title="${escapeHtml(iri)}">${text}</a>`;
    }
    if (/^https?:\/\//i.test(iri)) return `<a href="${escapeHtml(iri)}" rel="noopener noreferrer" title="${escapeHtml(iri)}">${text}</a>`;
    return `<code>${text}</code>`;
  };

  const value = (term: Term): string => {
    if (term.termType === 'NamedNode') return link(term.value);
    if (term.termType !== 'Literal') return `<code>${escapeHtml(term.value)}</code>`;
    const lang = term.language ? ` <span class="tag">@${escapeHtml(term.language)}</span>` : '';
    const type = !term.language && !PLAIN_DATATYPES.has(term.datatype.value) ? ` <span class="tag">${escapeHtml(prefixed(term.datatype.value) ?? term.datatype.value)}</span>` : '';
    return `<bdi class="literal">${escapeHtml(term.value)}</bdi>${lang}${type}`;
  };

  const rows = (groups: Map<string, Term[]>, limit: number): string =>
    [...groups.entries()]
      .sort(([a], [b]) => propertyOrder(a) - propertyOrder(b) || compare(display(a), display(b)))
      .map(([predicate, terms]) => {
        const items = terms.map((t) => ({ t, text: t.termType === 'NamedNode' ? display(t.value) : t.value })).sort((x, y) => compare(x.text, y.text));
        const shown = items.slice(0, limit).map(({ t }) => `<li>${value(t)}</li>`);
        if (items.length > limit) shown.push(`<li class="more">… and ${items.length - limit} more</li>`);
        return `<tr><th scope="row">${link(predicate)}</th><td><ul>${shown.join('')}</ul></td></tr>`;
      })
      .join('\n');

  return {
    /** A named graph: how big it is and what it describes (its triples are in the .ttl and .jsonld beside it). */
    members(): string {
      return [
        '<section>',
        `<p>A named graph of ${doc.quads.length} triples about ${doc.subjects.length} resources (named in <code>deai.trig</code> and <code>deai.nq</code>). Its triples: <a href="${escapeHtml(doc.path.split('/').at(-1) as string)}.ttl">Turtle</a>.</p>`,
        `<ul class="members">${doc.subjects.map((iri) => `<li>${link(iri)}</li>`).join('')}</ul>`,
        '</section>',
      ].join('\n');
    },
    section(iri: string): string {
      const own = doc.quads.filter((q) => q.subject.value === iri);
      const facts = groupBy(own, (q) => q.predicate.value, (q) => q.object);
      const inbound = groupBy(index.incoming(iri), (q) => q.predicate.value, (q) => q.subject);
      const fragment = index.paths.iriToPlace(iri)?.fragment;
      const heading = iri === doc.iri ? 'h1' : 'h2';
      const types = (facts.get(RDF('type')) ?? []).map((t) => link(t.value)).join(', ');
      const graphLink = options.viewerNodes?.has(iri)
        ? ` · <a href="${escapeHtml(rootHref(doc.path) + (suffix ? 'index.html' : ''))}#node=${escapeHtml(encodeURIComponent(iri))}">show in the graph</a>`
        : '';
      return [
        `<section${fragment ? ` id="${escapeHtml(fragment)}"` : ''}>`,
        `<${heading}><bdi>${escapeHtml(index.label(iri) ?? prefixed(iri) ?? iri)}</bdi></${heading}>`,
        `<p class="iri"><code>${escapeHtml(iri)}</code>${types ? ` · a ${types}` : ''}${graphLink}</p>`,
        facts.size > 0 ? `<table class="facts">\n${rows(facts, Number.POSITIVE_INFINITY)}\n</table>` : '',
        inbound.size > 0 ? `<h3>Linked from</h3>\n<table class="inbound">\n${rows(inbound, maxInbound)}\n</table>` : '',
        '</section>',
      ]
        .filter((line) => line !== '')
        .join('\n');
    },
  };
}

function groupBy(quads: readonly Quad[], key: (q: Quad) => string, item: (q: Quad) => Term): Map<string, Term[]> {
  const groups = new Map<string, Term[]>();
  for (const q of quads) {
    const list = groups.get(key(q));
    if (list) list.push(item(q));
    else groups.set(key(q), [item(q)]);
  }
  return groups;
}

function propertyOrder(iri: string): number {
  const at = FIRST.indexOf(iri);
  return at < 0 ? FIRST.length : at;
}

function compare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** `deai:Project` for a term of a known namespace with a simple local name. */
function prefixed(iri: string): string | undefined {
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    const local = iri.slice(ns.length);
    if (iri.startsWith(ns) && /^[A-Za-z_][\w-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return undefined;
}

const STYLE = [
  'body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2433}',
  'header,footer{padding:.6rem 1.2rem;background:#f2f4f8}main{padding:0 1.2rem;max-width:70rem}',
  'section{border-bottom:1px solid #e3e6ec;padding:.4rem 0 1rem}h1,h2{margin:.6rem 0 .2rem}h3{margin:.8rem 0 .2rem;font-size:1rem}',
  '.iri{color:#555;margin:.2rem 0 .6rem}code{font-size:.85em;word-break:break-all}',
  'table{border-collapse:collapse;width:100%}th{text-align:left;vertical-align:top;width:14rem;padding:.25rem .6rem .25rem 0;font-weight:600}',
  'td{padding:.25rem 0}ul{list-style:none;margin:0;padding:0}li{display:inline}li+li:before{content:" · ";color:#999}',
  '.tag{color:#777;font-size:.8em}.more{color:#777}a{color:#1a56c4}bdi{unicode-bidi:isolate}',
].join('');

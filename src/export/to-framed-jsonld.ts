// Quads → framed JSON-LD: one object per project with its assessments and listings embedded, the context embedded.
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DEAI, RDF } from '../vocab/namespaces.js';
import { type JsonLdContext, quadsToJsonLdNodes, refuseRemoteDocuments } from './to-jsonld.js';

const PARTS = [DEAI('assessment'), DEAI('listing')];

/** The frame: every deai:Project at the top, its deai:assessment and deai:listing objects embedded in full. */
export function projectFrame(context: JsonLdContext): Record<string, unknown> {
  return {
    '@context': context['@context'] ?? context,
    '@type': DEAI('Project'),
    ...Object.fromEntries(PARTS.map((p) => [p, { '@embed': '@always' }])),
  };
}

/**
 * The framed view holds exactly the triples of the projects and of their assessments and listings; whatever they
 * point at (stages, capabilities, assumptions, table columns, the survey) stays a reference by IRI. JSON-LD
 * framing embeds whatever it finds inside an embedded object, so the input is cut to those subjects first.
 * Papers, the survey and the dataset description are not in this view; the compacted form has them all.
 */
export function projectQuads(quads: readonly Quad[]): Quad[] {
  const projects = new Set(quads.filter((q) => q.predicate.value === RDF('type') && q.object.value === DEAI('Project')).map((q) => q.subject.value));
  const parts = new Set(quads.filter((q) => projects.has(q.subject.value) && PARTS.includes(q.predicate.value)).map((q) => q.object.value));
  return quads.filter((q) => projects.has(q.subject.value) || parts.has(q.subject.value));
}

export async function quadsToFramedJsonLd(quads: Iterable<Quad>, context: JsonLdContext): Promise<string> {
  const nodes = await quadsToJsonLdNodes(projectQuads([...quads]));
  const options = { documentLoader: refuseRemoteDocuments, embed: '@never', omitDefault: true, omitGraph: false } as unknown as jsonld.Options.Frame;
  const framed = await jsonld.frame(nodes as jsonld.NodeObject[], projectFrame(context) as Parameters<typeof jsonld.frame>[1], options);
  return `${JSON.stringify(framed, null, 2)}\n`;
}

// ontology/context.jsonld declares JSON-LD 1.1 only when it uses a 1.1 feature: JSON-LD 1.0 readers (Apache Jena's
// default, jsonld-java, older RDF4J) refuse "@version": 1.1 outright, so a needless declaration locks them out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Term-definition keys and containers that JSON-LD 1.0 does not have (JSON-LD 1.1, §4.1 and "Changes since 1.0"). */
const KEYS_1_1 = ['@protected', '@propagate', '@import', '@nest', '@prefix', '@context', '@direction', '@included', '@json'];
const CONTAINERS_1_1 = ['@id', '@type', '@graph'];

/** The 1.1 features a context uses, as `term: feature`. */
function featuresOf11(context: Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const [term, definition] of Object.entries(context)) {
    if (KEYS_1_1.includes(term)) found.push(term);
    if (definition === null || typeof definition !== 'object') continue;
    const d = definition as Record<string, unknown>;
    for (const key of KEYS_1_1) if (key in d) found.push(`${term}: ${key}`);
    const container = d['@container'];
    if (Array.isArray(container)) found.push(`${term}: @container as an array`);
    else if (typeof container === 'string' && CONTAINERS_1_1.includes(container)) found.push(`${term}: @container ${container}`);
    if (d['@type'] === '@json' || d['@type'] === '@none') found.push(`${term}: @type ${String(d['@type'])}`);
  }
  return found;
}

describe('The JSON-LD context (ontology/context.jsonld)', () => {
  const context = (JSON.parse(readFileSync('ontology/context.jsonld', 'utf8')) as { '@context': Record<string, unknown> })['@context'];

  it('should use only JSON-LD 1.0 features, and so not declare "@version": 1.1', () => {
    expect(featuresOf11(context)).toEqual([]);
    expect(context['@version']).toBeUndefined();
  });

  it('should recognise a 1.1 feature when there is one', () => {
    expect(featuresOf11({ '@protected': true, a: { '@id': 'x:a', '@container': '@id' }, b: { '@id': 'x:b', '@context': {} }, c: 'x:c' })).toEqual([
      '@protected', 'a: @container @id', 'b: @context',
    ]);
  });
});

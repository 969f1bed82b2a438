// Entity pages: facts and neighbours as relative links, names from the data shown as text, the JSON-LD embedded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, bundledContext } from '../../src/index.js';
import { quadsToEntityIndex } from '../../src/linked-data/entity-index.js';
import { entityToHtml } from '../../src/linked-data/entity-to-html.js';
import { jsonForScript } from '../../src/linked-data/html-text.js';
import { writeRepresentation } from '../../src/linked-data/representations.js';
import { seedGraph } from '../helpers/seed.js';

const PAGE = { siteTitle: 'DeAI', jsonld: '{"@id":"x"}' };
const seed = seedGraph();
const index = quadsToEntityIndex(seed.quads, seed.base, seed.ontology.quads);
const doc = (path: string) => {
  const found = index.documentAt(path);
  if (!found) throw new Error(`no document at ${path}`);
  return found;
};

describe('The entity index', () => {
  it('has one document per IRI under the base, and the whole ontology at /ontology', () => {
    expect(doc('project/bittensor').quads.every((q) => q.subject.value === 'https://w3id.org/deai/project/bittensor')).toBe(true);
    expect(doc('ontology').quads.length).toBe(seed.ontology.quads.length);
    expect(doc('ontology').subjects[0]).toBe('https://w3id.org/deai/ontology');
    expect(index.documentAt('project/no-such-project')).toBeUndefined();
    const subjects = new Set(seed.quads.map((q) => q.subject.value));
    expect(index.documents().filter((d) => d.path !== 'ontology').length).toBe(subjects.size);
  });
});

describe('An entity page', () => {
  it('links neighbours by relative URLs: the IRI paths on the server, the .html files on a static host', () => {
    const served = entityToHtml(doc('project/bittensor'), index, { ...PAGE, links: 'iri' });
    expect(served).toContain('<a href="../ontology#Training" title="https://w3id.org/deai/ontology#Training"><bdi>Training</bdi></a>');
    expect(served).toContain('href="bittensor/assessment/Training"');
    expect(served).toContain('<a href="https://docs.bittensor.com/" rel="noopener noreferrer"');
    const file = entityToHtml(doc('project/bittensor'), index, { ...PAGE, links: 'html-file' });
    expect(file).toContain('<a href="../ontology.html#Training"');
    expect(file).toContain('href="bittensor/assessment/Training.html"');
    expect(file).toContain('<a href="../index.html">DeAI</a>');
  });

  it('names its Turtle and JSON-LD as alternates, and embeds its JSON-LD', () => {
    const html = entityToHtml(doc('project/bittensor'), index, { ...PAGE, links: 'iri' });
    expect(html).toContain('<link rel="alternate" type="text/turtle" href="bittensor.ttl">');
    expect(html).toContain('<link rel="alternate" type="application/ld+json" href="bittensor.jsonld">');
    expect(html).toContain('<script type="application/ld+json">{"@id":"x"}</script>');
  });

  it('gives every ontology term a section its fragment lands on, with the projects that link to it', () => {
    const html = entityToHtml(doc('ontology'), index, { ...PAGE, links: 'iri' });
    const training = html.slice(html.indexOf('<section id="Training">'));
    expect(training.slice(0, training.indexOf('</section>'))).toContain('<a href="project/bittensor" title="https://w3id.org/deai/project/bittensor"><bdi>Bittensor</bdi></a>');
    expect(html).toContain('… and ');
  });

  it('shows a hostile project name as text, in the page and in its embedded JSON-LD', async () => {
    const file = 'test/fixtures/xss-survey.md';
    const graph = buildGraph(readFileSync(file, 'utf8'), { file });
    const hostile = quadsToEntityIndex(graph.quads, graph.base, graph.ontology.quads);
    const page = hostile.documentAt('project/img-src-x-onerror-alert-1');
    if (!page) throw new Error('the hostile project has no page');
    const jsonld = await writeRepresentation('jsonld', { doc: page, index: hostile, context: bundledContext(), page: { links: 'iri', siteTitle: 'DeAI' } });
    const html = entityToHtml(page, hostile, { ...PAGE, links: 'iri', jsonld });
    expect(html).not.toMatch(/<img|<script>alert|<b>/);
    expect(html).toContain('<h1><bdi>&lt;img src=x onerror=alert(1)&gt;</bdi></h1>');
    expect(html).toContain('\\u003cimg src=x onerror=alert(1)\\u003e');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('cannot be closed from inside its JSON-LD', () => {
    const json = JSON.stringify({ name: '</script><script>alert(1)</script><!--' });
    const safe = jsonForScript(json);
    expect(safe).not.toMatch(/[<>]/);
    expect(JSON.parse(safe)).toEqual(JSON.parse(json));
  });
});

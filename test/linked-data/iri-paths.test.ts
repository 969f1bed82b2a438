// IRIs ↔ site paths, and relative links between pages.
import { describe, expect, it } from 'vitest';
import { createIriPaths, relativeHref, rootHref } from '../../src/linked-data/iri-paths.js';

describe('IRI paths', () => {
  const paths = createIriPaths('https://w3id.org/deai/');

  it('maps an IRI under the base to its path, and the ontology\'s hash IRIs to the ontology document', () => {
    expect(paths.iriToPlace('https://w3id.org/deai/project/bittensor')).toEqual({ path: 'project/bittensor' });
    expect(paths.iriToPlace('https://w3id.org/deai/ontology#Training')).toEqual({ path: 'ontology', fragment: 'Training' });
    expect(paths.iriToPlace('https://w3id.org/deai/ontology')).toEqual({ path: 'ontology' });
  });

  it('serves nothing outside the base, the base itself, or a path that could escape the site', () => {
    for (const iri of ['https://example.org/x', 'https://w3id.org/deai/', 'https://w3id.org/deai/a/../b', 'https://w3id.org/deai/a//b', 'https://w3id.org/deai/a?b']) {
      expect(paths.iriToPlace(iri), iri).toBeUndefined();
    }
  });

  it('maps request paths back to IRIs; /ontology is the ontology under any base', () => {
    expect(paths.pathToIris('project/bittensor')).toEqual(['https://w3id.org/deai/project/bittensor']);
    const other = createIriPaths('http://example.org/kg/');
    expect(other.pathToIris('ontology')).toEqual(['https://w3id.org/deai/ontology', 'http://example.org/kg/ontology']);
    expect(other.iriToPlace('https://w3id.org/deai/ontology#Staking')).toEqual({ path: 'ontology', fragment: 'Staking' });
    expect(other.pathToIris('../etc/passwd')).toEqual([]);
  });
});

describe("IRI paths of the vocabulary's documents", () => {
  it('keeps the version IRI and the shapes at their paths under https://w3id.org/deai/, whatever the base', () => {
    const vocabulary = ['https://w3id.org/deai/ontology/0.1.0', 'https://w3id.org/deai/shapes'];
    const other = createIriPaths('http://example.org/kg/', vocabulary);
    expect(other.iriToPlace('https://w3id.org/deai/ontology/0.1.0')).toEqual({ path: 'ontology/0.1.0' });
    expect(other.iriToPlace('https://w3id.org/deai/shapes#Project')).toEqual({ path: 'shapes', fragment: 'Project' });
    expect(other.pathToIris('shapes')).toEqual(['https://w3id.org/deai/shapes', 'http://example.org/kg/shapes']);
    expect(other.iriToPlace('https://w3id.org/deai/project/x')).toBeUndefined();
    const same = createIriPaths('https://w3id.org/deai/', vocabulary);
    expect(same.pathToIris('ontology/0.1.0')).toEqual(['https://w3id.org/deai/ontology/0.1.0']);
  });
});

describe('Relative links', () => {
  it('go up and down the path as a browser resolves them', () => {
    expect(relativeHref('project/bittensor', 'ontology')).toBe('../ontology');
    expect(relativeHref('project/bittensor', 'project/bittensor/assessment/Training')).toBe('bittensor/assessment/Training');
    expect(relativeHref('project/bittensor/assessment/Training', 'project/bittensor')).toBe('../../bittensor');
    expect(relativeHref('project/bittensor', 'project/numerai')).toBe('numerai');
    expect(relativeHref('survey', 'survey/column/1')).toBe('survey/column/1');
    expect(relativeHref('ontology', 'a:b')).toBe('./a:b');
  });

  it('resolve to the target from the page\'s URL', () => {
    for (const [from, to] of [['project/bittensor', 'ontology'], ['project/a/assessment/X', 'survey/column/3'], ['dataset', 'dataset/class/Project']]) {
      expect(new URL(relativeHref(from as string, to as string), `http://h/${from}`).pathname).toBe(`/${to}`);
    }
    expect(new URL(rootHref('project/bittensor/assessment/X'), 'http://h/project/bittensor/assessment/X').pathname).toBe('/');
    expect(rootHref('survey')).toBe('./');
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseLabel } from '../../src/resolve/normalise-label.js';
import { slugify } from '../../src/resolve/slugify.js';

describe('slugify', () => {
  it.each([
    ['IO.NET', 'io-net'],
    ['Bittensor', 'bittensor'],
    ['The Graph', 'the-graph'],
    ['0G', '0g'],
    ['Fetch AI', 'fetch-ai'],
    ['  Crème   brûlée!! ', 'creme-brulee'],
    ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
    ['???', 'unnamed'],
  ])('should turn %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('should cut long slugs at a bounded length without a trailing dash', () => {
    const slug = slugify('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('normaliseLabel', () => {
  it('should ignore case, spaces and punctuation', () => {
    expect(normaliseLabel('Proof-of-stake')).toBe(normaliseLabel('proof of STAKE'));
    expect(normaliseLabel('Fetch.ai')).toBe(normaliseLabel('Fetch AI'));
    expect(normaliseLabel('(Delegated) proof-of-stake')).toBe('delegatedproofofstake');
  });
});

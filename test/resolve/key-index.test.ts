// The identity indexes hold hashes, not keys: a hash only says "maybe", so two names whose keys share a hash must stay
// two projects, and every project added under a key must be found again after the table has grown many times.
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/errors.js';
import { parseSurvey } from '../../src/parse/parse-survey.js';
import { hashKey, KeyIndex, StringPool } from '../../src/resolve/key-index.js';
import { parseNameVariants } from '../../src/resolve/name-variants.js';
import { resolveProjects } from '../../src/resolve/resolve-projects.js';

const VARIANTS = parseNameVariants(JSON.stringify({ variants: [], sharedHosts: ['github.com'] }), 'v.json');

describe('KeyIndex', () => {
  it('finds every id added under a key after many rehashes, each once, in ascending order', () => {
    const index = new KeyIndex();
    for (let i = 0; i < 50_000; i++) index.add(`https://p${i}.example/`, i);
    index.add('https://shared.example/', 7);
    index.add('https://shared.example/', 3);
    index.add('https://shared.example/', 7);
    expect(index.size).toBe(50_003);
    expect(index.candidates('https://p49999.example/')).toContain(49_999);
    expect(index.candidates('https://p0.example/')).toContain(0);
    expect(index.candidates('https://shared.example/')).toEqual([3, 7]);
    expect(index.candidates('https://never-added.example/')).not.toContain(12);
  });

  it('gives keys with the same FNV-1a hash the same candidates (callers check the key)', () => {
    // Found by search (the two keys below hash to 1170173810): the index cannot tell them apart by itself.
    expect(hashKey('name:duy')).toBe(1_170_173_810);
    expect(hashKey('name:zbyed')).toBe(1_170_173_810);
    const index = new KeyIndex();
    index.add('name:duy', 0);
    expect(index.candidates('name:zbyed')).toEqual([0]);
  });
});

describe('resolveProjects with colliding name keys', () => {
  it('keeps "Duy" and "Zbyed" (name keys of equal hash) as two projects, each found by its own name', () => {
    const text = ['| Project | Training | Security Assumption |', '|---|---|---|', '| Duy | ● | ? |', '| Zbyed | ○ | ? |', '', '### 3. On-training', '#### 3.1. Industry', '- **Zbyed** [[docs](https://zbyed.example/)]', ''].join('\n');
    const sink = new DiagnosticSink();
    const resolved = resolveProjects(parseSurvey(text, { file: 's.md' }), VARIANTS, sink);
    expect(resolved.projects.map((p) => [p.label, p.slug, p.entries.length])).toEqual([
      ['Duy', 'duy', 0],
      ['Zbyed', 'zbyed', 1],
    ]);
    expect(resolved.byName('duy')?.label).toBe('Duy');
    expect(resolved.byName('ZBYED')?.label).toBe('Zbyed');
    expect(sink.diagnostics).toEqual([]);
  });
});

describe('StringPool', () => {
  it('gives back every string as it was pushed: empty, ASCII, accents, emoji, and one longer than the fast path', () => {
    const pool = new StringPool(2);
    const texts = ['', 'Project 000001 Chain', 'Numéraire', '🙂 Smile AI', 'x'.repeat(5000), 'Ω'.repeat(3000)];
    for (let round = 0; round < 400; round++) for (const text of texts) pool.push(text);
    expect(pool.length).toBe(2400);
    expect([0, 1, 2, 3, 4, 5].map((i) => pool.get(i))).toEqual(texts);
    expect(pool.get(2399)).toBe('Ω'.repeat(3000));
    expect(pool.get(1201)).toBe('Project 000001 Chain');
  });
});

import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedSurveyGraph, openCacheEntry, readCacheEntry, readCacheEntryBytes, surveyCacheDir, surveyCacheKey, writeCacheEntry } from '../../src/node/survey-cache.js';
import { SEED_PATH, seedGraph } from '../helpers/seed.js';

const saved = process.env.DEAI_KG_CACHE_DIR;
afterEach(() => {
  process.env.DEAI_KG_CACHE_DIR = saved;
});

describe('surveyCacheDir', () => {
  it('should use the platform\'s user cache folder, never node_modules', () => {
    expect(surveyCacheDir({}, 'linux', '/home/ada')).toBe('/home/ada/.cache/deai-kg');
    expect(surveyCacheDir({ XDG_CACHE_HOME: '/var/cache/ada' }, 'linux', '/home/ada')).toBe('/var/cache/ada/deai-kg');
    expect(surveyCacheDir({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Caches/deai-kg');
    expect(surveyCacheDir({ LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, 'win32', 'C:\\Users\\ada')).toMatch(/^C:\\Users\\ada\\AppData\\Local[\\/]deai-kg[\\/]Cache$/);
  });

  it('should follow DEAI_KG_CACHE_DIR, and give none when DEAI_KG_CACHE is off', () => {
    expect(surveyCacheDir({ DEAI_KG_CACHE_DIR: '/tmp/x' }, 'linux', '/home/ada')).toBe('/tmp/x');
    expect(surveyCacheDir({ DEAI_KG_CACHE: 'off', DEAI_KG_CACHE_DIR: '/tmp/x' }, 'linux', '/home/ada')).toBeUndefined();
    expect(surveyCacheDir({ DEAI_KG_CACHE: '0' }, 'linux', '/home/ada')).toBeUndefined();
  });
});

describe('The survey cache', () => {
  it('should give an entry back only for the same survey text, name, base and extra inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deai-cache-'));
    const request = { file: 'a.md', markdown: '# x', base: undefined };
    const key = surveyCacheKey(request);
    expect(key.name).toMatch(/^[0-9a-f]{14}$/);
    expect(surveyCacheKey({ ...request })).toEqual(key);
    const entry = { meta: { n: 1 }, texts: { data: 'graph of # x' } };
    writeCacheEntry(dir, 'graph', key, entry);
    expect(readCacheEntry(dir, 'graph', surveyCacheKey({ ...request }))).toEqual(entry);
    // Same length, other text: the same file name, but the stored text differs, so no entry.
    expect(surveyCacheKey({ ...request, markdown: '# y' }).name).toBe(key.name);
    expect(readCacheEntry(dir, 'graph', surveyCacheKey({ ...request, markdown: '# y' }))).toBeUndefined();
    expect(readCacheEntry(dir, 'graph', surveyCacheKey({ ...request, markdown: '# xy' }))).toBeUndefined();
    expect(readCacheEntry(dir, 'graph', surveyCacheKey({ ...request, file: 'b.md' }))).toBeUndefined();
    expect(readCacheEntry(dir, 'graph', surveyCacheKey({ ...request, base: 'http://example.org/' }))).toBeUndefined();
    expect(readCacheEntry(dir, 'graph', surveyCacheKey(request, ['ttl']))).toBeUndefined();
    expect(readCacheEntry(dir, 'build', key)).toBeUndefined();
  });

  it('should compare the stored inputs byte for byte, in UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deai-cache-'));
    const entry = { meta: {}, texts: { data: 'd' } };
    writeCacheEntry(dir, 'graph', { name: 'abcd', inputs: ['Zoë', 'b'] }, entry);
    expect(readCacheEntry(dir, 'graph', { name: 'abcd', inputs: ['Zoë', 'b'] })).toEqual(entry);
    expect(readCacheEntry(dir, 'graph', { name: 'abcd', inputs: ['Zoe', 'b'] })).toBeUndefined();
    expect(readCacheEntry(dir, 'graph', { name: 'abcd', inputs: ['Zoë', 'c'] })).toBeUndefined();
    expect(readCacheEntry(dir, 'graph', { name: 'abcd', inputs: ['Zoë'] })).toBeUndefined();
    // "ë" is two bytes: the header keeps the inputs' lengths in UTF-8 bytes (4 and 1), and the texts follow them.
    const file = readFileSync(join(dir, 'graph-abcd.txt'), 'utf8');
    expect(file).toBe('{"key":"abcd","inputs":[4,1],"meta":{},"texts":[["data",1]]}\nZoëbd');
  });

  it('should read back what it wrote, and nothing from an entry that is damaged or under another key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deai-cache-'));
    const entry = { meta: { n: 1 }, texts: { data: '<a> <b> "\\n😀" .\n', ontology: '' } };
    const key = (name: string) => ({ name, inputs: [] });
    writeCacheEntry(dir, 'graph', key('aaaa'), entry);
    expect(readCacheEntry(dir, 'graph', key('aaaa'))).toEqual(entry);
    // Lengths are in UTF-8 bytes: "😀" is four of them.
    expect(readCacheEntryBytes(dir, 'graph', key('aaaa'))?.texts.data).toEqual(Buffer.from([...'<a> <b> "\\n'].map((c) => c.charCodeAt(0)).concat([0xf0, 0x9f, 0x98, 0x80], [...'" .\n'].map((c) => c.charCodeAt(0)))));
    expect(readCacheEntry(dir, 'graph', key('bbbb'))).toBeUndefined();
    writeFileSync(join(dir, 'graph-cccc.txt'), '{"key":"cccc","inputs":[],"meta":{},"texts":[["data",99]]}\nshort');
    expect(readCacheEntry(dir, 'graph', key('cccc'))).toBeUndefined();
    writeCacheEntry(join(dir, 'graph-aaaa.txt'), 'graph', key('dddd'), entry); // a file where the folder should be: skipped
    expect(readCacheEntry(undefined, 'graph', key('aaaa'))).toBeUndefined();
  });

  it('should read an entry\'s texts only when asked, from the entry it checked even if it was replaced since', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deai-cache-'));
    const key = { name: 'eeee', inputs: ['survey'] };
    writeCacheEntry(dir, 'graph', key, { meta: { n: 1 }, texts: { data: 'first', ontology: 'o' } });
    const opened = openCacheEntry(dir, 'graph', key);
    expect(opened?.meta).toEqual({ n: 1 });
    writeCacheEntry(dir, 'graph', key, { meta: { n: 2 }, texts: { data: 'second', ontology: 'o' } }); // a new file, renamed over it
    expect(Object.fromEntries(Object.entries(opened?.texts() ?? {}).map(([k, v]) => [k, v.toString()]))).toEqual({ data: 'first', ontology: 'o' });
    expect(readCacheEntry(dir, 'graph', key)?.texts).toEqual({ data: 'second', ontology: 'o' });
    expect(openCacheEntry(dir, 'graph', { name: 'eeee', inputs: ['Survey'] })).toBeUndefined();
  });

  it('should keep at most twelve entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deai-cache-'));
    for (let i = 0; i < 15; i++) writeCacheEntry(dir, 'graph', { name: i.toString(16).padStart(4, '0'), inputs: [] }, { meta: { i }, texts: {} });
    expect(readdirSync(dir)).toHaveLength(12);
  });

  it('should give the survey\'s graph as N-Quads with its warnings, the same from the cache as fresh', async () => {
    process.env.DEAI_KG_CACHE_DIR = mkdtempSync(join(tmpdir(), 'deai-cache-'));
    const sizes: number[] = [];
    const fresh = await cachedSurveyGraph(SEED_PATH, undefined, (bytes) => sizes.push(bytes));
    expect(readdirSync(process.env.DEAI_KG_CACHE_DIR)).toHaveLength(1);
    const cached = await cachedSurveyGraph(SEED_PATH, undefined, (bytes) => sizes.push(bytes));
    expect({ ...cached, nquads: cached.nquads() }).toEqual({ ...fresh, nquads: fresh.nquads() });
    const data = new TextDecoder().decode(fresh.nquads().data);
    expect(data.trimEnd().split('\n')).toHaveLength(seedGraph().quads.length);
    // Told once per call, before reading: the N-Quads' bytes when built, the entry's when cached: its header line and
    // the inputs it was made from (the survey, the ontology, the name variants) besides the N-Quads.
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toBe(fresh.nquads().data.length + fresh.nquads().ontology.length);
    const inputs = statSync(SEED_PATH).size + statSync('ontology/deai.ttl').size + statSync('data/name-variants.json').size;
    expect((sizes[1] as number) - (sizes[0] as number) - inputs).toBeGreaterThan(20);
    expect((sizes[1] as number) - (sizes[0] as number) - inputs).toBeLessThan(2000);
    expect(fresh.diagnostics.map((d) => d.code)).toEqual(seedGraph().diagnostics.map((d) => d.code));
  });
});

// Which `deai-kg query` runs start compiling the SPARQL engine before the command-line parser loads (main.ts), and
// that the engine loaded that way answers queries.
import { describe, expect, it } from 'vitest';
import { loadOxigraphInBackground, surveyToStartEarly } from '../../src/node/oxigraph-in-background.js';

const argv = (...args: string[]): string[] => ['/usr/bin/node', '/x/dist/cli/main.js', ...args];

describe('surveyToStartEarly', () => {
  it('starts for a query on the bundled survey or on --survey FILE, in either spelling', () => {
    expect(surveyToStartEarly(argv('query', 'projects-per-stage'), 'B.md')).toBe('B.md');
    expect(surveyToStartEarly(argv('query', '-f', 'csv', 'projects-per-stage'), 'B.md')).toBe('B.md');
    expect(surveyToStartEarly(argv('query', '--survey', 'mine.md', 'q'), 'B.md')).toBe('mine.md');
    expect(surveyToStartEarly(argv('query', '-s', 'mine.md', 'q'), 'B.md')).toBe('mine.md');
    expect(surveyToStartEarly(argv('query', '--survey=mine.md', 'q'), 'B.md')).toBe('mine.md');
  });

  it('leaves every other run to the command', () => {
    expect(surveyToStartEarly(argv('build'), 'B.md')).toBeUndefined();
    expect(surveyToStartEarly(argv('--version'), 'B.md')).toBeUndefined();
    expect(surveyToStartEarly(argv('table', 'query'), 'B.md')).toBeUndefined();
    expect(surveyToStartEarly(argv('query', '--data', 'out/deai.ttl', 'q'), 'B.md')).toBeUndefined();
    expect(surveyToStartEarly(argv('query', '-d', 'out/deai.ttl', 'q'), 'B.md')).toBeUndefined();
    expect(surveyToStartEarly(argv('query', '--endpoint=http://127.0.0.1:8890/sparql', 'q'), 'B.md')).toBeUndefined();
    expect(surveyToStartEarly(argv('query', '--list'), 'B.md')).toBeUndefined();
    expect(surveyToStartEarly(argv('query', '--help'), 'B.md')).toBeUndefined();
  });
});

describe('loadOxigraphInBackground', () => {
  it('compiles the engine once per process, and the engine answers', async () => {
    const first = loadOxigraphInBackground();
    expect(loadOxigraphInBackground()).toBe(first);
    const oxigraph = await first;
    const store = new oxigraph.Store();
    store.load('<urn:a> <urn:p> "x" .\n', { format: 'application/n-triples' });
    expect((store.query('SELECT ?o WHERE { <urn:a> <urn:p> ?o }') as unknown[]).length).toBe(1);
  });
});

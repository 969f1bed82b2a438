// Which survey a query will read, guessed from the arguments before the command line is parsed (cli/early-engine.ts).
import { describe, expect, it } from 'vitest';
import { querySurvey } from '../../src/cli/early-engine.js';
import { BUNDLED } from '../../src/node/package-root.js';

const argv = (...args: string[]): string[] => ['node', 'deai-kg', ...args];

describe('querySurvey', () => {
  it('should give the bundled survey for a query without --survey', () => {
    expect(querySurvey(argv('query', 'projects-per-stage'))).toBe(BUNDLED.survey);
    expect(querySurvey(argv('query', 'SELECT * WHERE { ?s ?p ?o }', '-f', 'csv', '--no-ontology', '-q'))).toBe(BUNDLED.survey);
  });

  it('should follow -s and --survey in each of their spellings', () => {
    expect(querySurvey(argv('query', 'q', '-s', 'my.md'))).toBe('my.md');
    expect(querySurvey(argv('query', '-smy.md', 'q'))).toBe('my.md');
    expect(querySurvey(argv('query', '--survey', 'a.md', 'q'))).toBe('a.md');
    expect(querySurvey(argv('query', '--survey=b.md', 'q'))).toBe('b.md');
  });

  it('should give none when the query reads no survey, or it is not a query', () => {
    expect(querySurvey(argv('query', 'q', '--data', 'out/deai.ttl'))).toBeUndefined();
    expect(querySurvey(argv('query', 'q', '-d', 'out/deai.ttl'))).toBeUndefined();
    expect(querySurvey(argv('query', 'q', '--data=out/deai.ttl'))).toBeUndefined();
    expect(querySurvey(argv('query', 'q', '--endpoint', 'http://127.0.0.1:8890/sparql'))).toBeUndefined();
    expect(querySurvey(argv('query', '--list'))).toBeUndefined();
    expect(querySurvey(argv('query', '-l'))).toBeUndefined();
    expect(querySurvey(argv('query', '--help'))).toBeUndefined();
    expect(querySurvey(argv('build', '-o', 'out'))).toBeUndefined();
    expect(querySurvey(argv('--version'))).toBeUndefined();
  });

  it('should stop at -- (what follows is the query, not an option)', () => {
    expect(querySurvey(argv('query', '--', '--data'))).toBe(BUNDLED.survey);
  });
});

// A tiny public surface, checked: a change to what `import … from 'deai-kg'` offers must be deliberate.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('The public API', () => {
  it('should export exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BUNDLED', 'DEAI', 'DEFAULT_BASE', 'EXPORT_FORMATS', 'InputError', 'PREFIXES', 'QuerySyntaxError', 'RESULTS_MEDIA_TYPES', 'buildGraph', 'buildGraphFromFile',
      'buildGraphWith', 'bundledContext', 'bundledOntology', 'bundledQueries', 'bundledVariants', 'createEngine', 'diffSurveys', 'diffToJson', 'diffToMarkdown', 'diffToQuads', 'exportFormat', 'formatDiagnostic', 'graphToGraphology', 'graphToTable',
      'graphWithOntology', 'lintSurvey', 'markdownToVersion', 'parseNameVariants', 'parseOntology', 'parseSurvey', 'predeclaredPrefixes', 'quadsToJsonLd', 'quadsToNTriples', 'quadsToTurtle', 'query', 'queryAs',
      'readSurvey', 'resultToJson', 'resultToTable', 'rqToNamedQuery', 'tableToMarkdown', 'usedPrefixes', 'validateGraph',
    ]);
  });

  it('should offer the browser entry the same pipeline without Node-only helpers', async () => {
    const browser = await import('../src/browser.js');
    const nodeOnly = ['BUNDLED', 'EXPORT_FORMATS', 'exportFormat', 'buildGraphFromFile', 'buildGraphWith', 'bundledContext', 'bundledOntology', 'bundledQueries', 'bundledVariants', 'readSurvey', 'validateGraph'];
    expect(Object.keys(browser).sort()).toEqual(Object.keys(api).filter((n) => !nodeOnly.includes(n)).sort());
  });
});

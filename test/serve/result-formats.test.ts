import { describe, expect, it } from 'vitest';
import { chooseResultFormat, firstRows } from '../../src/serve/result-formats.js';
import { wantsHtml } from '../../src/serve/sparql-endpoint.js';

describe('firstRows', () => {
  it('should cut CSV at record ends, never inside a quoted field with a line break', () => {
    const csv = 'x\r\n"a\r\nb"\r\nc\r\nd\r\n';
    expect(firstRows(csv, 'text/csv', 2)).toEqual({ body: 'x\r\n"a\r\nb"\r\nc\r\n', truncated: true });
    expect(firstRows(csv, 'text/csv', 3)).toEqual({ body: csv, truncated: false });
  });

  it('should cut TSV at line ends', () => {
    expect(firstRows('?x\n1\n2\n', 'text/tab-separated-values', 1)).toEqual({ body: '?x\n1\n', truncated: true });
    expect(firstRows('?x\n', 'text/tab-separated-values', 1)).toEqual({ body: '?x\n', truncated: false });
  });

  it('should cut XML before the first result too many and close the document', () => {
    const xml = '<?xml version="1.0"?><sparql><head/><results><result>1</result><result>2</result></results></sparql>';
    expect(firstRows(xml, 'application/sparql-results+xml', 1)).toEqual({ body: '<?xml version="1.0"?><sparql><head/><results><result>1</result></results></sparql>', truncated: true });
    expect(firstRows(xml, 'application/sparql-results+xml', 2).truncated).toBe(false);
  });

  it('should cut JSON bindings', () => {
    const json = '{"head":{"vars":["x"]},"results":{"bindings":[{"x":1},{"x":2}]}}';
    expect(firstRows(json, 'application/sparql-results+json', 1)).toEqual({ body: '{"head":{"vars":["x"]},"results":{"bindings":[{"x":1}]}}', truncated: true });
    expect(firstRows(json, 'application/sparql-results+json', 2)).toEqual({ body: json, truncated: false });
  });
});

describe('Choosing a result format', () => {
  it('should let the engine write SELECT formats and deai-kg write graph formats', () => {
    expect(chooseResultFormat('bindings', 'text/csv')).toMatchObject({ mediaType: 'text/csv', engineWrites: 'text/csv' });
    expect(chooseResultFormat('bindings', 'application/json')).toMatchObject({ engineWrites: 'application/sparql-results+json' });
    expect(chooseResultFormat('quads', undefined, 'nt')).toMatchObject({ mediaType: 'application/n-triples' });
    expect(chooseResultFormat('boolean', 'text/csv')).toBeUndefined();
  });

  it('should show HTML to browsers and to format=html, never to a client that accepts anything', () => {
    expect(wantsHtml('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', undefined)).toBe(true);
    expect(wantsHtml('*/*', 'html')).toBe(true);
    expect(wantsHtml('text/html', 'json')).toBe(false);
    expect(wantsHtml('*/*', undefined)).toBe(false);
    expect(wantsHtml(undefined, undefined)).toBe(false);
    expect(wantsHtml('application/sparql-results+json, text/html;q=0.5', undefined)).toBe(false);
  });
});

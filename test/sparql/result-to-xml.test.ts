// SPARQL Query Results XML: the W3C shape, every term kind, and escaping.
import { describe, expect, it } from 'vitest';
import { resultToXml } from '../../src/sparql/result-to-xml.js';

describe('SPARQL results as XML', () => {
  it('writes variables, each kind of term, and leaves unbound variables out of a result', () => {
    const xml = resultToXml({
      type: 'bindings',
      variables: ['s', 'o', 'unbound'],
      rows: [
        { s: { type: 'uri', value: 'http://x/a?b=1&c=2' }, o: { type: 'literal', value: 'a <b> & "c"', 'xml:lang': 'en' } },
        { s: { type: 'bnode', value: 'b0' }, o: { type: 'literal', value: '7', datatype: 'http://www.w3.org/2001/XMLSchema#integer' } },
        { o: { type: 'literal', value: 'line\r\nbreak' } },
      ],
    });
    expect(xml).toContain('<sparql xmlns="http://www.w3.org/2005/sparql-results#">');
    expect(xml).toContain('<variable name="unbound"/>');
    expect(xml).toContain('<binding name="s"><uri>http://x/a?b=1&amp;c=2</uri></binding>');
    expect(xml).toContain('<literal xml:lang="en">a &lt;b&gt; &amp; &quot;c&quot;</literal>');
    expect(xml).toContain('<bnode>b0</bnode>');
    expect(xml).toContain('<literal datatype="http://www.w3.org/2001/XMLSchema#integer">7</literal>');
    expect(xml).toContain('<literal>line&#xD;\nbreak</literal>');
    expect(xml).not.toContain('name="unbound"><');
  });

  it('writes an ASK result as a boolean', () => {
    expect(resultToXml({ type: 'boolean', value: false })).toContain('<head/>\n  <boolean>false</boolean>');
  });

  it('refuses a value XML 1.0 cannot carry, by name', () => {
    expect(() => resultToXml({ type: 'bindings', variables: ['x'], rows: [{ x: { type: 'literal', value: 'bell\u0007' } }] })).toThrow(expect.objectContaining({ name: 'UnrepresentableError' }));
  });
});

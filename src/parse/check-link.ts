// Links must be absolute http(s) URLs that can be written as IRIs: they become IRIs, and the viewer makes them clickable.
import { placeIn, type DiagnosticSink } from '../errors.js';
import { linkToIri } from './link-to-iri.js';
import type { SourcePlace } from './survey-types.js';

const ALLOWED = new Set(['http:', 'https:']);

/**
 * Returns the IRI to write for the link (characters an IRI forbids percent-encoded); a link that cannot be one fails,
 * at the bad character when `sourceLine` (the line the link is on) holds the link as written.
 */
export function checkLink(url: string, place: SourcePlace, file: string, sink: DiagnosticSink, sourceLine = ''): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !ALLOWED.has(parsed.protocol)) {
    const found = parsed ? `a ${parsed.protocol} link` : 'a link that is not an absolute URL';
    sink.fail('link/not-http', placeIn(file, place), `Found ${found}: "${shorten(url)}"`, 'an absolute http:// or https:// URL');
  }
  const converted = linkToIri(url);
  if ('iri' in converted) return converted.iri;
  const written = sourceLine.indexOf(url, place.column - 1);
  const column = written >= 0 ? written + converted.offset + 1 : place.column;
  sink.fail(
    'link/not-iri',
    { file, line: place.line, column },
    `Link "${shorten(url)}" holds, at character ${converted.offset + 1}, ${converted.problem}`,
    converted.expected,
  );
}

function shorten(url: string): string {
  const visible = url.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > 80 ? `${visible.slice(0, 77)}…` : visible;
}

// Links must be absolute http(s) URLs: they become IRIs, and the viewer makes them clickable.
import { placeIn, type DiagnosticSink } from '../errors.js';
import type { SourcePlace } from './survey-types.js';

const ALLOWED = new Set(['http:', 'https:']);

export function checkLink(url: string, place: SourcePlace, file: string, sink: DiagnosticSink): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed && ALLOWED.has(parsed.protocol)) return;
  const found = parsed ? `a ${parsed.protocol} link` : 'a link that is not an absolute URL';
  sink.fail(
    'link/not-http',
    placeIn(file, place),
    `Found ${found}: "${url.length > 80 ? `${url.slice(0, 77)}…` : url}"`,
    'an absolute http:// or https:// URL',
  );
}

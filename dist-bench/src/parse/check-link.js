// Links must be absolute http(s) URLs: they become IRIs, and the viewer makes them clickable.
import { placeIn } from '../errors.js';
const ALLOWED = new Set(['http:', 'https:']);
export function checkLink(url, place, file, sink) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        parsed = undefined;
    }
    if (parsed && ALLOWED.has(parsed.protocol))
        return;
    const found = parsed ? `a ${parsed.protocol} link` : 'a link that is not an absolute URL';
    sink.fail('link/not-http', placeIn(file, place), `Found ${found}: "${url.length > 80 ? `${url.slice(0, 77)}…` : url}"`, 'an absolute http:// or https:// URL');
}

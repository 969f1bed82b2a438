// Text into HTML: every string from the data goes through one of these, never into markup raw.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` become \u escapes (only legal inside
 * JSON strings, which is the only place they can occur), so no data can close the script element or open a comment.
 */
export function jsonForScript(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * JSON text → the same without whitespace between tokens, chunk by chunk (a chunk may end anywhere, inside a string
 * or an escape): what JSON.stringify(JSON.parse(text)) gives for text that JSON.stringify wrote, without parsing it
 * (a named graph's JSON-LD at 10k projects is 80 MB, its parsed form gigabytes).
 */
export function jsonMinifier(): (chunk: string) => string {
  let inString = false;
  let escaped = false;
  return (chunk) => {
    let out = '';
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
      } else if (c === 0x22) inString = true;
      else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        out += chunk.slice(from, i);
        from = i + 1;
      }
    }
    return out + chunk.slice(from);
  };
}

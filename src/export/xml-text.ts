// Guards for the XML-based exports (RDF/XML, GEXF, GraphML): what XML 1.0 cannot carry, and the one character writers forget.

/** Thrown when the graph holds text that a format cannot represent; the CLI reports it and exits 2. */
export class UnrepresentableError extends Error {
  override readonly name = 'UnrepresentableError';
}

// C0 controls other than tab, LF and CR, U+FFFE/U+FFFF and unpaired surrogates: not characters of XML 1.0.
// With the u flag a surrogate range matches only unpaired surrogates (pairs are read as one code point).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** Throws UnrepresentableError naming the value and the character when `text` cannot be written in XML 1.0. */
export function assertXmlText(text: string, format: string, where: string): void {
  const found = NOT_XML.exec(text);
  if (!found) return;
  const code = `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new UnrepresentableError(
    `${format} cannot carry ${where} ${JSON.stringify(text)}: XML 1.0 has no way to write ${code}. Remove the character from the survey, or export to ttl, nt or jsonld.`,
  );
}

/**
 * A raw carriage return in XML text or attribute values comes back as a line feed or a space (XML end-of-line and
 * attribute-value normalisation). Serialisers that emit it raw are fixed by writing it as a character reference;
 * writers use "\n" for their own line breaks, so every raw "\r" in their output belongs to a value.
 */
export function escapeCarriageReturns(xml: string): string {
  return xml.includes('\r') ? xml.replace(/\r/g, '&#xD;') : xml;
}

// Footnote markers in survey text ("Decentralization[^2]", "ZKP + FHE[^3] + MPC"): found, and taken out of names.

export interface FootnoteMarker {
  /** The marker's label: "2" for [^2]. */
  readonly label: string;
  /** Offset of the marker in the text it was found in. */
  readonly offset: number;
  /** The words the marker is glued to, back to the previous separator ("FHE" in "ZKP + FHE[^3] + MPC"). */
  readonly after: string;
}

const MARKER = /\[\^([^\]\s]+)\]/g;

/** The markers in `text`, in order. */
export function footnoteMarkers(text: string): FootnoteMarker[] {
  const markers: FootnoteMarker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const before = text.slice(0, m.index).replace(MARKER, '');
    const after = /([^,;+&/|()[\]]*)$/.exec(before)?.[1]?.replace(/\*+/g, '').trim() ?? '';
    markers.push({ label: m[1] as string, offset: m.index as number, after });
  }
  return markers;
}

/** `text` without its footnote markers: "Decentralization[^2]" → "Decentralization". */
export function withoutMarkers(text: string): string {
  // The same string when there is nothing to take out: a name kept twice (label and cell) costs nothing.
  if (!text.includes('[^')) return text;
  return text.replace(MARKER, '').replace(/\s{2,}/g, ' ').trim();
}

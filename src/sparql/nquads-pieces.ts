// N-Quads handed to Oxigraph in pieces of whole lines. Oxigraph copies each text it loads into its own memory, and
// the copy's space stays behind, freed but written, in the store's memory: a snapshot of that memory
// (node/store-snapshot.ts) carried the survey's whole 1.2 MB of N-Quads, a fifth of it. Pieces of 64 KB reuse one
// small space. Only without blank nodes: Oxigraph gives `_:b` in two loads two different blank nodes.

/** `bytes` as pieces of at most about `size` bytes that end at line ends; `bytes` whole if it may hold a blank node. */
export function nquadsPieces(bytes: Uint8Array, size = 65_536): Uint8Array[] {
  if (bytes.length <= size || mayHoldBlankNode(bytes)) return [bytes];
  const pieces: Uint8Array[] = [];
  let from = 0;
  while (from < bytes.length) {
    let to = Math.min(bytes.length, from + size);
    if (to < bytes.length) {
      const lineEnd = bytes.indexOf(10, to - 1);
      to = lineEnd < 0 ? bytes.length : lineEnd + 1;
    }
    pieces.push(bytes.subarray(from, to));
    from = to;
  }
  return pieces;
}

/** Whether "_:" occurs anywhere (in a literal too: then the text is loaded whole, which is always right). */
function mayHoldBlankNode(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0x5f); at >= 0; at = bytes.indexOf(0x5f, at + 1)) if (bytes[at + 1] === 0x3a) return true;
  return false;
}

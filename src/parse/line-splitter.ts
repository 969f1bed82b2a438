// Text arriving in chunks → whole lines. A line ends at "\n", "\r\n" or a lone "\r" (markdown-it reads all three as
// line breaks); a "\r" at the end of a chunk waits for the next chunk, which may begin with its "\n". Nothing here
// decodes bytes: the caller hands on text (src/node/read-lines.ts decodes UTF-8 with a StringDecoder, which keeps a
// character split across two chunks whole).

export class LineSplitter {
  private rest = '';
  private pendingCr = false;

  /** The lines completed by this chunk, without their line breaks. */
  push(chunk: string): string[] {
    const lines: string[] = [];
    let text = this.rest + chunk;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (chunk.startsWith('\n')) text = this.rest + chunk.slice(1);
    }
    this.rest = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      lines.push(text.slice(start, i));
      if (c === 13) {
        if (i + 1 === text.length) {
          this.pendingCr = true;
        } else if (text.charCodeAt(i + 1) === 10) {
          i++;
        }
      }
      start = i + 1;
    }
    this.rest = text.slice(start);
    return lines;
  }

  /** The last line, when the text does not end with a line break (undefined when it does). */
  end(): string | undefined {
    const last = this.rest;
    this.rest = '';
    this.pendingCr = false;
    return last === '' ? undefined : last;
  }
}

/** Lines of a whole text (the same lines a LineSplitter gives chunk by chunk). */
export function textToLines(text: string): { lines: string[]; endsWithBreak: boolean } {
  const splitter = new LineSplitter();
  const lines = splitter.push(text);
  const last = splitter.end();
  if (last !== undefined) lines.push(last);
  return { lines, endsWithBreak: last === undefined };
}

// The N3.js Writer's Turtle and TriG with statement ends spaced: what deai-kg wrote before src/export/turtle-lines.ts,
// kept as the reference the tests compare that writer against.
// The N3.js Writer for Turtle and TriG, with a space before every statement's final "." (`deai:sourceLine 37 .`).
// N3.js writes `37.`: legal Turtle, but older lexers (Virtuoso 7.2's bulk loader and Graph Store) read `37.` as the
// decimal "37." and then miss the statement's end ("SP029 … syntax error"). A space ends the number for every reader.
import { Writer, type WriterOptions } from 'n3';

/** Where the Writer's text goes; N3.js calls write(chunk, encoding, done) and end(done). */
export interface WriterOutput {
  write(chunk: string): void;
  end(): void;
}

/**
 * A statement's "." is the only "." that a real newline follows: N3.js escapes newlines inside literals and IRIs,
 * and writes numbers in short form only when they end in a digit. So every ".\n" becomes " .\n" (prefix lines too).
 */
export function spaceStatementEnds(chunk: string): string {
  return chunk.includes('.\n') ? chunk.replaceAll('.\n', ' .\n') : chunk;
}

/** A Turtle or TriG Writer that passes its text, statement ends spaced, to `output`. */
export function turtleWriter(output: WriterOutput, options: WriterOptions & { format: 'text/turtle' | 'application/trig' }): Writer {
  const stream = {
    write: (chunk: string, _encoding?: string, done?: () => void) => {
      output.write(spaceStatementEnds(chunk));
      done?.();
    },
    end: (done?: (error: Error | null, result: string) => void) => {
      output.end();
      done?.(null, '');
    },
  };
  return new Writer(stream as never, options);
}

/** The whole text of a Turtle or TriG document: `write` adds the quads to the Writer it is given. */
export function turtleString(options: WriterOptions & { format: 'text/turtle' | 'application/trig' }, write: (writer: Writer) => void): Promise<string> {
  const parts: string[] = [];
  const writer = turtleWriter({ write: (chunk) => void parts.push(chunk), end: () => undefined }, options);
  write(writer);
  return new Promise((resolve, reject) => writer.end((error) => (error ? reject(error) : resolve(parts.join('')))));
}

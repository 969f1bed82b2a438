// Input errors and warnings, each tied to a place in a file; one formatter for all of them.

/** A 1-based line/column place in a source file. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The place of a record in a file: only its line and column are kept. */
export function placeIn(file: string, at: { readonly line: number; readonly column: number }): Place {
  return { file, line: at.line, column: at.column };
}

/** A problem found in the input. `severity` warning never stops a build; error always does; note is for lint hints. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning' | 'note';
  /** Stable machine-readable code, e.g. `table/extra-cell`. Tests check this, not the wording. */
  readonly code: string;
  readonly place: Place;
  /** What is wrong, as found. */
  readonly message: string;
  /** What was expected or how to fix it. */
  readonly expected?: string;
  /** The offending source line with a caret under the fault (see sourceExcerpt), printed under the message. */
  readonly excerpt?: string;
}

/** Thrown for bad input; the CLI prints it without a stack trace and exits 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
  }
}

/** Thrown for bad command-line usage; the CLI exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Thrown when a remote service (a triple store, over HTTP) fails or refuses; the CLI prints the message and exits 1. */
export class RemoteError extends Error {
  override readonly name = 'RemoteError';
}

/** Thrown by a command that found problems (SHACL violations, lint findings) and has reported them; the CLI exits 1. */
export class FindingsError extends Error {
  override readonly name = 'FindingsError';
}

/** `file:line:column: error: what is wrong. Expected what. [code]` — the one format for every message. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.place.file}:${d.place.line}:${d.place.column}`;
  const expected = d.expected ? ` Expected ${d.expected}` : '';
  const excerpt = d.excerpt ? `\n${d.excerpt}` : '';
  return `${where}: ${d.severity}: ${ensureStop(d.message)}${ensureStop(expected)} [${d.code}]${excerpt}`;
}

/** Longest source line quoted whole; a longer one is cut to a window around the fault. */
const EXCERPT_WIDTH = 100;

/**
 * The line of `text` at `line` (1-based), indented two spaces, and under it a caret under `column` (1-based, in code
 * points) repeated `length` times: the shape compilers use, so the fault is found without counting columns.
 */
export function sourceExcerpt(text: string, line: number, column: number, length = 1): string {
  let chars = [...(text.split(/\r\n|\r|\n/)[line - 1] ?? '')];
  let at = Math.min(Math.max(column - 1, 0), chars.length);
  let prefix = '';
  if (chars.length > EXCERPT_WIDTH) {
    const start = Math.max(0, Math.min(at - EXCERPT_WIDTH / 2, chars.length - EXCERPT_WIDTH));
    const tail = start + EXCERPT_WIDTH < chars.length ? '…' : '';
    prefix = start > 0 ? '…' : '';
    chars = [...chars.slice(start, start + EXCERPT_WIDTH), ...(tail ? [tail] : [])];
    at -= start;
  }
  // Tabs stay tabs under the line, so the caret lines up whatever the tab width.
  const pad = chars.slice(0, at).map((c) => (c === '\t' ? '\t' : ' ')).join('');
  const width = Math.max(1, Math.min(length, chars.length - at));
  return `  ${prefix}${chars.join('')}\n  ${prefix ? ' ' : ''}${pad}${'^'.repeat(width)}`;
}

function ensureStop(text: string): string {
  if (text === '') return text;
  return /[.!?)]$/.test(text) ? text : `${text}.`;
}

/** Collects warnings during a pure step so they can be returned next to its result. */
export class DiagnosticSink {
  /** Warnings are appended to `diagnostics` (a new array by default). */
  constructor(readonly diagnostics: Diagnostic[] = []) {}
  warn(code: string, place: Place, message: string, expected?: string): void {
    this.diagnostics.push({ severity: 'warning', code, place, message, ...(expected ? { expected } : {}) });
  }
  fail(code: string, place: Place, message: string, expected?: string): never {
    throw new InputError({ severity: 'error', code, place, message, ...(expected ? { expected } : {}) });
  }
}

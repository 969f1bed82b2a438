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
  return `${where}: ${d.severity}: ${ensureStop(d.message)}${ensureStop(expected)} [${d.code}]`;
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

// Messages on stderr: diagnostics in the one format, and plain notes.
import { type Diagnostic, formatDiagnostic } from '../errors.js';

export function reportDiagnostics(diagnostics: readonly Diagnostic[], quiet = false): void {
  if (quiet) return;
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
}

export function note(message: string): void {
  process.stderr.write(`deai-kg: ${message}\n`);
}

/** A warning that is no diagnostic of the input (a store's answer, a risk the user should know of). */
export function warn(message: string): void {
  process.stderr.write(`deai-kg: warning: ${message}\n`);
}

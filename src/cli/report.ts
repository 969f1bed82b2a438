// Messages on stderr: diagnostics in the one format, and plain notes.
import { type Diagnostic, formatDiagnostic } from '../errors.js';

export function reportDiagnostics(diagnostics: readonly Diagnostic[], quiet = false): void {
  if (quiet) return;
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
}

export function note(message: string): void {
  process.stderr.write(`deai-kg: ${message}\n`);
}

// Messages on stderr: diagnostics in the one format, and plain notes; every text for a terminal goes through
// terminalText, so that nothing from the survey or a store (a name, an error body) can drive the terminal.
import { type Diagnostic, formatDiagnostic } from '../errors.js';

/**
 * Control characters shown as escapes: C0 (but line feed and tab), DEL and C1. A name holding ESC "]0;…BEL" would
 * retitle the terminal, ESC "[2J" clear it, a CR overwrite the line it is on (issue 15); as "\x1B" they do nothing.
 */
export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function reportDiagnostics(diagnostics: readonly Diagnostic[], quiet = false): void {
  if (quiet) return;
  for (const d of diagnostics) process.stderr.write(`${terminalText(formatDiagnostic(d))}\n`);
}

export function note(message: string): void {
  process.stderr.write(`deai-kg: ${terminalText(message)}\n`);
}

/** A message on stderr as it is (already prefixed), made safe for the terminal. */
export function message(text: string): void {
  process.stderr.write(`${terminalText(text)}\n`);
}

/** A warning that is no diagnostic of the input (a store's answer, a risk the user should know of). */
export function warn(text: string): void {
  process.stderr.write(`deai-kg: warning: ${terminalText(text)}\n`);
}

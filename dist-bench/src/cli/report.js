// Messages on stderr: diagnostics in the one format, and plain notes.
import { formatDiagnostic } from '../errors.js';
export function reportDiagnostics(diagnostics, quiet = false) {
    if (quiet)
        return;
    for (const d of diagnostics)
        process.stderr.write(`${formatDiagnostic(d)}\n`);
}
export function note(message) {
    process.stderr.write(`deai-kg: ${message}\n`);
}

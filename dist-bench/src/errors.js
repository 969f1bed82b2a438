// Input errors and warnings, each tied to a place in a file; one formatter for all of them.
/** The place of a record in a file: only its line and column are kept. */
export function placeIn(file, at) {
    return { file, line: at.line, column: at.column };
}
/** Thrown for bad input; the CLI prints it without a stack trace and exits 2. */
export class InputError extends Error {
    diagnostic;
    name = 'InputError';
    constructor(diagnostic) {
        super(formatDiagnostic(diagnostic));
        this.diagnostic = diagnostic;
    }
}
/** Thrown for bad command-line usage; the CLI exits 2. */
export class UsageError extends Error {
    name = 'UsageError';
}
/** `file:line:column: error: what is wrong. Expected what. [code]` — the one format for every message. */
export function formatDiagnostic(d) {
    const where = `${d.place.file}:${d.place.line}:${d.place.column}`;
    const expected = d.expected ? ` Expected ${d.expected}` : '';
    return `${where}: ${d.severity}: ${ensureStop(d.message)}${ensureStop(expected)} [${d.code}]`;
}
function ensureStop(text) {
    if (text === '')
        return text;
    return /[.!?)]$/.test(text) ? text : `${text}.`;
}
/** Collects warnings during a pure step so they can be returned next to its result. */
export class DiagnosticSink {
    diagnostics = [];
    warn(code, place, message, expected) {
        this.diagnostics.push({ severity: 'warning', code, place, message, ...(expected ? { expected } : {}) });
    }
    fail(code, place, message, expected) {
        throw new InputError({ severity: 'error', code, place, message, ...(expected ? { expected } : {}) });
    }
}

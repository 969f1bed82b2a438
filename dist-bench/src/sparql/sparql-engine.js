/** A malformed query, with the place the engine reports (1-based). */
export class QuerySyntaxError extends Error {
    line;
    column;
    name = 'QuerySyntaxError';
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}

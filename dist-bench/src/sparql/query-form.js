// The form of a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE), read past the prologue and comments.
const FORMS = new Set(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']);
const UPDATES = new Set(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'DROP', 'CREATE', 'ADD', 'MOVE', 'COPY', 'WITH']);
/** Returns the form ('UPDATE' for SPARQL Update requests), or undefined when no form keyword follows the prologue (the engine then reports the syntax error). */
export function queryForm(sparql) {
    const text = sparql.replace(/<[^<>\s]*>/g, '<>').replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""').replace(/#[^\n]*/g, ' ');
    const words = text.match(/[A-Za-z_][\w-]*:?|:/g) ?? [];
    for (let i = 0; i < words.length; i++) {
        const upper = words[i].toUpperCase();
        if (upper === 'PREFIX')
            i++; // skip the prefix name, which may itself read "ask:" or "select:"
        else if (FORMS.has(upper))
            return upper;
        else if (UPDATES.has(upper))
            return 'UPDATE';
    }
    return undefined;
}

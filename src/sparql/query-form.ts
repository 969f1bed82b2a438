// The form of a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE), read past the prologue and comments.

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE' | 'UPDATE';

const FORMS = new Set<string>(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']);
const UPDATES = new Set<string>(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'DROP', 'CREATE', 'ADD', 'MOVE', 'COPY', 'WITH']);

/** Returns the form ('UPDATE' for SPARQL Update requests), or undefined when no form keyword follows the prologue (the engine then reports the syntax error). */
export function queryForm(sparql: string): QueryForm | undefined {
  const text = sparql.replace(/<[^<>\s]*>/g, '<>').replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""').replace(/#[^\n]*/g, ' ');
  const words = text.match(/[A-Za-z_][\w-]*:?|:/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const upper = (words[i] as string).toUpperCase();
    if (upper === 'PREFIX') i++; // skip the prefix name, which may itself read "ask:" or "select:"
    else if (FORMS.has(upper)) return upper as QueryForm;
    else if (UPDATES.has(upper)) return 'UPDATE';
  }
  return undefined;
}

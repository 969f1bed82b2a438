// One quad → one line of canonical N-Triples (N-Quads when its graph is named), byte for byte what the N3.js Writer
// writes in its 'N-Triples' mode (test/export/ntriples-line.test.ts compares them). Written out here because the
// build and `push` write a line per triple, 140M at a million projects: the N3.js Writer re-tests every IRI with a
// regular expression and goes through a stream interface per line, and a group's subject and its few dozen
// predicates repeat on every line, so their encodings are kept.
import type { Quad, Term } from '@rdfjs/types';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
/** What canonical N-Triples escapes: U+0000–U+001F, `"`, `\`, U+007F, U+FFFE and U+FFFF (as N3.js). */
const ESCAPE = /[^ !#-[\]-~\u0080-\uFFFD]/;
const ESCAPE_ALL = /[^ !#-[\]-~\u0080-\uFFFD]/g;
const SHORT: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };

function escapeCharacter(character: string): string {
  return SHORT[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function escaped(text: string): string {
  return ESCAPE.test(text) ? text.replace(ESCAPE_ALL, escapeCharacter) : text;
}

/** Encodes terms, remembering the last subject and the IRIs of the vocabulary (predicates, classes, datatypes). */
export class NTriplesLines {
  private lastSubject: Term | undefined;
  private lastSubjectText = '';
  /** By term object: the mapper shares one object per vocabulary IRI (src/map/terms.ts), so this stays small. */
  private readonly shared = new Map<Term, string>();

  line(q: Quad): string {
    const graph = q.graph.termType === 'DefaultGraph' ? ' .\n' : ` ${this.node(q.graph)} .\n`;
    return `${this.subject(q.subject)} ${this.sharedNode(q.predicate)} ${q.object.termType === 'Literal' ? this.literal(q.object) : this.node(q.object)}${graph}`;
  }

  private subject(term: Term): string {
    if (term !== this.lastSubject) {
      this.lastSubject = term;
      this.lastSubjectText = this.node(term);
    }
    return this.lastSubjectText;
  }

  private sharedNode(term: Term): string {
    let text = this.shared.get(term);
    if (text === undefined) {
      text = this.node(term);
      // Bounded: terms made per quad (not shared) would otherwise grow it without end.
      if (this.shared.size >= 4096) this.shared.clear();
      this.shared.set(term, text);
    }
    return text;
  }

  private node(term: Term): string {
    switch (term.termType) {
      case 'NamedNode':
        return `<${escaped(term.value)}>`;
      case 'BlankNode':
        return `_:${term.value}`;
      case 'Literal':
        return this.literal(term);
      default:
        throw new TypeError(`N-Triples cannot write a ${term.termType} term`);
    }
  }

  private literal(term: Term & { termType: 'Literal' }): string {
    const value = `"${escaped(term.value)}"`;
    if (term.language) {
      const direction = (term as { direction?: string }).direction;
      return `${value}@${term.language}${direction ? `--${direction}` : ''}`;
    }
    return term.datatype.value === XSD_STRING ? value : `${value}^^${this.sharedNode(term.datatype)}`;
  }
}

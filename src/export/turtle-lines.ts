// Quads in order → Turtle (TriG when a graph is named), byte for byte what the N3.js Writer writes with the same
// prefixes once its statement ends are spaced (test/helpers/n3-turtle.ts) (test/export/turtle-lines.test.ts compares them),
// except for an IRI that reads as a prefixed name (`deai:Project`, scheme "deai"): N3.js writes it bare, and readers
// then take it for another IRI; here it is written in full.
// Written out here because `build -f ttl` writes 1.4M triples at 10k projects: the N3.js Writer tests every IRI
// against one regular expression of all the prefixes and passes every triple through a stream call, and the
// spacing pass then scans all of its text again. Predicates, classes and datatypes recur on every other line, so
// their encodings are kept; " ." is written where a statement ends.
import type { Literal, Quad, Term } from '@rdfjs/types';
import { DEFAULT_GRAPH } from '../map/terms.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const XSD_STRING = `${XSD}string`;
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

// What N3.js escapes in Turtle (its `escape`/`escapeAll`): `"`, `\`, U+0000–U+0019 (not U+001A–U+001F, nor U+007F,
// nor U+FFFE/U+FFFF: its class stops there) and characters outside the BMP (surrogate pairs, as \U00XXXXXX). A lone
// surrogate makes the test true but is left as it is.
const ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
const ESCAPE_ALL = /["\\\t\n\r\b\f\u0000-\u0019]|[\ud800-\udbff][\udc00-\udfff]/g;
const SHORT: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };

/** N3.js's `characterReplacer`: short escapes, lower-case hex, `\U` for a surrogate pair. */
function escapeCharacter(character: string): string {
  const short = SHORT[character];
  if (short !== undefined) return short;
  if (character.length === 1) return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const code = ((character.charCodeAt(0) - 0xd800) * 0x400 + character.charCodeAt(1) + 0x2400).toString(16);
  return `\\U${code.padStart(8, '0')}`;
}

function escaped(text: string): string {
  return ESCAPE.test(text) ? text.replace(ESCAPE_ALL, escapeCharacter) : text;
}

/**
 * Text N3.js writes as it is given (blank node labels, language tags) can hold ".\n", which the spacing pass of
 * the N3.js path's spacing would also have spaced. Elsewhere a raw newline cannot occur: values and IRIs are escaped.
 */
function spaced(text: string): string {
  return text.includes('.\n') ? text.replaceAll('.\n', ' .\n') : text;
}

// Which rest of an IRI after a prefix's IRI N3.js writes as a prefixed name: the second group of its
// `_createPrefixRegex`, `([_a-zA-Z0-9](?:\.?[\-_a-zA-Z0-9])*)$` (ASCII only; no "%", no "-" first, no "." last,
// no ".."; at least one character, so the prefix's IRI itself stays `<…>`).
const PREFIXED_LOCAL = /^[_a-zA-Z0-9](?:\.?[\-_a-zA-Z0-9])*$/;
// N3.js writes these datatypes' values bare when they have its short form (its `_encodeLiteral`).
const SHORT_FORM = new Map<string, RegExp>([
  [`${XSD}boolean`, /^(?:true|false)$/],
  [`${XSD}integer`, /^[+-]?\d+$/],
  [`${XSD}decimal`, /^[+-]?\d*\.\d+$/],
  [`${XSD}double`, /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/],
]);

/** Encodings kept, bounded: keys made per quad (not shared) would otherwise grow it without end. */
class Kept<K> {
  private readonly texts = new Map<K, string>();
  find(key: K): string | undefined {
    return this.texts.get(key);
  }
  keep(key: K, text: string): string {
    if (this.texts.size >= 4096) this.texts.clear();
    this.texts.set(key, text);
    return text;
  }
}

/** Groups by length: of strings of one length, at most one is the start of a given string. */
function byLength<T>(items: Iterable<T>, text: (item: T) => string): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const length = text(item).length;
    groups.set(length, [...(groups.get(length) ?? []), item]);
  }
  return groups;
}


/**
 * Turtle for a stream of quads: `header()` once, `quads(…)` for each group, `end()` last. As in N3.js, a quad
 * whose subject is the last one's continues its statement (`;`, or `,` for the same predicate too), whichever
 * call it comes in; a named graph opens a `{ … }` block (TriG). Prefix IRIs must not be empty.
 */
export class TurtleLines {
  /** Prefix IRI → `name:`, in the order given (a later name for the same IRI replaces the earlier, as in N3.js). */
  private readonly prefixes = new Map<string, string>();
  /** Every prefix IRI ends in "/" or "#": an IRI's only candidate is then what ends at its last "/" or "#". */
  private readonly cutAtSeparator: boolean;
  private readonly namespacesByLength: Map<number, [string, string][]>;
  /** Predicates by term object: the mapper shares one object per vocabulary IRI (src/map/terms.ts). */
  private readonly predicates = new Kept<Term>();
  /** IRIs by value: datatypes, and objects written as prefixed names (classes, concepts). */
  private readonly iris = new Kept<string>();
  private subject: Term | null = null;
  private predicate: Term | null = null;
  private graph: Term = DEFAULT_GRAPH;

  constructor(private readonly prefixTable: Readonly<Record<string, string>>) {
    for (const name in prefixTable) this.prefixes.set(prefixTable[name] as string, `${name}:`);
    this.cutAtSeparator = [...this.prefixes.keys()].every((iri) => iri.endsWith('/') || iri.endsWith('#'));
    this.namespacesByLength = byLength(this.prefixes, ([iri]) => iri);
  }

  /** The `@prefix` lines and the blank line after them (nothing without prefixes). */
  header(): string {
    let text = '';
    for (const name in this.prefixTable) text += spaced(`@prefix ${name}: <${this.prefixTable[name]}>.\n`);
    return text === '' ? '' : `${text}\n`;
  }

  /** The text of these quads, following the ones before; the last statement stays open for the next call. */
  quads(quads: readonly Quad[]): string {
    let text = '';
    for (const q of quads) {
      const { subject, predicate, graph } = q;
      if (graph !== this.graph && (!graph.equals(this.graph) || graph.termType !== this.graph.termType)) {
        text += (this.subject === null ? '' : this.graph.termType === 'DefaultGraph' ? ' .\n' : '\n}\n') + (graph.termType === 'DefaultGraph' ? '' : `${this.node(graph)} {\n`);
        this.graph = graph;
        this.subject = null;
      }
      if (subject === this.subject || subject.equals(this.subject)) {
        if (predicate === this.predicate || predicate.equals(this.predicate)) text += `, ${this.object(q.object)}`;
        else text += `;\n    ${this.predicateOf(predicate)} ${this.object(q.object)}`;
      } else {
        text += `${this.subject === null ? '' : ' .\n'}${this.subjectOf(subject)} ${this.predicateOf(predicate)} ${this.object(q.object)}`;
      }
    }
    return text;
  }

  /** What closes the last statement (and its graph block). */
  end(): string {
    if (this.subject === null) return '';
    const text = this.graph.termType === 'DefaultGraph' ? ' .\n' : '\n}\n';
    this.subject = null;
    this.graph = DEFAULT_GRAPH;
    return text;
  }

  private subjectOf(term: Term): string {
    this.subject = term;
    return this.node(term);
  }

  private predicateOf(term: Term): string {
    this.predicate = term;
    return this.predicates.find(term) ?? this.predicates.keep(term, term.termType === 'NamedNode' && term.value === RDF_TYPE ? 'a' : this.node(term));
  }

  private object(term: Term): string {
    if (term.termType === 'Literal') return this.literal(term);
    if (term.termType !== 'NamedNode') return this.node(term);
    const kept = this.iris.find(term.value);
    if (kept !== undefined) return kept;
    // Classes and concepts (prefixed names) recur; instances (IRIs written in full) are mostly written once.
    const iri = escaped(term.value);
    const prefixed = this.prefixed(iri);
    return prefixed === undefined ? `<${iri}>` : this.iris.keep(term.value, prefixed);
  }

  private node(term: Term): string {
    switch (term.termType) {
      case 'NamedNode':
        return this.iri(term.value);
      case 'BlankNode':
        return spaced(`_:${term.value}`);
      case 'Variable':
        return spaced(`?${term.value}`);
      case 'Literal':
        return this.literal(term);
      default:
        throw new TypeError(`deai-kg's Turtle writer cannot write a ${term.termType} term here`);
    }
  }

  /** N3.js's `_encodeIriOrBlank` for an IRI: escaped, then a prefixed name where its rules allow one. */
  private iri(value: string): string {
    const iri = escaped(value);
    return this.prefixed(iri) ?? `<${iri}>`;
  }

  /** An escaped IRI as N3.js writes it when it writes it without `<…>`. */
  private prefixed(iri: string): string | undefined {
    // The regular expression's first part, `^(IRI1|IRI2|…)(local)$`: the first prefix IRI that the IRI starts with
    // and whose rest is a local name. A local name holds no "/" nor "#", hence the shortcut.
    if (this.cutAtSeparator) {
      let cut = iri.length;
      while (cut > 0 && iri.charCodeAt(cut - 1) !== 47 /* / */ && iri.charCodeAt(cut - 1) !== 35 /* # */) cut--;
      const namespace = this.namespacesByLength.get(cut)?.find(([candidate]) => iri.startsWith(candidate));
      if (namespace !== undefined && PREFIXED_LOCAL.test(iri.slice(cut))) return namespace[1] + iri.slice(cut);
    } else {
      for (const [namespace, name] of this.prefixes) {
        if (iri.startsWith(namespace) && PREFIXED_LOCAL.test(iri.slice(namespace.length))) return name + iri.slice(namespace.length);
      }
    }
    // N3.js's regular expression has a second part, `^(?:name1:|name2:|…)`: an IRI that starts with a prefix's name
    // and ":" (the IRI `deai:Project`, scheme "deai") it writes as it is, and every reader then expands it to another
    // IRI (`https://w3id.org/deai/ontology#Project`). Such an IRI is written in full here (`<deai:Project>`).
    return undefined;
  }

  private literal(term: Literal): string {
    if (term.language) {
      const direction = (term as { direction?: string }).direction;
      return `"${escaped(term.value)}"@${spaced(direction ? `${term.language}--${direction}` : term.language)}`;
    }
    const datatype = term.datatype.value;
    if (datatype === XSD_STRING) return `"${escaped(term.value)}"`;
    // N3.js tests the escaped value; escaping adds a "\", which no short form holds, so the value is tested as given.
    if (SHORT_FORM.get(datatype)?.test(term.value)) return term.value;
    return `"${escaped(term.value)}"^^${this.iris.find(datatype) ?? this.iris.keep(datatype, this.iri(datatype))}`;
  }
}

/** The whole Turtle (TriG when a graph is named) of quads already checked (checkedQuads), in the order given. */
export function turtleText(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): string {
  const lines = new TurtleLines(prefixes);
  return lines.header() + lines.quads(quads) + lines.end();
}

// Plain RDF/JS terms for the mapper's output: fields, not getters. The N3.js factory keeps a literal as one id string
// ("value"^^<datatype>) and re-parses it on every read of value, language or datatype; at 14M triples those reads and
// their garbage cost seconds. These terms work wherever RDF/JS terms do (N3.js Writer and Store, Oxigraph, jsonld).
import type { DefaultGraph, Literal, NamedNode, Quad, Quad_Object, Quad_Predicate, Quad_Subject, Term } from '@rdfjs/types';

export class Iri implements NamedNode {
  readonly termType = 'NamedNode' as const;
  constructor(readonly value: string) {}
  equals(other: Term | null | undefined): boolean {
    return !!other && other.termType === 'NamedNode' && other.value === this.value;
  }
}

export class Lit implements Literal {
  readonly termType = 'Literal' as const;
  readonly direction = '' as const;
  constructor(
    readonly value: string,
    readonly language: string,
    readonly datatype: NamedNode,
  ) {}
  equals(other: Term | null | undefined): boolean {
    return !!other && other.termType === 'Literal' && other.value === this.value && other.language === this.language && other.datatype.equals(this.datatype);
  }
}

/** The default graph: one shared term. */
export const DEFAULT_GRAPH: DefaultGraph = {
  termType: 'DefaultGraph',
  value: '',
  equals: (other) => !!other && other.termType === 'DefaultGraph',
};

/**
 * A triple in the default graph. Not N3.js's Quad: loading N3.js for its factory cost `deai-kg build` ~50 ms of
 * start (its index pulls in its stream classes and readable-stream), and the build writes every format itself.
 */
export class Triple implements Quad {
  readonly termType = 'Quad' as const;
  readonly value = '' as const;
  readonly graph = DEFAULT_GRAPH;
  constructor(
    readonly subject: Quad_Subject,
    readonly predicate: Quad_Predicate,
    readonly object: Quad_Object,
  ) {}
  equals(other: Term | null | undefined): boolean {
    return (
      !!other &&
      other.termType === 'Quad' &&
      other.subject.equals(this.subject) &&
      other.predicate.equals(this.predicate) &&
      other.object.equals(this.object) &&
      other.graph.equals(this.graph)
    );
  }
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_LANG_STRING = new Iri('http://www.w3.org/1999/02/22-rdf-syntax-ns#langString');
const XSD_STRING = new Iri(`${XSD}string`);

/** IRIs that recur across the whole graph (predicates, classes, concepts, datatypes): one object each. */
export class IriCache {
  private readonly iris = new Map<string, Iri>();
  get(value: string): Iri {
    let iri = this.iris.get(value);
    if (!iri) this.iris.set(value, (iri = new Iri(value)));
    return iri;
  }
}

export function stringLiteral(value: string, language = ''): Lit {
  return new Lit(value, language.toLowerCase(), language ? RDF_LANG_STRING : XSD_STRING);
}

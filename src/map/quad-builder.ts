// A small collector of quads with helpers for IRIs and typed literals; drops exact duplicates.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { XSD } from '../vocab/namespaces.js';

const { namedNode, literal, quad } = DataFactory;

export type ObjectValue = { iri: string } | { text: string; lang?: string } | { value: string; datatype: string } | number;

export class QuadBuilder {
  private readonly seen = new Set<string>();
  private readonly subjects = new Set<string>();
  readonly quads: Quad[] = [];

  /** Adds subject predicate object; numbers become xsd:integer. */
  add(subject: string, predicate: string, object: ObjectValue): void {
    const o =
      typeof object === 'number'
        ? literal(String(object), namedNode(XSD('integer')))
        : 'iri' in object
          ? namedNode(object.iri)
          : 'text' in object
            ? literal(object.text, object.lang)
            : literal(object.value, namedNode(object.datatype));
    const q = quad(namedNode(subject), namedNode(predicate), o);
    const key = `${subject}\u0000${predicate}\u0000${o.termType}\u0000${o.value}\u0000${o.termType === 'Literal' ? `${o.language}|${o.datatype.value}` : ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.subjects.add(subject);
    this.quads.push(q);
  }

  hasSubject(subject: string): boolean {
    return this.subjects.has(subject);
  }

  iri(subject: string, predicate: string, iri: string): void {
    this.add(subject, predicate, { iri });
  }

  text(subject: string, predicate: string, text: string): void {
    this.add(subject, predicate, { text });
  }
}

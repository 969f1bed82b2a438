// A small collector of one group's quads with helpers for IRIs and typed literals; drops exact duplicates when taken.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { compareQuads } from '../export/sort-quads.js';
import { XSD } from '../vocab/namespaces.js';

const { namedNode, literal, quad } = DataFactory;

export type ObjectValue = { iri: string } | { text: string; lang?: string } | { value: string; datatype: string } | number;

export class QuadBuilder {
  private subjects = new Set<string>();
  private quads: Quad[] = [];

  /** The quads collected so far, sorted (each subject's quads together) without duplicates, and a fresh start. */
  take(): Quad[] {
    const sorted = this.quads.sort(compareQuads);
    // Sorted, a repeated quad sits next to its twin.
    const quads = sorted.filter((q, i) => i === 0 || compareQuads(q, sorted[i - 1] as Quad) !== 0);
    this.subjects = new Set();
    this.quads = [];
    return quads;
  }

  /** How many distinct quads are collected. */
  get size(): number {
    const sorted = this.quads.sort(compareQuads);
    return sorted.filter((q, i) => i === 0 || compareQuads(q, sorted[i - 1] as Quad) !== 0).length;
  }

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
    this.subjects.add(subject);
    this.quads.push(quad(namedNode(subject), namedNode(predicate), o));
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

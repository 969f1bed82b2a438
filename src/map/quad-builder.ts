// A small collector of one group's quads with helpers for IRIs and typed literals; drops exact duplicates when taken.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { compareQuads } from '../export/sort-quads.js';
import { DEAI, XSD } from '../vocab/namespaces.js';
import { Iri, IriCache, Lit, stringLiteral } from './terms.js';

const { quad } = DataFactory;
/** Predicates, datatypes and ontology terms: bounded by the vocabulary, shared by every group. */
const VOCABULARY = new IriCache();
const ONTOLOGY = DEAI('');
const XSD_INTEGER = VOCABULARY.get(XSD('integer'));

export type ObjectValue = { iri: string } | { text: string; lang?: string } | { value: string; datatype: string } | number;

export class QuadBuilder {
  private subjects = new Set<string>();
  private quads: Quad[] = [];

  /** The quads collected so far, sorted (each subject's quads together) without duplicates, and a fresh start. */
  take(): Quad[] {
    const quads = this.distinct();
    this.subjects = new Set();
    this.quads = [];
    this.subject = undefined;
    return quads;
  }

  /** How many distinct quads are collected. */
  get size(): number {
    return this.distinct().length;
  }

  /** Sorted, a repeated quad sits next to its twin. */
  private distinct(): Quad[] {
    const sorted = this.quads.sort(compareQuads);
    return sorted.filter((q, i) => i === 0 || compareQuads(q, sorted[i - 1] as Quad) !== 0);
  }

  /** Adds subject predicate object; numbers become xsd:integer. */
  add(subject: string, predicate: string, object: ObjectValue): void {
    const o =
      typeof object === 'number'
        ? new Lit(String(object), '', XSD_INTEGER)
        : 'iri' in object
          ? object.iri.startsWith(ONTOLOGY)
            ? VOCABULARY.get(object.iri)
            : new Iri(object.iri)
          : 'text' in object
            ? stringLiteral(object.text, object.lang)
            : new Lit(object.value, '', VOCABULARY.get(object.datatype));
    // A subject's quads are added in runs: one term per run, so sorting compares them by identity.
    if (subject !== this.subject?.value) {
      this.subject = new Iri(subject);
      this.subjects.add(subject);
    }
    this.quads.push(quad(this.subject, VOCABULARY.get(predicate), o));
  }

  private subject: Iri | undefined;

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

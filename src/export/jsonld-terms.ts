// The compaction half of jsonld.js (lib/context.js, lib/compact.js) for flat node objects: term definitions,
// the inverse context, term selection, compact IRIs and value compaction, with the same choices jsonld.js makes.
// Context features that flat RDF-derived nodes would need more of (@container, @reverse, @vocab, @base, a default
// @language, scoped contexts…) are refused with an Error rather than half-supported.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** An RDF object as jsonld.js's fromRDF (useNativeTypes) gives it, with "@type": xsd:string dropped. */
export type ExpandedValue = { readonly id: string } | { readonly value: JsonValue; readonly type?: string; readonly language?: string };

interface TermDefinition {
  readonly id: string;
  readonly type?: string;
  readonly language?: string | null;
  readonly prefix: boolean;
  readonly hasColon: boolean;
}

/** inverse[iri]['@none'] of jsonld.js (no containers): preferred term by type and by language. */
interface InverseEntry {
  readonly type: Map<string, string>;
  readonly language: Map<string, string>;
}

const KEYWORDS = new Set(['@base', '@container', '@context', '@default', '@direction', '@embed', '@explicit', '@graph', '@id', '@included', '@index', '@json', '@language', '@list', '@nest', '@none', '@omitDefault', '@prefix', '@preserve', '@protected', '@requireAll', '@reverse', '@set', '@type', '@value', '@version', '@vocab']);
const RESERVED = /^@[a-zA-Z]+$/;
const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/;
const IGNORED_CONTEXT_KEYS = new Set(['@version', '@protected', '@propagate']);
const TERM_KEYS = new Set(['@id', '@type', '@language', '@prefix', '@protected']);

const isKeyword = (v: string): boolean => KEYWORDS.has(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** jsonld.js's compareShortestLeast: shorter first, then code-unit order. */
export const shortestLeast = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

function unsupported(what: string): Error {
  return new Error(`JSON-LD writer: ${what} is not supported in the compaction context`);
}

export class ActiveContext {
  /** The context as it is embedded in the output ("@context"), undefined when it is empty. */
  readonly embedded: JsonValue | undefined;
  private readonly mappings = new Map<string, TermDefinition | null>();
  private readonly inverse = new Map<string, InverseEntry>();
  /** IRIs of terms usable as CURIE prefixes, with those terms (shortest, then least, first). */
  private readonly prefixes: { readonly iri: string; readonly terms: readonly string[] }[] = [];
  private readonly confusable: string[] = [];
  private readonly aliases = new Map<string, string>();
  private readonly keyCache = new Map<string, Map<string, string>>();
  private readonly vocabCache = new Map<string, string>();
  private readonly idCache = new Map<string, string>();

  constructor(document: Record<string, unknown>) {
    const local = isObject(document) && '@context' in document ? document['@context'] : document;
    if (!isObject(local)) throw unsupported('a context that is not a single JSON object');
    this.embedded = Object.keys(local).length > 0 ? (local as JsonValue) : undefined;
    const defined = new Map<string, boolean>();
    for (const key of Object.keys(local)) {
      if (IGNORED_CONTEXT_KEYS.has(key)) continue;
      if (isKeyword(key)) throw unsupported(`"${key}"`);
      this.define(local, key, defined);
    }
    this.buildInverse();
  }

  /** A keyword's alias ("@id" → "id"), or the keyword itself. */
  alias(keyword: string): string {
    let alias = this.aliases.get(keyword);
    if (alias === undefined) {
      alias = this.inverse.get(keyword)?.type.get('@none') ?? keyword;
      this.aliases.set(keyword, alias);
    }
    return alias;
  }

  /** The key a property's value goes under: a term, a compact IRI or the IRI (compactIri with vocab: true). */
  propertyKey(iri: string, value: ExpandedValue): string {
    const entry = this.inverse.get(iri);
    if (entry && 'id' in value && entry.type.has('@id') && entry.type.has('@vocab')) return this.compactIri(iri, true, value);
    const signature = 'id' in value ? '@id' : value.type !== undefined ? `T${value.type}` : value.language !== undefined ? `L${value.language}` : '@null';
    let byValue = this.keyCache.get(iri);
    if (!byValue) this.keyCache.set(iri, (byValue = new Map()));
    let key = byValue.get(signature);
    if (key === undefined) byValue.set(signature, (key = this.compactIri(iri, true, value)));
    return key;
  }

  /** An rdf:type object or a datatype, compacted relative to the vocabulary with no value (cached). */
  vocabIri(iri: string): string {
    return this.cached(this.vocabCache, iri, true);
  }

  /** An object's @id (not relative to the vocabulary), cached: objects repeat where subjects do not. */
  objectIri(iri: string): string {
    return this.cached(this.idCache, iri, false);
  }

  private cached(cache: Map<string, string>, iri: string, vocab: boolean): string {
    let compacted = cache.get(iri);
    if (compacted === undefined) {
      if (cache.size >= 100_000) cache.clear();
      cache.set(iri, (compacted = this.compactIri(iri, vocab)));
    }
    return compacted;
  }

  /** jsonld.js compactIri, for a non-keyword IRI or blank node identifier; base-relative compaction never applies (base ''). */
  compactIri(iri: string, vocab: boolean, value?: ExpandedValue): string {
    if (vocab) {
      const entry = this.inverse.get(iri);
      const term = entry && this.selectTerm(entry, value);
      if (term !== undefined) return term;
    }
    let choice: string | undefined;
    for (const { iri: prefixIri, terms } of this.prefixes) {
      if (iri.length <= prefixIri.length || !iri.startsWith(prefixIri)) continue;
      for (const term of terms) {
        const curie = `${term}:${iri.slice(prefixIri.length)}`;
        const usable = !this.mappings.has(curie) || (value === undefined && this.mappings.get(curie)?.id === iri);
        if (usable && (choice === undefined || shortestLeast(curie, choice) < 0)) choice = curie;
      }
    }
    if (choice !== undefined) return choice;
    for (const prefix of this.confusable) {
      if (iri.startsWith(prefix)) throw new Error(`JSON-LD writer: absolute IRI "${iri}" confused with prefix "${prefix.slice(0, -1)}"`);
    }
    return iri;
  }

  /** jsonld.js compactValue: a value object or node reference under the key `key`. */
  compactValue(key: string, value: ExpandedValue): JsonValue {
    const definition = this.mappings.get(key) ?? undefined;
    const type = definition?.type ?? null;
    if ('id' in value) {
      const compacted = type === '@vocab' ? this.vocabIri(value.id) : this.objectIri(value.id);
      return type === '@id' || type === '@vocab' ? compacted : { [this.alias('@id')]: compacted };
    }
    if (type !== '@none') {
      if (value.type === type) return value.value;
      if (value.language !== undefined && value.language === (definition?.language ?? null)) return value.value;
      if (value.type === undefined && value.language === undefined) return value.value;
    }
    const object: { [key: string]: JsonValue } = {};
    if (value.type !== undefined) object[this.alias('@type')] = this.vocabIri(value.type);
    else if (value.language !== undefined) object[this.alias('@language')] = value.language;
    object[this.alias('@value')] = value.value;
    return object;
  }

  /** _selectTerm with the containers of a term that has none (the only kind this context allows). */
  private selectTerm(entry: InverseEntry, value: ExpandedValue | undefined): string | undefined {
    let map = entry.type;
    let prefs: string[];
    if (value === undefined) prefs = ['@id'];
    else if ('id' in value) {
      const term = this.compactIri(value.id, true);
      prefs = this.mappings.get(term)?.id === value.id ? ['@vocab', '@id'] : ['@id', '@vocab'];
    } else if (value.language !== undefined) {
      map = entry.language;
      prefs = [value.language];
    } else if (value.type !== undefined) prefs = [value.type];
    else {
      map = entry.language;
      prefs = ['@null'];
    }
    if (prefs.length === 1 && prefs[0]!.includes('_')) prefs.push(prefs[0]!.replace(/^[^_]+_/, '_'));
    prefs.push('@none');
    for (const pref of prefs) {
      const term = map.get(pref);
      if (term !== undefined) return term;
    }
    return undefined;
  }

  /** jsonld.js createTermDefinition, for the features listed at the top of this file. */
  private define(local: Record<string, unknown>, term: string, defined: Map<string, boolean>): void {
    if (defined.has(term)) {
      if (defined.get(term)) return;
      throw new Error(`JSON-LD writer: cyclic IRI mapping for term "${term}"`);
    }
    defined.set(term, false);
    if (isKeyword(term)) throw unsupported(`redefining the keyword "${term}"`);
    if (term === '') throw new Error('JSON-LD writer: a term cannot be an empty string');
    if (RESERVED.test(term)) return void defined.set(term, true); // reserved for future use: dropped
    let definition = local[term];
    const simple = typeof definition === 'string' || definition === null;
    if (simple) definition = { '@id': definition };
    if (!isObject(definition)) throw new Error(`JSON-LD writer: the definition of "${term}" must be a string or an object`);
    for (const key of Object.keys(definition)) if (!TERM_KEYS.has(key)) throw unsupported(`"${key}" (in the definition of "${term}")`);
    const colon = term.indexOf(':');
    const hasColon = colon > 0;
    let id: string | undefined;
    let prefix = false;
    if ('@id' in definition && definition['@id'] !== term) {
      const raw = definition['@id'];
      if (raw === null) return void (this.mappings.set(term, null), defined.set(term, true));
      if (typeof raw !== 'string') throw new Error(`JSON-LD writer: the @id of "${term}" must be a string`);
      if (!isKeyword(raw) && RESERVED.test(raw)) return void defined.set(term, true); // reserved: the term is dropped
      id = this.expand(local, raw, defined);
      if (!ABSOLUTE.test(id) && !isKeyword(id)) throw new Error(`JSON-LD writer: "${term}" maps to "${id}", not an absolute IRI or keyword`);
      prefix = simple && !hasColon && /[:/?#[\]@]$/.test(id);
    } else if (hasColon) {
      const head = term.slice(0, colon);
      if (Object.hasOwn(local, head)) this.define(local, head, defined);
      const parent = this.mappings.get(head);
      id = parent ? parent.id + term.slice(colon + 1) : term;
    } else {
      throw new Error(`JSON-LD writer: the term "${term}" defines no @id (and @vocab is not supported)`);
    }
    defined.set(term, true);
    let type: string | undefined;
    if ('@type' in definition) {
      type = definition['@type'] as string;
      if (typeof type !== 'string') throw new Error(`JSON-LD writer: the @type of "${term}" must be a string`);
      if (!['@id', '@vocab', '@json', '@none'].includes(type)) {
        type = this.expand(local, type, defined);
        if (!ABSOLUTE.test(type) || type.startsWith('_:')) throw new Error(`JSON-LD writer: the @type of "${term}" must be an absolute IRI`);
      }
    }
    let language: string | null | undefined;
    if ('@language' in definition && type === undefined) {
      const raw = definition['@language'];
      if (raw !== null && typeof raw !== 'string') throw new Error(`JSON-LD writer: the @language of "${term}" must be a string or null`);
      language = raw === null ? null : raw.toLowerCase();
    }
    if ('@prefix' in definition) {
      if (/[:/]/.test(term) || isKeyword(id)) throw new Error(`JSON-LD writer: "${term}" cannot be a prefix`);
      if (typeof definition['@prefix'] !== 'boolean') throw new Error(`JSON-LD writer: @prefix of "${term}" must be a boolean`);
      prefix = definition['@prefix'];
    }
    this.mappings.set(term, { id, prefix, hasColon, ...(type !== undefined ? { type } : {}), ...(language !== undefined ? { language } : {}) });
  }

  /** jsonld.js _expandIri with vocab: true while processing the context (no @vocab, no base). */
  private expand(local: Record<string, unknown>, value: string, defined: Map<string, boolean>): string {
    if (isKeyword(value)) return value;
    if (RESERVED.test(value)) throw new Error(`JSON-LD writer: "${value}" is reserved`);
    if (Object.hasOwn(local, value) && defined.get(value) !== true) this.define(local, value, defined);
    if (this.mappings.has(value)) {
      const mapping = this.mappings.get(value);
      if (!mapping) throw new Error(`JSON-LD writer: "${value}" is explicitly ignored (null) and cannot be expanded`);
      return mapping.id;
    }
    const colon = value.indexOf(':');
    if (colon > 0) {
      const head = value.slice(0, colon);
      const suffix = value.slice(colon + 1);
      if (head === '_' || suffix.startsWith('//')) return value;
      if (Object.hasOwn(local, head)) this.define(local, head, defined);
      const mapping = this.mappings.get(head);
      if (mapping?.prefix) return mapping.id + suffix;
    }
    return value;
  }

  /** jsonld.js _createInverseContext (every term has no container) and its fast CURIE map. */
  private buildInverse(): void {
    const prefixTerms = new Map<string, string[]>();
    for (const term of [...this.mappings.keys()].sort(shortestLeast)) {
      const mapping = this.mappings.get(term);
      if (!mapping) continue;
      let entry = this.inverse.get(mapping.id);
      if (!entry) this.inverse.set(mapping.id, (entry = { type: new Map(), language: new Map() }));
      if (!isKeyword(mapping.id) && !mapping.hasColon && mapping.prefix) {
        const terms = prefixTerms.get(mapping.id);
        if (terms) terms.push(term);
        else prefixTerms.set(mapping.id, [term]);
      }
      if (mapping.prefix) this.confusable.push(`${term}:`);
      const prefer = (map: Map<string, string>, key: string): void => void (map.has(key) || map.set(key, term));
      if (mapping.type === '@none') {
        prefer(entry.language, '@none');
        prefer(entry.type, '@none');
      } else if (mapping.type !== undefined) prefer(entry.type, mapping.type);
      else if (mapping.language !== undefined) prefer(entry.language, mapping.language ?? '@null');
      else {
        prefer(entry.language, '@none');
        prefer(entry.type, '@none');
      }
    }
    for (const [iri, terms] of prefixTerms) this.prefixes.push({ iri, terms });
  }
}

// IRIs ↔ local paths of the linked-data site: `${base}project/bittensor` ↔ `project/bittensor`; the ontology ↔ `ontology`.
import { DEAI_HOME, DEAI_ONTOLOGY } from '../vocab/namespaces.js';

/** Where an IRI lives on the site: the document path (no leading slash) and the fragment, if any (without `#`). */
export interface SitePlace {
  readonly path: string;
  readonly fragment?: string;
}

export interface IriPaths {
  readonly base: string;
  /** The document path of an IRI served here, or undefined for an IRI that lives elsewhere. */
  iriToPlace(iri: string): SitePlace | undefined;
  /** The IRIs a request path may name, most specific first (`ontology` → the ontology, then `${base}ontology`). */
  pathToIris(path: string): string[];
}

/**
 * Two kinds of mount: the vocabulary's documents (the ontology, whose hash IRIs `…/ontology#Term` it serves whole
 * at `ontology`, and the `vocabulary` IRIs given: its version IRI, the shapes), each at its path under
 * https://w3id.org/deai/; and everything under the base. With the default base both agree; with another base the
 * vocabulary's documents still live at `ontology`, `ontology/0.1.0`, `shapes`.
 */
export function createIriPaths(base: string, vocabulary: readonly string[] = []): IriPaths {
  const fixed = [DEAI_ONTOLOGY, ...vocabulary].filter((iri) => iri.startsWith(DEAI_HOME) && isSafePath(iri.slice(DEAI_HOME.length)));
  const mounts: readonly (readonly [prefix: string, path: string])[] = [
    ...fixed.map((iri) => [iri, iri.slice(DEAI_HOME.length)] as const),
    [base, ''],
  ];
  return {
    base,
    iriToPlace(iri: string): SitePlace | undefined {
      const hash = iri.indexOf('#');
      const document = hash < 0 ? iri : iri.slice(0, hash);
      const fragment = hash < 0 ? undefined : iri.slice(hash + 1);
      for (const [prefix, path] of mounts) {
        if (path !== '' && document === prefix) return fragment === undefined ? { path } : { path, fragment };
        if (path === '' && document.startsWith(prefix) && document.length > prefix.length) {
          const rest = document.slice(prefix.length);
          if (!isSafePath(rest)) return undefined;
          return fragment === undefined ? { path: rest } : { path: rest, fragment };
        }
      }
      return undefined;
    },
    pathToIris(path: string): string[] {
      const iris = fixed.filter((iri) => iri.slice(DEAI_HOME.length) === path);
      if (isSafePath(path) && !iris.includes(base + path)) iris.push(base + path);
      return iris;
    },
  };
}

/** A path that maps onto files: non-empty segments, no `.`/`..`, no query, no backslash. */
function isSafePath(path: string): boolean {
  if (path === '' || /[?\\\0]/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * A relative URL from the page at `from` to the page at `to` (both site paths, no leading slash):
 * `project/bittensor` → `ontology` is `../ontology`; → `project/bittensor/assessment/Training` is `bittensor/assessment/Training`.
 */
export function relativeHref(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  const href = '../'.repeat(fromDir.length - common) + target.slice(common).join('/');
  // A first segment with a colon would read as a URL scheme ("a:b" → scheme "a").
  return /^[^/]*:/.test(href) ? `./${href}` : href;
}

/** The relative URL of the site root (the viewer) from the page at `from`. */
export function rootHref(from: string): string {
  const depth = from.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

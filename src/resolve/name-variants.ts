// data/name-variants.json (text) → validated name groups and shared hosts; errors point into the JSON.
import { type ParseError, parse as parseJson, printParseErrorCode } from 'jsonc-parser';
import { InputError } from '../errors.js';
import { offsetToPlace } from '../parse/parse-survey.js';
import { normaliseLabel } from './normalise-label.js';

export interface NameVariants {
  /** Normalised name → group id; names in one group are one project. */
  readonly groupOf: ReadonlyMap<string, number>;
  /** Hosts (and their subdomains) used by unrelated projects: never evidence of identity. */
  readonly sharedHosts: readonly string[];
  /** Two names of one "distinct" group are different projects, however alike (never joined by affix words or links). */
  readonly areDistinct: (a: string, b: string) => boolean;
}

export const NO_VARIANTS: NameVariants = { groupOf: new Map(), sharedHosts: [], areDistinct: () => false };

export function parseNameVariants(text: string, file: string): NameVariants {
  const errors: ParseError[] = [];
  const data: unknown = parseJson(text, errors, { allowTrailingComma: false, disallowComments: true });
  const [first] = errors;
  if (first) {
    throw new InputError({
      severity: 'error',
      code: 'variants/json',
      place: { file, ...offsetToPlace(text, first.offset) },
      message: `Not valid JSON: ${printParseErrorCode(first.error)}`,
      expected: '{ "variants": [{ "names": ["Table name", "Section name"] }], "sharedHosts": ["github.com"] }',
    });
  }
  const fail = (message: string): never => {
    throw new InputError({
      severity: 'error',
      code: 'variants/shape',
      place: { file, line: 1, column: 1 },
      message,
      expected: '{ "variants": [{ "names": [string, string, …] }], "distinct": [{ "names": [string, string, …] }], "sharedHosts": [string, …] }',
    });
  };
  const record = data as { variants?: unknown; sharedHosts?: unknown; distinct?: unknown };
  if (!Array.isArray(record.variants)) return fail('"variants" must be an array');
  const groupOf = new Map<string, number>();
  record.variants.forEach((group: { names?: unknown }, i) => {
    const names = group?.names;
    if (!Array.isArray(names) || names.length < 2 || !names.every((n) => typeof n === 'string')) {
      fail(`variants[${i}].names must list at least two names`);
    }
    for (const name of names as string[]) {
      const key = normaliseLabel(name);
      if (groupOf.has(key) && groupOf.get(key) !== i) fail(`"${name}" is in two variant groups`);
      groupOf.set(key, i);
    }
  });
  const hosts = record.sharedHosts ?? [];
  if (!Array.isArray(hosts) || !hosts.every((h) => typeof h === 'string')) return fail('"sharedHosts" must be an array of host names');
  const distinct = record.distinct ?? [];
  if (!Array.isArray(distinct)) return fail('"distinct" must be an array of { "names": [...] } groups');
  const distinctOf = new Map<string, Set<number>>();
  distinct.forEach((group: { names?: unknown }, i) => {
    const names = group?.names;
    if (!Array.isArray(names) || names.length < 2 || !names.every((n) => typeof n === 'string')) fail(`distinct[${i}].names must list at least two names`);
    for (const name of names as string[]) {
      const key = normaliseLabel(name);
      distinctOf.set(key, (distinctOf.get(key) ?? new Set()).add(i));
    }
  });
  const areDistinct = (a: string, b: string): boolean => {
    const [ga, gb] = [distinctOf.get(normaliseLabel(a)), distinctOf.get(normaliseLabel(b))];
    return !!ga && !!gb && [...ga].some((g) => gb.has(g));
  };
  return { groupOf, sharedHosts: hosts.map((h) => h.toLowerCase()), areDistinct };
}

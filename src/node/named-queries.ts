// The competency questions bundled in queries/*.rq (Node): a declarative registry read from the folder.
import { readdirSync, readFileSync } from 'node:fs';
import { type NamedQuery, rqToNamedQuery } from '../sparql/named-query.js';
import { BUNDLED } from './package-root.js';

let cached: NamedQuery[] | undefined;

export function bundledQueries(): NamedQuery[] {
  cached ??= readdirSync(BUNDLED.queries)
    .filter((f) => f.endsWith('.rq'))
    .sort()
    .map((f) => rqToNamedQuery(f.slice(0, -3), readFileSync(`${BUNDLED.queries}/${f}`, 'utf8')));
  return cached;
}

/** One bundled question by name, read alone (the CLI's `query NAME` needs no other), or undefined. */
export function bundledQuery(name: string): NamedQuery | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return undefined;
  try {
    return rqToNamedQuery(name, readFileSync(`${BUNDLED.queries}/${name}.rq`, 'utf8'));
  } catch {
    return undefined;
  }
}

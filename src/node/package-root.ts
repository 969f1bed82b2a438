// Where the installed package and its bundled files are (Node only). Nothing else here: the CLI reads this before it
// knows which command runs, so it must cost no more than a few file reads.
import { readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package's root: the nearest folder above this module whose package.json is deai-kg's. */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'deai-kg') return `${dir}${sep}`;
    } catch {
      // no package.json here: keep going up
    }
    if (dirname(dir) === dir) throw new Error(`deai-kg's package.json was not found above ${start}`);
  }
}

export const BUNDLED = {
  survey: `${PACKAGE_ROOT}data/sok-deai-README.md`,
  variants: `${PACKAGE_ROOT}data/name-variants.json`,
  ontology: `${PACKAGE_ROOT}ontology/deai.ttl`,
  shapes: `${PACKAGE_ROOT}ontology/shapes.ttl`,
  context: `${PACKAGE_ROOT}ontology/context.jsonld`,
  queries: `${PACKAGE_ROOT}queries`,
} as const;

/** The package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string }).version;
}

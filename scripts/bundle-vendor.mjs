// Bundles src/vendor/shacl-engine.ts with shacl-engine's core into dist/vendor/shacl-engine.js (run by `npm run
// build` after tsc, over tsc's re-export). shacl-engine's own dependencies include Comunica for SHACL-SPARQL, which
// deai-kg does not use: bundling the part it does use keeps about 290 packages (30 MB) out of every install.
// The licences of the bundled packages go to dist/vendor/LICENSES.txt.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolldown } from 'rolldown';

const OUT = 'dist/vendor/shacl-engine.js';
const bundle = await rolldown({ input: 'src/vendor/shacl-engine.ts', platform: 'node', logLevel: 'warn' });
const { output } = await bundle.generate({ format: 'esm' });
await bundle.close();
const [chunk] = output;

/** node_modules/@scope/name/… or node_modules/name/… → the package directory. */
const packages = [...new Set(chunk.moduleIds.map((id) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1]).filter(Boolean))].sort();
const notices = packages.map((dir) => {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(dir, f)).find(existsSync);
  return { name: `${meta.name}@${meta.version}`, license: meta.license, text: file ? readFileSync(file, 'utf8').trim() : `${meta.license} (no licence file shipped)` };
});
const banner = `// Bundled by deai-kg's build (scripts/bundle-vendor.mjs): ${notices.map((n) => `${n.name} (${n.license})`).join(', ')}.\n// Their licences: LICENSES.txt beside this file.\n`;
writeFileSync(OUT, banner + chunk.code);
writeFileSync('dist/vendor/LICENSES.txt', notices.map((n) => `${n.name}\n${'='.repeat(n.name.length)}\n${n.text}\n`).join('\n'));
rmSync(`${OUT}.map`, { force: true });

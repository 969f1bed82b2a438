// The package as a user gets it: `npm pack` → install the tarball into an empty project → the README's TypeScript
// example compiles with `tsc --strict` (skipLibCheck false) against the published types, and runs; the whole public
// surface type-checks; and the install stays light (no Comunica, no sigma: the viewer ships prebuilt).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
let tmp: string;
let project: string;
let installed: string;

function run(cmd: string, args: readonly string[], cwd: string, timeout = 300_000): string {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout + result.stderr;
}

/** The README's Node example (the ```ts block after "From code (Node):"). */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const example = /From code \(Node\):\s*```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!example) throw new Error('README.md has no ```ts block after "From code (Node):"');
  return example;
}

/** Installed packages (name → true), as node_modules holds them, scoped ones included, nested ones too. */
function packagesIn(dir: string, found = new Set<string>()): Set<string> {
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) {
      for (const scoped of readdirSync(join(dir, name))) {
        found.add(`${name}/${scoped}`);
        packagesIn(join(dir, name, scoped, 'node_modules'), found);
      }
    } else {
      found.add(name);
      packagesIn(join(dir, name, 'node_modules'), found);
    }
  }
  return found;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'deai-kg-packed-'));
  // dist/ is current: `npm test` builds first. --ignore-scripts: no second build.
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp], ROOT);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  project = join(tmp, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  // From npm's cache where it can (CI ran npm ci just before); the registry for the rest.
  installed = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(tmp, tarball)], project);
  writeFileSync(join(project, 'example.ts'), readmeExample());
  writeFileSync(join(project, 'surface.ts'), "import * as deai from 'deai-kg';\nimport * as browser from 'deai-kg/browser';\nexport const names: string[] = [...Object.keys(deai), ...Object.keys(browser)];\n");
  const compilerOptions = { strict: true, skipLibCheck: false, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', outDir: 'out', types: [] };
  writeFileSync(join(project, 'tsconfig.json'), `${JSON.stringify({ compilerOptions, files: ['example.ts', 'surface.ts'] }, null, 2)}\n`);
}, 600_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('The published package, installed from its tarball into an empty project', () => {
  it("compiles the README's example and the whole public surface with tsc --strict, skipLibCheck false", () => {
    expect(run(process.execPath, [TSC, '-p', 'tsconfig.json'], project)).toBe('');
  });

  it("runs the README's example: 53 projects", () => {
    expect(run(process.execPath, ['out/example.js'], project).trim()).toBe('53');
  });

  it('answers a bundled question from the installed command (the engine found and compiled from node_modules)', () => {
    const env = { ...process.env, DEAI_KG_CACHE: 'off' };
    const result = spawnSync(join(project, 'node_modules/.bin/deai-kg'), ['query', 'proof-of-stake-family', '-f', 'csv'], { cwd: project, encoding: 'utf8', env });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\r\n')[0]).toBe('project,mechanism'); // SPARQL 1.1 CSV: CRLF line ends
    expect(result.stdout).toContain('0G,Proof of Stake');
  });

  it('validates with the SHACL shapes without shacl-engine installed (its core is bundled in dist/vendor)', () => {
    const script = "import { BUNDLED, buildGraphFromFile, validateGraph } from 'deai-kg';\nconsole.log((await validateGraph(buildGraphFromFile(BUNDLED.survey))).conforms);\n";
    writeFileSync(join(project, 'validate.mjs'), script);
    expect(run(process.execPath, ['validate.mjs'], project).trim()).toBe('true');
    expect(packagesIn(join(project, 'node_modules')).has('shacl-engine')).toBe(false);
  });

  it('installs few packages: no Comunica, no sigma (the viewer ships prebuilt in dist/viewer)', () => {
    const packages = packagesIn(join(project, 'node_modules'));
    expect([...packages].filter((p) => /^(@comunica\/|sigma$|@sigma\/|shacl-engine$)/.test(p))).toEqual([]);
    // 534 packages before issue 14 (shacl-engine brought Comunica); 69 after, deai-kg included.
    expect(packages.size).toBeLessThan(100);
    expect(installed).toMatch(/added \d+ packages/);
  });
});

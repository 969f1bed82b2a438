// `deai-kg build` writes Turtle, N-Triples and JSON-LD with its own writers and reads the ontology with N3.js's parser
// alone: N3.js's index (its stream classes and readable-stream, ~50 ms of start) stays unloaded.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'deai-kg-modules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CommonJS modules one run of the CLI loads, as paths below node_modules/. */
function modulesLoadedBy(args: string[]): string[] {
  const record = join(dir, 'modules.txt');
  const run = spawnSync(process.execPath, ['-r', join(ROOT, 'test/helpers/record-modules.cjs'), CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DEAI_KG_CACHE: 'off', RECORD_MODULES: record },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return readFileSync(record, 'utf8').split('\n').map((path) => path.replace(/.*node_modules\//, ''));
}

describe('deai-kg build', () => {
  it('should load N3.js\'s parser, not its index nor readable-stream', () => {
    const survey = join(dir, 'survey.md');
    writeFileSync(survey, '# A survey\n\n| Name | Task Creation |\n|---|---|\n| A | ● |\n');
    const loaded = modulesLoadedBy(['build', '-q', '-f', 'ttl,nt,jsonld', '-o', join(dir, 'out'), survey]);
    expect(loaded).toContain('n3/lib/N3Parser.js');
    expect(loaded.filter((path) => path.startsWith('n3/') || path.startsWith('readable-stream/')).sort()).toEqual([
      'n3/lib/IRIs.js',
      'n3/lib/N3DataFactory.js',
      'n3/lib/N3Lexer.js',
      'n3/lib/N3Parser.js',
    ]);
    expect(readFileSync(join(dir, 'out', 'deai.ttl'), 'utf8')).toContain('<https://w3id.org/deai/project/a> a deai:Project;\n');
  });

  it('should be seen loading N3.js whole where a command uses it (validate, through its store): the record works', () => {
    const loaded = modulesLoadedBy(['validate', '-q', join(dir, 'survey.md')]);
    expect(loaded).toContain('n3/lib/index.js');
    expect(loaded.some((path) => path.startsWith('readable-stream/'))).toBe(true);
  });
});

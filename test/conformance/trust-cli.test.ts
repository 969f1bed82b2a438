// validate, lint and the build's own SHACL check, end to end: `node dist/cli/main.js` in a child process.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const STACK_TRACE = /\n\s+at /;

function cli(args: string[], root = ROOT): { status: number | null; stdout: string; stderr: string } {
  const main = join(root, 'dist/cli/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
  const result = spawnSync(process.execPath, [main, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'deai-kg-trust-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('deai-kg validate', () => {
  it('exits 0 on the bundled survey, with nothing on stdout', () => {
    const result = cli(['validate', '-q']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('exits 1 on RDF that breaks the shapes, printing focus node, path and message of each violation', () => {
    const data = join(tmp, 'broken.ttl');
    writeFileSync(
      data,
      [
        '@prefix deai: <https://w3id.org/deai/ontology#> .',
        '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
        '<https://w3id.org/deai/survey> a deai:Survey ; <http://purl.org/dc/terms/title> "S" .',
        '<https://w3id.org/deai/project/x> a deai:Project ; rdfs:label "X", "Y" ; deai:sourceLine 3 ;',
        '  <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/deai/survey> ; deai:whitepaper <javascript:alert(1)> .',
      ].join('\n'),
    );
    const result = cli(['validate', '--data', data]);
    expect(result.status, result.stderr).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^violation: <https:\/\/w3id\.org\/deai\/project\/x> rdfs:label: .+\[shape:Project-label, sh:MaxCountConstraintComponent\]$/);
    expect(lines[1]).toMatch(/^violation: <https:\/\/w3id\.org\/deai\/project\/x> deai:whitepaper: .+\(value: <javascript:alert\(1\)>\) \[shape:Links-whitepaper, sh:NodeConstraintComponent\]$/);
    expect(result.stderr).toContain('2 SHACL violations');
  });

  it('exits 0 on the Turtle a build wrote, and reports as JSON on request', () => {
    const out = join(tmp, 'built');
    expect(cli(['build', '-q', '-o', out]).status).toBe(0);
    const result = cli(['validate', '--data', join(out, 'deai.ttl'), '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ conforms: true, violations: [] });
  });

  it('exits 2, without a stack trace, on RDF it cannot read', () => {
    const data = join(tmp, 'bad.ttl');
    writeFileSync(data, '<a> <b> .\n');
    const result = cli(['validate', '--data', data]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${data}:1:1: error:`);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('deai-kg lint', () => {
  it('exits 1 on the bundled survey, each finding on stdout at its file:line:column', () => {
    const result = cli(['lint']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('data/sok-deai-README.md:149:1: warning:');
    expect(result.stdout).toMatch(/^data\/sok-deai-README\.md:125:1: warning: .*Commune AI.*\[lint\/stage-mismatch\]$/m);
    expect(result.stdout).toMatch(/^ {2}data\/sok-deai-README\.md:71:\d+: note: /m);
    expect(result.stderr).toContain('54 findings');
  });

  it('exits 0 on a clean survey, with nothing on stdout', () => {
    const result = cli(['lint', 'test/fixtures/lint/clean.md']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('writes SARIF 2.1.0 and JSON on request', () => {
    const sarif = JSON.parse(cli(['lint', '-f', 'sarif']).stdout) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(54);
    const json = JSON.parse(cli(['lint', 'test/fixtures/lint/section-only.md', '-f', 'json']).stdout) as Array<{ code: string; place: { line: number } }>;
    expect(json.map((f) => [f.code, f.place.line])).toEqual([['lint/section-only', 32]]);
  });

  it('exits 2 on a survey it cannot read', () => {
    const result = cli(['lint', join(tmp, 'missing.md')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('missing.md:1:1: error:');
  });
});

describe('deai-kg build on a later survey version', () => {
  it('exits 0, writes both files, and prints the warnings that name what is new', () => {
    const out = join(tmp, 'later');
    const result = cli(['build', 'test/fixtures/versions/later-real-excerpt.md', '--validate', '-o', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.deai-kg', 'deai.jsonld', 'deai.ttl']);
    // The new "Staking" column of marks names a concept of the ontology: no warning; a renamed project does warn.
    expect(result.stderr).not.toContain('[table/unknown-criterion]');
    expect(result.stderr).toMatch(/later-real-excerpt\.md:70:1: warning: Section entry "FLock" \(line 70\) is taken to be "FLock\.io" \(line 24\).*\[resolve\/name-variant\]/);
    expect(result.stderr).toMatch(/warning: Security assumption "Yuma Consensus" .*\[assumption\/unknown\]/);
    expect(result.stderr).toMatch(/19 projects, \d+ triples, valid against the SHACL shapes/);
    expect(result.stdout).toBe('');
  });
});

describe('The SHACL check inside build --validate', () => {
  it('refuses to write a graph that breaks the shapes: exit 1, the violations on stderr, earlier outputs intact', () => {
    // A copy of the package whose shapes demand what no build writes (a deai:neverWritten on every project).
    const pkg = join(tmp, 'pkg');
    mkdirSync(pkg);
    for (const part of ['dist', 'ontology', 'data', 'queries', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    const shapes = join(pkg, 'ontology/shapes.ttl');
    writeFileSync(shapes, `${readFileSync(shapes, 'utf8')}\nshape:Project sh:property [ sh:path deai:neverWritten ; sh:minCount 1 ] .\n`);

    const out = join(tmp, 'guarded');
    expect(cli(['build', '-q', '-o', out]).status).toBe(0);
    const before = readFileSync(join(out, 'deai.ttl'));
    const result = cli(['build', '--validate', '-o', out], pkg);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^violation: <https:\/\/w3id\.org\/deai\/project\/bittensor> deai:neverWritten: /m);
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(join(out, 'deai.ttl')).equals(before)).toBe(true);
    expect(readdirSync(join(out, '.deai-kg')).filter((name) => name.startsWith('staging-'))).toEqual([]);
  });
});

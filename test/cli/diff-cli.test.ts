// `deai-kg diff` and `deai-kg build --previous`, run as a user runs them (dist/cli/main.js).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTurtle } from '../helpers/isomorphic.js';
import { cli, STACK_TRACE } from '../helpers/cli.js';

const BEFORE = 'test/fixtures/diff/before.md';
const AFTER = 'test/fixtures/diff/after.md';
const dir = mkdtempSync(join(tmpdir(), 'deai-kg-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const P = (slug: string): string => `https://w3id.org/deai/project/${slug}`;
const DEAI = (local: string): string => `https://w3id.org/deai/ontology#${local}`;

describe('deai-kg diff', () => {
  it('should write the changelog in markdown by default, and exit 0 although there are changes', () => {
    const run = cli('diff', BEFORE, AFTER);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        '# Changes from before.md to after.md',
        '',
        '## Projects',
        '',
        '- Added **Gamma**',
        '- Removed **Omega**',
        '- Renamed **FLock** → **FLock.io**',
        '',
        '## Columns',
        '',
        '- Added "Decentralization"',
        '- Renamed "Inference" → "Model Inference"',
        '',
        '## Table cells',
        '',
        '| Project | Column | Before | After |',
        '|---|---|---|---|',
        '| Delta | Decentralization | — | ● |',
        '| Beta | Training | ○ | ◑ |',
        '| Beta | Decentralization | — | ○ |',
        '| FLock.io | Model Inference | ○ | ● |',
        '| FLock.io | Decentralization | — | ◑ |',
        '',
        '## Security assumptions',
        '',
        '- **FLock.io**: "Staking" → "Staking, ZKP"',
        '- **FLock.io**: + Zero-Knowledge Proof',
        '',
        '## Section entries',
        '',
        '- Added under On-training: *Proofs of training*',
        '- Added under Model Inference: **Gamma**',
        '- Removed under Model Inference: **Omega**',
        '',
        '## Papers',
        '',
        '- Added *Proofs of training*',
        '',
        '## Links',
        '',
        '- **Beta** documentation: <https://beta.example/docs> → <https://beta.example/documentation>',
        '',
      ].join('\n'),
    );
  });

  it('should say "No changes." between a survey and itself', () => {
    const run = cli('diff', AFTER, AFTER);
    expect([run.status, run.stdout]).toEqual([0, '# Changes from after.md to after.md\n\nNo changes.\n']);
  });

  it('should write the JSON report the fixture expects', () => {
    const run = cli('diff', BEFORE, AFTER, '-f', 'json');
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync('test/fixtures/diff/before-to-after.json', 'utf8')));
  });

  it('should write a deai:Change per change as Turtle that rapper (raptor2) reads', () => {
    const run = cli('diff', BEFORE, AFTER, '-f', 'rdf');
    expect(run.status, run.stderr).toBe(0);
    const file = join(dir, 'changes.ttl');
    writeFileSync(file, run.stdout);
    const rapper = spawnSync('rapper', ['-q', '-i', 'turtle', '-o', 'ntriples', file], { encoding: 'utf8' });
    expect(rapper.status, rapper.stderr).toBe(0);
    const quads = parseTurtle(run.stdout);
    expect(rapper.stdout.trim().split('\n')).toHaveLength(quads.length);
    const changes = quads.filter((q) => q.predicate.value.endsWith('#type') && q.object.value === DEAI('Change')).map((q) => q.subject.value);
    // 3 project, 2 column, 5 cell, 1 assumption, 1 concept, 3 entry, 1 paper and 1 link changes.
    expect(changes).toHaveLength(17);
    const about = (kind: string): string[][] => {
      const of = changes.filter((c) => quads.some((q) => q.subject.value === c && q.predicate.value === DEAI('changeKind') && q.object.value === kind));
      return of.map((c) => [DEAI('changedEntity'), DEAI('oldValue'), DEAI('newValue')].map((p) => quads.find((q) => q.subject.value === c && q.predicate.value === p)?.object.value ?? ''));
    };
    expect(about('project-renamed')).toEqual([[P('flock-io'), 'FLock', 'FLock.io']]);
    expect(about('project-removed')).toEqual([[P('omega'), 'Omega', '']]);
    expect(about('column-renamed')).toEqual([[DEAI('Inference'), 'Inference', 'Model Inference']]);
  });

  it('should refuse a missing file with exit 2 and no stack trace', () => {
    const run = cli('diff', BEFORE, join(dir, 'missing.md'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[input/unreadable]');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('deai-kg build --previous', () => {
  const old = join(dir, 'old');
  const built = cli('build', BEFORE, '-q', '-o', old);
  const labels = (ttl: string, slug: string, predicate: string): string[] =>
    parseTurtle(ttl).filter((q) => q.subject.value === P(slug) && q.predicate.value === predicate).map((q) => q.object.value).sort();
  const projects = (ttl: string): string[] =>
    parseTurtle(ttl).filter((q) => q.predicate.value.endsWith('#type') && q.object.value === DEAI('Project')).map((q) => q.subject.value).sort();

  it('should keep the IRI of every project the resolution matches, the renamed one too, with its old name as skos:altLabel', () => {
    expect(built.status, built.stderr).toBe(0);
    const run = cli('build', AFTER, '-q', '-o', join(dir, 'new'), '--previous', join(old, 'deai.ttl'));
    expect(run.status, run.stderr).toBe(0);
    const ttl = readFileSync(join(dir, 'new', 'deai.ttl'), 'utf8');
    expect(projects(ttl)).toEqual([P('beta'), P('delta'), P('flock'), P('gamma')]);
    expect(labels(ttl, 'flock', 'http://www.w3.org/2000/01/rdf-schema#label')).toEqual(['FLock.io']);
    expect(labels(ttl, 'flock', 'http://www.w3.org/2004/02/skos/core#altLabel')).toEqual(['FLock']);
  });

  it('should mint IRIs from the names without --previous', () => {
    const run = cli('build', AFTER, '-q', '-o', join(dir, 'fresh'));
    expect(run.status, run.stderr).toBe(0);
    expect(projects(readFileSync(join(dir, 'fresh', 'deai.ttl'), 'utf8'))).toEqual([P('beta'), P('delta'), P('flock-io'), P('gamma')]);
  });

  it('should refuse a previous graph without projects with exit 2', () => {
    const empty = join(dir, 'empty.ttl');
    writeFileSync(empty, '<https://example.org/a> <https://example.org/b> "c" .\n');
    const run = cli('build', AFTER, '-q', '-o', join(dir, 'x'), '--previous', empty);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[previous/no-projects]');
  });
});

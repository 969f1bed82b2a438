import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffSurveys } from '../../src/diff/diff-surveys.js';
import { diffToJson } from '../../src/diff/diff-to-json.js';
import { markdownToVersion } from '../../src/diff/markdown-to-version.js';
import { bundledOntology, bundledVariants } from '../../src/node/package-files.js';

const OPTIONS = { ontology: bundledOntology(), variants: bundledVariants() };

function version(path: string) {
  return markdownToVersion(readFileSync(path, 'utf8'), { ...OPTIONS, file: path });
}

function diffJson(before: string, after: string): unknown {
  return JSON.parse(diffToJson(diffSurveys(version(before), version(after), OPTIONS.variants)));
}

const BEFORE = 'test/fixtures/diff/before.md';
const AFTER = 'test/fixtures/diff/after.md';

describe('diffSurveys', () => {
  // Renamed project (FLock → FLock.io), reordered rows, changed marks, renamed column (Inference → Model Inference),
  // an added column, a removed project, an added project and paper, a changed assumption and link.
  it('should report the changes of the fixture pair as written by hand', () => {
    expect(diffJson(BEFORE, AFTER)).toEqual(JSON.parse(readFileSync('test/fixtures/diff/before-to-after.json', 'utf8')));
  });

  it('should report the reverse changes when the versions are swapped', () => {
    expect(diffJson(AFTER, BEFORE)).toEqual(JSON.parse(readFileSync('test/fixtures/diff/after-to-before.json', 'utf8')));
  });

  it('should report nothing between a survey and itself', () => {
    const diff = diffSurveys(version(AFTER), version(AFTER), OPTIONS.variants);
    expect(JSON.parse(diffToJson(diff))).toEqual({
      projects: { added: [], removed: [], renamed: [] },
      cells: [],
      columns: { added: [], removed: [], renamed: [] },
      assumptions: [],
      entries: { added: [], removed: [] },
      papers: { added: [], removed: [] },
      concepts: [],
      links: [],
    });
    expect(diff.projects.kept.map((k) => k.to.slug)).toEqual(['delta', 'beta', 'flock-io', 'gamma']);
  });

  it('should keep the old slug beside the new for a renamed project', () => {
    const diff = diffSurveys(version(BEFORE), version(AFTER), OPTIONS.variants);
    expect(diff.projects.kept.map((k) => [k.from.slug, k.to.slug])).toEqual([
      ['delta', 'delta'],
      ['beta', 'beta'],
      ['flock', 'flock-io'],
    ]);
  });
});

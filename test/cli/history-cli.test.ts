// `deai-kg history` on a git repository of four commits built here, and the two history questions of queries/history
// run on its dataset with `deai-kg query --data`, as a user runs them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, cli, ROOT, STACK_TRACE } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'deai-kg-history-'));
const repo = join(dir, 'survey');
const out = join(dir, 'out');
const commits: string[] = [];
const DEAI = (local: string): string => `https://w3id.org/deai/ontology#${local}`;

/** The fixture pair, then two edits of the later one: marks changed twice more and a project added. */
function versions(): string[] {
  const before = readFileSync('test/fixtures/diff/before.md', 'utf8');
  const after = readFileSync('test/fixtures/diff/after.md', 'utf8');
  const third = after
    .replace('| Gamma | ○ | ● |', '| Gamma | ○ | ◑ |')
    .replace('| Beta | ○ | ◑ |', '| Beta | ○ | ● |');
  const fourth = third
    .replace('| Beta | ○ | ● |', '| Beta | ○ | ○ |')
    .replace('| Gamma | ○ | ◑ | ○ | ● | ● | Fraud proof |', '| Gamma | ○ | ◑ | ○ | ● | ● | Fraud proof |\n| Zeta | ● | ○ | ○ | ○ | ○ | ? |');
  return [before, after, third, fourth];
}

function git(...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
}

beforeAll(() => {
  mkdirSync(repo);
  git('init', '-q');
  const texts = versions();
  expect(new Set(texts).size).toBe(4);
  texts.forEach((text, i) => {
    writeFileSync(join(repo, 'README.md'), text);
    git('add', 'README.md');
    const date = `2024-0${i + 1}-01T12:00:00+00:00`;
    execFileSync('git', ['-C', repo, '-c', 'user.name=Author', '-c', 'user.email=author@example.org', 'commit', '-q', '-m', `Version ${i + 1}`], {
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    commits.push(git('rev-parse', 'HEAD'));
  });
  const run = cli('history', repo, '-o', out);
  expect(run.status, run.stderr).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ask(query: string): string[][] {
  const run = cli('query', join(ROOT, 'queries/history', query), '--format', 'json', '--data', join(out, 'history.trig'));
  expect(run.status, run.stderr).toBe(0);
  const json = JSON.parse(run.stdout) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
  return json.results.bindings.map((row) => json.head.vars.map((v) => row[v]?.value ?? ''));
}

describe('deai-kg history', () => {
  it('should write 4 named graphs, one per commit, and 3 change sets, in TriG and in N-Quads alike', () => {
    const trig = new Parser({ format: 'application/trig' }).parse(readFileSync(join(out, 'history.trig'), 'utf8'));
    const nq = new Parser({ format: 'application/n-quads' }).parse(readFileSync(join(out, 'history.nq'), 'utf8'));
    expect(nq).toHaveLength(trig.length);
    const graphs = [...new Set(trig.map((q) => q.graph.value))].filter((g) => g !== '').sort();
    expect(graphs).toEqual(commits.map((c) => `https://w3id.org/deai/version/${c}`).sort());
    const sets = trig.filter((q) => q.predicate.value.endsWith('#type') && q.object.value === DEAI('ChangeSet'));
    expect(sets.map((q) => q.subject.value).sort()).toEqual(commits.slice(1).map((c) => `https://w3id.org/deai/version/${c}/changes`).sort());
    expect(sets.every((q) => q.graph.value === '')).toBe(true);
  });

  it('should keep FLock\'s IRI in every version after its rename to FLock.io', () => {
    const nq = readFileSync(join(out, 'history.nq'), 'utf8');
    expect(nq).not.toContain('/project/flock-io');
    for (const commit of commits) expect(nq).toContain(`<https://w3id.org/deai/project/flock> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${DEAI('Project')}> <https://w3id.org/deai/version/${commit}>`);
  });

  // Oxigraph gives dates in the canonical form of xsd:dateTime ("Z" for +00:00).
  it('should answer "when was each project added" (queries/history/projects-added.rq) with the name it had then', () => {
    expect(ask('projects-added.rq')).toEqual([
      ['Beta', '2024-01-01T12:00:00Z', commits[0]],
      ['Delta', '2024-01-01T12:00:00Z', commits[0]],
      ['FLock', '2024-01-01T12:00:00Z', commits[0]],
      ['Omega', '2024-01-01T12:00:00Z', commits[0]],
      ['Gamma', '2024-02-01T12:00:00Z', commits[1]],
      ['Zeta', '2024-04-01T12:00:00Z', commits[3]],
    ]);
  });

  it('should answer "which cells changed most" (queries/history/cells-changed-most.rq): Beta\'s Training mark, three times', () => {
    expect(ask('cells-changed-most.rq')).toEqual([
      ['Beta', 'Training', '3'],
      ['Beta', 'Decentralization', '1'],
      ['Delta', 'Decentralization', '1'],
      ['FLock.io', 'Decentralization', '1'],
      ['FLock.io', 'Model Inference', '1'],
      ['Gamma', 'Training', '1'],
    ]);
  });

  it('should write a changelog with the newest change first', () => {
    const changelog = readFileSync(join(out, 'CHANGELOG.md'), 'utf8');
    const headings = changelog.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      `## 2024-04-01 ${commits[3]?.slice(0, 7)}: Version 4`,
      `## 2024-03-01 ${commits[2]?.slice(0, 7)}: Version 3`,
      `## 2024-02-01 ${commits[1]?.slice(0, 7)}: Version 2`,
    ]);
    expect(changelog).toContain('- Added **Zeta**');
    expect(changelog).toContain('| Beta | Training | ◑ | ● |');
  });

  it('should refuse a directory that is not a git repository with exit 2', () => {
    const run = cli('history', dir, '-o', join(dir, 'none'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[history/not-a-repository]');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('should say git is missing, with exit 2, when git is not on PATH', () => {
    const run = spawnSync(process.execPath, [CLI, 'history', repo, '-o', join(dir, 'none')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: join(dir, 'no-bin') } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('git is not on PATH');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

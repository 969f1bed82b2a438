// `deai-kg site` on a survey far larger than the bundled one, in a heap too small to hold the site at once: it must
// write the files as it makes them (issue 16: a 10k-project survey ran out of heap after 3 minutes, a stack trace).
// 200 projects make 9.7k files; the code that held every page as a string before writing needed over 96 MB of heap
// for 150 projects and died at 64 MB on these 200 (checked by hand); the streaming code stays far inside 64 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { syntheticSurvey } from '../../bench/synthetic-survey.js';
import { CLI, ROOT, STACK_TRACE } from '../helpers/cli.js';

describe('deai-kg site on a large survey', () => {
  it('should write the whole site within a 64 MB heap', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deai-site-large-'));
    const survey = join(dir, 'survey.md');
    writeFileSync(survey, syntheticSurvey(200));
    const out = join(dir, 'site');
    const run = spawnSync(process.execPath, ['--max-old-space-size=64', CLI, 'site', survey, '-o', out, '-q'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.status, run.stderr).toBe(0);

    // The viewer's graph: the survey's 200 table rows and its 2 section-only projects ("Unlisted 00001 Protocol", "Unlisted 00002 Chain").
    const compact = JSON.parse(readFileSync(join(out, 'data/graph.compact.json'), 'utf8')) as { nodes: string[] };
    expect(compact.nodes.filter((key) => key.startsWith('https://w3id.org/deai/project/'))).toHaveLength(202);
    expect(compact.nodes).toContain('https://w3id.org/deai/project/project-00200-protocol');

    // The streamed downloads are whole: the Turtle parses and describes the last row's project; the JSON-LD is one JSON document.
    const turtle = new Parser({ format: 'text/turtle' }).parse(readFileSync(join(out, 'data/deai.ttl'), 'utf8'));
    expect(turtle.some((q) => q.subject.value === 'https://w3id.org/deai/project/project-00200-protocol')).toBe(true);
    const jsonld = JSON.parse(readFileSync(join(out, 'data/deai.jsonld'), 'utf8')) as { '@graph': Array<{ id: string }> };
    expect(jsonld['@graph'].some((node) => node.id === 'https://w3id.org/deai/project/project-00200-protocol')).toBe(true);

    // Entity pages, the first and the last project's, and the data graph's page with its JSON-LD embedded whole.
    for (const page of ['index.html', 'project/project-00001-chain.html', 'project/project-00200-protocol.html', 'project/project-00200-protocol.ttl', 'project/project-00200-protocol/assessment/Compute.html']) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
    const dataPage = readFileSync(join(out, 'graph/data.html'), 'utf8');
    const embedded = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(dataPage)?.[1] ?? '';
    expect(JSON.parse(embedded)['@graph'].length).toBeGreaterThan(200 * 10);
    expect(dataPage.endsWith('</html>\n')).toBe(true);
  });

  it('should refuse a survey beyond what it can hold, before the work, naming what streams', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deai-site-large-'));
    const big = join(dir, 'big.md');
    writeFileSync(big, `${syntheticSurvey(40)}\n${'<!-- padding -->\n'.repeat(280_000)}`);
    const run = spawnSync(process.execPath, [CLI, 'site', big, '-o', join(dir, 'never')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toContain('the site is made from the whole graph in memory');
    expect(run.stderr).toContain('(beyond 4 MB, about 17k projects)');
    expect(run.stderr).toContain('build or export it (they stream at any size)');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});

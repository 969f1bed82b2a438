// The benchmark's Python baseline (bench/rdflib_baseline.py: markdown-it-py + rdflib) must build the same graph as
// deai-kg, or the speed comparison in docs/benchmarks.md compares different work. Python rdflib compares the sets.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticSurvey } from '../../bench/synthetic-survey.js';
import { cli, ROOT } from '../helpers/cli.js';

const PY = '/usr/bin/python3';
const COMPARE = String.raw`
import json, sys
from rdflib import Graph
a = Graph().parse(sys.argv[1], format="turtle")
b = Graph().parse(sys.argv[2], format="turtle")
c = Graph().parse(sys.argv[3], format="nt")
print(json.dumps({"deai": len(a), "rdflib": len(b), "onlyDeai": len(a - b), "onlyRdflib": len(b - a), "ntOnly": len(c - a), "ntMissing": len(a - c)}))
`;

describe('bench/rdflib_baseline.py', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'deai-kg-baseline-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each([
    ['the bundled survey', join(ROOT, 'data/sok-deai-README.md')],
    ['a synthetic survey of 300 projects', 'synthetic'],
  ])('builds exactly the triples deai-kg builds from %s', (_name, source) => {
    const file = source === 'synthetic' ? join(tmp, 'synthetic.md') : source;
    if (source === 'synthetic') writeFileSync(file, syntheticSurvey(300, 3));
    const ours = join(tmp, `ours-${_name.length}`);
    const theirs = join(tmp, `theirs-${_name.length}`);
    expect(cli('build', file, '-q', '-o', ours).status).toBe(0);
    const baseline = spawnSync(PY, [join(ROOT, 'bench/rdflib_baseline.py'), file, theirs], { encoding: 'utf8' });
    expect(baseline.status, baseline.stderr).toBe(0);
    const report = JSON.parse(baseline.stdout.trim()) as Record<string, number>;
    expect(report.parse_ms).toBeGreaterThan(0);
    const compared = spawnSync(PY, ['-c', COMPARE, join(ours, 'deai.ttl'), join(theirs, 'deai.ttl'), join(theirs, 'deai.nt')], { encoding: 'utf8' });
    expect(compared.status, compared.stderr).toBe(0);
    const sets = JSON.parse(compared.stdout) as Record<string, number>;
    expect(sets).toEqual({ deai: report.triples, rdflib: report.triples, onlyDeai: 0, onlyRdflib: 0, ntOnly: 0, ntMissing: 0 });
    expect(report.triples).toBeGreaterThan(7000);
  }, 60_000);
});

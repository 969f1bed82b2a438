// Streaming the graph to files is all-or-nothing: an error in the middle of the groups leaves the old files in place.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { afterEach, describe, expect, it } from 'vitest';
import { writeGraphFiles } from '../../src/node/write-graph-files.js';
import { bundledContext } from '../../src/node/package-files.js';

const { namedNode, literal, quad } = DataFactory;
const group = (i: number): Quad[] => [quad(namedNode(`https://example.org/s${i}`), namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal(`node ${i}`))];

describe('writeGraphFiles', () => {
  const dirs: string[] = [];
  const fresh = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'deai-kg-stream-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes every group to every format, in order, and counts the triples', () => {
    const dir = fresh();
    const written = writeGraphFiles(dir, ['ttl', 'nt', 'jsonld'], [group(1), group(2), group(3)], bundledContext());
    expect(written.triples).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['.deai-kg', 'deai.jsonld', 'deai.nt', 'deai.ttl']);
    const nt = readFileSync(join(dir, 'deai.nt'), 'utf8');
    expect(nt.trimEnd().split('\n').map((l) => /s(\d)>/.exec(l)?.[1])).toEqual(['1', '2', '3']);
    expect(new Parser().parse(readFileSync(join(dir, 'deai.ttl'), 'utf8'))).toHaveLength(3);
    expect(JSON.parse(readFileSync(join(dir, 'deai.jsonld'), 'utf8'))['@graph']).toHaveLength(3);
  });

  it('leaves the earlier files and no staging directory when a group fails half-way', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'deai.ttl'), 'earlier');
    function* failing(): Generator<Quad[]> {
      yield group(1);
      throw new Error('bad row');
    }
    expect(() => writeGraphFiles(dir, ['ttl', 'nt'], failing(), bundledContext())).toThrow('bad row');
    expect(readdirSync(dir).sort()).toEqual(['.deai-kg', 'deai.ttl']);
    expect(readdirSync(join(dir, '.deai-kg'))).toEqual([]);
    expect(readFileSync(join(dir, 'deai.ttl'), 'utf8')).toBe('earlier');
  });
});

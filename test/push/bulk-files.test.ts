// push --bulk: gzip'd N-Triples files of a bounded number of triples each, and the load.sql that loads them.
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory } from 'n3';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBulkFiles } from '../../src/push/bulk-files.js';
import { groupsToNTriplesChunks } from '../../src/push/ntriples-chunks.js';

const { namedNode, quad } = DataFactory;
const t = (s: string) => quad(namedNode(`https://x.example/${s}`), namedNode('https://x.example/p'), namedNode('https://x.example/o'));
const line = (s: string) => `<https://x.example/${s}> <https://x.example/p> <https://x.example/o> .\n`;
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeBulkFiles', () => {
  it("starts a new file once one holds enough triples, replaces an earlier run's files, and writes load.sql", async () => {
    dir = mkdtempSync(join(tmpdir(), 'deai-kg-bulk-'));
    writeFileSync(join(dir, 'deai-0009.nt.gz'), 'stale');
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    const groups = [[t('a'), t('b')], [t('c')], [t('d'), t('e')], [t('f')]];
    const written = await writeBulkFiles(dir, groupsToNTriplesChunks(groups, 1), { graph: "https://example.org/it's", triplesPerFile: 3 });
    expect(written.triples).toBe(6);
    expect(readdirSync(dir).sort()).toEqual(['deai-0001.nt.gz', 'deai-0002.nt.gz', 'load.sql', 'notes.txt']);
    expect(gunzipSync(readFileSync(join(dir, 'deai-0001.nt.gz'))).toString()).toBe(line('a') + line('b') + line('c'));
    expect(gunzipSync(readFileSync(join(dir, 'deai-0002.nt.gz'))).toString()).toBe(line('d') + line('e') + line('f'));
    const sql = readFileSync(join(dir, 'load.sql'), 'utf8');
    const staging = 'urn:deai-kg:staging:https%3A%2F%2Fexample.org%2Fit\'\'s';
    expect(sql).toContain(`ld_dir('${dir}', 'deai-*.nt.gz', '${staging}');\nrdf_loader_run();\n`);
    expect(sql).toContain(`DB.DBA.DEAI_KG_SWAP('${dir}', '${staging}', 'https://example.org/it''s', 6);\n`);
    expect(sql).toContain(`--   isql-vt 1111 dba PASSWORD ${dir}/load.sql\n`);
  });
});

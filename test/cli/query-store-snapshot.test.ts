// A repeated `deai-kg query` takes the loaded SPARQL store from the cache (store-snapshot-cache.ts) instead of loading
// the survey's N-Quads again: the answers must be the same, and a snapshot that is damaged, of another engine build
// or of other data must never be used.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/cli.js';

const cache = mkdtempSync(join(tmpdir(), 'deai-kg-snapshot-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const PROOF_OF_STAKE = 'project,mechanism\r\n0G,Proof of Stake\r\nBalance DAO,Nominated Proof of Stake\r\nNumbers,Delegated Proof of Stake\r\nSaharaAI,Proof of Stake\r\n';

function query(...args: string[]): { stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, 'query', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DEAI_KG_CACHE_DIR: cache } });
  expect(run.status).toBe(0);
  return { stdout: run.stdout, stderr: run.stderr };
}

const snapshotFile = (): string => {
  const files = readdirSync(cache).filter((f) => f.startsWith('store-'));
  expect(files).toHaveLength(1);
  return join(cache, files[0] as string);
};
/** The snapshot's header line, parsed. */
const header = (): Record<string, unknown> => JSON.parse(readFileSync(snapshotFile(), 'utf8').split('\n')[0] as string) as Record<string, unknown>;

describe('deai-kg query with the store snapshot', () => {
  it('should write the snapshot on the first query and answer from it afterwards', () => {
    expect(query('proof-of-stake-family', '-f', 'csv')).toEqual({ stdout: PROOF_OF_STAKE, stderr: '' });
    const file = snapshotFile();
    const written = statSync(file).mtimeMs;
    expect(header()).toMatchObject({ format: 1, parts: 'data+ontology' });
    // Every load writes a snapshot: one left as it was means the run took the store from it.
    expect(query('proof-of-stake-family', '-f', 'csv').stdout).toBe(PROOF_OF_STAKE);
    expect(query('most-mechanisms', '-f', 'csv').stdout.split('\r\n').slice(0, 4)).toEqual(['project,mechanisms', 'OpSec,3', 'Arbius,2', 'Fetch AI,2']);
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it('should answer counts, property paths and section lines from the snapshot (answers from the competency tests)', () => {
    const csv = (rows: string[]): string => `${rows.join('\r\n')}\r\n`;
    expect(query('projects-per-stage', '-f', 'csv').stdout).toBe(
      csv(['notation,stage,fully,partly', '2.2,Compute,17,0', '2.1,Data Preparation,15,0', '4.2,Application,14,0', '1,Task Proposing,10,0', '4.3,Marketplace,9,0', '4.1,Model Inference,8,0', ',Training,5,0']),
    );
    expect(query('assumption-families', '-f', 'csv').stdout).toBe(
      csv(['family,projects', 'Cryptoeconomic Security,24', 'Consensus Mechanism,7', 'Cryptographic Proof,6', 'Reputation System,5', 'Proof of Useful Work,4', 'Dispute Resolution,3', 'Project-Specific Protocol,1']),
    );
    expect(query('listed-stage-not-marked', '-f', 'csv').stdout).toBe(csv(['project,section,line', 'Commune AI,On-training,125']));
    // Written once, by the first test's first query: these all came from it.
    expect(readdirSync(cache).filter((f) => f.startsWith('store-'))).toHaveLength(1);
  });

  it('should load the N-Quads again, and write a new snapshot, when the snapshot is cut short', () => {
    const file = snapshotFile();
    const size = statSync(file).size;
    truncateSync(file, size - 4096);
    expect(query('proof-of-stake-family', '-f', 'csv')).toEqual({ stdout: PROOF_OF_STAKE, stderr: '' });
    expect(statSync(file).size).toBe(size);
  });

  it('should not use a snapshot of another build of the engine, or of another graph entry', () => {
    for (const field of ['wasm', 'entry']) {
      const file = snapshotFile();
      const text = readFileSync(file);
      const end = text.indexOf(10);
      const changed = { ...header(), [field]: 'something else' };
      writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(changed)), text.subarray(end)]));
      expect(query('proof-of-stake-family', '-f', 'csv').stdout, field).toBe(PROOF_OF_STAKE);
      expect(header()[field], field).not.toBe('something else');
    }
  });

  it('should keep the data without the ontology apart from the data with it', () => {
    const withoutOntology = query('proof-of-stake-family', '-f', 'csv', '--no-ontology');
    expect(withoutOntology.stdout).toBe('project,mechanism\r\n');
    expect(withoutOntology.stderr).toContain('without the ontology');
    expect(header()).toMatchObject({ parts: 'data' });
    expect(query('proof-of-stake-family', '-f', 'csv').stdout).toBe(PROOF_OF_STAKE);
    expect(header()).toMatchObject({ parts: 'data+ontology' });
  });
});

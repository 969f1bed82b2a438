// Every bundled competency question, with its answer written by hand from data/sok-deai-README.md
// (the overview table, lines 39-90, and the sections) — never computed by deai-kg.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { query } from '../../src/index.js';
import { seedGraph } from '../helpers/seed.js';

async function rows(name: string): Promise<string[][]> {
  const result = await query(seedGraph(), readFileSync(`queries/${name}.rq`, 'utf8'));
  if (result.type !== 'bindings') throw new Error(`${name} is not a SELECT`);
  return result.rows.map((row) => result.variables.map((v) => row[v]?.value ?? ''));
}

describe('The competency questions on the bundled survey', () => {
  it('projects-per-stage: counts the ● of each stage column (no stage is ever ◑)', async () => {
    expect(await rows('projects-per-stage')).toEqual([
      ['2.2', 'Compute', '17', '0'],
      ['2.1', 'Data Preparation', '15', '0'],
      ['4.2', 'Application', '14', '0'],
      ['1', 'Task Proposing', '10', '0'],
      ['4.3', 'Marketplace', '9', '0'],
      ['4.1', 'Model Inference', '8', '0'],
      ['', 'Training', '5', '0'],
    ]);
  });

  it('assumptions-per-stage: staking secures 10 compute, 5 data, 7 application, 3 inference and 3 training projects', async () => {
    const answer = await rows('assumptions-per-stage');
    for (const row of [
      ['Compute', 'Staking', '10'],
      ['Data Preparation', 'Staking', '5'],
      ['Application', 'Staking', '7'],
      ['Model Inference', 'Staking', '3'],
      ['Training', 'Staking', '3'],
      ['Data Preparation', 'Proof of Replication', '1'],
      ['Compute', 'Dispute mechanism', '1'],
    ]) {
      expect(answer).toContainEqual(row);
    }
  });

  it('multi-stage-projects: 17 projects mark two or more stages, FLock the most (5)', async () => {
    const answer = await rows('multi-stage-projects');
    expect(answer.map((r) => r[0])).toEqual([
      'FLock', 'Fetch AI', 'Tromero', 'Bittensor', 'Prime Intellect', 'Arbius', 'Balance DAO', 'Commune AI', 'Fraction AI', 'KIP', 'Numerai',
      'Ocean', 'OpenAgents', 'OpenServ', 'Sentient', 'Shinkai', 'Vana',
    ]);
    expect(answer[0]?.[1]).toBe('5');
    expect(answer[0]?.[2]?.split(', ').sort()).toEqual(['Application', 'Marketplace', 'Model Inference', 'Task Proposing', 'Training']);
  });

  it('partial-capabilities: only Decentralization is ever ◑, for all 52 projects, and never ●', async () => {
    expect(await rows('partial-capabilities')).toEqual([['Decentralization', '52', '0']]);
  });

  it('uncertain-assumptions: the six cells with "?" next to a mechanism', async () => {
    expect(await rows('uncertain-assumptions')).toEqual([
      ['Immutable Labs', 'Proof of Usage', 'Proof of Usage?, Ranking Systems'],
      ['KIP', 'Staking', 'Staking?'],
      ['NetMind', 'Proof of Authority', 'Staking, Proof of Authority(?)'],
      ['OriginTrail', 'Staking', 'Staking?'],
      ['Synternet', 'Staking', 'Staking?'],
      ['The Graph', 'Staking', 'Staking?'],
    ]);
  });

  it('unknown-assumptions: the eight rows whose cell is a lone "?"', async () => {
    expect((await rows('unknown-assumptions')).flat()).toEqual([
      'Compass Labs', 'Exabits', 'OpenAgents', 'OpenServ', 'Prime Intellect', 'Render Network', 'Ritual', 'Tromero',
    ]);
  });

  it('projects-without-code: section entries with no [code] link', async () => {
    expect(await rows('projects-without-code')).toEqual([
      ['Fraction AI', 'Data Preparation'],
      ['Gensyn', 'Compute'],
      ['IO.NET', 'Compute'],
      ['Render Network', 'Compute'],
    ]);
  });

  it('section-only-projects: Morpheus, listed under 4.2 Application at line 149', async () => {
    expect(await rows('section-only-projects')).toEqual([['Morpheus', 'Application', '149']]);
  });

  it('table-only-projects: the 31 table rows that no section lists, in table order', async () => {
    const answer = await rows('table-only-projects');
    expect(answer).toHaveLength(31);
    expect(answer[0]).toEqual(['The Graph', '45']);
    expect(answer.at(-1)).toEqual(['NOYA', '90']);
    expect(answer.map((r) => r[0])).not.toContain('Bittensor');
  });

  it('proof-of-stake-family: plain, delegated and nominated Proof of Stake through skos:broader*', async () => {
    expect(await rows('proof-of-stake-family')).toEqual([
      ['0G', 'Proof of Stake'],
      ['Balance DAO', 'Nominated Proof of Stake'],
      ['Numbers', 'Delegated Proof of Stake'],
      ['SaharaAI', 'Proof of Stake'],
    ]);
  });

  it('inference-with-staking: Allora, FLock and Numerai', async () => {
    expect(await rows('inference-with-staking')).toEqual([
      ['Allora', 'stated'],
      ['FLock', 'stated'],
      ['Numerai', 'stated'],
    ]);
  });

  it('assumption-families: projects per top concept of the assumption scheme', async () => {
    expect(await rows('assumption-families')).toEqual([
      ['Cryptoeconomic Security', '24'],
      ['Consensus Mechanism', '7'],
      ['Cryptographic Proof', '6'],
      ['Reputation System', '5'],
      ['Proof of Useful Work', '4'],
      ['Dispute Resolution', '3'],
      ['Project-Specific Protocol', '1'],
    ]);
  });

  it('listed-stage-not-marked: Commune AI is listed under On-training, yet its Training cell is ○', async () => {
    expect(await rows('listed-stage-not-marked')).toEqual([['Commune AI', 'On-training', '125']]);
  });

  it('most-mechanisms: OpSec states three; ties of two broken by name', async () => {
    expect(await rows('most-mechanisms')).toEqual([
      ['OpSec', '3'],
      ['Arbius', '2'],
      ['Fetch AI', '2'],
      ['Filecoin', '2'],
      ['Fraction AI', '2'],
    ]);
  });

  it('compare-projects: Gensyn lacks asset tokenization; none of the three stores data', async () => {
    const answer = await rows('compare-projects');
    expect(answer).toHaveLength(24);
    expect(answer.filter((r) => r[0] === 'Asset Tokenization')).toEqual([
      ['Asset Tokenization', 'Bittensor', '●'],
      ['Asset Tokenization', 'FLock', '●'],
      ['Asset Tokenization', 'Gensyn', '○'],
    ]);
    expect(answer.filter((r) => r[0] === 'Data Storage').map((r) => r[2])).toEqual(['○', '○', '○']);
    expect(answer.filter((r) => r[0] === 'Decentralization').map((r) => r[2])).toEqual(['◑', '◑', '◑']);
  });

  it('name-variants: the four projects the sections call by another name', async () => {
    expect(await rows('name-variants')).toEqual([
      ['Balance DAO', 'Balance AI'],
      ['Fetch AI', 'Fetch'],
      ['Immutable Labs', 'Immutable'],
      ['Numerai', 'Numeraire'],
    ]);
  });

  it('covers every bundled question', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync('queries').filter((f) => f.endsWith('.rq'))).toHaveLength(16);
  });
});

import { describe, expect, it } from 'vitest';
import { splitAssumptions } from '../../src/resolve/split-assumptions.js';

// Data-driven: each cell as written in a survey → the parts it names, [text, uncertain].
const cases: Array<[string, Array<[string, boolean]>]> = [
  ['Staking', [['Staking', false]]],
  ['Staking?', [['Staking', true]]],
  ['?', []],
  ['', []],
  ['Staking, ZKP', [['Staking', false], ['ZKP', false]]],
  ['Staking, Proof of Authority(?)', [['Staking', false], ['Proof of Authority', true]]],
  ['Reputation & Dispute mechanism', [['Reputation', false], ['Dispute mechanism', false]]],
  ['(Delegated) proof-of-stake', [['(Delegated) proof-of-stake', false]]],
  ['Proof-of-Replication, Proof-of-Spacetime', [['Proof-of-Replication', false], ['Proof-of-Spacetime', false]]],
  ['Proof-of-Replication/Spacetime', [['Proof-of-Replication', false], ['Proof-of-Spacetime', false]]],
  ['ZKP + MPC', [['ZKP', false], ['MPC', false]]],
  ['Proof of Usage?, Ranking Systems', [['Proof of Usage', true], ['Ranking Systems', false]]],
  ['Staking, Proof of Cloud, ZKP', [['Staking', false], ['Proof of Cloud', false], ['ZKP', false]]],
  ['<script>alert(2)</script>', [['<script>alert(2)</script>', false]]],
];

describe('splitAssumptions', () => {
  it.each(cases)('should split %j into its mechanisms', (cell, expected) => {
    expect(splitAssumptions(cell).map((p) => [p.text, p.uncertain])).toEqual(expected);
  });

  it('should offer the shared head noun as a candidate ("Reputation" → "Reputation mechanism")', () => {
    expect(splitAssumptions('Reputation & Dispute mechanism')[0]?.candidates).toEqual(['Reputation', 'Reputation mechanism']);
  });
});

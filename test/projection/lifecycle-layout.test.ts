// The viewer's layout: lifecycle stages on a ring in the table's column order, near-universal criteria out of the
// forces and in a small circle at the centre; the exports' plain layout unchanged.
import { describe, expect, it } from 'vitest';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { layoutGraph } from '../../src/projection/layout-graph.js';
import { nearUniversalCriteria } from '../../src/projection/near-universal-criteria.js';
import { propertyGraphToGraphology } from '../../src/projection/property-graph-to-graphology.js';
import { quadsToPropertyGraph } from '../../src/projection/quads-to-property-graph.js';
import { graphWithOntology } from '../../src/graph/knowledge-graph.js';
import { buildGraph } from '../../src/index.js';
import { seedGraph } from '../helpers/seed.js';

const D = (l: string): string => `https://w3id.org/deai/ontology#${l}`;
const plain = propertyGraphToGraphology(quadsToPropertyGraph(graphWithOntology(seedGraph())));
const life = layoutGraph(plain, { mode: 'lifecycle' });

describe('nearUniversalCriteria', () => {
  it('should name the criteria more than 80% of the table rows hold (● or ◑), not Data Storage (13 of 52)', () => {
    expect([...nearUniversalCriteria(plain)].sort()).toEqual(
      ['Auditability', 'Decentralization', 'EnhancedSecurity', 'IncentiveMechanism', 'PermissionControl', 'PublicReference'].map(D),
    );
  });

  it('should name none in a table of fewer than ten projects', () => {
    const small = buildGraph('| Project | Compute | Incentive Mechanism | Security Assumption |\n|---|---|---|---|\n| A | ● | ● | Staking |\n| B | ● | ● | Staking |\n', { file: 'small.md' });
    expect([...nearUniversalCriteria(graphToGraphology(small))]).toEqual([]);
  });
});

describe('layoutGraph in lifecycle mode', () => {
  const centre = (keys: string[]) => ({ x: keys.reduce((s, k) => s + (life[k]?.x ?? 0), 0) / keys.length, y: keys.reduce((s, k) => s + (life[k]?.y ?? 0), 0) / keys.length });
  const stages = ['TaskProposing', 'DataPreparation', 'Compute', 'Training', 'Inference', 'Marketplace', 'Application'].map(D);
  const c = centre(stages); // seven points evenly on a circle: their mean is its centre
  const angle = (k: string): number => Math.atan2((life[k]?.y ?? 0) - c.y, (life[k]?.x ?? 0) - c.x);

  it('should put the seven stage columns on one ring, clockwise in column order from nine o\'clock', () => {
    const radii = stages.map((k) => Math.hypot((life[k]?.x ?? 0) - c.x, (life[k]?.y ?? 0) - c.y));
    for (const r of radii) expect(r / (radii[0] as number)).toBeCloseTo(1, 0);
    expect(Math.abs(angle(D('TaskProposing')))).toBeGreaterThan(Math.PI * 0.8); // on the left
    // Clockwise with y up: each next stage's angle is smaller (mod 2π).
    const steps = stages.slice(1).map((k, i) => (angle(stages[i] as string) - angle(k) + 2 * Math.PI) % (2 * Math.PI));
    for (const step of steps) expect(step).toBeCloseTo((2 * Math.PI) / 7, 2);
  });

  it('should put the six shared criteria close to the centre, inside the ring', () => {
    const ring = Math.hypot((life[D('Compute')]?.x ?? 0) - c.x, (life[D('Compute')]?.y ?? 0) - c.y);
    for (const k of nearUniversalCriteria(plain)) expect(Math.hypot((life[k]?.x ?? 0) - c.x, (life[k]?.y ?? 0) - c.y)).toBeLessThan(ring * 0.35);
  });

  it('should be deterministic, and leave the exports\' plain layout as it was', () => {
    expect(layoutGraph(plain, { mode: 'lifecycle' })).toEqual(life);
    expect(layoutGraph(plain)).toEqual(layoutGraph(plain, { mode: 'force' }));
    expect(layoutGraph(plain)[D('Compute')]).not.toEqual(life[D('Compute')]);
  });
});

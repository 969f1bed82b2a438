// The declared projection on the bundled survey; counts read by hand from the survey table.
import { describe, expect, it } from 'vitest';
import { graphWithOntology } from '../../src/index.js';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { layoutGraph } from '../../src/projection/layout-graph.js';
import { propertyGraphToGraphology } from '../../src/projection/property-graph-to-graphology.js';
import { quadsToPropertyGraph } from '../../src/projection/quads-to-property-graph.js';
import { P, seedGraph } from '../helpers/seed.js';

const D = (l: string): string => `https://w3id.org/deai/ontology#${l}`;
const pg = quadsToPropertyGraph(graphWithOntology(seedGraph()));
const count = <T>(items: readonly T[], key: (t: T) => string): Record<string, number> =>
  items.reduce<Record<string, number>>((acc, t) => ({ ...acc, [key(t)]: (acc[key(t)] ?? 0) + 1 }), {});

describe('quadsToPropertyGraph on the bundled survey', () => {
  it('should make nodes of projects, every stage and capability, and the assumptions in use', () => {
    const types = count(pg.nodes, (n) => n.attributes.type);
    expect(types).toMatchObject({ project: 53, stage: 10, capability: 8 });
    const assumptions = pg.nodes.filter((n) => n.attributes.type === 'assumption').map((n) => n.key);
    expect(assumptions).toContain(D('ProofOfStake')); // a parent of Delegated/Nominated PoS, reached by skos:broader
    expect(assumptions).toContain(D('ConsensusMechanism'));
    expect(assumptions).not.toContain(D('TrustedExecutionEnvironment')); // in the ontology, used by no project
  });

  it('should carry the support level on stage and capability edges; ○ cells make no edge', () => {
    const bittensor = pg.edges.filter((e) => e.source === P('bittensor'));
    expect(bittensor.filter((e) => e.attributes.relation === 'coversStage').map((e) => [e.target, e.attributes.level]).sort()).toEqual([
      [D('Application'), 'full'], [D('TaskProposing'), 'full'], [D('Training'), 'full'],
    ]);
    expect(bittensor.find((e) => e.target === D('Decentralization'))?.attributes.level).toBe('partial');
    expect(bittensor.find((e) => e.target === D('DataStorage'))).toBeUndefined();
    // From the table: Incentive Mechanism, Enhanced Security, Permission Control, Public Reference and Auditability
    // are ● in all 52 rows, Data Storage in 13, Asset Tokenization in 16, Decentralization ◑ in all 52.
    expect(pg.edges.filter((e) => e.attributes.relation === 'hasCapability')).toHaveLength(5 * 52 + 13 + 16 + 52);
  });

  it('should carry the certainty on reliesOn edges', () => {
    const netmind = pg.edges.filter((e) => e.source === P('netmind') && e.attributes.relation === 'reliesOn');
    expect(netmind.map((e) => [e.target, e.attributes.certainty]).sort()).toEqual([[D('ProofOfAuthority'), 'possible'], [D('Staking'), 'stated']]);
  });

  it('should copy labels, links and the source line onto project nodes', () => {
    const netmind = pg.nodes.find((n) => n.key === P('netmind'));
    expect(netmind?.attributes).toMatchObject({
      label: 'NetMind', sourceLine: 56, securityAssumptionText: 'Staking, Proof of Authority(?)',
      sourceCode: 'https://github.com/protagolabs/Netmind-examples', documentation: 'https://netmind-power.gitbook.io/netmind-power-documentation',
    });
    expect(pg.nodes.find((n) => n.key === D('Inference'))?.attributes).toMatchObject({ label: 'Model Inference', notation: '4.1', type: 'stage' });
    expect(pg.nodes.find((n) => n.key === P('numerai'))?.attributes.altLabels).toBe('Numeraire');
  });

  it('should be a valid graphology graph with stable, unique edge keys', () => {
    const graph = propertyGraphToGraphology(pg);
    expect(graph.order).toBe(pg.nodes.length);
    expect(graph.size).toBe(pg.edges.length);
    expect(graph.hasEdge(`coversStage:${P('allora')}->${D('Inference')}`)).toBe(true);
    expect(graph.hasEdge(`listedUnder:${P('allora')}->${D('Inference')}`)).toBe(true);
  });
});

describe('layoutGraph', () => {
  it('should give the same positions for the same graph and seed, and others for another seed', () => {
    const graph = propertyGraphToGraphology(pg);
    const a = layoutGraph(graph);
    expect(layoutGraph(graph)).toEqual(a);
    expect(layoutGraph(graph, { seed: 2 })).not.toEqual(a);
    expect(Object.values(a).every((d) => Number.isFinite(d.x) && Number.isFinite(d.y))).toBe(true);
  });

  it('should size nodes by degree and colour them by type', () => {
    const graph = graphToGraphology(seedGraph());
    const staking = graph.getNodeAttributes(D('Staking'));
    const ocean = graph.getNodeAttributes(P('ocean'));
    expect(graph.degree(D('Staking'))).toBeGreaterThan(graph.degree(P('ocean')));
    expect(staking.size).toBeGreaterThan(ocean.size);
    expect(ocean.color).not.toBe(staking.color);
  });
});

describe('quadsToPropertyGraph and the overview table', () => {
  it('should mark each stage and capability with its table column and header as written', () => {
    const attrs = (key: string) => pg.nodes.find((n) => n.key === key)?.attributes;
    expect(attrs(D('TaskProposing'))).toMatchObject({ tableColumn: 2, tableHeader: 'Task Creation' });
    expect(attrs(D('Marketplace'))).toMatchObject({ tableColumn: 7, tableHeader: 'Marketplace' });
    expect(attrs(D('AssetTokenization'))).toMatchObject({ tableColumn: 15, tableHeader: 'ML Assets Tokenization' });
    expect(attrs(D('PreTraining'))?.tableColumn).toBeUndefined();
  });
});

// The viewer's graph built in two steps (viewer/src/compact-graph.ts): the links into near-universal criteria held
// back, `links` answering as the complete graph would (order included), and addDeferredEdges() giving the graph a
// one-step build makes. Expected values worked out by hand on an eight-link graph, then checked on the survey.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { nearUniversalCriteria } from '../../src/projection/near-universal-criteria.js';
import { type CompactGraph, graphologyToCompact } from '../../src/site/graphology-to-compact.js';
import { addCompactDetails, compactToGraph, graphLinks } from '../../viewer/src/compact-graph.js';
import { seedGraph } from '../helpers/seed.js';

// Nodes S, U (a near-universal stage), C, P, Q, X, R; links in file order (the position is the edge's key):
//   0 P→C hasCapability   1 P→U coversStage (held)   2 Q→U listedUnder   3 P→S coversStage   4 Q→U coversStage (held)
//   5 P→U listedUnder     6 X→U broader              7 Q→C hasCapability  8 R→U coversStage (held)
const NODES = ['S', 'U', 'C', 'P', 'Q', 'X', 'R'];
const at = (key: string): number => NODES.indexOf(key);
const REL = { hasCapability: 0, coversStage: 1, listedUnder: 2, broader: 3 } as const;
const LINKS: Array<[string, string, keyof typeof REL]> = [
  ['P', 'C', 'hasCapability'], ['P', 'U', 'coversStage'], ['Q', 'U', 'listedUnder'], ['P', 'S', 'coversStage'], ['Q', 'U', 'coversStage'],
  ['P', 'U', 'listedUnder'], ['X', 'U', 'broader'], ['Q', 'C', 'hasCapability'], ['R', 'U', 'coversStage'],
];
const compact: CompactGraph = {
  format: 'deai-kg-compact-graph/2',
  options: { type: 'directed', multi: true, allowSelfLoops: true },
  attributes: {},
  nodes: NODES,
  nodeColumns: { type: ['stage', 'stage', 'capability', 'project', 'project', 'stage', 'project'] },
  keyColumns: [],
  nodeOther: {},
  edgeAttributes: [{ relation: 'hasCapability', level: 'full' }, { relation: 'coversStage', level: 'full' }, { relation: 'listedUnder' }, { relation: 'broader' }],
  edges: LINKS.flatMap(([s, t, r]) => [at(s), at(t), REL[r]]),
  edgeKeys: {},
  undirected: [],
};
const keys = (links: Array<{ key: string }>): string[] => links.map((l) => l.key);

describe('The viewer graph built in two steps', () => {
  it('should leave out the coversStage and hasCapability links into the held-back criteria, and nothing else', () => {
    const viewer = compactToGraph(compact, new Set(['U']));
    expect(viewer.complete()).toBe(false);
    expect(viewer.graph.edges()).toEqual(['0', '2', '3', '5', '6', '7']);
    expect(viewer.graph.neighbors('R')).toEqual([]);
  });

  it('should answer through links as the complete graph: neighbours by first link, a neighbour\'s newest link first', () => {
    const { links } = compactToGraph(compact, new Set(['U']));
    expect(keys(links.out('P'))).toEqual(['0', '5', '1', '3']); // C (from 0), U (from 1: 5 then 1), S (from 3)
    expect(keys(links.out('Q'))).toEqual(['4', '2', '7']); // U (from 2: 4 then 2), C (from 7)
    expect(keys(links.in('U'))).toEqual(['5', '1', '4', '2', '6', '8']); // P, Q, X, R by their first link
    expect(links.out('P')[2]).toEqual({ key: '1', source: 'P', target: 'U', attributes: { relation: 'coversStage', level: 'full' } });
    expect(links.neighbors('U')).toEqual(['P', 'Q', 'X', 'R']);
    expect(links.neighbors('P')).toEqual(['C', 'U', 'S']);
    expect(links.neighbors('R')).toEqual(['U']);
    expect([links.areNeighbors('R', 'U'), links.areNeighbors('U', 'R'), links.areNeighbors('R', 'C')]).toEqual([true, true, false]);
  });

  it('should then put them in, in the file\'s order, keeping what was written on the links already there', () => {
    const viewer = compactToGraph(compact, new Set(['U']));
    viewer.graph.setEdgeAttribute('7', 'weight', 2);
    viewer.addDeferredEdges();
    expect(viewer.complete()).toBe(true);
    expect(viewer.graph.edges()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(viewer.graph.mapOutEdges('P', (key) => key)).toEqual(['0', '5', '1', '3']);
    expect(viewer.graph.getEdgeAttributes('7')).toEqual({ relation: 'hasCapability', level: 'full', weight: 2 });
    expect(keys(viewer.links.in('U'))).toEqual(['5', '1', '4', '2', '6', '8']);
    viewer.addDeferredEdges(); // a second time: nothing
    expect(viewer.graph.size).toBe(9);
  });

  it('should hold nothing back when no criterion is named', () => {
    const viewer = compactToGraph(compact);
    expect(viewer.complete()).toBe(true);
    expect(viewer.graph.size).toBe(9);
  });
});

describe('The two-step graph of the bundled survey', () => {
  const complete = graphToGraphology(seedGraph());
  const universal = nearUniversalCriteria(complete);
  const whole = graphLinks(complete);

  it('should answer every link question as the complete graph does, before and after the links go in', () => {
    const viewer = compactToGraph(graphologyToCompact(complete.export()), universal);
    const answers = (links: typeof whole) =>
      complete.mapNodes((node) => ({ out: links.out(node).map((l) => [l.source, l.target, l.attributes.relation]), in: links.in(node).map((l) => [l.source, l.target, l.attributes.relation]), neighbors: links.neighbors(node) }));
    const expected = answers(whole);
    expect(viewer.graph.size).toBe(complete.size - 6 * 52); // each of the 52 table rows holds the six shared criteria
    expect(answers(viewer.links)).toEqual(expected);
    viewer.addDeferredEdges();
    expect(viewer.graph.size).toBe(complete.size);
    expect(answers(viewer.links)).toEqual(expected);
    expect(answers(graphLinks(viewer.graph))).toEqual(expected);
  });
});

describe('addCompactDetails', () => {
  it("should write the details file's attributes into the nodes, with no graph events, and refuse another graph's file", () => {
    const { graph } = compactToGraph(compact);
    const events: string[] = [];
    graph.on('nodeAttributesUpdated', ({ key }) => events.push(key));
    addCompactDetails(graph, NODES, { format: 'deai-kg-compact-details/1', nodeCount: 7, nodeColumns: { reference: { 3: 'https://p.example' }, category: [null, null, null, null, 'Q cat', null, null] } });
    expect(graph.getNodeAttributes('P')).toEqual({ type: 'project', reference: 'https://p.example' });
    expect(graph.getNodeAttributes('Q')).toEqual({ type: 'project', category: 'Q cat' });
    expect(graph.getNodeAttributes('R')).toEqual({ type: 'project' });
    expect(events).toEqual([]);
    expect(() => addCompactDetails(graph, NODES, { format: 'deai-kg-compact-details/1', nodeCount: 8, nodeColumns: {} })).toThrow(
      'data/graph.details.json does not belong with data/graph.compact.json (8 nodes, not 7): write the site again with deai-kg site',
    );
  });
});

describe('The viewer modules', () => {
  it('should read links only through `links`, never through the graph, which lacks the held-back ones', () => {
    const sources = readdirSync('viewer/src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'compact-graph.ts');
    const edgeReads = /(?<!links)\.(?:(?:forEach|filter|some|every|map|reduce|find)(?:Out|In|Inbound|Outbound|Directed|Undirected)?(?:Edge|Neighbor)s?|(?:in|out|inbound|outbound)?(?:Edges|Neighbors|Degree)|neighbors|areNeighbors|degree|edges)\(/g;
    const found = sources.flatMap((file) => [...readFileSync(join('viewer/src', file), 'utf8').matchAll(edgeReads)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
    expect([...'graph.forEachOutEdge( graph.neighbors( links.neighbors( graph.mapNodes('.matchAll(edgeReads)].map((m) => m[0])).toEqual(['.forEachOutEdge(', '.neighbors(']);
  });
});

// The viewer's pure core: URL state, filters, reducers, search, actions — on the bundled survey's graph.
import { describe, expect, it } from 'vitest';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { createStore, hover, select, setHighlighted, toggleFilterKey, toggleLevel, toggleType } from '../../viewer/src/actions.js';
import { graphLinks } from '../../viewer/src/compact-graph.js';
import { visibleNodes, withNarrower } from '../../viewer/src/filters.js';
import { createEdgeReducer, createNodeReducer, DIM_NODE } from '../../viewer/src/reducers.js';
import { graphToSearchIndex, searchNodes } from '../../viewer/src/search.js';
import { initialState, type ViewerState } from '../../viewer/src/state.js';
import { hashToState, stateToHash } from '../../viewer/src/url-state.js';
import { P, seedGraph } from '../helpers/seed.js';

const D = (l: string): string => `https://w3id.org/deai/ontology#${l}`;
const graph = graphToGraphology(seedGraph());
const links = graphLinks(graph); // the complete graph's own links (the viewer holds some back: viewer-model.test.ts)
const projectsIn = (visible: Set<string>) => [...visible].filter((k) => graph.getNodeAttribute(k, 'type') === 'project');

describe('Viewer filters', () => {
  it('should show only the projects of a stage (the eight ● Inference projects)', () => {
    const store = createStore(initialState());
    toggleFilterKey(store, 'stages', D('Inference'));
    const labels = projectsIn(visibleNodes(graph, store.get().filters, links)).map((k) => graph.getNodeAttribute(k, 'label')).sort();
    expect(labels).toEqual(['Allora', 'FLock', 'Hyperspace', 'Numerai', 'ORA', 'Prime Intellect', 'Sertn', 'Tromero']);
  });

  it('should include narrower concepts: a Proof of Stake filter finds delegated and nominated PoS', () => {
    expect([...withNarrower(graph, new Set([D('ProofOfStake')]), links)].sort()).toEqual([D('DelegatedProofOfStake'), D('NominatedProofOfStake'), D('ProofOfStake')]);
    const store = createStore(initialState());
    toggleFilterKey(store, 'assumptions', D('ProofOfStake'));
    expect(projectsIn(visibleNodes(graph, store.get().filters, links)).sort()).toEqual([P('0g'), P('balance-dao'), P('numbers'), P('saharaai')]);
  });

  it('should drop projects whose only link to the capability is ◑ when partial links are hidden', () => {
    const store = createStore(initialState());
    toggleFilterKey(store, 'capabilities', D('Decentralization'));
    expect(projectsIn(visibleNodes(graph, store.get().filters, links))).toHaveLength(52);
    toggleLevel(store, 'partial');
    expect(projectsIn(visibleNodes(graph, store.get().filters, links))).toHaveLength(0);
  });

  it('should hide a node type', () => {
    const store = createStore(initialState());
    toggleType(store, 'assumption');
    const visible = visibleNodes(graph, store.get().filters, links);
    expect([...visible].some((k) => graph.getNodeAttribute(k, 'type') === 'assumption')).toBe(false);
    expect(projectsIn(visible)).toHaveLength(53);
  });
});

describe('Viewer reducers', () => {
  const setup = (state: ViewerState) => {
    const visible = visibleNodes(graph, state.filters, links);
    return { node: createNodeReducer(graph, () => state, () => visible, links), edge: createEdgeReducer(graph, () => state, () => visible) };
  };

  it('should highlight the selected node, keep its neighbours and dim the rest', () => {
    const { node } = setup({ ...initialState(), selected: P('netmind') });
    expect(node(P('netmind'), graph.getNodeAttributes(P('netmind')))).toMatchObject({ highlighted: true, type: 'circle' });
    expect(node(D('Staking'), graph.getNodeAttributes(D('Staking'))).color).not.toBe(DIM_NODE);
    expect(node(P('bittensor'), graph.getNodeAttributes(P('bittensor')))).toMatchObject({ color: DIM_NODE, label: '' });
  });

  it('should draw ◑ and "possibly" links lighter and thinner than ● and stated ones, and hide the others on focus', () => {
    const { edge } = setup(initialState());
    const full = edge(`hasCapability:${P('netmind')}->${D('Auditability')}`, graph.getEdgeAttributes(`hasCapability:${P('netmind')}->${D('Auditability')}`));
    const partial = edge(`hasCapability:${P('netmind')}->${D('Decentralization')}`, graph.getEdgeAttributes(`hasCapability:${P('netmind')}->${D('Decentralization')}`));
    expect(partial.size).toBeLessThan(full.size as number);
    expect(partial.color).not.toBe(full.color);
    const focused = setup({ ...initialState(), selected: P('netmind') });
    expect(focused.edge(`hasCapability:${P('vana')}->${D('Auditability')}`, graph.getEdgeAttributes(`hasCapability:${P('vana')}->${D('Auditability')}`)).hidden).toBe(true);
  });

  it('should dim everything but the SPARQL result when one is highlighted', () => {
    const { node } = setup({ ...initialState(), highlighted: new Set([P('morpheus')]) });
    expect(node(P('morpheus'), graph.getNodeAttributes(P('morpheus'))).highlighted).toBe(true);
    expect(node(P('ora'), graph.getNodeAttributes(P('ora'))).color).toBe(DIM_NODE);
  });
});

describe('Viewer URL state', () => {
  it('should round-trip selection, filters and tab through the hash', () => {
    const store = createStore(initialState());
    select(store, P('io-net'));
    toggleType(store, 'assumption');
    toggleFilterKey(store, 'stages', D('Compute'));
    toggleLevel(store, 'partial');
    const hash = stateToHash({ ...store.get(), tab: 'matrix' });
    const back = hashToState(hash, initialState(), (k) => graph.hasNode(k));
    expect(back.selected).toBe(P('io-net'));
    expect([...back.filters.types].sort()).toEqual(['capability', 'paper', 'project', 'stage']);
    expect([...back.filters.stages]).toEqual([D('Compute')]);
    expect([...back.filters.levels]).toEqual(['full']);
    expect(back.tab).toBe('matrix');
  });

  it('should ignore unknown nodes and values in a hand-edited link', () => {
    const back = hashToState('#node=https%3A%2F%2Fnope&types=project,bogus&tab=nope', initialState(), (k) => graph.hasNode(k));
    expect(back.selected).toBeUndefined();
    expect([...back.filters.types]).toEqual(['project']);
    expect(back.tab).toBe('details');
  });

  it('should write nothing for the default view', () => {
    expect(stateToHash(initialState())).toBe('');
  });
});

describe('Viewer search and actions', () => {
  const index = graphToSearchIndex(graph);
  it('should rank an exact name first, then prefixes, and find alternative names', () => {
    expect(searchNodes(index, 'ora')[0]?.label).toBe('ORA');
    expect(searchNodes(index, 'proof of st').map((e) => e.label)).toContain('Proof of Stake');
    expect(searchNodes(index, 'numeraire')[0]?.label).toBe('Numerai');
    expect(searchNodes(index, '')).toEqual([]);
  });

  it('should notify subscribers once per change and clear the highlight on selection', () => {
    const store = createStore(initialState());
    let calls = 0;
    store.subscribe(() => calls++);
    setHighlighted(store, new Set([P('ora')]));
    select(store, P('ora'));
    select(store, P('ora'));
    hover(store, undefined);
    expect(calls).toBe(2);
    expect(store.get().highlighted).toBeUndefined();
  });
});

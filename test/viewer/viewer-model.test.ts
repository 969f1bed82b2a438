// The viewer's model on the bundled survey: the layer of near-universal criteria, filters that say what they hide
// and how to show it, the matrix's rows, columns and orders, and the new deep-link fields.
import { describe, expect, it } from 'vitest';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { nearUniversalCriteria } from '../../src/projection/near-universal-criteria.js';
import { graphologyToCompact } from '../../src/site/graphology-to-compact.js';
import { clearFocus, createStore, select, setHighlighted, setWideMatrix, toggleFilterKey, toggleLevel, toggleType } from '../../viewer/src/actions.js';
import { compactNearUniversal, compactToGraph } from '../../viewer/src/compact-graph.js';
import { activeFilterCount, filtersShowing, shownNodes, visibleNodes } from '../../viewer/src/filters.js';
import { graphToMatrix, sortRows } from '../../viewer/src/matrix-model.js';
import { initialState } from '../../viewer/src/state.js';
import { hashToState, stateToHash } from '../../viewer/src/url-state.js';
import { P, seedGraph } from '../helpers/seed.js';

const D = (l: string): string => `https://w3id.org/deai/ontology#${l}`;
const complete = graphToGraphology(seedGraph());
const universal = nearUniversalCriteria(complete);
// As the viewer builds it: the links into the near-universal criteria held back (compact-graph.ts), read through
// `links` by filters and matrix.
const compact = graphologyToCompact(complete.export());
const { graph, links } = compactToGraph(compact, universal);
// The five ● columns every one of the 52 table rows holds, and Decentralization, ◑ in every row.
const SHARED = [D('Auditability'), D('Decentralization'), D('EnhancedSecurity'), D('IncentiveMechanism'), D('PermissionControl'), D('PublicReference')];

describe('The layer of near-universal criteria', () => {
  it('should hide the six criteria every project holds, keep Data Storage and Asset Tokenization, and show a selected one', () => {
    expect([...universal].sort()).toEqual(SHARED);
    expect([...compactNearUniversal(compact)].sort()).toEqual(SHARED); // the same, found in the compact file
    const shown = shownNodes(graph, initialState(), universal, links);
    expect(SHARED.some((k) => shown.has(k))).toBe(false);
    expect(shown.has(D('DataStorage')) && shown.has(D('AssetTokenization'))).toBe(true);
    expect(shownNodes(graph, { ...initialState(), selected: D('Auditability') }, universal, links).has(D('Auditability'))).toBe(true);
    expect(SHARED.every((k) => shownNodes(graph, { ...initialState(), showUniversal: true }, universal, links).has(k))).toBe(true);
  });
});

describe('Filters that say what they hide', () => {
  it('should count each hidden type or level and each ticked concept', () => {
    const store = createStore(initialState());
    expect(activeFilterCount(graph, store.get().filters)).toBe(0);
    toggleType(store, 'assumption');
    toggleLevel(store, 'partial');
    toggleFilterKey(store, 'stages', D('Training'));
    expect(activeFilterCount(graph, store.get().filters)).toBe(3);
    // The survey has no papers: "paper" is not a filter anyone could have set.
    toggleType(store, 'paper');
    expect(activeFilterCount(graph, store.get().filters)).toBe(3);
  });

  it('should show Gensyn (● Compute only) when a Training filter hides it, by dropping the stage filter alone', () => {
    const store = createStore(initialState());
    toggleFilterKey(store, 'stages', D('Training'));
    toggleFilterKey(store, 'assumptions', D('Staking'));
    expect(visibleNodes(graph, store.get().filters, links).has(P('gensyn'))).toBe(false);
    const next = filtersShowing(graph, store.get().filters, P('gensyn'), links);
    expect([...next.stages]).toEqual([]);
    expect([...next.assumptions]).toEqual([D('Staking')]); // Gensyn relies on Staking: that filter stays
    expect(visibleNodes(graph, next, links).has(P('gensyn'))).toBe(true);
  });

  it('should show a node whose type is hidden by showing that type again', () => {
    const store = createStore(initialState());
    toggleType(store, 'assumption');
    const next = filtersShowing(graph, store.get().filters, D('Staking'), links);
    expect(next.types.has('assumption')).toBe(true);
    expect(visibleNodes(graph, next, links).has(D('Staking'))).toBe(true);
  });
});

describe('Actions for Escape and the full-width matrix', () => {
  it('should clear both the selection and the SPARQL highlight on Escape', () => {
    const store = createStore(initialState());
    setHighlighted(store, new Set([P('ora')]));
    clearFocus(store);
    expect(store.get().highlighted).toBeUndefined();
    select(store, P('ora'));
    clearFocus(store);
    expect(store.get().selected).toBeUndefined();
  });

  it('should keep the Matrix tab when a row is picked there, and open it for the full-width mode', () => {
    const store = createStore({ ...initialState(), tab: 'matrix' });
    select(store, P('vana'), { keepTab: true });
    expect(store.get().tab).toBe('matrix');
    select(store, P('ora'));
    expect(store.get().tab).toBe('details');
    setWideMatrix(store, true);
    expect(store.get()).toMatchObject({ wideMatrix: true, tab: 'matrix' });
  });

  it('should keep the layer and the full-width mode in the URL', () => {
    const hash = stateToHash({ ...initialState(), showUniversal: true, wideMatrix: true, tab: 'matrix' });
    expect(hash).toBe('#tab=matrix&universal=1&wide=1');
    expect(hashToState(hash, initialState(), () => true)).toMatchObject({ showUniversal: true, wideMatrix: true, tab: 'matrix' });
    expect(hashToState('', initialState(), () => true)).toMatchObject({ showUniversal: false, wideMatrix: false });
  });
});

describe('The matrix model', () => {
  const matrix = graphToMatrix(graph, links);

  it('should have the 15 mark columns in the survey order, by the ontology names, with the headers as written', () => {
    expect(matrix.columns.map((c) => c.label)).toEqual([
      'Task Proposing', 'Data Preparation', 'Compute', 'Training', 'Model Inference', 'Marketplace', 'Application',
      'Incentive Mechanism', 'Enhanced Security', 'Permission Control', 'Data Storage', 'Public Reference', 'Auditability', 'Asset Tokenization', 'Decentralization',
    ]);
    expect(matrix.columns.find((c) => c.label === 'Task Proposing')?.header).toBe('Task Creation');
    expect(matrix.columns.find((c) => c.label === 'Asset Tokenization')?.header).toBe('ML Assets Tokenization');
  });

  it('should have every project: the 52 table rows in survey order, then Morpheus, listed only in a section', () => {
    expect(matrix.rows).toHaveLength(53);
    expect(matrix.rows.slice(0, 3).map((r) => r.label)).toEqual(['Bittensor', 'FLock', 'Vana']);
    const morpheus = matrix.rows.find((r) => r.key === P('morpheus'));
    expect(morpheus).toMatchObject({ inTable: false, assumption: '' });
    expect(morpheus?.levels.size).toBe(0);
    expect(matrix.rows.filter((r) => !r.inTable).map((r) => r.label)).toEqual(['Morpheus']);
    const gensyn = matrix.rows.find((r) => r.key === P('gensyn'));
    expect(gensyn?.assumption).toBe('Proof-of-Learning, Staking');
    expect(gensyn?.levels.get(D('Compute'))).toBe('full');
    expect(gensyn?.levels.get(D('Training'))).toBe('none');
    expect(gensyn?.levels.get(D('Decentralization'))).toBe('partial');
  });

  it('should sort a column ● first (descending), keeping survey order among equals and "not in the table" last', () => {
    const byCompute = sortRows(matrix.rows, { key: { column: D('Compute') }, descending: true });
    expect(byCompute.slice(0, 3).map((r) => r.label)).toEqual(['Lilypad', 'IO.NET', 'NetMind']);
    expect(byCompute.filter((r) => r.levels.get(D('Compute')) === 'full')).toHaveLength(17);
    expect(byCompute[16]?.label).toBe('Commune AI');
    expect(byCompute.at(-1)?.label).toBe('Morpheus');
    expect(sortRows(matrix.rows, { key: 'name', descending: false }).slice(0, 3).map((r) => r.label)).toEqual(['0G', 'Akash', 'Allora']);
  });
});

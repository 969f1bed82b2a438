// Sigma node/edge reducers: appearance derived from the state (selection, hover, filters, SPARQL highlight).
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Links } from './compact-graph.js';
import { edgeVisible } from './filters.js';
import type { ViewerState } from './state.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

export const DIM_NODE = '#e5e7eb';
const EDGE_FULL = '#94a3b8';
const EDGE_PARTIAL = '#d6dde6';
const EDGE_FOCUS = '#334155';

/** The label prefix of a project added (+) or changed (Δ) since the version `site --diff` compared with. */
export const CHANGE_MARKS: Readonly<Record<string, string>> = { added: '+', changed: 'Δ' };

/** The node in focus: the hovered one, else the selected one. */
export function focusOf(state: ViewerState): string | undefined {
  return state.hovered ?? state.selected;
}

export function createNodeReducer(graph: Graph, getState: () => ViewerState, getVisible: () => ReadonlySet<string>, links: Links) {
  return (node: string, data: Attributes): Partial<NodeDisplayData> => {
    const state = getState();
    // The data's `type` is the node kind (project, stage, …); sigma reads `type` as its program name. Every label is
    // offered to the label layer (forceLabel), which decides which ones fit. Only what sigma draws is copied, every
    // field set (sigma copies this object into its cache and fills in what is missing): at 10k nodes copying all of a
    // node's attributes (links, texts) made a frame's garbage.
    // `site --diff OLD.md`: a project new or changed since OLD carries its mark in its label (see the legend).
    const label = data.change && data.label ? `${CHANGE_MARKS[String(data.change)] ?? ''} ${String(data.label)}` : data.label;
    const display: Partial<NodeDisplayData> = { x: data.x, y: data.y, size: data.size, color: data.color, label, type: 'circle', forceLabel: true, hidden: false, highlighted: false, zIndex: 0 };
    if (!getVisible().has(node)) return { ...display, hidden: true };
    const focus = focusOf(state);
    if (focus && graph.hasNode(focus)) {
      if (node === focus) return { ...display, highlighted: true, zIndex: 2 };
      if (links.areNeighbors(node, focus)) return { ...display, zIndex: 1 };
      return { ...display, color: DIM_NODE, label: '', zIndex: 0 };
    }
    if (state.highlighted) {
      if (state.highlighted.has(node)) return { ...display, highlighted: true, zIndex: 2 };
      return { ...display, color: DIM_NODE, label: '', zIndex: 0 };
    }
    return display;
  };
}

/**
 * `universal`: criteria nearly every project holds; when their layer is on, their links are drawn faint, so the
 * hundreds of them do not bury the rest.
 */
export function createEdgeReducer(graph: Graph, getState: () => ViewerState, getVisible: () => ReadonlySet<string>, universal: ReadonlySet<string> = new Set()) {
  return (edge: string, data: Attributes): Partial<EdgeDisplayData> => {
    const state = getState();
    const [source, target] = graph.extremities(edge) as [string, string];
    if (!edgeVisible(data, source, target, getVisible(), state.filters)) return { hidden: true };
    // ◑ (partial) and "possibly" links are drawn lighter and thinner than ● and stated ones.
    const weak = data.level === 'partial' || data.certainty === 'possible';
    const shared = universal.has(target);
    // Only what sigma draws, every field set (as for nodes: 95,715 edges at 10k).
    const display: Partial<EdgeDisplayData> = { type: 'line', color: weak || shared ? EDGE_PARTIAL : EDGE_FULL, size: weak || shared ? 0.6 : 1.2, label: data.relation, hidden: false, forceLabel: false, zIndex: 0 };
    const focus = focusOf(state);
    if (focus && graph.hasNode(focus)) {
      if (source !== focus && target !== focus) return { hidden: true };
      return { ...display, color: weak ? '#94a3b8' : EDGE_FOCUS, size: weak ? 1.2 : 2, zIndex: 1 };
    }
    if (state.highlighted && !(state.highlighted.has(source) && state.highlighted.has(target))) return { ...display, hidden: true };
    return display;
  };
}

// The legend: a colour per node type (with counts) and the two line styles of links.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { NODE_COLORS, type NodeType } from '../../../src/projection/projection-spec.js';
import { el } from './dom.js';

const NAMES: Record<NodeType, string> = { project: 'Project', stage: 'Lifecycle stage', capability: 'Capability', assumption: 'Security assumption', paper: 'Paper' };

export function mountLegend(root: HTMLElement, graph: AbstractGraph<Attributes, Attributes, Attributes>): void {
  const counts = new Map<string, number>();
  graph.forEachNode((_k, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  const rows = (Object.keys(NAMES) as NodeType[])
    .filter((t) => counts.has(t))
    .map((t) => el('div', { 'data-type': t }, el('span', { class: 'swatch', style: `background:${NODE_COLORS[t]}` }), `${NAMES[t]} (${counts.get(t)})`));
  root.append(
    ...rows,
    el('div', {}, el('span', { class: 'line', style: 'border-top:2px solid #94a3b8' }), '● full / stated'),
    el('div', {}, el('span', { class: 'line', style: 'border-top:1px solid #d6dde6' }), '◑ partial / possibly'),
    el('div', {}, el('small', {}, 'Size: number of links')),
  );
}

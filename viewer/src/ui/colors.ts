// Colours for text on a type's colour: the graph's node colours, darkened where white text on them would fall below
// WCAG AA contrast (4.5:1).
import { NODE_COLORS, type NodeType } from '../../../src/projection/projection-spec.js';

const DARKER: Readonly<Record<string, string>> = { stage: '#15803d', capability: '#c2410c' };

export function badgeColor(type: string): string {
  return DARKER[type] ?? NODE_COLORS[type as NodeType] ?? '#4b5563';
}

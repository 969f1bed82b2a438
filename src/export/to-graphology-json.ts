// graphology graph → its serialised JSON (graph.export()): what the viewer loads, byte for byte the site's data/graph.json.
import type { AbstractGraph as Graph } from 'graphology-types';

export function graphologyToJson(graph: Graph): string {
  return `${JSON.stringify(graph.export())}\n`;
}

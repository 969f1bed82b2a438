import { graphWithOntology } from '../graph/knowledge-graph.js';
import { createOxigraphEngine } from './oxigraph-engine.js';
const engines = new WeakMap();
export function query(graph, sparql, options = {}) {
    const withOntology = options.withOntology ?? true;
    const cached = engines.get(graph) ?? {};
    engines.set(graph, cached);
    const engine = withOntology
        ? (cached.withOntology ??= createEngine(graphWithOntology(graph)))
        : (cached.dataOnly ??= createEngine(graph.quads));
    return engine.query(sparql);
}
/** An engine over any quads (e.g. RDF files given with --data). */
export function createEngine(quads) {
    return createOxigraphEngine(quads);
}

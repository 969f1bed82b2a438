import { DataFactory, Writer } from 'n3';
import * as oxigraphModule from 'oxigraph';
import { queryForm } from './query-form.js';
import { QuerySyntaxError } from './sparql-engine.js';
let ready;
/**
 * Node's build (CommonJS) is ready on import; the browser build (web.js, chosen through package.json "browser")
 * must fetch and instantiate its .wasm first with its default export. Either way this resolves to the module.
 */
function loadOxigraph() {
    ready ??= (async () => {
        const mod = oxigraphModule;
        if (typeof mod.initSync === 'function' && typeof mod.default === 'function') {
            await mod.default();
            return mod;
        }
        return (mod.Store ? mod : mod.default);
    })();
    return ready;
}
export function createOxigraphEngine(quads) {
    // Loading N-Quads text is much faster than crossing the WASM boundary once per term.
    const nquads = new Writer({ format: 'N-Quads' }).quadsToString([...quads]);
    let storePromise;
    const getStore = () => (storePromise ??= loadOxigraph().then((ox) => {
        const store = new ox.Store();
        store.load(nquads, { format: 'application/n-quads' });
        return store;
    }));
    return {
        name: 'oxigraph',
        async query(sparql) {
            const store = await getStore();
            const form = queryForm(sparql);
            if (form === 'UPDATE')
                throw new QuerySyntaxError('SPARQL Update is not accepted: the graph is read-only here', 1, 1);
            try {
                if (form === 'SELECT' || form === 'ASK') {
                    const json = JSON.parse(store.query(sparql, { results_format: 'application/sparql-results+json' }));
                    if (form === 'ASK')
                        return { type: 'boolean', value: Boolean(json.boolean) };
                    return { type: 'bindings', variables: json.head.vars ?? [], rows: json.results.bindings };
                }
                const result = store.query(sparql);
                if (!Array.isArray(result))
                    throw new QuerySyntaxError('Only SPARQL queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are accepted', 1, 1);
                return { type: 'quads', quads: result.map(toN3Quad) };
            }
            catch (error) {
                if (error instanceof QuerySyntaxError)
                    throw error;
                const message = error.message ?? String(error);
                const place = /error at (\d+):(\d+)/.exec(message);
                if (place)
                    throw new QuerySyntaxError(message, Number(place[1]), Number(place[2]));
                throw error;
            }
        },
    };
}
/** Oxigraph's terms → n3's, so results mix freely with the rest of the code. */
function toN3Quad(q) {
    const term = (t) => {
        if (t.termType === 'NamedNode')
            return DataFactory.namedNode(t.value);
        if (t.termType === 'BlankNode')
            return DataFactory.blankNode(t.value);
        if (t.termType === 'Literal')
            return DataFactory.literal(t.value, t.language || DataFactory.namedNode(t.datatype.value));
        return DataFactory.defaultGraph();
    };
    return DataFactory.quad(term(q.subject), term(q.predicate), term(q.object), DataFactory.defaultGraph());
}

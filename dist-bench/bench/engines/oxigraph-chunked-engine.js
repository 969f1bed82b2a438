import { Writer } from 'n3';
import oxigraph from 'oxigraph';
import { queryForm } from '../../src/sparql/query-form.js';
import { QuerySyntaxError } from '../../src/sparql/sparql-engine.js';
/** Quads per store.load() call: ~25 MB of N-Quads text, far below the string limit. */
export const CHUNK = 200_000;
export function createOxigraphChunkedEngine(quads, chunk = CHUNK) {
    const store = new oxigraph.Store();
    const all = Array.isArray(quads) ? quads : [...quads];
    for (let i = 0; i < all.length; i += chunk) {
        store.load(new Writer({ format: 'N-Quads' }).quadsToString(all.slice(i, i + chunk)), { format: 'application/n-quads' });
    }
    return {
        name: 'oxigraph-chunked',
        async query(sparql) {
            const form = queryForm(sparql);
            if (form !== 'SELECT' && form !== 'ASK')
                throw new QuerySyntaxError('The benchmark variant answers SELECT and ASK only', 1, 1);
            try {
                const json = JSON.parse(store.query(sparql, { results_format: 'application/sparql-results+json' }));
                if (form === 'ASK')
                    return { type: 'boolean', value: Boolean(json.boolean) };
                return { type: 'bindings', variables: json.head.vars ?? [], rows: json.results.bindings };
            }
            catch (error) {
                const message = error.message ?? String(error);
                const place = /error at (\d+):(\d+)/.exec(message);
                if (place)
                    throw new QuerySyntaxError(message, Number(place[1]), Number(place[2]));
                throw error;
            }
        },
    };
}

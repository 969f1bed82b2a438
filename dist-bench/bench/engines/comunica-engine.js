import { QueryEngine } from '@comunica/query-sparql-rdfjs';
import { DataFactory, Store } from 'n3';
import { QuerySyntaxError } from '../../src/sparql/sparql-engine.js';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const RDF_DIR_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString';
export function createComunicaEngine(quads) {
    const store = new Store();
    store.addQuads(Array.isArray(quads) ? quads : [...quads]);
    const engine = new QueryEngine();
    return {
        name: 'comunica',
        async query(sparql) {
            let result;
            try {
                result = await engine.query(sparql, { sources: [store] });
            }
            catch (error) {
                const message = error.message ?? String(error);
                // Comunica's parser (traqula) reports e.g. "Parse error on line 3" or "… at line 3, column 7".
                const line = /line (\d+)/i.exec(message);
                if (line)
                    throw new QuerySyntaxError(message, Number(line[1]), Number(/column (\d+)/i.exec(message)?.[1] ?? 1));
                throw error;
            }
            switch (result.resultType) {
                case 'bindings': {
                    const metadata = await result.metadata();
                    const variables = metadata.variables.map((v) => variableName(v));
                    const rows = [];
                    const stream = await result.execute();
                    for await (const binding of stream) {
                        const row = {};
                        for (const [variable, term] of binding)
                            row[variable.value] = toResultTerm(term);
                        rows.push(row);
                    }
                    return { type: 'bindings', variables, rows };
                }
                case 'boolean':
                    return { type: 'boolean', value: await result.execute() };
                case 'quads': {
                    const out = [];
                    for await (const q of await result.execute())
                        out.push(toN3Quad(q));
                    return { type: 'quads', quads: out };
                }
                default:
                    // An update: Comunica would run it against the store when executed; refuse it instead.
                    throw new QuerySyntaxError('Only SPARQL queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are accepted', 1, 1);
            }
        },
    };
}
/** Comunica ≥ 3 gives { variable, canBeUndef }; the RDF/JS type says a bare Variable. */
function variableName(v) {
    const variable = v.variable ?? v;
    return variable.value;
}
/** An RDF/JS term → the W3C SPARQL 1.1 JSON term (simple literals without a datatype, as Oxigraph writes them). */
export function toResultTerm(term) {
    switch (term.termType) {
        case 'NamedNode':
            return { type: 'uri', value: term.value };
        case 'BlankNode':
            return { type: 'bnode', value: term.value };
        case 'Literal': {
            if (term.language)
                return { type: 'literal', value: term.value, 'xml:lang': term.language };
            const datatype = term.datatype.value;
            if (datatype === XSD_STRING || datatype === RDF_LANG_STRING || datatype === RDF_DIR_LANG_STRING)
                return { type: 'literal', value: term.value };
            return { type: 'literal', value: term.value, datatype };
        }
        case 'Quad':
            // A triple term (RDF 1.2); not produced by the competency questions.
            return { type: 'triple', value: `<< ${term.subject.value} ${term.predicate.value} ${term.object.value} >>` };
        default:
            return { type: 'literal', value: term.value };
    }
}
function toN3Quad(q) {
    return DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.defaultGraph());
}

import jsonld from 'jsonld';
import { XSD } from '../vocab/namespaces.js';
import { quadsToNTriples } from './to-turtle.js';
export async function quadsToJsonLd(quads, context) {
    const expanded = await jsonld.fromRDF(quadsToNTriples(quads), { format: 'application/n-quads', useNativeTypes: true });
    dropXsdString(expanded);
    // Never a remote context: the document loader refuses every URL.
    const documentLoader = async (url) => {
        throw new Error(`JSON-LD tried to load ${url}; deai-kg embeds its context and loads nothing`);
    };
    const compacted = await jsonld.compact(expanded, context, { documentLoader });
    return `${JSON.stringify(compacted, null, 2)}\n`;
}
/** jsonld.js keeps "@type": xsd:string on plain strings with useNativeTypes; they are plain strings in RDF 1.1. */
function dropXsdString(node) {
    if (Array.isArray(node)) {
        for (const item of node)
            dropXsdString(item);
    }
    else if (node && typeof node === 'object') {
        const record = node;
        if ('@value' in record && record['@type'] === XSD('string'))
            delete record['@type'];
        for (const value of Object.values(record))
            dropXsdString(value);
    }
}

// Overview table header → what each column holds, matched through the ontology's labels.
import { placeIn } from '../errors.js';
import { normaliseLabel } from '../resolve/normalise-label.js';
import { slugify } from '../resolve/slugify.js';
import { DEAI } from '../vocab/namespaces.js';
/** "Decentralization[^2]" → "Decentralization": footnote markers and emphasis stars are not part of a name. */
export function headerName(text) {
    return text.replace(/\[\^[^\]]*\]/g, '').replace(/\*+/g, '').trim();
}
export function tableToColumns(table, ontology, base, file, sink) {
    const seen = new Map();
    return table.header.map((header, index) => {
        const name = headerName(header.text);
        const key = normaliseLabel(name);
        const spec = matchColumn(index, header, key, ontology, table);
        const earlier = seen.get(spec.columnFor);
        if (earlier !== undefined) {
            sink.fail('table/duplicate-column', placeIn(file, header), `Column ${index + 1} "${name}" names the same thing as column ${earlier + 1}`, 'each stage, capability and the assumption column at most once');
        }
        seen.set(spec.columnFor, index);
        if (spec.kind !== 'text' && !(spec.kind === 'criterion' && spec.criterionType === 'minted'))
            return spec;
        const minted = spec.kind === 'text' ? `${base}property/${slugify(name)}` : `${base}criterion/${slugify(name)}`;
        sink.warn(spec.kind === 'text' ? 'table/unknown-text-column' : 'table/unknown-criterion', placeIn(file, header), `Column "${name}" is not in the ontology; its cells are kept under the new term <${minted}>`, 'a stage or capability label; to map it, add skos:altLabel "' + name + '" to the right concept in ontology/deai.ttl');
        return { ...spec, columnFor: minted };
    });
}
function matchColumn(index, header, key, ontology, table) {
    if (index === 0)
        return { kind: 'name', index, header, columnFor: DEAI('Project') };
    const stage = ontology.stages.get(key);
    if (stage)
        return { kind: 'criterion', index, header, columnFor: stage, criterionType: 'stage' };
    const capability = ontology.capabilities.get(key);
    if (capability)
        return { kind: 'criterion', index, header, columnFor: capability, criterionType: 'capability' };
    if (ontology.assumptionColumn.has(key))
        return { kind: 'assumption', index, header, columnFor: DEAI('securityAssumptionText') };
    // Unknown header: a column of marks is a new criterion, anything else is free text.
    const cells = table.rows.map((row) => row.cells[index]?.text ?? '').filter((t) => t !== '');
    const allMarks = cells.length > 0 && cells.every((t) => ontology.levels.has(t) || t.length === 1);
    return allMarks
        ? { kind: 'criterion', index, header, columnFor: '', criterionType: 'minted' }
        : { kind: 'text', index, header, columnFor: '', minted: true };
}

import { DEAI, OWL, RDF, RDFS, SKOS } from '../vocab/namespaces.js';
import { normaliseLabel } from '../resolve/normalise-label.js';
export const SCHEMES = {
    stages: DEAI('LifecycleStageScheme'),
    capabilities: DEAI('CapabilityScheme'),
    assumptions: DEAI('SecurityAssumptionScheme'),
    categories: DEAI('CategoryScheme'),
    levels: DEAI('SupportLevelScheme'),
};
/** Properties whose labels name a link type; deai:reference is the table's link and has none. */
const LINK_PROPERTIES = ['whitepaper', 'documentation', 'sourceCode', 'paperLink'].map((local) => DEAI(local));
const LABELS = [SKOS('prefLabel'), SKOS('altLabel'), RDFS('label')];
export function quadsToOntologyIndex(quads) {
    const bySubject = new Map();
    for (const quad of quads) {
        const list = bySubject.get(quad.subject.value) ?? [];
        list.push(quad);
        bySubject.set(quad.subject.value, list);
    }
    const values = (subject, predicate) => (bySubject.get(subject) ?? []).filter((q) => q.predicate.value === predicate).map((q) => q.object.value);
    const labelsOf = (subject) => LABELS.flatMap((p) => values(subject, p));
    const concepts = new Map();
    for (const [subject] of bySubject) {
        const schemes = values(subject, SKOS('inScheme'));
        if (schemes.length === 0)
            continue;
        concepts.set(subject, {
            iri: subject,
            prefLabel: values(subject, SKOS('prefLabel'))[0] ?? values(subject, RDFS('label'))[0] ?? subject,
            notations: values(subject, SKOS('notation')),
            broader: values(subject, SKOS('broader')),
            schemes,
        });
    }
    const lookupForScheme = (scheme) => {
        const map = new Map();
        for (const concept of concepts.values()) {
            if (!concept.schemes.includes(scheme))
                continue;
            for (const label of labelsOf(concept.iri))
                map.set(normaliseLabel(label), concept.iri);
        }
        return map;
    };
    const lookupForTerms = (iris) => {
        const map = new Map();
        for (const term of iris)
            for (const label of labelsOf(term))
                map.set(normaliseLabel(label), term);
        return map;
    };
    const levels = new Map();
    for (const concept of concepts.values()) {
        if (concept.schemes.includes(SCHEMES.levels))
            for (const n of concept.notations)
                levels.set(n, concept.iri);
    }
    const index = {
        stages: lookupForScheme(SCHEMES.stages),
        capabilities: lookupForScheme(SCHEMES.capabilities),
        assumptions: lookupForScheme(SCHEMES.assumptions),
        categories: lookupForScheme(SCHEMES.categories),
        levels,
        linkProperties: lookupForTerms(LINK_PROPERTIES),
        nameColumn: lookupForTerms([DEAI('Project')]),
        assumptionColumn: lookupForTerms([DEAI('securityAssumptionText')]),
        concepts,
        quads,
    };
    checkIndex(index, quads);
    return index;
}
/** The code relies on these being in the ontology; say so plainly if someone removed them. */
function checkIndex(index, quads) {
    const missing = [];
    if (index.stages.size === 0)
        missing.push('lifecycle stage concepts (skos:inScheme deai:LifecycleStageScheme)');
    if (index.capabilities.size === 0)
        missing.push('capability concepts (skos:inScheme deai:CapabilityScheme)');
    if (index.levels.size === 0)
        missing.push('support levels with skos:notation (deai:SupportLevelScheme)');
    const isOntology = quads.some((q) => q.predicate.value === RDF('type') && q.object.value === OWL('Ontology'));
    if (!isOntology)
        missing.push('an owl:Ontology header');
    if (missing.length > 0)
        throw new Error(`The ontology is missing ${missing.join(', ')}. Restore ontology/deai.ttl.`);
}

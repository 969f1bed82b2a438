import { parseSurvey } from '../parse/parse-survey.js';
import { surveyToQuads } from '../map/survey-to-quads.js';
import { NO_VARIANTS } from '../resolve/name-variants.js';
import { sortQuads } from '../export/sort-quads.js';
import { DEFAULT_BASE } from '../vocab/namespaces.js';
export function buildGraph(markdown, options) {
    const base = options.base ?? DEFAULT_BASE;
    if (!/^https?:\/\/\S+[/#]$/.test(base)) {
        throw new TypeError(`The base IRI "${base}" is not usable. Expected an http(s) IRI ending in "/" or "#".`);
    }
    const survey = parseSurvey(markdown, { file: options.file ?? 'survey.md' });
    const { quads, diagnostics } = surveyToQuads(survey, {
        base,
        ontology: options.ontology,
        variants: options.variants ?? NO_VARIANTS,
        facts: options.digest ? { digest: options.digest } : {},
    });
    return { quads: sortQuads(quads), ontology: options.ontology, diagnostics, base };
}

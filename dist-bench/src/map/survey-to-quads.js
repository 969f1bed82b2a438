import { DiagnosticSink } from '../errors.js';
import { resolveProjects } from '../resolve/resolve-projects.js';
import { DEAI, RDF } from '../vocab/namespaces.js';
import { projectToQuads } from './project-quads.js';
import { QuadBuilder } from './quad-builder.js';
import { paperToQuads } from './section-quads.js';
import { datasetDescription, surveyIri, surveyToDescription } from './survey-quads.js';
import { tableToColumns } from './table-columns.js';
const COUNTED_CLASSES = ['Project', 'Assessment', 'Paper', 'Listing'].map((c) => DEAI(c));
export function surveyToQuads(survey, options) {
    const sink = new DiagnosticSink();
    const out = new QuadBuilder();
    const ctx = { base: options.base, file: survey.file, ontology: options.ontology, sink, out, surveyIri: surveyIri(options.base) };
    const columns = tableToColumns(survey.table, options.ontology, options.base, survey.file, sink);
    surveyToDescription(ctx, survey, options.facts, columns);
    const { projects } = resolveProjects(survey, options.variants, sink);
    for (const project of projects)
        projectToQuads(ctx, project, columns);
    for (const entry of survey.entries)
        if (entry.kind === 'paper')
            paperToQuads(ctx, entry);
    const counts = new Map();
    for (const q of out.quads) {
        if (q.predicate.value === RDF('type') && COUNTED_CLASSES.includes(q.object.value))
            counts.set(q.object.value, (counts.get(q.object.value) ?? 0) + 1);
    }
    datasetDescription(ctx, survey.title ?? 'SoK: Decentralized AI (DeAI)', counts);
    return { quads: out.quads, diagnostics: [...survey.diagnostics, ...sink.diagnostics] };
}

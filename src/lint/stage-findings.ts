// lint/stage-mismatch: a project listed under a stage's section whose table row marks neither that stage nor a part of it.
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { ProjectEntry } from '../parse/survey-types.js';
import { DEAI } from '../vocab/namespaces.js';
import { createFinding, type LintContext, sectionName } from './lint-context.js';
import type { LintFinding } from './lint-rules.js';

const MARKED = new Set([DEAI('Full'), DEAI('Partial')]);

export function stageFindings(ctx: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const project of ctx.projects) {
    const row = project.row;
    if (!row) continue;
    const stageMarks = row.marks.filter((m) => m.column.criterionType === 'stage' && !m.column.minted);
    for (const listing of project.listings) {
      // An unknown stage section is minted: the build warns about it (section/unknown-stage).
      if (!ctx.ontology.concepts.has(listing.stage)) continue;
      const covering = stageAndParts(listing.stage, ctx.ontology);
      const cells = stageMarks.filter((m) => covering.has(m.column.columnFor));
      if (cells.length === 0) continue; // no column of the table judges this stage
      if (cells.some(({ level }) => MARKED.has(level))) continue;
      const marks = cells.map(({ column, cell }) => `${column.header.text} ${cell.text}`).join(', ');
      const name = (listing.entry as ProjectEntry).name;
      findings.push(
        createFinding(
          ctx,
          'lint/stage-mismatch',
          listing,
          `"${name}" is listed under ${sectionName(listing.heading)}, but its table row (line ${row.line}) marks ${marks}`,
          `● or ◑ in ${cells.map(({ column }) => `"${column.header.text}"`).join(' or ')} of its row, or the entry under the section of a stage the row marks`,
          cells.map(({ column, cell }) => ({ at: cell, message: `the "${column.header.text}" cell of "${project.label}"` })),
        ),
      );
    }
  }
  return findings;
}

/** The stage and every stage below it (skos:broader, transitively): On-training covers Training. */
function stageAndParts(stage: string, ontology: OntologyIndex): Set<string> {
  const found = new Set([stage]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const concept of ontology.concepts.values()) {
      if (!found.has(concept.iri) && concept.broader.some((b) => found.has(b))) {
        found.add(concept.iri);
        grew = true;
      }
    }
  }
  return found;
}

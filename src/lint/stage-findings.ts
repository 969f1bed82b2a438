// lint/stage-mismatch: a project listed under a stage's section whose table row marks neither that stage nor a part of it.
import { sectionsToStageHeading } from '../map/section-quads.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { TableCell } from '../parse/survey-types.js';
import { normaliseLabel } from '../resolve/normalise-label.js';
import { DEAI } from '../vocab/namespaces.js';
import { createFinding, type LintContext } from './lint-context.js';
import type { LintFinding } from './lint-rules.js';

const MARKED = new Set([DEAI('Full'), DEAI('Partial')]);

export function stageFindings(ctx: LintContext): LintFinding[] {
  const stageColumns = ctx.columns.filter((c) => c.kind === 'criterion' && c.criterionType === 'stage');
  const findings: LintFinding[] = [];
  for (const project of ctx.projects.projects) {
    const row = project.row;
    if (!row) continue;
    for (const entry of project.entries) {
      const { heading } = sectionsToStageHeading(entry.sections, ctx.ontology);
      const stage = ctx.ontology.stages.get(normaliseLabel(heading.title));
      if (!stage) continue; // an unknown stage section: the build warns about it (section/unknown-stage)
      const covering = stageAndParts(stage, ctx.ontology);
      const cells = stageColumns.filter((c) => covering.has(c.columnFor)).map((c) => ({ column: c, cell: row.cells[c.index] as TableCell }));
      if (cells.length === 0) continue; // no column of the table judges this stage
      if (cells.some(({ cell }) => MARKED.has(ctx.ontology.levels.get(cell.text) ?? ''))) continue;
      const section = `"${heading.number !== undefined ? `${heading.number}. ` : ''}${heading.title}"`;
      const marks = cells.map(({ column, cell }) => `${column.header.text} ${cell.text}`).join(', ');
      findings.push(
        createFinding(
          ctx,
          'lint/stage-mismatch',
          entry,
          `"${entry.name}" is listed under ${section}, but its table row (line ${row.line}) marks ${marks}`,
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

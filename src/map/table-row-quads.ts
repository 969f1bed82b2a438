// A resolved table row → the project's cells as assessments, stage/capability links and assumptions.
import type { ResolvedMark, ResolvedRow } from '../resolve/resolved-types.js';
import { DEAI, localName, RDF, RDFS } from '../vocab/namespaces.js';
import { columnIri, type MapContext } from './map-context.js';
import { notesOnQuads } from './note-quads.js';

const LEVEL_PROPERTY: Record<string, Record<string, string>> = {
  stage: { [DEAI('Full')]: DEAI('coversStage'), [DEAI('Partial')]: DEAI('partiallyCoversStage') },
  capability: { [DEAI('Full')]: DEAI('hasCapability'), [DEAI('Partial')]: DEAI('partiallyHasCapability') },
  // A column of marks named after a security assumption: ● states it, as the assumption column would.
  assumption: { [DEAI('Full')]: DEAI('reliesOn'), [DEAI('Partial')]: DEAI('partiallyReliesOn') },
};

export function rowToQuads(ctx: MapContext, subject: string, label: string, row: ResolvedRow): void {
  if (row.reference) ctx.out.iri(subject, DEAI('reference'), row.reference.url);
  for (const mark of row.marks) markToQuads(ctx, subject, label, mark);
  for (const { cell, assumptions } of row.assumptions) {
    if (cell.text === '') continue;
    ctx.out.text(subject, DEAI('securityAssumptionText'), cell.text);
    for (const a of assumptions) ctx.out.iri(subject, a.certainty === 'possible' ? DEAI('possiblyReliesOn') : DEAI('reliesOn'), a.iri);
  }
  for (const { column, cell } of row.texts) if (cell.text !== '') ctx.out.text(subject, column.columnFor, cell.text);
}

function markToQuads(ctx: MapContext, subject: string, label: string, { column, cell, mark, level, notes }: ResolvedMark): void {
  const criterion = column.columnFor;
  const assessment = `${subject}/assessment/${localName(criterion)}`;
  const out = ctx.out;
  out.iri(subject, DEAI('assessment'), assessment);
  out.iri(assessment, RDF('type'), DEAI('Assessment'));
  out.text(assessment, RDFS('label'), `${label}: ${column.criterionLabel ?? column.name} (${ctx.labelOf(level)})`);
  out.iri(assessment, DEAI('criterion'), criterion);
  out.iri(assessment, DEAI('level'), level);
  out.iri(assessment, DEAI('column'), columnIri(ctx.base, column.index));
  out.add(assessment, DEAI('sourceLine'), cell.line);
  out.add(assessment, DEAI('sourceColumn'), cell.column);
  if (cell.text !== mark) out.text(assessment, DEAI('sourceText'), cell.text);
  notesOnQuads(ctx, assessment, notes);
  const property = column.criterionType ? LEVEL_PROPERTY[column.criterionType]?.[level] : undefined;
  if (property) out.iri(subject, property, criterion);
}

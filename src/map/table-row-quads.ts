// One table row → the project's cells as assessments, stage/capability links and assumptions.
import { placeIn } from '../errors.js';
import type { TableCell, TableRow } from '../parse/survey-types.js';
import type { ProjectRecord } from '../resolve/resolve-projects.js';
import { DEAI, RDF, RDFS, SKOS } from '../vocab/namespaces.js';
import { cellToAssumptionTerms } from './assumption-terms.js';
import { columnIri, conceptLabel, localName, type MapContext, projectIri } from './map-context.js';
import { type ColumnSpec, headerName } from './table-columns.js';

const LEVEL_PROPERTY = {
  stage: { [DEAI('Full')]: DEAI('coversStage'), [DEAI('Partial')]: DEAI('partiallyCoversStage') },
  capability: { [DEAI('Full')]: DEAI('hasCapability'), [DEAI('Partial')]: DEAI('partiallyHasCapability') },
  minted: {},
} as const satisfies Record<string, Record<string, string>>;

export function rowToQuads(ctx: MapContext, project: ProjectRecord, row: TableRow, columns: readonly ColumnSpec[]): void {
  checkCellCount(ctx, row, columns.length);
  const subject = projectIri(ctx.base, project.slug);
  const reference = row.cells[0]?.link?.url;
  if (reference) ctx.out.iri(subject, DEAI('reference'), reference);
  for (const column of columns) {
    const cell = row.cells[column.index] as TableCell;
    if (column.kind === 'criterion') criterionCell(ctx, project, subject, cell, column);
    else if (column.kind === 'assumption') assumptionCell(ctx, subject, cell);
    else if (column.kind === 'text' && cell.text !== '') ctx.out.text(subject, column.columnFor, cell.text);
  }
}

function criterionCell(ctx: MapContext, project: ProjectRecord, subject: string, cell: TableCell, column: ColumnSpec & { kind: 'criterion' }): void {
  const level = ctx.ontology.levels.get(cell.text);
  if (!level) {
    const marks = [...ctx.ontology.levels.keys()].join(' ');
    ctx.sink.fail(
      'table/unknown-mark',
      placeIn(ctx.file, cell),
      `Cell "${column.header.text}" of "${project.label}" holds "${cell.text}", which is not a support mark`,
      `one of ${marks} (full, partial, none)`,
    );
  }
  const criterion = column.columnFor;
  const assessment = `${subject}/assessment/${localName(criterion)}`;
  const out = ctx.out;
  out.iri(subject, DEAI('assessment'), assessment);
  out.iri(assessment, RDF('type'), DEAI('Assessment'));
  out.text(assessment, RDFS('label'), `${project.label}: ${column.mintedAs ? headerName(column.header.text) : conceptLabel(ctx, criterion)} (${conceptLabel(ctx, level)})`);
  out.iri(assessment, DEAI('criterion'), criterion);
  out.iri(assessment, DEAI('level'), level);
  out.iri(assessment, DEAI('column'), columnIri(ctx.base, column.index));
  out.add(assessment, DEAI('sourceLine'), cell.line);
  out.add(assessment, DEAI('sourceColumn'), cell.column);
  const property = (LEVEL_PROPERTY[column.mintedAs ?? column.criterionType] as Record<string, string>)[level];
  if (property) out.iri(subject, property, criterion);
}

function assumptionCell(ctx: MapContext, subject: string, cell: TableCell): void {
  if (cell.text === '') return;
  ctx.out.text(subject, DEAI('securityAssumptionText'), cell.text);
  for (const term of cellToAssumptionTerms(cell, ctx.ontology, ctx.base, ctx.file, ctx.sink)) {
    ctx.out.iri(subject, term.uncertain ? DEAI('possiblyReliesOn') : DEAI('reliesOn'), term.iri);
    if (term.minted) mintAssumption(ctx, term.iri, term.label);
  }
}

function mintAssumption(ctx: MapContext, iri: string, label: string): void {
  ctx.minted.iri(iri, RDF('type'), DEAI('SecurityAssumption'));
  ctx.minted.iri(iri, RDF('type'), SKOS('Concept'));
  ctx.minted.iri(iri, SKOS('inScheme'), DEAI('SecurityAssumptionScheme'));
  ctx.minted.text(iri, SKOS('prefLabel'), label);
}

/** Too few cells is an error; extra cells are an error unless they are empty (then a warning). */
function checkCellCount(ctx: MapContext, row: TableRow, expected: number): void {
  const name = row.cells[0]?.text ?? '';
  if (row.cells.length < expected) {
    const last = row.cells.at(-1) ?? row;
    ctx.sink.fail(
      'table/missing-cells',
      { file: ctx.file, line: row.line, column: last.column },
      `The row of "${name}" has ${row.cells.length} cells`,
      `${expected} cells, one per header column`,
    );
  }
  for (const extra of row.cells.slice(expected)) {
    if (extra.text !== '') {
      ctx.sink.fail(
        'table/extra-cells',
        placeIn(ctx.file, extra),
        `The row of "${name}" has ${row.cells.length} cells; cell ${expected + 1} holds "${extra.text}" under no header`,
        `${expected} cells, one per header column`,
      );
    }
    ctx.sink.warn(
      'table/extra-cell',
      placeIn(ctx.file, extra),
      `The row of "${name}" has an empty cell ${row.cells.indexOf(extra) + 1} beyond the ${expected} header columns; it is ignored`,
      `${expected} cells: remove the trailing "|   |"`,
    );
  }
}

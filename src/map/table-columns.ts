// Overview table header → what each column holds, matched through the ontology's labels.
import { placeIn, type DiagnosticSink } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import type { OverviewTable, TableCell } from '../parse/survey-types.js';
import { normaliseLabel } from '../resolve/normalise-label.js';
import { slugify } from '../resolve/slugify.js';
import { DEAI } from '../vocab/namespaces.js';

export type ColumnSpec =
  | { readonly kind: 'name'; readonly index: number; readonly header: TableCell; readonly columnFor: string }
  | {
      readonly kind: 'criterion';
      readonly index: number;
      readonly header: TableCell;
      readonly columnFor: string;
      readonly criterionType: 'stage' | 'capability' | 'minted';
      /** A minted criterion is a stage or a capability by its place among the known columns. */
      readonly mintedAs?: 'stage' | 'capability';
    }
  | { readonly kind: 'assumption'; readonly index: number; readonly header: TableCell; readonly columnFor: string }
  | { readonly kind: 'text'; readonly index: number; readonly header: TableCell; readonly columnFor: string; readonly minted: true };

/** "Decentralization[^2]" → "Decentralization": footnote markers and emphasis stars are not part of a name. */
export function headerName(text: string): string {
  return text.replace(/\[\^[^\]]*\]/g, '').replace(/\*+/g, '').trim();
}

export function tableToColumns(table: OverviewTable, ontology: OntologyIndex, base: string, file: string, sink: DiagnosticSink): ColumnSpec[] {
  const seen = new Map<string, number>();
  const matched = table.header.map((header, index) => matchColumn(index, header, normaliseLabel(headerName(header.text)), ontology, table));
  return table.header.map((header, index): ColumnSpec => {
    const name = headerName(header.text);
    const spec = mintTerm(matched, index, name, base, file, sink);
    const earlier = seen.get(spec.columnFor);
    if (earlier !== undefined) {
      sink.fail(
        'table/duplicate-column',
        placeIn(file, header),
        `Column ${index + 1} "${name}" names the same thing as column ${earlier + 1}`,
        'each stage, capability and the assumption column at most once',
      );
    }
    seen.set(spec.columnFor, index);
    return spec;
  });
}

/** A column the ontology does not know keeps its cells under a minted term, with a warning that names it. */
function mintTerm(matched: readonly ColumnSpec[], index: number, name: string, base: string, file: string, sink: DiagnosticSink): ColumnSpec {
  const spec = matched[index] as ColumnSpec;
  if (spec.kind !== 'text' && !(spec.kind === 'criterion' && spec.criterionType === 'minted')) return spec;
  const minted = spec.kind === 'text' ? `${base}property/${slugify(name)}` : `${base}criterion/${slugify(name)}`;
  const mintedAs = spec.kind === 'criterion' ? neighbourType(matched, index) : undefined;
  const what = mintedAs ? `${mintedAs === 'stage' ? 'lifecycle stage' : 'capability'} (by its place among the ${mintedAs} columns)` : 'text property';
  sink.warn(
    spec.kind === 'text' ? 'table/unknown-text-column' : 'table/unknown-criterion',
    placeIn(file, spec.header),
    `Column "${name}" is not in the ontology; its cells are kept under the new ${what} <${minted}>`,
    `a label of the ontology; to map it, add skos:altLabel "${name}" to the ${mintedAs ? 'stage or capability' : 'property (e.g. deai:securityAssumptionText)'} it means in ontology/deai.ttl`,
  );
  return { ...spec, columnFor: minted, ...(mintedAs ? { mintedAs } : {}) };
}

/** The type of the nearest known criterion column, left first: a new column among the capabilities is a capability. */
function neighbourType(columns: readonly ColumnSpec[], index: number): 'stage' | 'capability' {
  const known = (c: ColumnSpec | undefined): 'stage' | 'capability' | undefined =>
    c?.kind === 'criterion' && c.criterionType !== 'minted' ? c.criterionType : undefined;
  for (let i = index - 1; i >= 0; i--) {
    const type = known(columns[i]);
    if (type) return type;
  }
  for (let i = index + 1; i < columns.length; i++) {
    const type = known(columns[i]);
    if (type) return type;
  }
  return 'capability';
}

function matchColumn(index: number, header: TableCell, key: string, ontology: OntologyIndex, table: OverviewTable): ColumnSpec {
  if (index === 0) return { kind: 'name', index, header, columnFor: DEAI('Project') };
  const stage = ontology.stages.get(key);
  if (stage) return { kind: 'criterion', index, header, columnFor: stage, criterionType: 'stage' };
  const capability = ontology.capabilities.get(key);
  if (capability) return { kind: 'criterion', index, header, columnFor: capability, criterionType: 'capability' };
  if (ontology.assumptionColumn.has(key)) return { kind: 'assumption', index, header, columnFor: DEAI('securityAssumptionText') };
  // Unknown header: a column of marks is a new criterion, anything else is free text.
  const cells = table.rows.map((row) => row.cells[index]?.text ?? '').filter((t) => t !== '');
  const allMarks = cells.length > 0 && cells.every((t) => ontology.levels.has(t) || t.length === 1);
  return allMarks
    ? { kind: 'criterion', index, header, columnFor: '', criterionType: 'minted' }
    : { kind: 'text', index, header, columnFor: '', minted: true };
}

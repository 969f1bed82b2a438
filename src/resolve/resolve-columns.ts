// Overview table header → what each column holds, matched through the ontology's labels.
import { placeIn } from '../errors.js';
import { type OntologyIndex, SCHEMES } from '../ontology/ontology-index.js';
import { withoutMarkers } from '../parse/footnote-markers.js';
import type { SurveyRecords, TableCell, TableRow } from '../parse/survey-types.js';

type OverviewTable = SurveyRecords['table'];
import { DEAI } from '../vocab/namespaces.js';
import { normaliseLabel } from './normalise-label.js';
import type { ResolveContext } from './resolve-context.js';
import type { CriterionType, ResolvedColumn } from './resolved-types.js';

/** "Decentralization[^2]" → "Decentralization": footnote markers and emphasis stars are not part of a name. */
export function headerName(text: string): string {
  return text.replace(/\[\^[^\]]*\]/g, '').replace(/\*+/g, '').trim();
}

type ColumnContext = ResolveContext;

/** A header matched to a known term, or the kind of term to mint for it. */
type Match =
  | { readonly kind: 'name' | 'assumption'; readonly columnFor: string }
  | { readonly kind: 'criterion'; readonly columnFor: string; readonly criterionType: CriterionType }
  | { readonly kind: 'criterion'; readonly columnFor?: undefined }
  | { readonly kind: 'text'; readonly columnFor?: undefined };

export function resolveColumns(table: OverviewTable, ctx: ColumnContext): ResolvedColumn[] {
  const seen = new Map<string, number>();
  const matched = table.header.map((header, index) => matchColumn(index, normaliseLabel(headerName(header.text)), ctx.ontology, table));
  return table.header.map((header, index): ResolvedColumn => {
    const name = headerName(header.text);
    const column = toColumn(matched, index, header, name, ctx);
    const earlier = seen.get(column.columnFor);
    if (earlier !== undefined) {
      ctx.sink.fail(
        'table/duplicate-column',
        placeIn(ctx.file, header),
        `Column ${index + 1} "${name}" names the same thing as column ${earlier + 1}`,
        'each stage, capability and the assumption column at most once',
      );
    }
    seen.set(column.columnFor, index);
    return column;
  });
}

/** A known column as matched; a column the ontology does not know keeps its cells under a minted term, with a warning that names it. */
function toColumn(matched: readonly Match[], index: number, header: TableCell, name: string, ctx: ColumnContext): ResolvedColumn {
  const match = matched[index] as Match;
  const at = { index, header, name, notes: ctx.notes.forMarkers(header.text) };
  if (match.columnFor !== undefined) {
    if (match.kind !== 'criterion') return { ...at, kind: match.kind, columnFor: match.columnFor, minted: false };
    const criterionLabel = ctx.ontology.concepts.get(match.columnFor)?.prefLabel ?? name;
    return { ...at, kind: 'criterion', columnFor: match.columnFor, criterionType: match.criterionType, minted: false, criterionLabel };
  }
  const source = baseName(ctx.file);
  if (match.kind === 'text') {
    const { iri } = ctx.minted.mint('property', name, `${ctx.base}property/`, `"${name}": a text column of the survey's overview table that the DeAI ontology does not define (minted from ${source}).`);
    warnMinted(ctx, header, name, iri, undefined);
    return { ...at, kind: 'text', columnFor: iri, minted: true };
  }
  const mintedAs = neighbourType(matched, index);
  const { iri } = ctx.minted.mint(mintedAs, name, `${ctx.base}criterion/`, `"${name}": a column of the survey's overview table that the DeAI ontology does not define (minted from ${source}).`);
  warnMinted(ctx, header, name, iri, mintedAs);
  return { ...at, kind: 'criterion', columnFor: iri, criterionType: mintedAs, minted: true, criterionLabel: name };
}

function warnMinted(ctx: ColumnContext, header: TableCell, name: string, iri: string, mintedAs: 'stage' | 'capability' | undefined): void {
  const what = mintedAs ? `${mintedAs === 'stage' ? 'lifecycle stage' : 'capability'} (by its place among the ${mintedAs} columns)` : 'text property';
  ctx.sink.warn(
    mintedAs ? 'table/unknown-criterion' : 'table/unknown-text-column',
    placeIn(ctx.file, header),
    `Column "${name}" is not in the ontology; its cells are kept under the new ${what} <${iri}>`,
    `a label of the ontology; to map it, add skos:altLabel "${name}" to the ${mintedAs ? 'stage or capability' : 'property (e.g. deai:securityAssumptionText)'} it means in ontology/deai.ttl`,
  );
}

/** The type of the nearest known criterion column, left first: a new column among the capabilities is a capability. */
function neighbourType(columns: readonly Match[], index: number): 'stage' | 'capability' {
  const known = (c: Match | undefined): 'stage' | 'capability' | undefined =>
    c?.kind === 'criterion' && c.columnFor !== undefined && (c.criterionType === 'stage' || c.criterionType === 'capability') ? c.criterionType : undefined;
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

function matchColumn(index: number, key: string, ontology: OntologyIndex, table: OverviewTable): Match {
  if (index === 0) return { kind: 'name', columnFor: DEAI('Project') };
  const stage = ontology.stages.get(key);
  if (stage) return { kind: 'criterion', columnFor: stage, criterionType: 'stage' };
  const capability = ontology.capabilities.get(key);
  if (capability) return { kind: 'criterion', columnFor: capability, criterionType: 'capability' };
  if (ontology.assumptionColumn.has(key)) return { kind: 'assumption', columnFor: DEAI('securityAssumptionText') };
  const allMarks = columnOfMarks(table.rows, index, ontology);
  // A column of marks named after a concept of another scheme ("Staking", a security assumption) judges that concept.
  const concept = ontology.conceptLabels.get(key);
  const schemes = concept ? (ontology.concepts.get(concept)?.schemes ?? []) : [];
  if (concept && allMarks && schemes.includes(SCHEMES.assumptions)) return { kind: 'criterion', columnFor: concept, criterionType: 'assumption' };
  if (concept && allMarks && !schemes.includes(SCHEMES.levels)) return { kind: 'criterion', columnFor: concept, criterionType: 'concept' };
  // Unknown header: a column of marks is a new criterion, anything else is free text.
  return allMarks ? { kind: 'criterion' } : { kind: 'text' };
}

/** Whether a column's filled cells are all marks (●, ◑, ○ or one character), and at least one is filled. */
function columnOfMarks(rows: Iterable<TableRow>, index: number, ontology: OntologyIndex): boolean {
  let filled = false;
  for (const row of rows) {
    const text = withoutMarkers(row.cells[index]?.text ?? '');
    if (text === '') continue;
    if (!ontology.levels.has(text) && text.length !== 1) return false;
    filled = true;
  }
  return filled;
}

/** "data/survey.md" → "survey.md". */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

// The survey itself, its table columns, and the VoID/DCAT description of the dataset.
import type { Survey } from '../parse/survey-types.js';
import { DCAT, DCTERMS, DEAI, OWL, PROV, RDF, RDFS, SKOS, SURVEY_PAPER, SURVEY_REPOSITORY, VOID } from '../vocab/namespaces.js';
import { columnIri, type MapContext } from './map-context.js';
import { type ColumnSpec, headerName } from './table-columns.js';

export function surveyIri(base: string): string {
  return `${base}survey`;
}

export function datasetIri(base: string): string {
  return `${base}dataset`;
}

export interface SurveyFacts {
  /** "sha256:…" of the source text, so a graph names the exact survey version it came from. */
  readonly digest?: string;
}

export function surveyToDescription(ctx: MapContext, survey: Survey, facts: SurveyFacts, columns: readonly ColumnSpec[]): void {
  const s = ctx.surveyIri;
  const out = ctx.out;
  const title = survey.title ?? 'SoK: Decentralized AI (DeAI)';
  out.iri(s, RDF('type'), DEAI('Survey'));
  out.text(s, RDFS('label'), title);
  out.text(s, DCTERMS('title'), title);
  out.iri(s, DCTERMS('source'), SURVEY_REPOSITORY);
  out.iri(s, DCTERMS('relation'), SURVEY_PAPER);
  out.text(s, DEAI('sourceFile'), baseName(survey.file));
  if (facts.digest) out.text(s, DEAI('sourceDigest'), facts.digest);
  for (const column of columns) {
    const c = columnIri(ctx.base, column.index);
    out.iri(c, RDF('type'), DEAI('TableColumn'));
    out.text(c, RDFS('label'), column.header.text);
    out.add(c, DEAI('columnIndex'), column.index + 1);
    out.iri(c, DEAI('columnFor'), column.columnFor);
    out.iri(c, DCTERMS('isPartOf'), s);
    out.add(c, DEAI('sourceLine'), column.header.line);
    out.add(c, DEAI('sourceColumn'), column.header.column);
    mintedColumnTerm(ctx, column);
  }
}

/** A column the ontology does not know: its minted criterion is a concept in the scheme its place gives; a minted text column is a property. */
function mintedColumnTerm(ctx: MapContext, column: ColumnSpec): void {
  const label = headerName(column.header.text);
  if (column.kind === 'criterion' && column.mintedAs) {
    const stage = column.mintedAs === 'stage';
    ctx.minted.iri(column.columnFor, RDF('type'), SKOS('Concept'));
    ctx.minted.iri(column.columnFor, RDF('type'), DEAI(stage ? 'LifecycleStage' : 'Capability'));
    ctx.minted.iri(column.columnFor, SKOS('inScheme'), DEAI(stage ? 'LifecycleStageScheme' : 'CapabilityScheme'));
    ctx.minted.text(column.columnFor, SKOS('prefLabel'), label);
  } else if (column.kind === 'text') {
    ctx.minted.iri(column.columnFor, RDF('type'), OWL('DatatypeProperty'));
    ctx.minted.text(column.columnFor, RDFS('label'), label);
    ctx.minted.iri(column.columnFor, RDFS('domain'), DEAI('Project'));
  }
}

/**
 * Dataset description, added last: it counts the triples, its own included. No timestamps, so two
 * builds of the same survey are byte-identical.
 */
export function datasetDescription(ctx: MapContext, title: string, classCounts: ReadonlyMap<string, number>, triplesBefore: number): void {
  const d = datasetIri(ctx.base);
  const out = ctx.out;
  out.iri(d, RDF('type'), VOID('Dataset'));
  out.iri(d, RDF('type'), DCAT('Dataset'));
  out.text(d, DCTERMS('title'), `DeAI knowledge graph of "${title}"`);
  out.text(d, DCTERMS('description'), 'Projects, lifecycle stages, blockchain capabilities and security assumptions of the survey, as RDF in the DeAI ontology.');
  out.iri(d, DCTERMS('source'), ctx.surveyIri);
  out.iri(d, PROV('wasDerivedFrom'), ctx.surveyIri);
  out.iri(d, VOID('vocabulary'), DEAI(''));
  out.text(d, VOID('uriSpace'), ctx.base);
  out.iri(d, DCAT('theme'), DEAI('LifecycleStageScheme'));
  for (const [cls, count] of [...classCounts].sort(([a], [b]) => a.localeCompare(b))) {
    const partition = `${d}/class/${cls.slice(cls.lastIndexOf('#') + 1)}`;
    out.iri(d, VOID('classPartition'), partition);
    out.iri(partition, VOID('class'), cls);
    out.add(partition, VOID('entities'), count);
  }
  out.add(d, VOID('triples'), triplesBefore + out.size + 1);
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

// The survey itself, its table columns, and the VoID/DCAT description of the dataset.
import type { ResolvedColumn, ResolvedFigure, ResolvedSurvey } from '../resolve/resolved-types.js';
import { DCAT, DCTERMS, DEAI, PROV, RDF, RDFS, SCHEMA, SURVEY_PAPER, SURVEY_REPOSITORY, VOID, XSD } from '../vocab/namespaces.js';
import { columnIri, figureIri, type MapContext } from './map-context.js';
import { notesOnQuads, noteToQuads } from './note-quads.js';

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

export function surveyToDescription(ctx: MapContext, survey: ResolvedSurvey, facts: SurveyFacts): void {
  const s = ctx.surveyIri;
  const out = ctx.out;
  const title = survey.title ?? 'SoK: Decentralized AI (DeAI)';
  out.iri(s, RDF('type'), DEAI('Survey'));
  out.text(s, RDFS('label'), title);
  out.text(s, DCTERMS('title'), title);
  out.iri(s, DCTERMS('source'), SURVEY_REPOSITORY);
  out.iri(s, DCTERMS('relation'), SURVEY_PAPER);
  out.text(s, DEAI('sourceFile'), survey.fileName);
  if (facts.digest) out.text(s, DEAI('sourceDigest'), facts.digest);
  if (survey.abstract) out.text(s, DCTERMS('abstract'), survey.abstract.text);
  for (const figure of survey.figures) figureToQuads(ctx, figure);
  for (const column of survey.columns) columnToQuads(ctx, column);
  for (const note of survey.notes) noteToQuads(ctx, note);
}

function figureToQuads(ctx: MapContext, figure: ResolvedFigure): void {
  const f = figureIri(ctx.base, figure.number);
  const out = ctx.out;
  out.iri(ctx.surveyIri, SCHEMA('image'), f);
  out.iri(f, RDF('type'), SCHEMA('ImageObject'));
  out.text(f, RDFS('label'), figure.alt || `Figure ${figure.number}`);
  out.add(f, SCHEMA('contentUrl'), { value: figure.path, datatype: XSD('anyURI') });
  if (figure.caption) out.text(f, SCHEMA('caption'), figure.caption);
  out.iri(f, DCTERMS('isPartOf'), ctx.surveyIri);
  out.add(f, DEAI('sourceLine'), figure.line);
  out.add(f, DEAI('sourceColumn'), figure.column);
}

function columnToQuads(ctx: MapContext, column: ResolvedColumn): void {
  const c = columnIri(ctx.base, column.index);
  const out = ctx.out;
  out.iri(c, RDF('type'), DEAI('TableColumn'));
  out.text(c, RDFS('label'), column.name);
  if (column.header.text !== column.name) out.text(c, DEAI('sourceText'), column.header.text);
  out.add(c, DEAI('columnIndex'), column.index + 1);
  out.iri(c, DEAI('columnFor'), column.columnFor);
  out.iri(c, DCTERMS('isPartOf'), ctx.surveyIri);
  out.add(c, DEAI('sourceLine'), column.header.line);
  out.add(c, DEAI('sourceColumn'), column.header.column);
  notesOnQuads(ctx, c, column.notes);
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
  // In code-unit order (the same as localeCompare's for these ASCII IRIs): localeCompare's first call loads ICU's
  // collator, 10–20 ms of every build's start.
  for (const [cls, count] of [...classCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const partition = `${d}/class/${cls.slice(cls.lastIndexOf('#') + 1)}`;
    out.iri(d, VOID('classPartition'), partition);
    out.iri(partition, VOID('class'), cls);
    out.add(partition, VOID('entities'), count);
  }
  out.add(d, VOID('triples'), triplesBefore + out.size + 1);
}

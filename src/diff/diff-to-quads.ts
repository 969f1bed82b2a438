// SurveyDiff → RDF: each change a deai:Change (a prov:Activity) that used the two survey versions, says what it is
// about (deai:changedEntity, deai:changedConcept), its kind, and the old and new value; all part of one
// deai:ChangeSet. IRIs are minted from the versions' ids and the change's place in the diff: no blank nodes, so two
// runs are identical and the changes load next to the versions' graphs.
import type { Quad } from '@rdfjs/types';
import { paperIri, projectIri } from '../map/map-context.js';
import { QuadBuilder } from '../map/quad-builder.js';
import { DCTERMS, DEAI, PROV, RDF, RDFS, localName } from '../vocab/namespaces.js';
import type { SurveyDiff } from './survey-diff.js';

/** One version of the survey as the changes name it: an id (a commit, a digest) unique among the versions. */
export interface VersionRef {
  readonly id: string;
  /** A readable name: the file, or the commit's first line. */
  readonly label: string;
}

export function versionIri(base: string, id: string): string {
  return `${base}version/${encodeURIComponent(id)}`;
}

export function changeSetIri(base: string, to: VersionRef): string {
  return `${versionIri(base, to.id)}/changes`;
}

export type ChangeKind =
  | 'project-added' | 'project-removed' | 'project-renamed' | 'cell' | 'column-added' | 'column-removed' | 'column-renamed'
  | 'assumption' | 'concept-added' | 'concept-removed' | 'entry-added' | 'entry-removed' | 'paper-added' | 'paper-removed' | 'link';

interface Change {
  readonly kind: ChangeKind;
  readonly entity: string;
  readonly concept?: string;
  readonly from?: string;
  readonly to?: string;
  readonly label: string;
}

export function diffToQuads(diff: SurveyDiff, versions: { readonly from: VersionRef; readonly to: VersionRef }, base: string): Quad[] {
  const out = new QuadBuilder();
  const [from, to] = [versionIri(base, versions.from.id), versionIri(base, versions.to.id)];
  for (const [iri, version] of [[from, versions.from], [to, versions.to]] as const) {
    out.iri(iri, RDF('type'), DEAI('SurveyVersion'));
    out.iri(iri, RDF('type'), PROV('Entity'));
    out.text(iri, DCTERMS('identifier'), version.id);
    out.text(iri, RDFS('label'), version.label);
  }
  out.iri(to, PROV('wasRevisionOf'), from);
  const set = changeSetIri(base, versions.to);
  out.iri(set, RDF('type'), DEAI('ChangeSet'));
  out.text(set, RDFS('label'), `Changes from ${versions.from.label} to ${versions.to.label}`);
  out.iri(set, DEAI('fromVersion'), from);
  out.iri(set, DEAI('toVersion'), to);
  diffToChanges(diff, base).forEach((change, i) => {
    const c = `${set}/${i + 1}`;
    out.iri(c, RDF('type'), DEAI('Change'));
    out.iri(c, DEAI('changeSet'), set);
    out.text(c, DEAI('changeKind'), change.kind);
    out.text(c, RDFS('label'), change.label);
    out.iri(c, DEAI('changedEntity'), change.entity);
    if (change.concept) out.iri(c, DEAI('changedConcept'), change.concept);
    if (change.from) out.text(c, DEAI('oldValue'), change.from);
    if (change.to) out.text(c, DEAI('newValue'), change.to);
    out.iri(c, DEAI('fromVersion'), from);
    out.iri(c, DEAI('toVersion'), to);
  });
  return out.take();
}

/** The changes in the order the markdown report lists them. */
function diffToChanges(diff: SurveyDiff, base: string): Change[] {
  const project = (slug: string): string => projectIri(base, slug);
  const subject = (kind: 'project' | 'paper', slug: string): string => (kind === 'project' ? projectIri(base, slug) : paperIri(base, slug));
  return [
    ...diff.projects.added.map((p): Change => ({ kind: 'project-added', entity: project(p.slug), to: p.label, label: `${p.label} added` })),
    ...diff.projects.removed.map((p): Change => ({ kind: 'project-removed', entity: project(p.slug), from: p.label, label: `${p.label} removed` })),
    ...diff.projects.renamed.map(({ from, to }): Change => ({
      kind: 'project-renamed', entity: project(to.slug), from: from.label, to: to.label, label: `${from.label} renamed ${to.label}`,
    })),
    ...diff.columns.added.map((c): Change => ({ kind: 'column-added', entity: c.columnFor, to: c.header, label: `column "${c.header}" added` })),
    ...diff.columns.removed.map((c): Change => ({ kind: 'column-removed', entity: c.columnFor, from: c.header, label: `column "${c.header}" removed` })),
    ...diff.columns.renamed.map(({ from, to }): Change => ({
      kind: 'column-renamed', entity: to.columnFor, from: from.header, to: to.header, label: `column "${from.header}" renamed "${to.header}"`,
    })),
    ...diff.cells.map((c): Change => ({
      kind: 'cell', entity: project(c.project.slug), concept: c.criterion, from: c.from, to: c.to,
      label: `${c.project.label}, ${c.column}: ${c.from || '—'} → ${c.to || '—'}`,
    })),
    ...diff.assumptions.map((a): Change => ({
      kind: 'assumption', entity: project(a.project.slug), from: a.from, to: a.to, label: `${a.project.label}, security assumption: "${a.from}" → "${a.to}"`,
    })),
    ...diff.concepts.flatMap((c) =>
      c.iris.map((concept, i): Change => {
        const label = i < c.added.length ? (c.added[i] as string) : (c.removed[i - c.added.length] as string);
        return concept.change === 'added'
          ? { kind: 'concept-added', entity: project(c.project.slug), concept: concept.iri, to: label, label: `${c.project.label} relies on ${label}` }
          : { kind: 'concept-removed', entity: project(c.project.slug), concept: concept.iri, from: label, label: `${c.project.label} no longer relies on ${label}` };
      }),
    ),
    ...diff.entries.added.map((e): Change => ({ kind: 'entry-added', entity: subject(e.kind, e.slug), concept: e.stage, to: e.name, label: `${e.name} listed under ${e.stageLabel}` })),
    ...diff.entries.removed.map((e): Change => ({
      kind: 'entry-removed', entity: subject(e.kind, e.slug), concept: e.stage, from: e.name, label: `${e.name} no longer listed under ${e.stageLabel}`,
    })),
    ...diff.papers.added.map((p): Change => ({ kind: 'paper-added', entity: subject('paper', p.slug), to: p.title, label: `paper "${p.title}" added` })),
    ...diff.papers.removed.map((p): Change => ({ kind: 'paper-removed', entity: subject('paper', p.slug), from: p.title, label: `paper "${p.title}" removed` })),
    ...diff.links.map((l): Change => ({
      kind: 'link', entity: project(l.project.slug), from: l.from, to: l.to, label: `${l.project.label}, ${localName(l.property)}: ${l.from || '—'} → ${l.to || '—'}`,
    })),
  ];
}

// The survey's notes → what each explains. A footnote ("[^2]: …") explains whatever carries its marker; a bold-label
// note ("**FHE**: …") explains what its label names: a column, a project, a paper or a concept. A marker with no
// footnote of its label is taken to point at the bold-label note on the words it is glued to ("FHE[^3]" → **FHE**).
import { placeIn, type DiagnosticSink } from '../errors.js';
import type { OntologyIndex } from '../ontology/ontology-index.js';
import { footnoteMarkers } from '../parse/footnote-markers.js';
import type { Survey } from '../parse/survey-types.js';
import type { MintedTerm, ResolvedNote } from './resolved-types.js';
import { normaliseLabel } from './normalise-label.js';
import { slugify } from './slugify.js';

/** What a bold-label note was found to explain, before the rows are resolved. */
export type NoteSubject =
  | { readonly kind: 'column'; readonly index: number }
  | { readonly kind: 'project'; readonly key: string }
  | { readonly kind: 'paper'; readonly slug: string }
  | { readonly kind: 'concept'; readonly iri: string };

export interface NoteNames {
  /** Column index by the header's name, normalised. */
  readonly columns: ReadonlyMap<string, number>;
  /** A project's identity key by any of its names, normalised. */
  readonly projects: (name: string) => string | undefined;
  /** Paper slugs. */
  readonly papers: ReadonlySet<string>;
}

/** The survey's notes, and the lookups that tie markers and labels to them: small, built once before the rows. */
export class NoteIndex {
  readonly notes: readonly ResolvedNote[];
  private readonly footnotes = new Map<string, ResolvedNote>();
  private readonly labelled = new Map<string, ResolvedNote>();
  /** Bold-label notes and what they explain, where it is known before the rows are resolved. */
  readonly subjects = new Map<ResolvedNote, NoteSubject>();
  /** The same, by subject ("project nova", "column 3"), so a row finds its notes without a scan. */
  private readonly bySubject = new Map<string, ResolvedNote[]>();

  constructor(survey: Pick<Survey, 'footnotes' | 'notes'>) {
    const notes: ResolvedNote[] = [];
    const ids = new Set<string>();
    const id = (base: string): string => {
      let candidate = base;
      for (let n = 2; ids.has(candidate); n++) candidate = `${base}-${n}`;
      ids.add(candidate);
      return candidate;
    };
    for (const f of survey.footnotes) {
      const note: ResolvedNote = { id: id(`footnote-${slugify(f.label)}`), kind: 'footnote', label: f.label, text: f.text, line: f.line, column: f.column };
      notes.push(note);
      this.footnotes.set(f.label, note);
    }
    for (const n of survey.notes) {
      const note: ResolvedNote = { id: id(slugify(n.label)), kind: 'label', label: n.label, text: n.text, line: n.line, column: n.column };
      notes.push(note);
      if (!this.labelled.has(normaliseLabel(n.label))) this.labelled.set(normaliseLabel(n.label), note);
    }
    this.notes = notes.sort((a, b) => a.line - b.line);
  }

  /** Bold-label notes → what their labels name among the survey's columns, projects and papers, or the ontology's concepts. */
  attach(names: NoteNames, ontology: OntologyIndex): void {
    for (const note of this.notes) {
      if (note.kind !== 'label') continue;
      const key = normaliseLabel(note.label);
      const column = names.columns.get(key);
      const project = column === undefined ? names.projects(note.label) : undefined;
      const paper = names.papers.has(slugify(note.label)) ? slugify(note.label) : undefined;
      const concept = ontology.conceptLabels.get(key);
      const subject: NoteSubject | undefined =
        column !== undefined ? { kind: 'column', index: column } : project !== undefined ? { kind: 'project', key: project } : paper ? { kind: 'paper', slug: paper } : concept ? { kind: 'concept', iri: concept } : undefined;
      if (!subject) continue;
      this.subjects.set(note, subject);
      const at = subjectKey(subject);
      this.bySubject.set(at, [...(this.bySubject.get(at) ?? []), note]);
    }
  }

  /** The notes the footnote markers in `text` point to: the footnote of the marker's label, else the bold-label note on the words before it. */
  forMarkers(text: string): ResolvedNote[] {
    if (!text.includes('[^')) return [];
    const found: ResolvedNote[] = [];
    for (const marker of footnoteMarkers(text)) {
      const note = this.footnotes.get(marker.label) ?? this.labelled.get(normaliseLabel(marker.after));
      if (note && !found.includes(note)) found.push(note);
    }
    return found;
  }

  /** The bold-label notes attached by name to `subject`. */
  notesOf(subject: NoteSubject): readonly ResolvedNote[] {
    return this.bySubject.get(subjectKey(subject)) ?? [];
  }

  /**
   * Bold-label notes that named nothing known before the rows: a term minted from the rows ("**Yuma Consensus**: …"),
   * else the survey as a whole, with a warning.
   */
  unattached(minted: readonly MintedTerm[], file: string, sink: DiagnosticSink): Map<ResolvedNote, string | undefined> {
    const byLabel = new Map(minted.map((t) => [normaliseLabel(t.prefLabel), t.iri]));
    const result = new Map<ResolvedNote, string | undefined>();
    for (const note of this.notes) {
      if (note.kind !== 'label' || this.subjects.has(note)) continue;
      const iri = byLabel.get(normaliseLabel(note.label));
      result.set(note, iri);
      if (iri) continue;
      sink.warn(
        'note/unattached',
        placeIn(file, note),
        `The note "${note.label}" names no column, project, paper or concept of the survey; it is kept as a note on the survey`,
        `a label that is a column header, a project name or a term of the ontology (e.g. "**${note.label}**" → the exact name it explains)`,
      );
    }
    return result;
  }
}

function subjectKey(subject: NoteSubject): string {
  switch (subject.kind) {
    case 'column':
      return `column ${subject.index}`;
    case 'project':
      return `project ${subject.key}`;
    case 'paper':
      return `paper ${subject.slug}`;
    case 'concept':
      return `concept ${subject.iri}`;
  }
}

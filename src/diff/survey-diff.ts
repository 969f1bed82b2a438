// What changed between two versions of the survey, as plain records: the one shape the markdown, JSON and RDF
// writers read. Names are as each version writes them; slugs and IRIs say which graph node a change is about.

/** A project as one version names it. */
export interface ProjectRef {
  readonly label: string;
  /** Its IRI slug in that version's graph. */
  readonly slug: string;
}

export interface ColumnRef {
  /** The header without footnote markers, as that version writes it. */
  readonly header: string;
  /** What the column holds: a criterion concept, deai:Project, deai:securityAssumptionText or a property. */
  readonly columnFor: string;
}

/** A ●/◑/○ cell whose mark changed; "" where a version has no such cell. */
export interface CellChange {
  /** The project in the new version. */
  readonly project: ProjectRef;
  /** The new header, or the old one for a removed column. */
  readonly column: string;
  readonly criterion: string;
  readonly from: string;
  readonly to: string;
}

/** The security-assumption cell as written, "" where a version has none. */
export interface AssumptionChange {
  readonly project: ProjectRef;
  readonly from: string;
  readonly to: string;
}

/** Concepts the assumption cell names that one version has and the other not ("Staking?" when stated with "?"). */
export interface ConceptChange {
  readonly project: ProjectRef;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** The concepts' IRIs, in the order of added then removed. */
  readonly iris: readonly { readonly iri: string; readonly change: 'added' | 'removed' }[];
}

/** One listing of a project or paper under a stage's section. */
export interface EntryRef {
  readonly kind: 'project' | 'paper';
  /** The bold name or title as the entry writes it. */
  readonly name: string;
  /** The project's or paper's slug in its version. */
  readonly slug: string;
  readonly stage: string;
  readonly stageLabel: string;
}

export interface PaperRef {
  readonly title: string;
  readonly slug: string;
}

/** A link of a project that one version has and the other not, or that changed ("" where absent). */
export interface LinkChange {
  readonly project: ProjectRef;
  /** deai:reference (the table's link), deai:whitepaper, … */
  readonly property: string;
  readonly from: string;
  readonly to: string;
}

export interface Added<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
}

export interface SurveyDiff {
  readonly from: { readonly file: string };
  readonly to: { readonly file: string };
  readonly projects: Added<ProjectRef> & {
    readonly renamed: readonly { readonly from: ProjectRef; readonly to: ProjectRef }[];
    /** Every project in both versions: old slug → new slug (what build --previous and history carry forward). */
    readonly kept: readonly { readonly from: ProjectRef; readonly to: ProjectRef }[];
  };
  readonly cells: readonly CellChange[];
  readonly columns: Added<ColumnRef> & { readonly renamed: readonly { readonly from: ColumnRef; readonly to: ColumnRef }[] };
  readonly assumptions: readonly AssumptionChange[];
  readonly concepts: readonly ConceptChange[];
  readonly entries: Added<EntryRef>;
  readonly papers: Added<PaperRef>;
  readonly links: readonly LinkChange[];
}

/** The number of changes a diff lists (a rename counts once; kept projects are not changes). */
export function countChanges(diff: SurveyDiff): number {
  const { projects, columns, entries, papers } = diff;
  return (
    projects.added.length + projects.removed.length + projects.renamed.length + diff.cells.length +
    columns.added.length + columns.removed.length + columns.renamed.length + diff.assumptions.length +
    diff.concepts.length + entries.added.length + entries.removed.length + papers.added.length + papers.removed.length + diff.links.length
  );
}

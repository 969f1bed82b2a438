// The resolved survey: what the survey says, matched to the ontology and to itself, as plain data with source places.
// parse → resolve → map: the mapper turns these records into quads and resolves nothing; lint, diff and history read
// them too. Every record keeps the survey's text as written next to what it was resolved to, so two versions of a
// survey can be compared record by record.
import type { Diagnostic } from '../errors.js';
import type { CellLink, Citation, EntryLink, SectionEntry, SectionHeading, SourcePlace, SurveyFigure, TableCell } from '../parse/survey-types.js';

/** A note of the survey: a footnote ("[^2]: …") or a bold-label note under the table ("**FHE**: …"). */
export interface ResolvedNote extends SourcePlace {
  /** Unique within the survey: "footnote-2", "decentralization". */
  readonly id: string;
  readonly kind: 'footnote' | 'label';
  /** The footnote's label ("2") or the bold label ("Decentralization"). */
  readonly label: string;
  readonly text: string;
}

/** What a column of the overview table holds. */
export type ColumnKind = 'name' | 'criterion' | 'assumption' | 'text';

/**
 * A criterion column judges projects against a concept: a stage, a capability, a security assumption (a "Staking"
 * column of marks) or a concept of another scheme.
 */
export type CriterionType = 'stage' | 'capability' | 'assumption' | 'concept';

export interface ResolvedColumn {
  /** 0-based position in the table. */
  readonly index: number;
  /** The header cell as written (text, line, column). */
  readonly header: TableCell;
  /** The header's name: footnote markers and emphasis removed. */
  readonly name: string;
  readonly kind: ColumnKind;
  /**
   * What the cells hold: the criterion concept (criterion), deai:Project (name), deai:securityAssumptionText
   * (assumption) or the column's property (text).
   */
  readonly columnFor: string;
  /** For a criterion column: the kind of concept it judges (decides ●/◑ shortcuts such as deai:coversStage). */
  readonly criterionType?: CriterionType;
  /** The ontology does not know the header: `columnFor` is a term minted for this survey. */
  readonly minted: boolean;
  /** The criterion's label, as assessment labels show it ("Data Preparation"). */
  readonly criterionLabel?: string;
  /** Notes on the column: its header's footnote markers, a bold-label note named after it. */
  readonly notes: readonly ResolvedNote[];
}

/** A ●/◑/○ cell of a criterion column. */
export interface ResolvedMark {
  readonly column: ResolvedColumn;
  readonly cell: TableCell;
  /** The mark as written, without footnote markers: ●, ◑ or ○. */
  readonly mark: string;
  /** The support level (deai:Full, deai:Partial, deai:Absent). */
  readonly level: string;
  /** Notes the cell's footnote markers point to ("●[^4]"). */
  readonly notes: readonly ResolvedNote[];
}

export type Certainty = 'stated' | 'possible';

/** One mechanism a security-assumption cell names. */
export interface ResolvedAssumption {
  /** The concept: from the ontology, or minted for this survey. */
  readonly iri: string;
  /** The mechanism as written, without "?" markers. */
  readonly text: string;
  /** "possible" when written with "?" ("Staking?", "Proof of Authority(?)"). */
  readonly certainty: Certainty;
  readonly minted: boolean;
  /** Notes the footnote markers after the mechanism point to ("FHE[^3]"): they explain the concept. */
  readonly notes: readonly ResolvedNote[];
}

export interface ResolvedAssumptionCell {
  readonly column: ResolvedColumn;
  readonly cell: TableCell;
  /** Empty for "?" alone (unknown) and for an empty cell. */
  readonly assumptions: readonly ResolvedAssumption[];
}

/** A cell of a free-text column (not the assumption column): its text goes under the column's property. */
export interface ResolvedText {
  readonly column: ResolvedColumn;
  readonly cell: TableCell;
}

export interface ResolvedRow extends SourcePlace {
  /** The name cell. */
  readonly name: TableCell;
  /** The name cell's link (deai:reference). */
  readonly reference?: CellLink;
  readonly marks: readonly ResolvedMark[];
  readonly assumptions: readonly ResolvedAssumptionCell[];
  readonly texts: readonly ResolvedText[];
}

/** A section link resolved to its property (deai:whitepaper, …; deai:link when its word is unknown). */
export interface ResolvedLink extends SourcePlace {
  readonly property: string;
  readonly type: string;
  readonly url: string;
}

/** One entry of a project or paper in a survey section. */
export interface ResolvedListing extends SourcePlace {
  readonly entry: SectionEntry;
  /** The stage of the innermost non-category section. */
  readonly stage: string;
  readonly stageLabel: string;
  /** The section heading that gives the stage. */
  readonly heading: SectionHeading;
  /** "Industry" or "Academic" (the category concept's label), when a category heading encloses the entry. */
  readonly category?: string;
  /** 1 for the first listing of this subject under this stage, 2 for a repeated one (`entry/duplicate`), … */
  readonly ordinal: number;
  readonly links: readonly ResolvedLink[];
}

/**
 * How another spelling of a project's name was joined to the project: the same name but for case, spaces and
 * punctuation; a group of data/name-variants.json; the same name but for affix words such as "AI", "Labs" or
 * ".io"; or a shared link.
 */
export type NameMatch = 'same' | 'variants' | 'affix' | 'link';

export interface NameSpelling extends SourcePlace {
  readonly text: string;
  readonly match: NameMatch;
}

export interface ResolvedProject {
  readonly slug: string;
  /** The table's spelling when the project is in the table, else the first section spelling; no footnote markers. */
  readonly label: string;
  /** The name as written where it differs from the label ("Prime Intellect[^4]"). */
  readonly sourceText?: string;
  /** Notes on the project: a bold-label note with its name, footnote markers in its name or text cells. */
  readonly notes: readonly ResolvedNote[];
  /** Every other spelling seen, in order of appearance, each with its place and how it was matched. */
  readonly altLabels: readonly NameSpelling[];
  /** The table row's line, else the first section entry's line. */
  readonly sourceLine: number;
  readonly row?: ResolvedRow;
  readonly listings: readonly ResolvedListing[];
}

/** A paper's one set of metadata: the fullest of its citations, gaps filled from the others, identifiers from the links. */
export interface PaperCitation extends Citation {
  /** The raw text of the citation that won. */
  readonly raw: string;
}

/** A field two listings of one paper give different values for (lint/paper-conflict). */
export interface PaperConflict {
  readonly field: string;
  /** Each distinct value with the place of the first listing that gives it; the winning citation's first when it has one. */
  readonly values: readonly { readonly value: string; readonly at: SourcePlace }[];
}

export interface ResolvedPaper {
  readonly slug: string;
  /** The title as the winning citation writes it. */
  readonly title: string;
  /** Other spellings of the title (they differ only in case or punctuation, or the slug would differ). */
  readonly altTitles: readonly string[];
  /** Every listing of the paper, in survey order; the first gives the paper's source line. */
  readonly listings: readonly ResolvedListing[];
  readonly sourceLine: number;
  readonly citation: PaperCitation;
  /** Where the winning citation is written. */
  readonly citedAt: SourcePlace;
  readonly conflicts: readonly PaperConflict[];
  readonly notes: readonly ResolvedNote[];
}

/** A figure of the survey: `![alt](path)` and its caption, numbered. */
export interface ResolvedFigure extends SurveyFigure {
  /** 1-based, in survey order. */
  readonly number: number;
}

/** What is known only once every project has been resolved. */
export interface SurveyClosing {
  /** Every term minted for the survey (assumptions are minted as the rows that name them are resolved). */
  readonly minted: readonly MintedTerm[];
  /** Notes on concepts (ontology or minted), by concept IRI: bold-label notes that name one, markers after a mechanism. */
  readonly conceptNotes: ReadonlyMap<string, readonly ResolvedNote[]>;
}

export type MintedKind = 'stage' | 'capability' | 'assumption' | 'property';

/** A term the ontology does not have, minted for this survey (`{base}stage/…`, `{base}assumption/…`, …). */
export interface MintedTerm {
  readonly iri: string;
  readonly kind: MintedKind;
  /** The first spelling seen. */
  readonly prefLabel: string;
  /** Other spellings of the same normalised label ("On-chain consensus" beside "On-chain Consensus"). */
  readonly altLabels: readonly string[];
  /** Where the term came from, as skos:definition says it. */
  readonly definition: string;
  readonly notation?: string;
  /** Known concepts whose label the term's label contains as a whole phrase (set once the survey is resolved). */
  readonly broader?: readonly string[];
}

export interface ResolvedSurvey {
  /** The survey's path, as messages name it. */
  readonly file: string;
  /** Its file name without directories ("sok-deai-README.md"), as the graph records it. */
  readonly fileName: string;
  readonly title?: string;
  /** The introduction (its paragraphs), the survey's abstract. */
  readonly abstract?: { readonly text: string } & SourcePlace;
  readonly figures: readonly ResolvedFigure[];
  /** Every note of the survey, in survey order. */
  readonly notes: readonly ResolvedNote[];
  readonly columns: readonly ResolvedColumn[];
  /**
   * The projects in survey order (table rows, then section-only projects), each resolved as it is taken: a row is
   * resolved from itself and the resolution context alone, so a caller can stream them.
   */
  readonly projects: Iterable<ResolvedProject>;
  readonly projectCount: number;
  /** The papers in survey order (by their first listing), one per title however often it is listed. */
  readonly papers: Iterable<ResolvedPaper>;
  /** The label of a concept the records name: its prefLabel in the ontology, or a minted term's label. */
  readonly labelOf: (iri: string) => string;
  /**
   * Minted terms and notes on concepts. Columns and sections are minted at once, assumptions as the rows that name
   * them are resolved: call this once `projects` has been iterated (the mapper does, for its last groups).
   */
  readonly closing: () => SurveyClosing;
  /** Parse warnings, then resolution warnings (those of the rows as they are resolved). Errors throw InputError. */
  readonly diagnostics: Diagnostic[];
}

export type { EntryLink };

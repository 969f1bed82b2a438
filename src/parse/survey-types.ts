// The typed records that parsing yields: syntax only, nothing resolved against the ontology yet.
import type { Diagnostic } from '../errors.js';
import type { Citation } from './parse-citation.js';

export type { Citation };

/** A 1-based place in the markdown source. */
export interface SourcePlace {
  readonly line: number;
  readonly column: number;
}

export interface CellLink {
  readonly label: string;
  readonly url: string;
}

export interface TableCell extends SourcePlace {
  /** The cell's text content as markdown renders it (link labels kept, URLs not). */
  readonly text: string;
  /** The first link in the cell, if any (the project column links to a whitepaper or docs). */
  readonly link?: CellLink;
}

export interface TableRow extends SourcePlace {
  readonly cells: readonly TableCell[];
}

export interface OverviewTable extends SourcePlace {
  readonly header: readonly TableCell[];
  readonly rows: readonly TableRow[];
}

/** A heading; `number` is the survey's section number ("2.1") when it has one. */
export interface SectionHeading extends SourcePlace {
  readonly number?: string;
  readonly title: string;
  readonly depth: number;
}

/** A link of a section entry, typed by its text: `[[whitepaper](…)]` has type "whitepaper". */
export interface EntryLink extends SourcePlace {
  /** The link's words, lower case ("whitepaper", "docs", "openai blog"). */
  readonly type: string;
  /** The link's words as written ("OpenAI blog"). */
  readonly label: string;
  readonly url: string;
}

interface EntryBase extends SourcePlace {
  readonly links: readonly EntryLink[];
  /** The bold name or title as written, where it carries footnote markers ("Morpheus[^5]"); the name has none. */
  readonly nameText?: string;
  /** Enclosing headings, outermost first, as given by the section numbering. */
  readonly sections: readonly SectionHeading[];
}

/** `- **Name** [[whitepaper](url)] [[docs](url)] [[code](url)]` */
export interface ProjectEntry extends EntryBase {
  readonly kind: 'project';
  readonly name: string;
}

/** `- **Title**. Authors. Venue, year. [[paper](url)]` */
export interface PaperEntry extends EntryBase {
  readonly kind: 'paper';
  readonly title: string;
  /** The citation after the title as written (whitespace collapsed), without its leading full stop. */
  readonly citationText: string;
  /** The citation read into its parts (see parse-citation.ts). */
  readonly citation: Citation;
}

export type SectionEntry = ProjectEntry | PaperEntry;

/** A bold-label note, as written under the table: `**Decentralization**: We mark most …`. */
export interface SurveyNote extends SourcePlace {
  readonly label: string;
  readonly text: string;
}

/** A GFM footnote definition: `[^2]: text`. */
export interface FootnoteDefinition extends SourcePlace {
  readonly label: string;
  readonly text: string;
}

/** `![alt](path)` with the bold or emphasised caption written under it. */
export interface SurveyFigure extends SourcePlace {
  /** The image's path or URL as written ("assets/figure1.png"). */
  readonly path: string;
  readonly alt: string;
  readonly caption?: string;
}

/**
 * Records in survey order that can be read again by index: an array, or records kept on disk while a long survey is
 * read (src/node/record-spill.ts), so that memory does not hold every row of a million-row table.
 */
export interface RecordList<T> extends Iterable<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** Where the parser puts rows and entries as it reads them (an array by default). */
export interface RecordStore<T> extends RecordList<T> {
  push(...records: T[]): unknown;
}

/** A survey whose rows and entries may be kept outside memory: what resolve reads (a Survey is one). */
export interface SurveyRecords extends Omit<Survey, 'table' | 'entries'> {
  readonly table: Omit<OverviewTable, 'rows'> & { readonly rows: RecordList<TableRow> };
  readonly entries: RecordList<SectionEntry>;
}

export interface Survey {
  /** File name used in messages and provenance. */
  readonly file: string;
  /** The first level-1 heading, without leading emoji. */
  readonly title?: string;
  readonly table: OverviewTable;
  readonly headings: readonly SectionHeading[];
  readonly entries: readonly SectionEntry[];
  /** The introduction between the title and the first section (its paragraphs, blank-line separated). */
  readonly abstract?: { readonly text: string } & SourcePlace;
  readonly figures: readonly SurveyFigure[];
  /** Bold-label notes after the table start. */
  readonly notes: readonly SurveyNote[];
  readonly footnotes: readonly FootnoteDefinition[];
  /** Warnings found while parsing (errors are thrown as InputError). */
  readonly diagnostics: readonly Diagnostic[];
}

// The identities of a survey's projects, in columns: what resolve-projects.ts matches names against, and what each
// project is read back from when it is resolved (its row and entries, by index, from the survey's own lists).
import type { ProjectEntry, RecordList, SectionEntry, TableRow } from '../parse/survey-types.js';
import { IntColumn, StringPool } from './key-index.js';
import type { NameSpelling } from './resolved-types.js';
import { slugify } from './slugify.js';

/** Where a project's row and entries are read back from: the survey's own lists, in memory or on disk. */
export interface RecordSource {
  readonly rows: RecordList<TableRow>;
  readonly entries: RecordList<SectionEntry>;
}

const NO_SPELLINGS: readonly NameSpelling[] = [];

/**
 * Every project's identity in columns: its label, and numbers for its line, its table row, its slug's suffix and its
 * section entries (a chain through the entries' indexes). The rare extras (a name cell with footnote markers, other
 * spellings) are kept by project number. A million projects take ~60 MB here, where objects and Maps took ~700 MB
 * of V8 heap (docs/benchmarks.md).
 */
export class ProjectTable {
  private readonly labels: StringPool;
  private readonly sourceLines: IntColumn;
  private readonly rowIndexes: IntColumn;
  /** 0: the slug is slugify(label); n: slugify(label)-n (a clash). */
  private readonly slugNumbers: IntColumn;
  private readonly firstEntries: IntColumn;
  private readonly lastEntries: IntColumn;
  /** By entry index: the same project's next entry, or -1. */
  private readonly nextEntries: IntColumn;
  private readonly nameTexts = new Map<number, string>();
  private readonly spellings = new Map<number, NameSpelling[]>();

  constructor(
    private readonly source: RecordSource,
    expected: number,
  ) {
    this.labels = new StringPool(expected);
    this.sourceLines = new IntColumn(expected);
    this.rowIndexes = new IntColumn(expected);
    this.slugNumbers = new IntColumn(expected);
    this.firstEntries = new IntColumn(expected);
    this.lastEntries = new IntColumn(expected);
    this.nextEntries = new IntColumn(source.entries.length);
  }

  get count(): number {
    return this.labels.length;
  }

  add(label: string, line: number, rowIndex: number, slugNumber: number, nameText: string | undefined): number {
    const id = this.labels.push(label);
    this.sourceLines.push(line);
    this.rowIndexes.push(rowIndex);
    this.slugNumbers.push(slugNumber);
    this.firstEntries.push(-1);
    this.lastEntries.push(-1);
    if (nameText !== undefined) this.nameTexts.set(id, nameText);
    return id;
  }

  label(id: number): string {
    return this.labels.get(id);
  }

  slug(id: number): string {
    const base = slugify(this.label(id));
    const n = this.slugNumbers.get(id);
    return n === 0 ? base : `${base}-${n}`;
  }

  sourceLine(id: number): number {
    return this.sourceLines.get(id);
  }

  nameText(id: number): string | undefined {
    return this.nameTexts.get(id);
  }

  altLabels(id: number): readonly NameSpelling[] {
    return this.spellings.get(id) ?? NO_SPELLINGS;
  }

  addSpelling(id: number, spelling: NameSpelling): void {
    const list = this.spellings.get(id);
    if (list) list.push(spelling);
    else this.spellings.set(id, [spelling]);
  }

  withSpellings(): IterableIterator<[number, NameSpelling[]]> {
    return this.spellings.entries();
  }

  row(id: number): TableRow | undefined {
    const index = this.rowIndexes.get(id);
    return index < 0 ? undefined : this.source.rows.at(index);
  }

  entries(id: number): ProjectEntry[] {
    const entries: ProjectEntry[] = [];
    for (let i = this.firstEntries.get(id); i >= 0; i = this.nextEntries.get(i)) entries.push(this.source.entries.at(i) as ProjectEntry);
    return entries;
  }

  addEntry(id: number, index: number): void {
    this.nextEntries.set(index, -1);
    const last = this.lastEntries.get(id);
    if (last < 0) this.firstEntries.set(id, index);
    else this.nextEntries.set(last, index);
    this.lastEntries.set(id, index);
  }

  /** Every URL of the project's links: its name cell's, and its section entries'. */
  urls(id: number): string[] {
    const url = this.row(id)?.cells[0]?.link?.url;
    return [...(url ? [url] : []), ...this.entries(id).flatMap((e) => e.links.map((l) => l.url))];
  }
}

/**
 * A project's identity: its names, and where its table row and section entries are (the rest is resolved row by
 * row). A view of one row of the identity columns, made when it is asked for; `row` and `entries` read the records
 * back.
 */
export class ProjectRecord {
  constructor(
    private readonly table: ProjectTable,
    readonly id: number,
  ) {}

  get slug(): string {
    return this.table.slug(this.id);
  }

  /** The table's spelling when the project is in the table, else the first section spelling. */
  get label(): string {
    return this.table.label(this.id);
  }

  /** The table row's line, else the first section entry's line. */
  get sourceLine(): number {
    return this.table.sourceLine(this.id);
  }

  /** The name cell as written, where it carries footnote markers. */
  get nameText(): string | undefined {
    return this.table.nameText(this.id);
  }

  /** Every other spelling seen, in order of appearance, with its place and how it was matched. */
  get altLabels(): readonly NameSpelling[] {
    return this.table.altLabels(this.id);
  }

  get row(): TableRow | undefined {
    return this.table.row(this.id);
  }

  get entries(): ProjectEntry[] {
    return this.table.entries(this.id);
  }
}

// Table rows and section entries → one record per project (names, then variants, then link hosts).
import { placeIn, type DiagnosticSink } from '../errors.js';
import type { ProjectEntry, RecordList, SectionEntry, SurveyRecords, TableRow } from '../parse/survey-types.js';
import { hostOf, isSharedHost, urlKey } from './link-hosts.js';
import type { NameVariants } from './name-variants.js';
import { withoutMarkers } from '../parse/footnote-markers.js';
import { nameCore } from './name-core.js';
import { normaliseLabel } from './normalise-label.js';
import type { NameSpelling } from './resolved-types.js';
import { slugify } from './slugify.js';
import { hashKey, IntColumn, KeyIndex, StringPool } from './key-index.js';

/** Where a project's row and entries are read back from: the survey's own lists, in memory or on disk. */
interface RecordSource {
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
class ProjectTable {
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

export interface ResolvedProjects {
  readonly count: number;
  /** In survey order: table rows first, then section-only projects; a view per project, made as it is reached. */
  records(): Iterable<ProjectRecord>;
  /** All of them at once (small surveys, tests). */
  readonly projects: readonly ProjectRecord[];
  /** The project a name (exactly, but for case and punctuation, or through data/name-variants.json) names. */
  readonly byName: (name: string) => ProjectRecord | undefined;
}

/** The indexes that find projects while they are resolved (dropped once they are). */
interface Indexes {
  readonly table: ProjectTable;
  /** By name key (normalised name, or name-variants group): one project per key. */
  readonly names: KeyIndex;
  readonly keyOf: (name: string) => string;
  /** By name without affixes ("Immutable Labs" → immutable), to find variants. */
  readonly cores: KeyIndex;
  readonly links: LinkIndex;
}

export function resolveProjects(survey: SurveyRecords, variants: NameVariants, sink: DiagnosticSink): ResolvedProjects {
  // At most a project per row and per entry: the columns and name indexes are made once at that size.
  const rowCount = survey.table.rows.length;
  const expected = rowCount + survey.entries.length;
  const table = new ProjectTable({ rows: survey.table.rows, entries: survey.entries }, expected);
  const keyOf = (name: string): string => {
    const key = normaliseLabel(name);
    const group = variants.groupOf.get(key);
    return group === undefined ? `name:${key}` : `group:${group}`;
  };
  const ix: Indexes = { table, names: new KeyIndex(expected), keyOf, cores: new KeyIndex(), links: { byUrl: new KeyIndex(), byHost: new KeyIndex(), sharedHosts: variants.sharedHosts } };
  const slugs = new KeyIndex(expected);
  const slugTaken = (slug: string): boolean => slugs.candidates(slug).some((id) => table.slug(id) === slug);
  const create = (label: string, line: number, place: { line: number; column: number }, rowIndex: number, nameText?: string): number => {
    const base = slugify(label);
    let n = 0;
    if (slugTaken(base)) {
      n = 2;
      while (slugTaken(`${base}-${n}`)) n++;
      sink.warn('project/slug-clash', placeIn(survey.file, place), `"${label}" has the same IRI slug as another project`, `distinct names; this one is "${base}-${n}"`);
    }
    const id = table.add(label, line, rowIndex, n, nameText);
    slugs.add(n === 0 ? base : `${base}-${n}`, id);
    ix.names.add(keyOf(label), id);
    return id;
  };

  // Name cores, links and hosts are looked up only for a section entry whose name is no project's (matchVariant):
  // the table's are kept as hashes here and indexed below only where such an entry asks for them.
  const rowKeys = new RowKeys(rowCount);
  let rowIndex = 0;
  for (const row of survey.table.rows) {
    const nameCell = row.cells[0];
    if (!nameCell || nameCell.text === '') {
      sink.fail('table/no-name', placeIn(survey.file, nameCell ?? row), 'A table row has no project name', 'the project name (optionally linked) in the first cell');
    }
    const name = withoutMarkers(nameCell.text);
    const earlier = byKey(ix, keyOf(name));
    if (earlier !== undefined) {
      sink.fail(
        'table/duplicate-project',
        placeIn(survey.file, nameCell),
        `"${name}" has a second row in the table (the first is "${table.label(earlier)}" at line ${table.sourceLine(earlier)})`,
        'one row per project: merge the two rows',
      );
    }
    create(name, row.line, nameCell, rowIndex, name !== nameCell.text ? nameCell.text : undefined);
    rowKeys.set(rowIndex++, nameCore(name).key, nameCell.link?.url, variants.sharedHosts);
  }

  const wanted = wantedKeys(survey.entries, (name) => byKey(ix, keyOf(name)) !== undefined, variants.sharedHosts);
  rowKeys.index(wanted, ix);

  let entryIndex = -1;
  for (const entry of survey.entries) {
    entryIndex++;
    if (entry.kind !== 'project') continue;
    let id = byKey(ix, keyOf(entry.name));
    let match: NameSpelling['match'] = id !== undefined && normaliseLabel(table.label(id)) !== normaliseLabel(entry.name) ? 'variants' : 'same';
    if (id === undefined) {
      const found = matchVariant(entry, ix, variants, survey.file, sink);
      id = found?.id;
      if (found) match = found.match;
    }
    if (id === undefined) {
      id = create(entry.name, entry.line, entry, -1);
      const core = nameCore(entry.name).key;
      if (wanted.cores.has(hashKey(core))) ix.cores.add(core, id);
    }
    if (entry.name !== table.label(id) && !table.altLabels(id).some((alt) => alt.text === entry.name)) {
      table.addSpelling(id, { text: entry.name, line: entry.line, column: entry.column, match });
    }
    table.addEntry(id, entryIndex);
    for (const link of entry.links) addUrl(id, link.url, ix.links, wanted);
  }
  const altKeys = new Map<string, number>();
  for (const [id, spellings] of table.withSpellings()) for (const alt of spellings) altKeys.set(keyOf(alt.text), id);
  const view = (id: number | undefined): ProjectRecord | undefined => (id === undefined ? undefined : new ProjectRecord(table, id));
  const records = recordsOf(table);
  return {
    count: table.count,
    records,
    get projects() {
      return [...records()];
    },
    byName: (name) => view(byKey(ix, keyOf(name)) ?? altKeys.get(keyOf(name))),
  };
}

/** Hashes of the name cores, link keys and distinctive hosts that section entries matching no table name carry. */
interface WantedKeys {
  readonly cores: Set<number>;
  readonly urls: Set<number>;
  readonly hosts: Set<number>;
}

/**
 * The keys matchVariant may look up: those of every project entry whose name is no table row's. (An entry named
 * like a table row never gets there, as names are never removed; one named like a section-only project is included
 * though it would not need to be.) In a real survey a handful; in a million-row table, a million fewer index entries.
 */
function wantedKeys(entries: Iterable<SectionEntry>, isTableName: (name: string) => boolean, sharedHosts: readonly string[]): WantedKeys {
  const wanted: WantedKeys = { cores: new Set(), urls: new Set(), hosts: new Set() };
  for (const entry of entries) {
    if (entry.kind !== 'project' || isTableName(entry.name)) continue;
    wanted.cores.add(hashKey(nameCore(entry.name).key));
    for (const link of entry.links) {
      wanted.urls.add(hashKey(urlKey(link.url)));
      const host = hostOf(link.url);
      if (host && !isSharedHost(host, sharedHosts)) wanted.hosts.add(hashKey(host));
    }
  }
  return wanted;
}

/** Each table row's name core and link hashes, until the wanted keys are known: 13 bytes a row. */
class RowKeys {
  private readonly cores: Int32Array;
  private readonly urls: Int32Array;
  private readonly hosts: Int32Array;
  /** Bit 1: the row has a link; bit 2: its host is distinctive. */
  private readonly has: Uint8Array;

  constructor(rows: number) {
    this.cores = new Int32Array(rows);
    this.urls = new Int32Array(rows);
    this.hosts = new Int32Array(rows);
    this.has = new Uint8Array(rows);
  }

  set(row: number, core: string, url: string | undefined, sharedHosts: readonly string[]): void {
    this.cores[row] = hashKey(core);
    if (url === undefined) return;
    this.urls[row] = hashKey(urlKey(url));
    this.has[row] = 1;
    const host = hostOf(url);
    if (host && !isSharedHost(host, sharedHosts)) {
      this.hosts[row] = hashKey(host);
      this.has[row] = 3;
    }
  }

  /** Indexes the rows (project n is row n) whose core, link or host is wanted, by hash (candidates are checked). */
  index(wanted: WantedKeys, ix: Indexes): void {
    if (wanted.cores.size + wanted.urls.size + wanted.hosts.size === 0) return;
    for (let row = 0; row < this.has.length; row++) {
      const has = this.has[row] as number;
      if (wanted.cores.has((this.cores[row] as number) >>> 0)) ix.cores.addHash(this.cores[row] as number, row);
      if (has & 1 && wanted.urls.has((this.urls[row] as number) >>> 0)) ix.links.byUrl.addHash(this.urls[row] as number, row);
      if (has & 2 && wanted.hosts.has((this.hosts[row] as number) >>> 0)) ix.links.byHost.addHash(this.hosts[row] as number, row);
    }
  }
}

/**
 * The projects one at a time. Made outside resolveProjects: a closure made there would keep its whole scope alive
 * (V8 gives a function's closures one shared context), and with it the indexes, for as long as projects are read.
 */
function recordsOf(table: ProjectTable): () => Generator<ProjectRecord> {
  return function* records() {
    for (let id = 0; id < table.count; id++) yield new ProjectRecord(table, id);
  };
}

/** The project with this name key (the latest, as a later row of the same name is refused). */
function byKey(ix: Indexes, key: string): number | undefined {
  const found = ix.names.candidates(key).filter((id) => ix.keyOf(ix.table.label(id)) === key);
  return found.at(-1);
}

/**
 * The projects that have each link and each link host, so that matching a section entry is not a scan of them all.
 * A candidate from the index is checked against the project's links, read back.
 */
interface LinkIndex {
  readonly byUrl: KeyIndex;
  /** Hosts of many projects (github.com): never a sign of identity, so not indexed. */
  readonly byHost: KeyIndex;
  readonly sharedHosts: readonly string[];
}

/** Indexes a section entry's link, where an entry that matches no name may look it up. */
function addUrl(id: number, url: string, links: LinkIndex, wanted: WantedKeys): void {
  const key = urlKey(url);
  if (wanted.urls.has(hashKey(key))) links.byUrl.add(key, id);
  const host = hostOf(url);
  if (host && !isSharedHost(host, links.sharedHosts) && wanted.hosts.has(hashKey(host))) links.byHost.add(host, id);
}

/** The projects with a link whose key (urlKey) or host is one of `keys`, in project order. */
function withAny(table: ProjectTable, index: KeyIndex, keys: Iterable<string>, keyOfUrl: (url: string) => string | undefined): number[] {
  const found = new Set<number>();
  for (const key of keys) {
    for (const id of index.candidates(key)) if (!found.has(id) && table.urls(id).some((url) => keyOfUrl(url) === key)) found.add(id);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * A section name that matches no project exactly: the one project whose name is the same but for affix words
 * ("Fetch.AI" / "Fetch", "Immutable Labs" / "Immutable") or, failing that, the one that shares a link or a
 * distinctive host. Several candidates are reported and none is joined; names listed as distinct are never joined.
 */
function matchVariant(
  entry: ProjectEntry,
  ix: Indexes,
  variants: NameVariants,
  file: string,
  sink: DiagnosticSink,
): { id: number; match: NameSpelling['match'] } | undefined {
  const { table } = ix;
  const allowed = (id: number): boolean => !variants.areDistinct(table.label(id), entry.name);
  const described = (id: number): string => `"${table.label(id)}" (line ${table.sourceLine(id)})`;
  const core = nameCore(entry.name);
  const byCore = ix.cores.candidates(core.key).filter((id) => nameCore(table.label(id)).key === core.key).filter(allowed);
  const byLink = linkCandidates(entry, ix, variants).filter(allowed);
  if (byCore.length === 1) {
    const id = byCore[0] as number;
    const differ = [...new Set([...core.stripped, ...nameCore(table.label(id)).stripped])].map((w) => `"${w}"`).join(', ');
    sink.warn(
      'resolve/name-variant',
      placeIn(file, entry),
      `Section entry "${entry.name}" (line ${entry.line}) is taken to be ${described(id)}: the names differ only by ${differ || 'case and punctuation'}`,
      `one spelling in both places, or both names in one group of data/name-variants.json to confirm it ({ "names": ["${table.label(id)}", "${entry.name}"] }), or in "distinct" to keep them apart`,
    );
    return { id, match: 'affix' };
  }
  // Several projects by name: a shared link may still tell which one.
  const candidates = byCore.length > 1 ? byCore.filter((id) => byLink.includes(id)) : byLink;
  if (candidates.length === 1) {
    const id = candidates[0] as number;
    sink.warn(
      'resolve/by-link',
      placeIn(file, entry),
      `Section entry "${entry.name}" matches no table name; joined to ${described(id)}, which shares ${linkShared(entry, id, ix) ? 'a link' : 'a link host'} with it`,
      `both names in one group of data/name-variants.json, e.g. { "names": ["${table.label(id)}", "${entry.name}"] }`,
    );
    return { id, match: 'link' };
  }
  const ambiguous = byCore.length > 1 ? byCore : candidates;
  if (ambiguous.length > 1) {
    sink.warn(
      'resolve/ambiguous',
      placeIn(file, entry),
      `Section entry "${entry.name}" could be any of ${ambiguous.map(described).join(', ')}; it is kept as a project of its own`,
      `the exact name of one of them, or a group in data/name-variants.json naming "${entry.name}" with the project it is`,
    );
  }
  return undefined;
}

const hostKey = (sharedHosts: readonly string[]) => (url: string): string | undefined => {
  const host = hostOf(url);
  return host && !isSharedHost(host, sharedHosts) ? host : undefined;
};

/** The projects sharing one of the entry's links, else one of its distinctive hosts. */
function linkCandidates(entry: ProjectEntry, ix: Indexes, variants: NameVariants): number[] {
  const byUrl = withAny(ix.table, ix.links.byUrl, new Set(entry.links.map((l) => urlKey(l.url))), urlKey);
  if (byUrl.length > 0) return byUrl;
  const hostOfUrl = hostKey(variants.sharedHosts);
  const hosts = new Set(entry.links.map((l) => hostOfUrl(l.url)).filter((h): h is string => h !== undefined));
  return withAny(ix.table, ix.links.byHost, hosts, hostOfUrl);
}

function linkShared(entry: ProjectEntry, id: number, ix: Indexes): boolean {
  return withAny(ix.table, ix.links.byUrl, new Set(entry.links.map((l) => urlKey(l.url))), urlKey).includes(id);
}

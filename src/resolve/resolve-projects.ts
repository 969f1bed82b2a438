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

/** Where a project's row and entries are read back from: the survey's own lists, in memory or on disk. */
interface RecordSource {
  readonly rows: RecordList<TableRow>;
  readonly entries: RecordList<SectionEntry>;
}

const NO_SPELLINGS: NameSpelling[] = [];

/**
 * A project's identity: its names, and where its table row and section entries are (the rest is resolved row by
 * row). It keeps indexes, not the records, so that a million projects' identities stay small; `row` and `entries`
 * read the records back when the project is resolved.
 */
export class ProjectRecord {
  /** Every other spelling seen, in order of appearance, with its place and how it was matched. */
  altLabels: NameSpelling[] = NO_SPELLINGS;
  private entryIndexes: number | number[] = -1;

  constructor(
    readonly slug: string,
    /** The table's spelling when the project is in the table, else the first section spelling. */
    readonly label: string,
    /** The table row's line, else the first section entry's line. */
    readonly sourceLine: number,
    private readonly source: RecordSource,
    private readonly rowIndex: number,
    /** The name cell as written, where it carries footnote markers. */
    readonly nameText: string | undefined,
  ) {}

  get row(): TableRow | undefined {
    return this.rowIndex < 0 ? undefined : this.source.rows.at(this.rowIndex);
  }

  get entries(): ProjectEntry[] {
    const at = (i: number): ProjectEntry => this.source.entries.at(i) as ProjectEntry;
    return typeof this.entryIndexes === 'number' ? (this.entryIndexes < 0 ? [] : [at(this.entryIndexes)]) : this.entryIndexes.map(at);
  }

  addEntry(index: number): void {
    if (typeof this.entryIndexes === 'number') this.entryIndexes = this.entryIndexes < 0 ? index : [this.entryIndexes, index];
    else this.entryIndexes.push(index);
  }

  addSpelling(spelling: NameSpelling): void {
    if (this.altLabels === NO_SPELLINGS) this.altLabels = [];
    this.altLabels.push(spelling);
  }
}

export interface ResolvedProjects {
  /** In survey order: table rows first, then section-only projects. */
  readonly projects: readonly ProjectRecord[];
  /** The project a name (exactly, but for case and punctuation, or through data/name-variants.json) names. */
  readonly byName: (name: string) => ProjectRecord | undefined;
}

export function resolveProjects(survey: SurveyRecords, variants: NameVariants, sink: DiagnosticSink): ResolvedProjects {
  const projects: ProjectRecord[] = [];
  const byKey = new Map<string, ProjectRecord>();
  const keyOf = (name: string): string => {
    const key = normaliseLabel(name);
    const group = variants.groupOf.get(key);
    return group === undefined ? `name:${key}` : `group:${group}`;
  };
  const slugs = new Set<string>();
  const links: LinkIndex = { byUrl: new Map(), byHost: new Map(), sharedHosts: variants.sharedHosts };
  /** Projects by their name without affixes ("Immutable Labs" → immutable), to find variants. */
  const cores = new Map<string, OneOrMore>();
  const source: RecordSource = { rows: survey.table.rows, entries: survey.entries };
  const create = (label: string, line: number, place: { line: number; column: number }, rowIndex: number, nameText?: string): ProjectRecord => {
    let slug = slugify(label);
    if (slugs.has(slug)) {
      let n = 2;
      while (slugs.has(`${slug}-${n}`)) n++;
      sink.warn('project/slug-clash', placeIn(survey.file, place), `"${label}" has the same IRI slug as another project`, `distinct names; this one is "${slug}-${n}"`);
      slug = `${slug}-${n}`;
    }
    slugs.add(slug);
    const record = new ProjectRecord(slug, label, line, source, rowIndex, nameText);
    projects.push(record);
    return record;
  };

  let rowIndex = 0;
  for (const row of survey.table.rows) {
    const nameCell = row.cells[0];
    if (!nameCell || nameCell.text === '') {
      sink.fail('table/no-name', placeIn(survey.file, nameCell ?? row), 'A table row has no project name', 'the project name (optionally linked) in the first cell');
    }
    const name = withoutMarkers(nameCell.text);
    const key = keyOf(name);
    const earlier = byKey.get(key);
    if (earlier) {
      sink.fail(
        'table/duplicate-project',
        placeIn(survey.file, nameCell),
        `"${name}" has a second row in the table (the first is "${earlier.label}" at line ${earlier.sourceLine})`,
        'one row per project: merge the two rows',
      );
    }
    const record = create(name, row.line, nameCell, rowIndex++, name !== nameCell.text ? nameCell.text : undefined);
    if (nameCell.link) addUrl(record, nameCell.link.url, links);
    byKey.set(key, record);
    addTo(cores, nameCore(name).key, record);
  }

  let entryIndex = -1;
  for (const entry of survey.entries) {
    entryIndex++;
    if (entry.kind !== 'project') continue;
    const key = keyOf(entry.name);
    let record = byKey.get(key);
    let match: NameSpelling['match'] = record && normaliseLabel(record.label) !== normaliseLabel(entry.name) ? 'variants' : 'same';
    if (!record) {
      const found = matchVariant(entry, cores, links, variants, survey.file, sink);
      record = found?.record;
      if (found) match = found.match;
    }
    if (!record) {
      record = create(entry.name, entry.line, entry, -1);
      byKey.set(key, record);
      addTo(cores, nameCore(entry.name).key, record);
    }
    if (entry.name !== record.label && !record.altLabels.some((alt) => alt.text === entry.name)) {
      record.addSpelling({ text: entry.name, line: entry.line, column: entry.column, match });
    }
    record.addEntry(entryIndex);
    for (const link of entry.links) addUrl(record, link.url, links);
  }
  const altKeys = new Map<string, ProjectRecord>();
  for (const record of projects) for (const alt of record.altLabels) altKeys.set(keyOf(alt.text), record);
  return { projects, byName: (name) => byKey.get(keyOf(name)) ?? altKeys.get(keyOf(name)) };
}

/**
 * The projects that have each link and each link host, so that matching a section entry is not a scan of them all.
 * One project per key as a rule, so the index holds the record itself and a list only where keys are shared.
 */
type OneOrMore = ProjectRecord | Set<ProjectRecord>;
interface LinkIndex {
  readonly byUrl: Map<string, OneOrMore>;
  /** Hosts of many projects (github.com): never a sign of identity, so not indexed. */
  readonly byHost: Map<string, OneOrMore>;
  readonly sharedHosts: readonly string[];
}

function addUrl(record: ProjectRecord, url: string, links: LinkIndex): void {
  addTo(links.byUrl, urlKey(url), record);
  const host = hostOf(url);
  if (host && !isSharedHost(host, links.sharedHosts)) addTo(links.byHost, host, record);
}

function addTo(index: Map<string, OneOrMore>, key: string, record: ProjectRecord): void {
  const found = index.get(key);
  if (found === undefined) index.set(key, record);
  else if (found instanceof Set) found.add(record);
  else if (found !== record) index.set(key, new Set([found, record]));
}

function recordsOf(index: ReadonlyMap<string, OneOrMore>, key: string): readonly ProjectRecord[] {
  const found = index.get(key);
  return found === undefined ? [] : found instanceof Set ? [...found] : [found];
}

function withAny(index: ReadonlyMap<string, OneOrMore>, keys: Iterable<string>): ProjectRecord[] {
  const found = new Set<ProjectRecord>();
  for (const key of keys) for (const record of recordsOf(index, key)) found.add(record);
  return [...found];
}

/**
 * A section name that matches no project exactly: the one project whose name is the same but for affix words
 * ("Fetch.AI" / "Fetch", "Immutable Labs" / "Immutable") or, failing that, the one that shares a link or a
 * distinctive host. Several candidates are reported and none is joined; names listed as distinct are never joined.
 */
function matchVariant(
  entry: ProjectEntry,
  cores: ReadonlyMap<string, OneOrMore>,
  links: LinkIndex,
  variants: NameVariants,
  file: string,
  sink: DiagnosticSink,
): { record: ProjectRecord; match: NameSpelling['match'] } | undefined {
  const allowed = (record: ProjectRecord): boolean => !variants.areDistinct(record.label, entry.name);
  const core = nameCore(entry.name);
  const byCore = recordsOf(cores, core.key).filter(allowed);
  const byLink = linkCandidates(entry, links, variants).filter(allowed);
  if (byCore.length === 1) {
    const record = byCore[0] as ProjectRecord;
    const differ = [...new Set([...core.stripped, ...nameCore(record.label).stripped])].map((w) => `"${w}"`).join(', ');
    sink.warn(
      'resolve/name-variant',
      placeIn(file, entry),
      `Section entry "${entry.name}" (line ${entry.line}) is taken to be "${record.label}" (line ${record.sourceLine}): the names differ only by ${differ || 'case and punctuation'}`,
      `one spelling in both places, or both names in one group of data/name-variants.json to confirm it ({ "names": ["${record.label}", "${entry.name}"] }), or in "distinct" to keep them apart`,
    );
    return { record, match: 'affix' };
  }
  // Several projects by name: a shared link may still tell which one.
  const candidates = byCore.length > 1 ? byCore.filter((r) => byLink.includes(r)) : byLink;
  if (candidates.length === 1) {
    const record = candidates[0] as ProjectRecord;
    sink.warn(
      'resolve/by-link',
      placeIn(file, entry),
      `Section entry "${entry.name}" matches no table name; joined to "${record.label}" (line ${record.sourceLine}), which shares ${linkShared(entry, record, links) ? 'a link' : 'a link host'} with it`,
      `both names in one group of data/name-variants.json, e.g. { "names": ["${record.label}", "${entry.name}"] }`,
    );
    return { record, match: 'link' };
  }
  const ambiguous = byCore.length > 1 ? byCore : candidates;
  if (ambiguous.length > 1) {
    sink.warn(
      'resolve/ambiguous',
      placeIn(file, entry),
      `Section entry "${entry.name}" could be any of ${ambiguous.map((r) => `"${r.label}" (line ${r.sourceLine})`).join(', ')}; it is kept as a project of its own`,
      `the exact name of one of them, or a group in data/name-variants.json naming "${entry.name}" with the project it is`,
    );
  }
  return undefined;
}

/** The projects sharing one of the entry's links, else one of its distinctive hosts. */
function linkCandidates(entry: ProjectEntry, links: LinkIndex, variants: NameVariants): ProjectRecord[] {
  const byUrl = withAny(links.byUrl, new Set(entry.links.map((l) => urlKey(l.url))));
  if (byUrl.length > 0) return byUrl;
  const hosts = new Set(entry.links.map((l) => hostOf(l.url)).filter((h): h is string => !!h && !isSharedHost(h, variants.sharedHosts)));
  return withAny(links.byHost, hosts);
}

function linkShared(entry: ProjectEntry, record: ProjectRecord, links: LinkIndex): boolean {
  return entry.links.some((l) => {
    const found = links.byUrl.get(urlKey(l.url));
    return found === record || (found instanceof Set && found.has(record));
  });
}

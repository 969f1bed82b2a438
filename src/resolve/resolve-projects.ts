// Table rows and section entries → one record per project (names, then variants, then link hosts).
import { placeIn, type DiagnosticSink } from '../errors.js';
import type { ProjectEntry, SurveyRecords } from '../parse/survey-types.js';
import { hostOf, isSharedHost, urlKey } from './link-hosts.js';
import type { NameVariants } from './name-variants.js';
import { withoutMarkers } from '../parse/footnote-markers.js';
import { nameCore } from './name-core.js';
import { normaliseLabel } from './normalise-label.js';
import type { NameSpelling } from './resolved-types.js';
import { slugify } from './slugify.js';
import { hashKey, KeyIndex } from './key-index.js';
import { ProjectRecord, ProjectTable } from './project-table.js';
import { RowKeys, wantedKeys, type WantedKeys } from './wanted-keys.js';

export { ProjectRecord } from './project-table.js';

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
  rowKeys.index(wanted, ix.cores, ix.links.byUrl, ix.links.byHost);

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

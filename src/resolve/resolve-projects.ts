// Table rows and section entries → one record per project (names, then variants, then link hosts).
import { placeIn, type DiagnosticSink } from '../errors.js';
import type { ProjectEntry, Survey, TableRow } from '../parse/survey-types.js';
import { hostOf, isSharedHost, urlKey } from './link-hosts.js';
import type { NameVariants } from './name-variants.js';
import { withoutMarkers } from '../parse/footnote-markers.js';
import { nameCore } from './name-core.js';
import { normaliseLabel } from './normalise-label.js';
import type { NameSpelling } from './resolved-types.js';
import { slugify } from './slugify.js';

/** A project's identity: its names, its table row and its section entries (the rest is resolved row by row). */
export interface ProjectRecord {
  readonly slug: string;
  /** The table's spelling when the project is in the table, else the first section spelling. */
  readonly label: string;
  /** Every other spelling seen, in order of appearance, with its place and how it was matched. */
  readonly altLabels: NameSpelling[];
  readonly row?: TableRow;
  readonly entries: ProjectEntry[];
  /** The table row's line, else the first section entry's line. */
  readonly sourceLine: number;
  /** The name cell as written, where it carries footnote markers. */
  readonly nameText?: string;
  readonly urls: Set<string>;
  readonly hosts: Set<string>;
}

export interface ResolvedProjects {
  /** In survey order: table rows first, then section-only projects. */
  readonly projects: readonly ProjectRecord[];
  readonly projectOf: ReadonlyMap<ProjectEntry, ProjectRecord>;
  /** The project a name (exactly, but for case and punctuation, or through data/name-variants.json) names. */
  readonly byName: (name: string) => ProjectRecord | undefined;
}

export function resolveProjects(survey: Survey, variants: NameVariants, sink: DiagnosticSink): ResolvedProjects {
  const projects: ProjectRecord[] = [];
  const byKey = new Map<string, ProjectRecord>();
  const keyOf = (name: string): string => {
    const key = normaliseLabel(name);
    const group = variants.groupOf.get(key);
    return group === undefined ? `name:${key}` : `group:${group}`;
  };
  const slugs = new Set<string>();
  const links: LinkIndex = { byUrl: new Map(), byHost: new Map() };
  /** Projects by their name without affixes ("Immutable Labs" → immutable), to find variants. */
  const cores = new Map<string, ProjectRecord | ProjectRecord[]>();
  const create = (label: string, line: number, place: { line: number; column: number }, row?: TableRow, nameText?: string): ProjectRecord => {
    let slug = slugify(label);
    if (slugs.has(slug)) {
      let n = 2;
      while (slugs.has(`${slug}-${n}`)) n++;
      sink.warn('project/slug-clash', placeIn(survey.file, place), `"${label}" has the same IRI slug as another project`, `distinct names; this one is "${slug}-${n}"`);
      slug = `${slug}-${n}`;
    }
    slugs.add(slug);
    const record: ProjectRecord = { slug, label, altLabels: [], entries: [], sourceLine: line, urls: new Set(), hosts: new Set(), ...(row ? { row } : {}), ...(nameText ? { nameText } : {}) };
    projects.push(record);
    return record;
  };

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
    const record = create(name, row.line, nameCell, row, name !== nameCell.text ? nameCell.text : undefined);
    if (nameCell.link) addUrl(record, nameCell.link.url, links);
    byKey.set(key, record);
    addCore(cores, nameCore(name).key, record);
  }

  const projectOf = new Map<ProjectEntry, ProjectRecord>();
  for (const entry of survey.entries) {
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
      record = create(entry.name, entry.line, entry);
      byKey.set(key, record);
      addCore(cores, nameCore(entry.name).key, record);
    }
    if (entry.name !== record.label && !record.altLabels.some((alt) => alt.text === entry.name)) {
      record.altLabels.push({ text: entry.name, line: entry.line, column: entry.column, match });
    }
    record.entries.push(entry);
    for (const link of entry.links) addUrl(record, link.url, links);
    projectOf.set(entry, record);
  }
  const altKeys = new Map<string, ProjectRecord>();
  for (const record of projects) for (const alt of record.altLabels) altKeys.set(keyOf(alt.text), record);
  return { projects, projectOf, byName: (name) => byKey.get(keyOf(name)) ?? altKeys.get(keyOf(name)) };
}

/** The projects that have each link and each link host, so that matching a section entry is not a scan of them all. */
interface LinkIndex {
  readonly byUrl: Map<string, Set<ProjectRecord>>;
  readonly byHost: Map<string, Set<ProjectRecord>>;
}

function addUrl(record: ProjectRecord, url: string, links: LinkIndex): void {
  const key = urlKey(url);
  record.urls.add(key);
  addTo(links.byUrl, key, record);
  const host = hostOf(url);
  if (host) {
    record.hosts.add(host);
    addTo(links.byHost, host, record);
  }
}

/** One project per name core as a rule, so the index holds the record itself and a list only where names collide. */
function addCore(cores: Map<string, ProjectRecord | ProjectRecord[]>, key: string, record: ProjectRecord): void {
  const found = cores.get(key);
  if (found === undefined) cores.set(key, record);
  else if (Array.isArray(found)) found.push(record);
  else cores.set(key, [found, record]);
}

function addTo(index: Map<string, Set<ProjectRecord>>, key: string, record: ProjectRecord): void {
  const set = index.get(key);
  if (set) set.add(record);
  else index.set(key, new Set([record]));
}

function withAny(index: Map<string, Set<ProjectRecord>>, keys: Iterable<string>): ProjectRecord[] {
  const found = new Set<ProjectRecord>();
  for (const key of keys) for (const record of index.get(key) ?? []) found.add(record);
  return [...found];
}

/**
 * A section name that matches no project exactly: the one project whose name is the same but for affix words
 * ("Fetch.AI" / "Fetch", "Immutable Labs" / "Immutable") or, failing that, the one that shares a link or a
 * distinctive host. Several candidates are reported and none is joined; names listed as distinct are never joined.
 */
function matchVariant(
  entry: ProjectEntry,
  cores: ReadonlyMap<string, ProjectRecord | ProjectRecord[]>,
  links: LinkIndex,
  variants: NameVariants,
  file: string,
  sink: DiagnosticSink,
): { record: ProjectRecord; match: NameSpelling['match'] } | undefined {
  const allowed = (record: ProjectRecord): boolean => !variants.areDistinct(record.label, entry.name);
  const core = nameCore(entry.name);
  const byCore = [cores.get(core.key) ?? []].flat().filter(allowed);
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
      `Section entry "${entry.name}" matches no table name; joined to "${record.label}" (line ${record.sourceLine}), which shares ${linkShared(entry, record) ? 'a link' : 'a link host'} with it`,
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

function linkShared(entry: ProjectEntry, record: ProjectRecord): boolean {
  return entry.links.some((l) => record.urls.has(urlKey(l.url)));
}

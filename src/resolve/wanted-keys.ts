// The keys a section entry that matches no project's name may be looked up by (its name core, its links' keys and
// distinctive hosts), found before the entries are joined, so the indexes for them hold only what may be asked.
import { hostOf, isSharedHost, urlKey } from './link-hosts.js';
import { hashKey, type KeyIndex } from './key-index.js';
import { nameCore } from './name-core.js';
import type { SectionEntry } from '../parse/survey-types.js';

/** Hashes of the name cores, link keys and distinctive hosts that section entries matching no table name carry. */
export interface WantedKeys {
  readonly cores: Set<number>;
  readonly urls: Set<number>;
  readonly hosts: Set<number>;
}

/**
 * The keys matchVariant may look up: those of every project entry whose name is no table row's. (An entry named
 * like a table row never gets there, as names are never removed; one named like a section-only project is included
 * though it would not need to be.) In a real survey a handful; in a million-row table, a million fewer index entries.
 */
export function wantedKeys(entries: Iterable<SectionEntry>, isTableName: (name: string) => boolean, sharedHosts: readonly string[]): WantedKeys {
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
export class RowKeys {
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
  index(wanted: WantedKeys, cores: KeyIndex, byUrl: KeyIndex, byHost: KeyIndex): void {
    if (wanted.cores.size + wanted.urls.size + wanted.hosts.size === 0) return;
    for (let row = 0; row < this.has.length; row++) {
      const has = this.has[row] as number;
      if (wanted.cores.has((this.cores[row] as number) >>> 0)) cores.addHash(this.cores[row] as number, row);
      if (has & 1 && wanted.urls.has((this.urls[row] as number) >>> 0)) byUrl.addHash(this.urls[row] as number, row);
      if (has & 2 && wanted.hosts.has((this.hosts[row] as number) >>> 0)) byHost.addHash(this.hosts[row] as number, row);
    }
  }
}

// Lint rules that compare a project's table row with its section entries: presence, names and links.
import type { ProjectEntry } from '../parse/survey-types.js';
import { hostOf, isSharedHost, urlKey } from '../resolve/link-hosts.js';
import type { ResolvedListing, ResolvedProject } from '../resolve/resolved-types.js';
import { createFinding, type LintContext, sectionName } from './lint-context.js';
import type { LintFinding } from './lint-rules.js';

export function listingFindings(ctx: LintContext): LintFinding[] {
  return ctx.projects.flatMap((project) => [
    ...presence(ctx, project),
    ...nameVariants(ctx, project),
    ...linkMismatch(ctx, project),
  ]);
}

/** lint/section-only (Morpheus) and lint/table-only. */
function presence(ctx: LintContext, project: ResolvedProject): LintFinding[] {
  const [first] = project.listings;
  if (!project.row && first) {
    const name = entryName(first);
    return [
      createFinding(
        ctx,
        'lint/section-only',
        first,
        `"${name}" is listed in section ${sectionName(first.heading)} but has no row in the overview table`,
        `a table row for "${name}" with its stage and capability marks`,
      ),
    ];
  }
  const name = project.row?.name;
  if (name && project.listings.length === 0) {
    return [
      createFinding(
        ctx,
        'lint/table-only',
        name,
        `"${project.label}" has a row in the overview table but no section lists it`,
        'an entry "- **Name** [[whitepaper](…)] [[docs](…)] [[code](…)]" under the section of each stage its row marks',
      ),
    ];
  }
  return [];
}

/** lint/name-variant: a section entry joined to a table row under another name (it becomes skos:altLabel). */
function nameVariants(ctx: LintContext, project: ResolvedProject): LintFinding[] {
  const name = project.row?.name;
  if (!name) return [];
  return project.listings
    .filter((listing) => entryName(listing) !== project.label)
    .map((listing) =>
      createFinding(
        ctx,
        'lint/name-variant',
        listing,
        `Section entry "${entryName(listing)}" is the table's "${project.label}" (line ${name.line}) under another name`,
        `one spelling in the table and the sections, e.g. "${project.label}"`,
        [{ at: name, message: `the table row of "${project.label}"` }],
      ),
    );
}

/** lint/link-mismatch: the table's link is none of the section links, not on their (own) host, not the same file elsewhere. */
function linkMismatch(ctx: LintContext, project: ResolvedProject): LintFinding[] {
  const cell = project.row?.name;
  const url = project.row?.reference?.url;
  const links = project.listings.flatMap((listing) => listing.links.map((link) => ({ listing, link })));
  if (!cell || !url || links.length === 0) return [];
  if (links.some(({ link }) => linksAgree(url, link.url, ctx.sharedHosts))) return [];
  const first = links[0]?.listing as ResolvedListing;
  return [
    createFinding(
      ctx,
      'lint/link-mismatch',
      cell,
      `The table links "${project.label}" to ${url}, which matches none of the links of its section entry at line ${first.line}`,
      `the same document in both places, e.g. ${links[0]?.link.url}`,
      project.listings.map((listing) => ({ at: listing, message: `the section entry of "${entryName(listing)}"` })),
    ),
  ];
}

/** Same URL, same host (unless many projects share it, like github.com), or the same file on another host (a CDN mirror). */
export function linksAgree(a: string, b: string, sharedHosts: readonly string[]): boolean {
  if (urlKey(a) === urlKey(b)) return true;
  const [hostA, hostB] = [hostOf(a), hostOf(b)];
  if (hostA && hostA === hostB && !isSharedHost(hostA, sharedHosts)) return true;
  const [pathA, pathB] = [pathOf(a), pathOf(b)];
  return pathA !== undefined && pathA === pathB && pathA.split('/').filter(Boolean).length >= 2;
}

function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

function entryName(listing: ResolvedListing): string {
  return (listing.entry as ProjectEntry).name;
}

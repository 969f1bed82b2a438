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

const HOW: Record<string, string> = {
  same: 'the same name but for case and punctuation',
  variants: 'listed as one project in data/name-variants.json',
  affix: 'the same name but for words like "AI", "Labs" or ".io"',
  link: 'they share a link',
};

/**
 * lint/name-variant: a section entry joined to a project under another name (it becomes skos:altLabel), one finding
 * per entry, naming the project's first place (its table row, or the entry that named it first). The build's own
 * warnings for the join (resolve/name-variant, resolve/by-link) are this same finding, so lint reports it once.
 */
function nameVariants(ctx: LintContext, project: ResolvedProject): LintFinding[] {
  const first = project.row?.name ?? project.listings[0];
  if (!first) return [];
  const where = project.row ? 'the table\'s' : 'the section entry';
  return project.listings
    .filter((listing) => entryName(listing) !== project.label)
    .map((listing) => {
      const how = project.altLabels.find((alt) => alt.text === entryName(listing))?.match ?? 'same';
      return createFinding(
        ctx,
        'lint/name-variant',
        listing,
        `Section entry "${entryName(listing)}" is ${where} "${project.label}" (line ${first.line}) under another name (${HOW[how]})`,
        `one spelling in the table and the sections, e.g. "${project.label}"`,
        [{ at: first, message: project.row ? `the table row of "${project.label}"` : `the first entry of "${project.label}"` }],
      );
    });
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

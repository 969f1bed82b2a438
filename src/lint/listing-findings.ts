// Lint rules that compare a project's table row with its section entries: presence, names and links.
import { sectionsToStageHeading } from '../map/section-quads.js';
import type { ProjectEntry } from '../parse/survey-types.js';
import { hostOf, isSharedHost, urlKey } from '../resolve/link-hosts.js';
import type { ProjectRecord } from '../resolve/resolve-projects.js';
import { createFinding, type LintContext } from './lint-context.js';
import type { LintFinding } from './lint-rules.js';

export function listingFindings(ctx: LintContext): LintFinding[] {
  return ctx.projects.projects.flatMap((project) => [
    ...presence(ctx, project),
    ...nameVariants(ctx, project),
    ...linkMismatch(ctx, project),
  ]);
}

/** lint/section-only (Morpheus) and lint/table-only. */
function presence(ctx: LintContext, project: ProjectRecord): LintFinding[] {
  const [first] = project.entries;
  if (!project.row && first) {
    return [
      createFinding(
        ctx,
        'lint/section-only',
        first,
        `"${first.name}" is listed in section ${sectionName(ctx, first)} but has no row in the overview table`,
        `a table row for "${first.name}" with its stage and capability marks`,
      ),
    ];
  }
  const name = project.row?.cells[0];
  if (name && project.entries.length === 0) {
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
function nameVariants(ctx: LintContext, project: ProjectRecord): LintFinding[] {
  const name = project.row?.cells[0];
  if (!name) return [];
  return project.entries
    .filter((entry) => entry.name !== project.label)
    .map((entry) =>
      createFinding(
        ctx,
        'lint/name-variant',
        entry,
        `Section entry "${entry.name}" is the table's "${project.label}" (line ${name.line}) under another name`,
        `one spelling in the table and the sections, e.g. "${project.label}"`,
        [{ at: name, message: `the table row of "${project.label}"` }],
      ),
    );
}

/** lint/link-mismatch: the table's link is none of the section links, not on their (own) host, not the same file elsewhere. */
function linkMismatch(ctx: LintContext, project: ProjectRecord): LintFinding[] {
  const cell = project.row?.cells[0];
  const url = cell?.link?.url;
  const links = project.entries.flatMap((entry) => entry.links.map((link) => ({ entry, link })));
  if (!cell || !url || links.length === 0) return [];
  if (links.some(({ link }) => linksAgree(url, link.url, ctx.sharedHosts))) return [];
  const first = links[0]?.entry as ProjectEntry;
  return [
    createFinding(
      ctx,
      'lint/link-mismatch',
      cell,
      `The table links "${project.label}" to ${url}, which matches none of the links of its section entry at line ${first.line}`,
      `the same document in both places, e.g. ${links[0]?.link.url}`,
      project.entries.map((entry) => ({ at: entry, message: `the section entry of "${entry.name}"` })),
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

function sectionName(ctx: LintContext, entry: ProjectEntry): string {
  const { heading } = sectionsToStageHeading(entry.sections, ctx.ontology);
  return `"${heading.number !== undefined ? `${heading.number}. ` : ''}${heading.title}"`;
}

// What identifies a project across versions of the survey: its names and its links. Read from a resolved project
// (diff, history) or from a graph an earlier build wrote (build --previous), so both sides compare alike.
import type { ResolvedProject } from '../resolve/resolved-types.js';

export interface ProjectIdentity {
  /** The project's IRI slug in its version. */
  readonly slug: string;
  /** Its name in that version (the table's spelling when it has a row). */
  readonly label: string;
  /** Every other spelling that version gives it. */
  readonly altLabels: readonly string[];
  /** Every link that version gives it: the table's reference and the section links. */
  readonly urls: readonly string[];
}

export function resolvedProjectToIdentity(project: ResolvedProject): ProjectIdentity {
  const urls = [
    ...(project.row?.reference ? [project.row.reference.url] : []),
    ...project.listings.flatMap((listing) => listing.links.map((link) => link.url)),
  ];
  return { slug: project.slug, label: project.label, altLabels: project.altLabels.map((alt) => alt.text), urls: [...new Set(urls)] };
}

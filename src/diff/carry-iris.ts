// A new version of the survey with the IRIs of an earlier one: every project the resolution pairs with an earlier
// project takes that project's slug (so its IRI stays the same when its name changes) and keeps the earlier name as
// another spelling (skos:altLabel). Projects new in this version keep the slugs they were minted.
import { type DiagnosticSink, placeIn } from '../errors.js';
import type { NameVariants } from '../resolve/name-variants.js';
import type { NameSpelling, ResolvedProject } from '../resolve/resolved-types.js';
import type { SurveyVersion } from './diff-surveys.js';
import { matchProjects } from './match-projects.js';
import { type ProjectIdentity, resolvedProjectToIdentity } from './project-identity.js';

export function carryIris(version: SurveyVersion, previous: readonly ProjectIdentity[], variants: NameVariants, sink: DiagnosticSink): SurveyVersion {
  const identified = version.projects.map((project) => ({ ...resolvedProjectToIdentity(project), project }));
  const matching = matchProjects(previous, identified, variants);
  const carried = new Map<ResolvedProject, ResolvedProject>();
  const taken = new Set(matching.pairs.map((pair) => pair.from.slug));
  for (const { from, to, match } of matching.pairs) {
    const names = [to.label, ...to.altLabels];
    const old: NameSpelling[] = [from.label, ...from.altLabels]
      .filter((name, i, all) => !names.includes(name) && all.indexOf(name) === i)
      .map((text) => ({ text, line: to.project.sourceLine, column: 1, match }));
    carried.set(to.project, { ...to.project, slug: from.slug, altLabels: [...to.project.altLabels, ...old] });
  }
  for (const { project } of matching.added) {
    if (!taken.has(project.slug)) {
      taken.add(project.slug);
      continue;
    }
    // An earlier project's IRI is kept by the project it became; a new one with the same slug gets another.
    let n = 2;
    while (taken.has(`${project.slug}-${n}`)) n++;
    const slug = `${project.slug}-${n}`;
    taken.add(slug);
    sink.warn(
      'previous/slug-taken',
      placeIn(version.survey.file, { line: project.sourceLine, column: 1 }),
      `"${project.label}" would have the IRI slug "${project.slug}", which the earlier graph gives to another project; it gets "${slug}"`,
      'a name that differs from the earlier project\'s, or both names in one group of data/name-variants.json if they are one project',
    );
    carried.set(project, { ...project, slug });
  }
  const projects = version.projects.map((project) => carried.get(project) ?? project);
  return { ...version, projects, survey: { ...version.survey, projects } };
}

// The changes of a history → CHANGELOG.md: one section per commit that changed the survey, newest first, each the
// changelog `deai-kg diff` writes for that step.
import { diffToMarkdown } from '../diff/diff-to-markdown.js';
import type { History } from './versions-to-history.js';

export function historyToChangelog(history: History, title: string): string {
  const steps = [...history.changes].reverse().map(({ to, diff }) =>
    // One heading level down: the step's changelog is a section of the whole.
    diffToMarkdown(diff, `${to.date.slice(0, 10)} ${to.commit.slice(0, 7)}: ${to.message}`).replace(/^#/gm, '##'),
  );
  return [`# ${title}`, '', ...(steps.length > 0 ? steps : ['Only one version: no changes yet.\n'])].join('\n');
}

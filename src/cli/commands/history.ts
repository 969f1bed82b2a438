// `deai-kg history REPO_DIR [--file README.md] [-o DIR]`: every version of the survey in a git repository as one
// dataset (a named graph per commit, IRIs carried forward), with the changes between consecutive versions.
import { join } from 'node:path';
import type { Command } from 'commander';
import { countChanges } from '../../diff/survey-diff.js';
import { note } from '../report.js';
import { type CommonOptions, displayPath, withCommonOptions } from './common-options.js';

interface HistoryCliOptions extends CommonOptions {
  readonly file: string;
  readonly out: string;
}

export const HISTORY_FILES = { trig: 'history.trig', nq: 'history.nq', changelog: 'CHANGELOG.md' } as const;

export function registerHistory(program: Command): void {
  withCommonOptions(
    program
      .command('history')
      .description(
        'Read the survey file from every commit of a git repository that changed it (git must be on PATH), build each ' +
          'version with the IRIs of the version before carried forward (a renamed project keeps its IRI), and write ' +
          `DIR/${HISTORY_FILES.trig} and DIR/${HISTORY_FILES.nq}: a named graph per version (its IRI …/version/COMMIT, with ` +
          'the commit id, date and message as PROV in the default graph) and the changes between consecutive versions ' +
          `(deai:ChangeSet, deai:Change), plus DIR/${HISTORY_FILES.changelog}. Ask it with deai-kg query --data DIR/${HISTORY_FILES.trig} ` +
          '(queries/history-*.rq).',
      )
      .argument('<REPO_DIR>', 'a git repository holding the survey')
      .option('--file <PATH>', 'the survey file\'s path inside the repository', 'README.md')
      .option('-o, --out <DIR>', 'output directory', 'out'),
  ).action(async (repo: string, options: HistoryCliOptions) => {
    const [{ readGitVersions }, { versionsToHistory }, { historyToChangelog }, { bundledOntology, bundledVariants }, { quadsToTrig, quadsToNQuads }, { writeFilesAtomically }, { DEFAULT_BASE }] =
      await Promise.all([
        import('../../history/read-git-versions.js'),
        import('../../history/versions-to-history.js'),
        import('../../history/history-to-changelog.js'),
        import('../../node/package-files.js'),
        import('../../export/to-trig.js'),
        import('../../node/write-atomically.js'),
        import('../../vocab/namespaces.js'),
      ]);
    const dir = displayPath(repo);
    const commits = await readGitVersions(dir, options.file);
    const history = versionsToHistory(commits, { ontology: bundledOntology(), variants: bundledVariants(), base: options.base ?? DEFAULT_BASE, file: options.file });
    writeFilesAtomically(options.out, {
      [HISTORY_FILES.trig]: await quadsToTrig(history.quads),
      [HISTORY_FILES.nq]: quadsToNQuads(history.quads),
      [HISTORY_FILES.changelog]: historyToChangelog(history, `Changes to ${options.file}`),
    });
    if (!options.quiet) {
      const warnings = history.diagnostics.filter((d) => d.severity === 'warning').length;
      const changes = history.changes.reduce((n, step) => n + countChanges(step.diff), 0);
      note(
        `${commits.length} version${commits.length === 1 ? '' : 's'} (named graphs), ${history.changes.length} change set${history.changes.length === 1 ? '' : 's'} ` +
          `(${changes} changes) → ${Object.values(HISTORY_FILES).map((f) => join(options.out, f)).join(', ')}` +
          (warnings > 0 ? ` (${warnings} survey warnings; deai-kg lint shows them per version)` : ''),
      );
    }
  });
}

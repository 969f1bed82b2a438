// A git repository → every version of one file in it, oldest first, read with the `git` on PATH (the I/O edge of
// `deai-kg history`). A missing git, a path that is not a repository or a file no commit has are input errors (exit 2).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { InputError, UsageError } from '../errors.js';

const run = promisify(execFile);

/** The survey file as one commit has it. */
export interface GitVersion {
  /** The full commit id. */
  readonly commit: string;
  /** The author date, ISO 8601 with its offset ("2024-11-26T10:00:00+00:00"). */
  readonly date: string;
  /** The commit message's first line. */
  readonly message: string;
  readonly text: string;
  /** "sha256:…" of the text. */
  readonly digest: string;
}

/** The commits that changed `file`, oldest first (following the history of the checked-out branch). */
export async function readGitVersions(repo: string, file: string): Promise<GitVersion[]> {
  await git(repo, ['rev-parse', '--git-dir']).catch((error: NodeJS.ErrnoException & { stderr?: string }) => {
    if (error.code === 'ENOENT' && error.path === 'git') throw new UsageError('git is not on PATH: history reads the survey\'s versions with git; install git (apt-get install git) and try again');
    throw notARepository(repo, error.stderr ?? error.message);
  });
  const log = await git(repo, ['log', '--reverse', '--format=%H%x00%aI%x00%s%x00', '--', file]);
  const fields = log.split('\0');
  const versions: GitVersion[] = [];
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const commit = (fields[i] as string).trim();
    // A commit that deleted the file has no version of it to build.
    const text = await git(repo, ['show', `${commit}:${file}`]).catch(() => undefined);
    if (text === undefined) continue;
    versions.push({ commit, date: fields[i + 1] as string, message: fields[i + 2] as string, text, digest: `sha256:${createHash('sha256').update(text).digest('hex')}` });
  }
  if (versions.length === 0) {
    throw new InputError({
      severity: 'error', code: 'history/no-versions', place: { file: `${repo}/${file}`, line: 1, column: 1 },
      message: `No commit of the repository has "${file}"`, expected: 'the survey file\'s path inside the repository (--file PATH, README.md by default)',
    });
  }
  return versions;
}

async function git(repo: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  return stdout;
}

function notARepository(repo: string, why: string): InputError {
  return new InputError({
    severity: 'error', code: 'history/not-a-repository', place: { file: repo, line: 1, column: 1 },
    message: `Not a git repository (git says: ${why.trim().split('\n')[0]})`, expected: 'the directory of a git clone of the survey (REPO_DIR)',
  });
}

// `deai-kg --help` without the command-line parser: the build renders the top-level help once, from the command list
// through Commander (scripts/write-top-level-help.mjs), and this module prints that text. Loading Commander is most of
// what --help cost beyond --version (docs/cold-start.md).
import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../node/package-root.js';

/** Where the build writes the text, in dist/cli/ (found from the package's root: the command line is bundled). */
export const TOP_LEVEL_HELP_FILE = 'top-level-help.txt';
/** The width the text is wrapped at: Commander's own when the output is not a terminal. */
export const TOP_LEVEL_HELP_WIDTH = 80;

/**
 * The top-level help as the build rendered it, or undefined when Commander must render it after all: a terminal of
 * another width (Commander wraps to the terminal's width), or no rendered text (running from source).
 */
export function renderedTopLevelHelp(stdout: { isTTY?: boolean; columns?: number } = process.stdout): string | undefined {
  const width = stdout.isTTY ? stdout.columns : undefined;
  if ((width ?? TOP_LEVEL_HELP_WIDTH) !== TOP_LEVEL_HELP_WIDTH) return undefined;
  try {
    return readFileSync(`${PACKAGE_ROOT}dist/cli/${TOP_LEVEL_HELP_FILE}`, 'utf8');
  } catch {
    return undefined;
  }
}

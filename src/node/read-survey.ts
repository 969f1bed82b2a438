// Reading a survey file (Node): a missing or unreadable file is an InputError, not a crash.
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

/** Reads a survey file (UTF-8). */
export function readSurvey(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new InputError({ severity: 'error', code: 'input/unreadable', place: { file: path, line: 1, column: 1 }, message: `Cannot read the survey: ${reason}`, expected: 'a readable markdown file' });
  }
}

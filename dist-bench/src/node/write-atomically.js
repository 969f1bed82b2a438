// Writes a set of files into a directory all-or-nothing: a temp directory first, renamed into place on success.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
export function writeFilesAtomically(dir, files) {
    mkdirSync(dir, { recursive: true });
    const staging = mkdtempSync(join(dir, '.deai-kg-'));
    try {
        for (const [name, content] of Object.entries(files))
            writeFileSync(join(staging, name), content);
        return Object.keys(files).map((name) => {
            renameSync(join(staging, name), join(dir, name));
            return join(dir, name);
        });
    }
    finally {
        rmSync(staging, { recursive: true, force: true });
    }
}

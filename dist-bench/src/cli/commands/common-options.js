// Options shared by the commands that build a graph.
import { isAbsolute, relative } from 'node:path';
import { Option } from 'commander';
export function withCommonOptions(command) {
    return command
        .addOption(new Option('--base <IRI>', 'base IRI of instance data (ends in / or #)').default(undefined, 'https://w3id.org/deai/'))
        .option('-q, --quiet', 'print no warnings or summary');
}
/** Paths in messages are relative to the working directory when that is shorter (data/x.md, not /home/…/data/x.md). */
export function displayPath(path) {
    if (!isAbsolute(path))
        return path;
    const rel = relative(process.cwd(), path);
    return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

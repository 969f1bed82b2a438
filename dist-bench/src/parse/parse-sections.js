import { placeIn } from '../errors.js';
import { nodeText, placeOf } from './markdown-tree.js';
import { listItemToEntry } from './parse-entry.js';
/** "2.1. Data Preparation" → number "2.1", title "Data Preparation". The trailing dot is optional. */
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/;
/**
 * Section structure comes from the numbering, not the heading level, so a heading written one level
 * off (the seed's `#### 4. Post-training` among `###` siblings) still nests correctly; the slip is
 * reported as a warning.
 */
export function treeToSections(tree, file, sink) {
    const headings = [];
    const entries = [];
    const byNumber = new Map();
    let chain = [];
    let topDepth;
    for (const node of tree.children) {
        if (node.type === 'heading') {
            const heading = headingToRecord(node);
            headings.push(heading);
            if (heading.number !== undefined) {
                topDepth ??= heading.depth - (heading.number.split('.').length - 1);
                checkLevel(heading, byNumber, topDepth, file, sink);
                byNumber.set(heading.number, heading);
                chain = numberedChain(heading.number, byNumber);
            }
            else if (chain.length > 0 && heading.depth > (chain.at(-1)?.depth ?? 0)) {
                // An unnumbered sub-heading (e.g. "Industry") nested under a numbered section.
                chain = [...chain.filter((h) => h.number !== undefined), heading];
            }
            else {
                chain = [];
            }
        }
        else if (node.type === 'list' && chain.length > 0) {
            entries.push(...listToEntries(node, chain, file, sink));
        }
    }
    return { headings, entries };
}
function headingToRecord(node) {
    const text = nodeText(node);
    const match = NUMBERED.exec(text);
    const place = placeOf(node);
    if (!match)
        return { ...place, title: text, depth: node.depth };
    return { ...place, number: match[1], title: match[2].trim(), depth: node.depth };
}
function numberedChain(number, byNumber) {
    const parts = number.split('.');
    const chain = [];
    for (let i = 1; i <= parts.length; i++) {
        const heading = byNumber.get(parts.slice(0, i).join('.'));
        if (heading)
            chain.push(heading);
    }
    return chain;
}
function checkLevel(heading, byNumber, topDepth, file, sink) {
    const parts = heading.number.split('.');
    const parent = byNumber.get(parts.slice(0, -1).join('.'));
    const expected = parent ? parent.depth + 1 : topDepth + parts.length - 1;
    if (heading.depth === expected)
        return;
    sink.warn('heading/level-slip', placeIn(file, heading), `Heading "${heading.number}. ${heading.title}" is level ${heading.depth}, but its number puts it at level ${expected}`, `"${'#'.repeat(expected)} ${heading.number}. ${heading.title}"; the entries under it are still placed by their numbering`);
}
function listToEntries(list, chain, file, sink) {
    const entries = [];
    for (const item of list.children) {
        const entry = listItemToEntry(item, chain, file, sink);
        if (entry)
            entries.push(entry);
    }
    return entries;
}

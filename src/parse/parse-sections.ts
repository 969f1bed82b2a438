// Walks the document's headings and lists: numbered headings give each list entry its section chain.
import type { Heading, List, Root, RootContent } from 'mdast';
import { type DiagnosticSink, placeIn } from '../errors.js';
import { nodeText, placeOf } from './markdown-tree.js';
import { listItemToEntry } from './parse-entry.js';
import type { SectionEntry, SectionHeading } from './survey-types.js';

/** "2.1. Data Preparation" → number "2.1", title "Data Preparation". The trailing dot is optional. */
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/;

export interface SectionsResult {
  readonly headings: SectionHeading[];
  readonly entries: SectionEntry[];
}

/**
 * Section structure comes from the numbering, not the heading level, so a heading written one level
 * off (the seed's `#### 4. Post-training` among `###` siblings) still nests correctly; the slip is
 * reported as a warning.
 */
export function treeToSections(tree: Root, file: string, sink: DiagnosticSink): SectionsResult {
  const headings: SectionHeading[] = [];
  const entries: SectionEntry[] = [];
  const byNumber = new Map<string, SectionHeading>();
  let chain: SectionHeading[] = [];
  let topDepth: number | undefined;

  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading') {
      const heading = headingToRecord(node);
      headings.push(heading);
      if (heading.number !== undefined) {
        topDepth ??= heading.depth - (heading.number.split('.').length - 1);
        checkLevel(heading, byNumber, topDepth, file, sink);
        byNumber.set(heading.number, heading);
        chain = numberedChain(heading.number, byNumber);
      } else if (chain.length > 0 && heading.depth > (chain.at(-1)?.depth ?? 0)) {
        // An unnumbered sub-heading (e.g. "Industry") nested under a numbered section.
        chain = [...chain.filter((h) => h.number !== undefined), heading];
      } else {
        chain = [];
      }
    } else if (node.type === 'list' && chain.length > 0) {
      entries.push(...listToEntries(node, chain, file, sink));
    }
  }
  return { headings, entries };
}

function headingToRecord(node: Heading): SectionHeading {
  const text = nodeText(node);
  const match = NUMBERED.exec(text);
  const place = placeOf(node);
  if (!match) return { ...place, title: text, depth: node.depth };
  return { ...place, number: match[1] as string, title: (match[2] as string).trim(), depth: node.depth };
}

function numberedChain(number: string, byNumber: Map<string, SectionHeading>): SectionHeading[] {
  const parts = number.split('.');
  const chain: SectionHeading[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const heading = byNumber.get(parts.slice(0, i).join('.'));
    if (heading) chain.push(heading);
  }
  return chain;
}

function checkLevel(
  heading: SectionHeading,
  byNumber: Map<string, SectionHeading>,
  topDepth: number,
  file: string,
  sink: DiagnosticSink,
): void {
  const parts = (heading.number as string).split('.');
  const parent = byNumber.get(parts.slice(0, -1).join('.'));
  const expected = parent ? parent.depth + 1 : topDepth + parts.length - 1;
  if (heading.depth === expected) return;
  sink.warn(
    'heading/level-slip',
    placeIn(file, heading),
    `Heading "${heading.number}. ${heading.title}" is level ${heading.depth}, but its number puts it at level ${expected}`,
    `"${'#'.repeat(expected)} ${heading.number}. ${heading.title}"; the entries under it are still placed by their numbering`,
  );
}

function listToEntries(list: List, chain: SectionHeading[], file: string, sink: DiagnosticSink): SectionEntry[] {
  const entries: SectionEntry[] = [];
  for (const item of list.children) {
    const entry = listItemToEntry(item, chain, file, sink);
    if (entry) entries.push(entry);
  }
  return entries;
}

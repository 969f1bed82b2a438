// The graphs the export tests write: the bundled survey, and a tiny survey whose names are hostile to every syntax.
import { readFileSync } from 'node:fs';
import { buildGraph, bundledContext, type KnowledgeGraph } from '../../../src/index.js';
import type { ExportInput } from '../../../src/export/formats.js';
import { seedGraph } from '../../helpers/seed.js';

export const HOSTILE_PATH = 'test/fixtures/hostile-names.md';

/** The project names of hostile-names.md, as written there (markdown: `<Co>` is inline HTML, kept as text). */
export const HOSTILE_NAMES = ['Ünïcode & <Co> "Quoted"', "O'Brien's ]]> Net", '深度 AI — Łódź'];

let hostile: KnowledgeGraph | undefined;
export function hostileGraph(): KnowledgeGraph {
  hostile ??= buildGraph(readFileSync(HOSTILE_PATH, 'utf8'), { file: HOSTILE_PATH });
  return hostile;
}

export const seedInput = (): ExportInput => ({ graph: seedGraph(), context: bundledContext() });
export const hostileInput = (): ExportInput => ({ graph: hostileGraph(), context: bundledContext() });

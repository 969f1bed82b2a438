// The matrix's rows and columns from the graph (projects × the survey's columns, as the overview table has them),
// and their order: survey order, name, any column, the assumption text.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { CRITERION_RELATIONS } from '../../src/projection/near-universal-criteria.js';
import type { Links } from './compact-graph.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;
export type CellLevel = 'full' | 'partial' | 'none';

export interface MatrixColumn {
  readonly key: string;
  /** The ontology's name (the viewer's name everywhere). */
  readonly label: string;
  /** The survey's header as written ("Task Creation" for Task Proposing). */
  readonly header: string;
}

export interface MatrixRow {
  readonly key: string;
  readonly label: string;
  readonly sourceLine: number;
  /** False for a project listed only in a section of the survey, with no row in its overview table. */
  readonly inTable: boolean;
  /** Column key → level; empty for a section-only project. */
  readonly levels: ReadonlyMap<string, CellLevel>;
  /** The Security Assumption cell as written. */
  readonly assumption: string;
  /** With `deai-kg site --diff OLD.md`: the project is new, or changed, since OLD. */
  readonly change?: 'added' | 'changed';
  readonly changeSummary?: string;
  /** Column key → the mark OLD had in that cell ("" for none), for the cells that changed. */
  readonly changedCells: ReadonlyMap<string, string>;
}

export interface Matrix {
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
}

export type SortKey = 'order' | 'name' | 'assumption' | { readonly column: string };
export interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

/** `links`: the graph's links, held-back ones included (compact-graph.ts). */
export function graphToMatrix(graph: Graph, links: Links): Matrix {
  const columns = graph
    .filterNodes((_k, a) => typeof a.tableColumn === 'number' && (a.type === 'stage' || a.type === 'capability'))
    .sort((a, b) => Number(graph.getNodeAttribute(a, 'tableColumn')) - Number(graph.getNodeAttribute(b, 'tableColumn')))
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      return { key, label: String(a.label), header: String(a.tableHeader || a.label) };
    });
  const rows = graph
    .filterNodes((_k, a) => a.type === 'project')
    .map((key): MatrixRow => {
      const a = graph.getNodeAttributes(key);
      const levels = new Map<string, CellLevel>();
      for (const { attributes: ea, target } of links.out(key)) if (CRITERION_RELATIONS.has(String(ea.relation))) levels.set(target, ea.level === 'partial' ? 'partial' : 'full');
      const inTable = levels.size > 0 || a.securityAssumptionText !== undefined;
      if (inTable) for (const c of columns) if (!levels.has(c.key)) levels.set(c.key, 'none');
      const changedCells = new Map(Object.entries((a.changedCells ?? {}) as Record<string, string>));
      const change = a.change === 'added' || a.change === 'changed' ? { change: a.change as 'added' | 'changed', changeSummary: String(a.changeSummary ?? '') } : {};
      return { key, label: String(a.label), sourceLine: Number(a.sourceLine ?? 0), inTable, levels, assumption: String(a.securityAssumptionText ?? ''), changedCells, ...change };
    });
  return { columns, rows: sortRows(rows, { key: 'order', descending: false }) };
}

// As localeCompare with these options, without a collator made for each comparison (10k rows: ~140k of them).
const BY_NAME = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const BY_TEXT = new Intl.Collator('en', { sensitivity: 'base' });
const RANK: Record<CellLevel, number> = { full: 2, partial: 1, none: 0 };

/** A stable order; ties fall back to survey order. A column ascends from "not in the table" to ○, ◑, ●. */
export function sortRows(rows: readonly MatrixRow[], sort: Sort): MatrixRow[] {
  const byOrder = (a: MatrixRow, b: MatrixRow): number => a.sourceLine - b.sourceLine || a.label.localeCompare(b.label);
  const key = sort.key;
  const compare = (a: MatrixRow, b: MatrixRow): number => {
    if (key === 'order') return byOrder(a, b);
    if (key === 'name') return BY_NAME.compare(a.label, b.label);
    if (key === 'assumption') return (a.assumption === '' ? 1 : 0) - (b.assumption === '' ? 1 : 0) || BY_TEXT.compare(a.assumption, b.assumption);
    const rank = (row: MatrixRow): number => {
      const level = row.levels.get(key.column);
      return level ? RANK[level] : -1;
    };
    return rank(a) - rank(b);
  };
  return [...rows].sort((a, b) => (sort.descending ? -compare(a, b) : compare(a, b)) || byOrder(a, b));
}

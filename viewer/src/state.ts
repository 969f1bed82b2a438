// The viewer's whole state, typed; appearance is derived from it by the reducers, never stored.
import type { NodeType } from '../../src/projection/projection-spec.js';

export type Level = 'full' | 'partial';
export type Certainty = 'stated' | 'possible';
export type Tab = 'details' | 'filters' | 'matrix' | 'sparql';

export interface Filters {
  /** Node types shown. */
  readonly types: ReadonlySet<NodeType>;
  /** Show only projects linked to one of these (stage, capability, assumption node keys); empty = no filter. */
  readonly stages: ReadonlySet<string>;
  readonly capabilities: ReadonlySet<string>;
  readonly assumptions: ReadonlySet<string>;
  /** Support levels of stage/capability links shown (● full, ◑ partial). */
  readonly levels: ReadonlySet<Level>;
}

export type Status = { type: 'loading' } | { type: 'ready' } | { type: 'error'; message: string };

export interface ViewerState {
  readonly status: Status;
  /** graph.details.json (web links, assumption texts, categories), fetched after the first frame. */
  readonly details: Status;
  readonly selected?: string;
  readonly hovered?: string;
  /** Nodes a SPARQL result named; the rest is dimmed. */
  readonly highlighted?: ReadonlySet<string>;
  readonly filters: Filters;
  readonly tab: Tab;
  readonly liveLayout: boolean;
  /**
   * The layer of criteria nearly every project holds (their hundreds of links say little): off by default; a
   * selected criterion is drawn anyway.
   */
  readonly showUniversal: boolean;
  /** The matrix as the main view, the graph narrow beside it. */
  readonly wideMatrix: boolean;
}

export const ALL_TYPES: readonly NodeType[] = ['project', 'stage', 'capability', 'assumption', 'paper'];
export const ALL_LEVELS: readonly Level[] = ['full', 'partial'];

export function initialFilters(): Filters {
  return { types: new Set(ALL_TYPES), stages: new Set(), capabilities: new Set(), assumptions: new Set(), levels: new Set(ALL_LEVELS) };
}

export function initialState(): ViewerState {
  return { status: { type: 'loading' }, details: { type: 'loading' }, filters: initialFilters(), tab: 'details', liveLayout: false, showUniversal: false, wideMatrix: false };
}

// Node labels drawn where label-placement.ts puts them: sigma calls drawLabel for every visible node (all have
// forceLabel); on the first call of a frame the whole frame's placement is computed, then each call draws its node's
// label if it got a place. The hover layer draws the same box on top, with a white background.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Links } from './compact-graph.js';
import type { Rect } from './geometry.js';
import { type Disc, type LabelRequest, type PlacedLabel, placeLabels } from './label-placement.js';
import { focusOf } from './reducers.js';
import type { ViewerState } from './state.js';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;
type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

/** Stage, capability and assumption nodes always get a label: they are what the picture is about. */
const REQUIRED_TYPES = new Set(['stage', 'capability', 'assumption']);
/** On a pane smaller than this (a phone), assumptions' labels are placed only where they fit without leader lines. */
const CROWDED_AREA = 400_000;
const REQUIRED_WHEN_CROWDED = new Set(['stage', 'capability']);
const PAD_X = 3;
const LINE_HEIGHT = 16;
/** Optional labels (projects, papers) at most per frame: enough for the survey, bounded at 10k nodes. */
const OPTIONAL_LIMIT = 250;
/**
 * Optional labels tried at most per frame (the biggest nodes first): at 10k nodes every disc is ~9 px, so all 10k
 * qualify and nearly all fail for want of room; trying each took over a second per frame, the first one included.
 */
const OPTIONAL_TRY_LIMIT = 4 * OPTIONAL_LIMIT;
/** Nodes drawn smaller than this (in px) get a label only if required: a zoomed-out 10k graph is dots. */
const OPTIONAL_MIN_RADIUS = 4;
/** Unicode isolates: a name holding a right-to-left override cannot reorder what is drawn around it. */
const isolate = (text: string): string => `\u2068${text}\u2069`;

export interface DrawnLabel extends Rect {
  readonly key: string;
  readonly leader: boolean;
}

export interface LabelLayer {
  readonly settings: Pick<Settings, 'defaultDrawNodeLabel' | 'defaultDrawNodeHover'>;
  /**
   * The renderer, handed over before its first render (inside sigma's constructor, before `new` returns: see
   * createViewerSigma in viewer-sigma.ts), so the first frame has its labels without a second render. Later calls do nothing.
   */
  bind(renderer: Sigma): void;
  /** The label boxes drawn in the last frame, in viewport pixels. */
  drawn(): DrawnLabel[];
}

export function createLabelLayer(graph: Graph, links: Links, getState: () => ViewerState, getBounds: () => Rect): LabelLayer {
  let renderer: Sigma | undefined;
  let frame = 0;
  let placedFrame = -1;
  let placement = new Map<string, PlacedLabel>();
  let drawnNow: DrawnLabel[] = [];
  const widths = new Map<string, number>();
  // Hubs first (by type, then by size): they keep their labels when space runs out. The keys are read once, not
  // in the comparator (10k nodes: ~140k comparisons, each reading two nodes' attributes twice).
  const sortKeys = graph.mapNodes((key, attributes) => ({ key, rank: REQUIRED_TYPES.has(String(attributes.type)) ? 0 : 1, size: Number(attributes.size ?? 0) }));
  const staticOrder = sortKeys.sort((a, b) => a.rank - b.rank || b.size - a.size || (a.key < b.key ? -1 : 1)).map((n) => n.key);

  const font = (settings: Settings): string => `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  /** The context's font must be the labels' (set by the caller: setting it parses the string, once per frame). */
  const measure = (context: CanvasRenderingContext2D, text: string): number => {
    let width = widths.get(text);
    if (width === undefined) {
      width = context.measureText(isolate(text)).width;
      widths.set(text, width);
    }
    return width;
  };

  const place = (context: CanvasRenderingContext2D, settings: Settings): void => {
    const r = renderer as Sigma;
    const state = getState();
    const focus = focusOf(state);
    const first: string[] = [];
    if (focus && graph.hasNode(focus)) first.push(focus, ...links.neighbors(focus).sort((a, b) => Number(graph.getNodeAttribute(b, 'size') ?? 0) - Number(graph.getNodeAttribute(a, 'size') ?? 0)));
    if (state.highlighted) first.push(...state.highlighted);
    const seen = new Set<string>();
    const { width, height } = r.getDimensions();
    const bounds = getBounds();
    const requiredTypes = bounds.width * bounds.height < CROWDED_AREA ? REQUIRED_WHEN_CROWDED : REQUIRED_TYPES;
    const requests: LabelRequest[] = [];
    const discs: Disc[] = [];
    let optional = 0;
    context.font = font(settings);
    for (const key of [...first, ...staticOrder]) {
      if (seen.has(key)) continue;
      seen.add(key);
      const data = r.getNodeDisplayData(key);
      if (!data || data.hidden) continue;
      const at = r.framedGraphToViewport(data);
      const radius = r.scaleSize(data.size);
      if (at.x < -radius || at.y < -radius || at.x > width + radius || at.y > height + radius) continue;
      discs.push({ key, x: at.x, y: at.y, radius });
      if (!data.label) continue;
      const required = key === focus || requiredTypes.has(String(graph.getNodeAttribute(key, 'type')));
      if (!required && (radius < OPTIONAL_MIN_RADIUS || ++optional > OPTIONAL_TRY_LIMIT)) continue; // not measured
      requests.push({ key, x: at.x, y: at.y, radius, width: measure(context, data.label) + 2 * PAD_X, height: LINE_HEIGHT, required });
    }
    placement = new Map(placeLabels({ requests, discs, bounds, limit: OPTIONAL_LIMIT, minRadius: OPTIONAL_MIN_RADIUS }).map((p) => [p.key, p]));
    placedFrame = frame;
  };

  const drawLabel = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    if (!renderer || !data.label || !data.key) return;
    if (placedFrame !== frame) place(context, settings);
    const placed = placement.get(data.key);
    if (!placed) return;
    const { box } = placed;
    if (placed.leader) {
      context.strokeStyle = '#64748b';
      context.lineWidth = 1;
      context.beginPath();
      context.moveTo(data.x, data.y);
      context.lineTo(Math.max(box.x, Math.min(data.x, box.x + box.width)), Math.max(box.y, Math.min(data.y, box.y + box.height)));
      context.stroke();
    }
    context.font = font(settings);
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.9)';
    context.strokeText(isolate(data.label), box.x + PAD_X, box.y + box.height / 2);
    context.fillStyle = '#111827';
    context.fillText(isolate(data.label), box.x + PAD_X, box.y + box.height / 2);
    drawnNow.push({ key: data.key, ...box, leader: placed.leader });
  };

  /** The hovered, selected or highlighted node: a ring, and its label on a white box where the label layer put it. */
  const drawNodeHover = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.fillStyle = '#ffffff';
    context.shadowColor = 'rgba(0,0,0,0.35)';
    context.shadowBlur = 6;
    context.fill();
    context.shadowBlur = 0;
    context.beginPath();
    context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
    context.fillStyle = data.color;
    context.fill();
    if (!data.label || !data.key) return;
    const placed = placement.get(data.key);
    // A hovered node with no room for its label still shows it (the pointer is on it); others only where placed.
    if (!placed && getState().hovered !== data.key) return;
    context.font = font(settings);
    const width = measure(context, data.label) + 2 * PAD_X;
    const box = placed?.box ?? { x: data.x + data.size + 3, y: data.y - LINE_HEIGHT / 2, width, height: LINE_HEIGHT };
    context.fillStyle = '#ffffff';
    context.shadowColor = 'rgba(0,0,0,0.3)';
    context.shadowBlur = 4;
    context.fillRect(box.x, box.y, box.width, box.height);
    context.shadowBlur = 0;
    context.textBaseline = 'middle';
    context.fillStyle = '#111827';
    context.fillText(isolate(data.label), box.x + PAD_X, box.y + box.height / 2);
  };

  return {
    settings: { defaultDrawNodeLabel: drawLabel as Settings['defaultDrawNodeLabel'], defaultDrawNodeHover: drawNodeHover as Settings['defaultDrawNodeHover'] },
    bind(r) {
      if (renderer) return;
      renderer = r;
      r.on('beforeRender', () => {
        frame++;
        drawnNow = [];
      });
    },
    drawn: () => [...drawnNow],
  };
}

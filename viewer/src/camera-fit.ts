// The camera state that frames a set of points inside a rectangle of the viewport (the free part of the graph pane).
import type { Rect } from './geometry.js';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Sigma's camera maps a framed-graph point p to the viewport as origin + scale · (p − camera) / ratio (no
 * rotation): `origin` is the viewport point the camera centre lands on, `scale` the pixels per framed unit at ratio 1
 * (y is negative: the graph's y grows upwards).
 */
export interface CameraTransform {
  readonly origin: Point;
  readonly scale: Point;
}

export interface FitOptions {
  /** Pixels kept clear inside the rectangle, around the points (node discs are drawn around their centres). */
  readonly padding: number;
  /** The closest zoom allowed (a lone node is not blown up to fill the pane). */
  readonly minRatio: number;
  readonly maxRatio: number;
}

export interface CameraState {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

export function cameraToFit(points: readonly Point[], rect: Rect, transform: CameraTransform, options: FitOptions): CameraState | undefined {
  if (points.length === 0 || rect.width <= 0 || rect.height <= 0) return undefined;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const box = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
  const room = { width: Math.max(1, rect.width - 2 * options.padding), height: Math.max(1, rect.height - 2 * options.padding) };
  const { origin, scale } = transform;
  const needed = Math.max((Math.abs(scale.x) * (box.x1 - box.x0)) / room.width, (Math.abs(scale.y) * (box.y1 - box.y0)) / room.height);
  const ratio = Math.min(options.maxRatio, Math.max(options.minRatio, needed));
  const centre = { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
  const target = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  // target = origin + scale · (centre − camera) / ratio, solved for the camera.
  return { x: centre.x - ((target.x - origin.x) * ratio) / scale.x, y: centre.y - ((target.y - origin.y) * ratio) / scale.y, ratio };
}

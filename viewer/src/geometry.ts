// Rectangles in viewport pixels: overlap tests and the free part of the graph pane that overlays leave.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * The largest rectangle of `pane` that none of `overlays` covers (a legend or a button group floating over the
 * graph): each overlay is cut away on the side that keeps the most room. Overlays outside the pane are ignored.
 */
export function freeArea(pane: Rect, overlays: readonly Rect[]): Rect {
  let best = pane;
  let bestArea = -1;
  const within = overlays.filter((o) => o.width > 0 && o.height > 0 && intersects(o, pane));
  const visit = (rect: Rect, i: number): void => {
    if (rect.width <= 0 || rect.height <= 0) return;
    const o = within[i];
    if (!o) {
      if (rect.width * rect.height > bestArea) {
        best = rect;
        bestArea = rect.width * rect.height;
      }
      return;
    }
    if (!intersects(o, rect)) return visit(rect, i + 1);
    const right = rect.x + rect.width;
    const bottom = rect.y + rect.height;
    visit({ ...rect, width: o.x - rect.x }, i + 1); // left of it
    visit({ ...rect, x: o.x + o.width, width: right - (o.x + o.width) }, i + 1); // right of it
    visit({ ...rect, height: o.y - rect.y }, i + 1); // above it
    visit({ ...rect, y: o.y + o.height, height: bottom - (o.y + o.height) }, i + 1); // below it
  };
  visit(pane, 0);
  return bestArea < 0 ? { ...pane, width: 0, height: 0 } : best;
}

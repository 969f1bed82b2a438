// The viewer's geometry without a browser: the free part of the graph pane, the camera that frames a set of nodes,
// and label placement (no two labels overlap; hubs are labelled even when crowded).
import { describe, expect, it } from 'vitest';
import { cameraToFit } from '../../viewer/src/camera-fit.js';
import { freeArea, type Rect } from '../../viewer/src/geometry.js';
import { type LabelRequest, placeLabels } from '../../viewer/src/label-placement.js';
import { mulberry32 } from '../../src/projection/force-positions.js';

const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('freeArea', () => {
  it('should cut a legend in the bottom-left corner away on the side that keeps the most room', () => {
    expect(freeArea({ x: 0, y: 0, width: 1000, height: 800 }, [{ x: 0, y: 650, width: 250, height: 150 }])).toEqual({ x: 0, y: 0, width: 1000, height: 650 });
  });

  it('should avoid two overlays at once and ignore one outside the pane', () => {
    const overlays = [
      { x: 0, y: 650, width: 250, height: 150 },
      { x: 900, y: 0, width: 100, height: 200 },
      { x: 2000, y: 0, width: 50, height: 50 },
    ];
    expect(freeArea({ x: 0, y: 0, width: 1000, height: 800 }, overlays)).toEqual({ x: 0, y: 0, width: 900, height: 650 });
  });
});

describe('cameraToFit', () => {
  // A 1000×800 viewport whose centre the camera lands on; one framed unit is 1000 px across and 800 px up at ratio 1.
  const transform = { origin: { x: 500, y: 400 }, scale: { x: 1000, y: -800 } };

  it('should zoom so that the points fill the rectangle less its padding, centred in it', () => {
    const camera = cameraToFit([{ x: 0.2, y: 0.2 }, { x: 0.4, y: 0.6 }], { x: 0, y: 0, width: 600, height: 800 }, transform, { padding: 50, minRatio: 0.05, maxRatio: 8 });
    expect(camera?.ratio).toBeCloseTo(0.4571428571, 8); // the height binds: 0.4 × 800 px over 700 px
    expect(camera?.x).toBeCloseTo(0.3914285714, 8);
    expect(camera?.y).toBeCloseTo(0.4, 8);
  });

  it('should not zoom closer than the minimum ratio for a lone point, and frame nothing for no points', () => {
    const camera = cameraToFit([{ x: 0.5, y: 0.5 }], { x: 0, y: 0, width: 1000, height: 800 }, transform, { padding: 30, minRatio: 0.35, maxRatio: 8 });
    expect(camera).toEqual({ x: 0.5, y: 0.5, ratio: 0.35 });
    expect(cameraToFit([], { x: 0, y: 0, width: 1000, height: 800 }, transform, { padding: 30, minRatio: 0.35, maxRatio: 8 })).toBeUndefined();
  });
});

describe('placeLabels', () => {
  const request = (key: string, x: number, y: number, required = false, width = 60): LabelRequest => ({ key, x, y, radius: 5, width, height: 16, required });
  const bounds = { x: 0, y: 0, width: 1000, height: 800 };

  it('should put a label to the right of its node, and move the next one to the left when the right is taken', () => {
    const placed = placeLabels({
      requests: [request('a', 100, 100, true), request('b', 100, 112)],
      discs: [{ key: 'a', x: 100, y: 100, radius: 5 }, { key: 'b', x: 100, y: 112, radius: 5 }],
      bounds,
    });
    expect(placed).toEqual([
      { key: 'a', box: { x: 108, y: 92, width: 60, height: 16 }, leader: false },
      { key: 'b', box: { x: 32, y: 104, width: 60, height: 16 }, leader: false },
    ]);
  });

  it('should put the label on the left of a node at the right edge of the pane', () => {
    const [placed] = placeLabels({ requests: [request('edge', 980, 400, true)], discs: [], bounds });
    expect(placed?.box).toEqual({ x: 912, y: 392, width: 60, height: 16 });
  });

  it('should drop an optional label whose spots all cover another node, and give a required one a spot farther out with a leader line', () => {
    // A big node (radius 80) under both: every spot next to them covers it.
    const discs = [{ key: 'big', x: 300, y: 300, radius: 80 }];
    const placed = placeLabels({ requests: [request('optional', 300, 300), request('hub', 300, 300, true)], discs, bounds });
    expect(placed.map((p) => p.key)).toEqual(['hub']);
    expect(placed[0]?.leader).toBe(true);
    expect(placed[0]?.box.x).toBeGreaterThanOrEqual(380); // past the big node's edge
  });

  it('should never let two labels overlap, nor an optional label cover another node, on 300 random nodes', () => {
    const random = mulberry32(7);
    const requests = Array.from({ length: 300 }, (_, i) => request(`n${i}`, random() * 1000, random() * 800, i < 40, 40 + random() * 100));
    const discs = requests.map((r) => ({ key: r.key, x: r.x, y: r.y, radius: r.radius }));
    const placed = placeLabels({ requests, discs, bounds });
    expect(placed.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (let i = 0; i < placed.length; i++) {
      const a = placed[i] as (typeof placed)[0];
      for (let j = i + 1; j < placed.length; j++) if (overlap(a.box, (placed[j] as (typeof placed)[0]).box)) problems.push(`${a.key} overlaps ${placed[j]?.key}`);
      if (!(a.box.x >= 0 && a.box.y >= 0 && a.box.x + a.box.width <= 1000 && a.box.y + a.box.height <= 800)) problems.push(`${a.key} outside`);
      if (Number(a.key.slice(1)) < 40) continue; // required labels may cover nodes when there is no other room
      for (const d of discs) {
        const nx = Math.max(a.box.x, Math.min(d.x, a.box.x + a.box.width));
        const ny = Math.max(a.box.y, Math.min(d.y, a.box.y + a.box.height));
        if (d.key !== a.key && (nx - d.x) ** 2 + (ny - d.y) ** 2 < d.radius ** 2) problems.push(`${a.key} covers ${d.key}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

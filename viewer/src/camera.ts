// The camera: fit nodes into the free part of the graph pane (a selection and its neighbours, a SPARQL result,
// everything shown), zoom in and out. Animated unless the reader asked for reduced motion.
import type Sigma from 'sigma';
import { type CameraTransform, cameraToFit } from './camera-fit.js';
import type { Rect } from './geometry.js';

/** Pixels kept clear around the fitted nodes: the largest node disc and a little air (sigma's stagePadding too). */
export const PADDING = 36;
/** The closest a fit zooms in (a project with two neighbours is not blown up to fill the pane). */
const MIN_FIT_RATIO = 0.18;
const DURATION = 400;
const ZOOM_STEP = 1.5;

export interface CameraControl {
  /** Frames these nodes (those drawn) inside the free area; resolves when the camera has arrived. */
  fit(nodes: Iterable<string>, options?: { animate?: boolean }): Promise<void>;
  zoomIn(): Promise<void>;
  zoomOut(): Promise<void>;
  /** Back to sigma's initial view: every node of the graph in the pane. */
  reset(): Promise<void>;
}

export function createCameraControl(renderer: Sigma, getFreeArea: () => Rect): CameraControl {
  const camera = renderer.getCamera();
  const reducedMotion = (): boolean => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const duration = (animate: boolean | undefined): number => (animate === false || reducedMotion() ? 0 : DURATION);

  /** Measured from sigma itself: where framed-graph points land under a camera at the origin, ratio 1. */
  const transform = (): CameraTransform => {
    const cameraState = { x: 0, y: 0, ratio: 1, angle: 0 };
    const origin = renderer.framedGraphToViewport({ x: 0, y: 0 }, { cameraState });
    const unit = renderer.framedGraphToViewport({ x: 1, y: 1 }, { cameraState });
    return { origin, scale: { x: unit.x - origin.x, y: unit.y - origin.y } };
  };

  const move = async (state: { x: number; y: number; ratio: number }, animate?: boolean): Promise<void> => {
    const ms = duration(animate);
    if (ms === 0) camera.setState({ ...state, angle: 0 });
    else await camera.animate({ ...state, angle: 0 }, { duration: ms, easing: 'quadraticInOut' });
  };

  return {
    async fit(nodes, options = {}) {
      const points = [];
      for (const key of nodes) {
        const data = renderer.getNodeDisplayData(key);
        if (data && !data.hidden) points.push({ x: data.x, y: data.y });
      }
      const { minCameraRatio, maxCameraRatio } = renderer.getSettings();
      const target = cameraToFit(points, getFreeArea(), transform(), {
        padding: PADDING,
        minRatio: Math.max(minCameraRatio ?? 0, points.length > 1 ? MIN_FIT_RATIO : 0.35),
        maxRatio: maxCameraRatio ?? Infinity,
      });
      if (target) await move(target, options.animate);
    },
    zoomIn: () => camera.animatedZoom({ factor: ZOOM_STEP, duration: duration(true) }),
    zoomOut: () => camera.animatedUnzoom({ factor: ZOOM_STEP, duration: duration(true) }),
    reset: () => move({ x: 0.5, y: 0.5, ratio: 1 }),
  };
}

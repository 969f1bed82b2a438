// Sigma settings for the viewer in one place: labels placed by the label layer (never overlapping), no edge labels.
import { EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';

export const SIGMA_SETTINGS: Partial<Settings> = {
  renderEdgeLabels: false,
  // Every node offers its label (forceLabel in the reducer); label-layer.ts decides which fit and where.
  labelRenderedSizeThreshold: 0,
  labelFont: 'system-ui, -apple-system, "Segoe UI", sans-serif',
  labelSize: 13,
  labelWeight: '500',
  zIndex: true,
  defaultEdgeType: 'line',
  // The viewer draws no arrows (the edge reducer sets every edge's type to 'line'), but sigma always adds its 'arrow'
  // program to these classes and compiles it (two shader programs) when it starts: 'arrow' names the line program.
  edgeProgramClasses: { arrow: EdgeRectangleProgram },
  minCameraRatio: 0.05,
  maxCameraRatio: 8,
  hideEdgesOnMove: false,
  // The initial view keeps node discs this far from the pane's edges: the same margin as camera fits (camera.ts).
  stagePadding: 36,
};

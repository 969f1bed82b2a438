// Sigma settings for the viewer in one place: labels that do not overlap at the default zoom, no edge labels.
import type { Settings } from 'sigma/settings';

export const SIGMA_SETTINGS: Partial<Settings> = {
  renderEdgeLabels: false,
  // Sigma keeps at most a few labels per grid cell, largest nodes first: labels never overlap.
  labelDensity: 0.35,
  labelGridCellSize: 160,
  labelRenderedSizeThreshold: 7,
  labelFont: 'system-ui, -apple-system, "Segoe UI", sans-serif',
  labelSize: 13,
  labelWeight: '500',
  zIndex: true,
  defaultEdgeType: 'line',
  minCameraRatio: 0.05,
  maxCameraRatio: 8,
  hideEdgesOnMove: false,
};

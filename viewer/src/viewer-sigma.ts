// Sigma as the viewer starts it, tuned for the first frame (in SwiftShader, headless Chromium's WebGL, allocating a
// drawing buffer at the pane's size costs tens of ms):
// - the label layer bound before the first frame, so that frame has its labels;
// - each layer's canvas sized before its context exists (made at 300×150, then resized: two allocations);
// - the layers that draw nothing on most frames kept at 1×1 until they must draw: the edge labels' for good
//   (renderEdgeLabels: false), the hover layers (a 2D canvas and a WebGL one) until a node is hovered, selected or
//   highlighted. Sigma sizes every layer on each resize and clears every layer each frame;
// - no depth buffer.
import type { AbstractGraph } from 'graphology-types';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';

type WebGLLayerOptions = NonNullable<Parameters<Sigma['createWebGLContext']>[1]>;

/**
 * `bind` hands the renderer over before its first frame (the label layer); `hoverLayersNeeded` says whether the next
 * frame may draw on the hover layers (sigma draws a node there when it is hovered or its display data is
 * `highlighted`).
 */
export function createViewerSigma(graph: AbstractGraph, container: HTMLElement, settings: Partial<Settings>, bind: (renderer: Sigma) => void, hoverLayersNeeded: () => boolean): Sigma {
  // Closures, not class fields: sigma makes its layers and draws its first frame inside its constructor, before a
  // subclass's fields exist.
  const small = new Set(['edgeLabels', 'hovers', 'hoverNodes']);
  let bound = false;
  class ViewerSigma extends Sigma {
    // Sigma draws its first frame inside its constructor (refresh → render), before `new` returns: the renderer is
    // handed over on that first refresh, so the first frame has its labels (no second render for them, a whole frame
    // at 10k nodes).
    override refresh(...args: Parameters<Sigma['refresh']>): this {
      if (!bound) {
        bound = true;
        bind(this);
        // Before a frame that may draw on the hover layers: their canvases at the pane's size (render() clears them next).
        this.on('beforeRender', () => {
          if (!small.has('hoverNodes') || !hoverLayersNeeded()) return;
          small.delete('hovers');
          small.delete('hoverNodes');
          this.resize(true);
        });
      }
      return super.refresh(...args);
    }

    // A small layer's canvas stays 1×1 whatever sigma sets (its resize() sets every layer's width and height).
    override createCanvas(...args: Parameters<Sigma['createCanvas']>): HTMLCanvasElement {
      const canvas = super.createCanvas(...args);
      const [id] = args;
      const setAttribute = canvas.setAttribute.bind(canvas);
      if (small.has(id)) canvas.setAttribute = (name: string, value: string): void => setAttribute(name, small.has(id) && (name === 'width' || name === 'height') ? '1' : value);
      const ratio = window.devicePixelRatio || 1; // as sigma's resize()
      canvas.setAttribute('width', `${container.offsetWidth * ratio}px`);
      canvas.setAttribute('height', `${container.offsetHeight * ratio}px`);
      return canvas;
    }

    // No depth buffer (WebGL's default has one): sigma never uses it (it orders by z-index itself), and it doubled
    // the cost of every drawing buffer's allocation in SwiftShader.
    override createWebGLContext(id: string, options: WebGLLayerOptions = {}): WebGLRenderingContext {
      // Sigma passes its options on to getContext as the context attributes.
      return super.createWebGLContext(id, { ...options, depth: false } as WebGLLayerOptions & WebGLContextAttributes);
    }
  }
  return new ViewerSigma(graph, container, settings);
}

// Draws data/graph.json with sigma 3 or sigma 4 (?lib=3|4&data=…) and reports the time to the first frame and
// the time of a full re-render, for the choice between the two versions.
import { MultiDirectedGraph } from 'graphology';

const params = new URLSearchParams(location.search);
const lib = params.get('lib') === '4' ? '4' : '3';
const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

async function run(): Promise<void> {
  const Sigma = (lib === '4' ? await import('sigma4') : await import('sigma')).default as unknown as new (g: unknown, c: HTMLElement, o?: unknown) => { refresh(): void; kill(): void };
  const data = await (await fetch(params.get('data') ?? 'graph.json')).json();
  const graph = MultiDirectedGraph.from(data);
  // `type` holds the node kind in our data; both sigma versions read it as a program name.
  graph.forEachNode((key) => graph.removeNodeAttribute(key, 'type'));
  const start = performance.now();
  const renderer = new Sigma(graph, document.getElementById('graph') as HTMLElement, lib === '4' ? undefined : { defaultEdgeType: 'line' });
  await nextFrame();
  const firstFrame = performance.now() - start;
  const frames: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    renderer.refresh();
    await nextFrame();
    frames.push(performance.now() - t);
  }
  frames.sort((a, b) => a - b);
  Object.assign(window, { __bench: { lib, nodes: graph.order, edges: graph.size, firstFrame, refresh: frames[2] } });
  document.body.dataset.status = 'done';
}

run().catch((error: unknown) => {
  Object.assign(window, { __bench: { error: String((error as Error)?.stack ?? error) } });
  document.body.dataset.status = 'error';
});

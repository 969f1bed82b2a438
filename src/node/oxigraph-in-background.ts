// The SPARQL engine's module for a short-lived process (Node only): its WebAssembly compiled on V8's background
// threads while the main thread goes on reading the graph, instead of at import on the main thread.
import type { Oxigraph } from '../sparql/oxigraph-engine-with.js';
import { compiledEngineWasm } from './engine-wasm.js';
import type { OxigraphInstance } from './store-snapshot.js';

/** The engine's module and its WebAssembly instance (for store snapshots: store-snapshot.ts). */
export interface LoadedOxigraph {
  readonly oxigraph: Oxigraph;
  readonly instance: OxigraphInstance;
}

/**
 * Oxigraph's module, ready once its WebAssembly is compiled. Node's build of Oxigraph (node.js) compiles its 4 MB of
 * WebAssembly synchronously when imported; its web build takes a module compiled by the caller, and
 * WebAssembly.compile does that work off the main thread. Call compileWasmForShortRun (wasm-start.ts) first.
 */
export function loadOxigraphInBackground(): Promise<LoadedOxigraph> {
  return Promise.all([compiledEngineWasm(), import('oxigraph/web.js')]).then(([module, web]) => {
    const instance = web.initSync({ module } as Parameters<typeof web.initSync>[0]) as unknown as OxigraphInstance;
    return { oxigraph: web as unknown as Oxigraph, instance };
  });
}

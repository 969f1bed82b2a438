// The SPARQL engine's module for a short-lived process (Node only): its WebAssembly compiled on V8's background
// threads while the main thread goes on reading the graph, instead of at import on the main thread.
import { readFile } from 'node:fs';
import { createRequire } from 'node:module';
import type { Oxigraph } from '../sparql/oxigraph-engine-with.js';
import type { OxigraphInstance } from './store-snapshot.js';

/** V8's WebAssembly global, which Node's type declarations leave to the DOM library. */
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<object> };

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
  // Read on libuv's threads too: 4 MB read synchronously costs the main thread ~20 ms. (node:fs's callback form:
  // node:fs/promises is one more module to load at start.)
  const wasm = createRequire(import.meta.url).resolve('oxigraph/web_bg.wasm');
  const bytes = new Promise<Uint8Array>((resolve, reject) => readFile(wasm, (error, data) => (error ? reject(error) : resolve(data))));
  const compiled = bytes.then((data) => WebAssembly.compile(data));
  return Promise.all([compiled, import('oxigraph/web.js')]).then(([module, web]) => {
    const instance = web.initSync({ module } as Parameters<typeof web.initSync>[0]) as unknown as OxigraphInstance;
    return { oxigraph: web as unknown as Oxigraph, instance };
  });
}

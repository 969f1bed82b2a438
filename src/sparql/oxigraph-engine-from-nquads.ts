// SparqlEngine on Oxigraph (Rust compiled to WebAssembly) over N-Quads text: full SPARQL 1.1 Query, in Node and in
// browsers. No N3.js here: a server's query workers load the engine and nothing else (see oxigraph-engine.ts for an
// engine over quads, and oxigraph-engine-with.ts for the engine on a module the caller loaded).
import * as oxigraphModule from 'oxigraph';
import type { SparqlEngine } from './sparql-engine.js';
import { createOxigraphEngineWith, type NQuadsInput, type Oxigraph, type OxigraphEngineOptions } from './oxigraph-engine-with.js';

export type { OxigraphEngineOptions } from './oxigraph-engine-with.js';

let ready: Promise<Oxigraph> | undefined;

/**
 * Node's build (CommonJS) is ready on import; the browser build (web.js, chosen through package.json "browser")
 * must fetch and instantiate its .wasm first with its default export. Either way this resolves to the module.
 */
function loadOxigraph(): Promise<Oxigraph> {
  ready ??= (async () => {
    const mod = oxigraphModule as unknown as Oxigraph & { default?: unknown; initSync?: unknown };
    if (typeof mod.initSync === 'function' && typeof mod.default === 'function') {
      await (mod.default as () => Promise<unknown>)();
      return mod;
    }
    return (mod.Store ? mod : mod.default) as Oxigraph;
  })();
  return ready;
}

/** The engine over N-Quads, whole or in chunks (a server's query workers receive text, parsed once per worker). */
export function createOxigraphEngineFromNQuads(nquads: NQuadsInput, options: OxigraphEngineOptions = {}): SparqlEngine {
  return createOxigraphEngineWith(loadOxigraph(), nquads, options);
}

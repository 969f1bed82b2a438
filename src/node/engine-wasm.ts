// The SPARQL engine's WebAssembly (Oxigraph's web build), read on libuv's threads and compiled on V8's, once per
// process (Node only). A module of its own, importing nothing of deai-kg's: the command line starts it before it
// loads anything else for a query (cli/early-engine.ts), and the engine takes it up (oxigraph-in-background.ts).
import { readFile } from 'node:fs';
import { createRequire } from 'node:module';

/** V8's WebAssembly global, which Node's type declarations leave to the DOM library. */
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<object> };

let compiled: Promise<object> | undefined;

/** Where the installed engine's WebAssembly file is. */
export function engineWasmPath(): string {
  return createRequire(import.meta.url).resolve('oxigraph/web_bg.wasm');
}

/**
 * Oxigraph's compiled WebAssembly module (a WebAssembly.Module). Set V8's flags for it first
 * (compileWasmForShortRun in wasm-start.ts): they apply to modules compiled afterwards.
 */
export function compiledEngineWasm(): Promise<object> {
  compiled ??= new Promise<Uint8Array>((resolve, reject) => {
    // node:fs's callback form: node:fs/promises is one more module to load at start; a synchronous read of 4 MB
    // would cost the main thread ~20 ms.
    readFile(engineWasmPath(), (error, data) => (error ? reject(error) : resolve(data)));
  }).then((bytes) => WebAssembly.compile(bytes));
  return compiled;
}

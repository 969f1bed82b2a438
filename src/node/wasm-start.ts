// How V8 compiles the SPARQL engine's WebAssembly in a short-lived process (Node only).
import { setFlagsFromString } from 'node:v8';

/** Graphs up to this many characters of N-Quads (~60k triples; the survey has ~8k) count as small. */
export const SMALL_GRAPH_CHARS = 8_000_000;

/**
 * V8 compiles WebAssembly twice: at once with its baseline compiler (Liftoff), then hot functions again with its
 * optimising one (TurboFan). A one-shot query over a small graph ends before the second compile pays off, and on a
 * two-core machine that compile competes with the query: Liftoff alone took the bundled survey's query from about
 * 0.9 to 0.6 s of CPU (docs/benchmarks.md). A large graph keeps both tiers, where long queries need optimised code.
 *
 * Either way, each function is validated when it is first compiled (V8 compiles a function on its first call) instead
 * of all 4 MB at once before the first call: a query runs a small part of the engine, and validating the rest cost
 * ~20 ms of CPU on every cold start (compile 72 → 54 ms; a cached query on the survey 10 ms faster in alternated runs).
 * The module is the installed Oxigraph's, not arbitrary input: it is still validated, only later.
 *
 * Takes effect for modules compiled afterwards: call it before the engine is first loaded.
 */
export function compileWasmForShortRun(graphChars: number): void {
  setFlagsFromString('--wasm-lazy-validation');
  if (graphChars <= SMALL_GRAPH_CHARS) setFlagsFromString('--liftoff-only');
}

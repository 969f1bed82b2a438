// The SPARQL engine's module for a short-lived process (Node only): its WebAssembly compiled on V8's background
// threads while the main thread goes on loading modules and reading the graph, instead of at import on the main thread.
import { readFile, statSync } from 'node:fs';
import type { Oxigraph } from '../sparql/oxigraph-engine-with.js';
import { compileWasmForShortRun } from './wasm-start.js';

/** V8's WebAssembly global, which Node's type declarations leave to the DOM library. */
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<object> };

let started: Promise<Oxigraph> | undefined;

/**
 * Oxigraph's module, ready once its WebAssembly is compiled. Node's build of Oxigraph (node.js) compiles its 4 MB of
 * WebAssembly synchronously when imported; its web build takes a module compiled by the caller, and
 * WebAssembly.compile does that work off the main thread. One compile per process: a second call gets the first's
 * module. Call compileWasmForShortRun (wasm-start.ts) first.
 */
export function loadOxigraphInBackground(): Promise<Oxigraph> {
  if (started) return started;
  // Read on libuv's threads too: 4 MB read synchronously costs the main thread ~20 ms. (node:fs's callback form:
  // fs/promises would load Node's stream modules for nothing.)
  const wasm = new URL(import.meta.resolve('oxigraph/web_bg.wasm'));
  const bytes = new Promise<Buffer>((resolve, reject) => readFile(wasm, (error, data) => (error ? reject(error) : resolve(data))));
  const compiled = bytes.then((data) => WebAssembly.compile(data));
  started = Promise.all([compiled, import('oxigraph/web.js')]).then(([module, web]) => {
    web.initSync({ module } as Parameters<typeof web.initSync>[0]);
    return web as unknown as Oxigraph;
  });
  // A run that stops before its query (a usage error) never awaits it: that is no reason for an unhandled rejection.
  started.catch(() => undefined);
  return started;
}

/** N-Quads characters of the graph per byte of survey markdown, at most (the bundled survey: ~42; synthetic: ~88). */
const GRAPH_CHARS_PER_SURVEY_BYTE = 100;

/**
 * The survey whose engine `deai-kg query` may start compiling at once: the bundled one or `--survey FILE` (`-s`), for a
 * query on a survey; undefined for anything else (another command, --data, --endpoint, --list, --help). `argv` is
 * process.argv, read before the command-line parser exists, so only the plain spellings count; any other is left to
 * the command, which compiles the engine when it needs it.
 */
export function surveyToStartEarly(argv: readonly string[], bundledSurvey: string): string | undefined {
  if (argv[2] !== 'query' || argv.some((a) => /^(?:--data|-d|--endpoint|--list|-l|--help|-h)(?:=|$)/.test(a))) return undefined;
  const at = argv.findIndex((a, i) => i > 2 && (a === '--survey' || a === '-s' || a.startsWith('--survey=')));
  if (at < 0) return bundledSurvey;
  const arg = argv[at] as string;
  return arg.startsWith('--survey=') ? arg.slice('--survey='.length) : argv[at + 1];
}

/**
 * Starts compiling the engine before the command-line parser and the command's modules load: ~100 ms on the main
 * thread that the compile otherwise waited for. The survey's size stands in for the graph's, which is known only
 * later, to choose how V8 compiles (wasm-start.ts).
 */
export function startQueryEngineEarly(argv: readonly string[], bundledSurvey: string): void {
  const survey = surveyToStartEarly(argv, bundledSurvey);
  if (survey === undefined) return;
  let bytes: number;
  try {
    bytes = statSync(survey).size;
  } catch {
    return; // the command says what is wrong with the file
  }
  compileWasmForShortRun(bytes * GRAPH_CHARS_PER_SURVEY_BYTE);
  loadOxigraphInBackground();
}

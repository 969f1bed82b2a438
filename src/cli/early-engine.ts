// A cached `deai-kg query` on a small survey spends its time in two chains: loading deai-kg's modules and reading the
// cache (the main thread), and reading and compiling the SPARQL engine's 4 MB of WebAssembly (libuv's and V8's
// threads). With the store coming from its snapshot, the main thread had nothing left to do but wait for the second
// chain, which began only once the first had found the cache. This starts it with the process, before the command
// line is parsed, for the one case where it is sure to be needed: a query on a survey file (no --data, --endpoint,
// --list or --help). Which survey is read from the arguments as the parser will read them; a wrong guess costs only
// the background work (the query then loads what it needs as before). This module and its imports stay out of the
// command line's main chunk (scripts/bundle-cli.mjs), which it would otherwise have to wait for.
import { statSync } from 'node:fs';
import { compiledEngineWasm } from '../node/engine-wasm.js';
import { BUNDLED } from '../node/package-root.js';
import { compileWasmForShortRun } from '../node/wasm-start.js';

/** A survey file up to this size (~40 characters of N-Quads per byte of markdown: ~6 M) counts as small. */
export const EARLY_SURVEY_BYTES = 150_000;

/** Options after which the query will not read a survey's graph into the engine. */
const OTHER_TARGETS = new Set(['-d', '--data', '--endpoint', '-l', '--list', '-h', '--help']);

/** The survey file `deai-kg query …` will read, or undefined if it will read none (or `argv` is not a query). */
export function querySurvey(argv: readonly string[]): string | undefined {
  if (argv[2] !== 'query') return undefined;
  let survey: string = BUNDLED.survey;
  for (let i = 3; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const [name, value] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (OTHER_TARGETS.has(name) || name.startsWith('--data') || name.startsWith('--endpoint')) return undefined;
    if (name === '-s' || name === '--survey') survey = value ?? (argv[++i] as string);
    else if (name.startsWith('-s') && name.length > 2 && !name.startsWith('--')) survey = name.slice(2);
  }
  return survey;
}

/** Starts the engine's WebAssembly loading now if `argv` is a query on a small survey; the query takes it up later. */
export function startEngineEarly(argv: readonly string[]): void {
  const survey = querySurvey(argv);
  if (survey === undefined) return;
  let size: number;
  try {
    size = statSync(survey).size;
  } catch {
    return; // the query will say what is wrong with the file
  }
  if (size > EARLY_SURVEY_BYTES) return;
  compileWasmForShortRun(size * 40);
  compiledEngineWasm().catch(() => undefined); // a failure shows when the query asks for the engine
}

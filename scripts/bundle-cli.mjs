// Bundles the command line (dist/cli/main.js, as tsc wrote it) into chunks in dist/cli/, over tsc's main.js.
// A cached `deai-kg query` loaded ~30 of deai-kg's own modules and Commander's CommonJS files one by one: Node
// resolves, reads and compiles each, ~50 ms of CPU before any work. Here the modules a cached query loads (the entry
// points named in QUERY_PATH and everything they import statically, Commander included) go into one chunk ("core");
// every other module keeps a chunk of its own, loaded by the dynamic import that loaded it before, so other commands
// load what they loaded before. Only that path is grouped: a chunk's imports of Node's built-ins are hoisted to its
// top, so a wider group would load `node:http` or `node:worker_threads` for every command. `strictExecutionOrder`
// runs each module's body when it is first imported, as unbundled. Packages stay external (node_modules).
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { rolldown } from 'rolldown';

const MARK = '// deai-kg command line, bundled by scripts/bundle-cli.mjs';
if (readFileSync('dist/cli/main.js', 'utf8').includes(MARK)) {
  console.error('scripts/bundle-cli.mjs: dist/cli/main.js is bundled already; run tsc -p tsconfig.build.json first (npm run build does)');
  process.exit(1);
}
rmSync('dist/cli/chunks', { recursive: true, force: true });
/** Node's built-ins and packages, except Commander; deai-kg's own files come as relative or absolute paths. */
const isExternal = (id) => id.startsWith('node:') || (!id.startsWith('.') && !isAbsolute(id) && !/^commander(\/|$)/.test(id));

/** What a cached query loads past the entry (run.ts and run-query.ts's dynamic imports); each must exist (checked). */
const QUERY_PATH = ['cli/run.js', 'cli/commands/query.js', 'cli/run-query.js', 'node/survey-cache.js', 'node/read-survey.js', 'node/oxigraph-in-background.js', 'sparql/oxigraph-engine-with.js', 'sparql/format-results.js'];
/**
 * QUERY_PATH's static imports, followed all the way, within deai-kg and Commander; less what the entry itself
 * imports (package-root, top-level-help: --version and --help load only those, not the core chunk's built-ins).
 */
const core = new Set();
const queryPath = {
  name: 'query-path',
  buildEnd() {
    const ids = [...this.getModuleIds()];
    const find = (path) => {
      const id = ids.find((i) => i.replaceAll('\\', '/').endsWith(`/dist/${path}`));
      if (!id) throw new Error(`scripts/bundle-cli.mjs: dist/${path} is not in the command line's module graph; update QUERY_PATH`);
      return id;
    };
    const closure = (starts) => {
      const seen = new Set();
      const visit = (id) => {
        if (seen.has(id) || isExternal(id)) return;
        seen.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
      };
      starts.forEach(visit);
      return seen;
    };
    const entry = closure([find('cli/main.js')]);
    // What cli/early-engine.ts loads (a query's engine, started with the process) stays in small chunks of its own.
    const early = closure([find('cli/early-engine.js')]);
    for (const id of closure(QUERY_PATH.map(find))) if (!entry.has(id) && !early.has(id)) core.add(id);
  },
};

/**
 * Commander requires node:child_process at its top, for subcommands that are separate executables, which deai-kg has
 * none of: that module and what it brings (net, dgram, …) cost ~8 ms of every start. It is required when first used.
 */
const LAZY_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'lazy-child-process',
  transform(code, id) {
    if (!/[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
    if (!code.includes(LAZY_CHILD_PROCESS)) throw new Error(`scripts/bundle-cli.mjs: ${id} no longer has ${LAZY_CHILD_PROCESS}; update lazyChildProcess`);
    return code.replace(LAZY_CHILD_PROCESS, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
  },
};

const bundle = await rolldown({ input: { main: 'dist/cli/main.js' }, platform: 'node', logLevel: 'silent', external: isExternal, plugins: [queryPath, lazyChildProcess] });
await bundle.write({
  dir: 'dist/cli',
  format: 'esm',
  entryFileNames: '[name].js',
  banner: (chunk) => (chunk.isEntry ? MARK : ''), // after the entry's #! line, which rolldown keeps
  chunkFileNames: 'chunks/[name]-[hash].js',
  strictExecutionOrder: true,
  // Only the modules named: by default a group also takes what they import (package-root, which --version loads).
  codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'core', test: (id) => core.has(id) }] },
});
await bundle.close();
rmSync('dist/cli/main.js.map', { force: true });
// Executable, as npm makes a package's bin when it installs it: `./dist/cli/main.js` and a link to it run in a clone too.
chmodSync('dist/cli/main.js', 0o755);

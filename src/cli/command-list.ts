// Every command, as a declarative list: its name, arguments and one-line summary, and the module that defines it.
// The list alone is enough for `deai-kg --help` and for a typo's "did you mean": no command module is loaded for them.
import type { Command } from 'commander';

export type Register = (program: Command) => void;

export interface CommandEntry {
  readonly name: string;
  /** Its arguments as Commander writes them, e.g. "[SOURCE]". */
  readonly arguments: string;
  readonly summary: string;
  /** The module that declares its options and action: loaded only when the command runs or shows its own help. */
  readonly load: () => Promise<Register>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'build', arguments: '[SOURCE]', summary: 'build the knowledge graph: DIR/deai.ttl and DIR/deai.jsonld',
    load: async () => (await import('./commands/build.js')).registerBuild,
  },
  {
    name: 'table', arguments: '[SOURCE]', summary: 'print the overview table, rebuilt from the graph',
    load: async () => (await import('./commands/table.js')).registerTable,
  },
  {
    name: 'query', arguments: '[QUERY]', summary: 'run a SPARQL 1.1 query (text, a .rq file, or a named question)',
    load: async () => (await import('./commands/query.js')).registerQuery,
  },
  {
    name: 'export', arguments: '[SOURCE]',
    summary: 'write the graph as RDF (ttl, jsonld, nt, nq, trig, rdfxml) or for graph tools (gexf, graphml, graphology, cytoscape, csv)',
    load: async () => (await import('./commands/export.js')).registerExport,
  },
  {
    name: 'site', arguments: '[SOURCE]', summary: 'write the viewer as a static site (and serve it with --serve)',
    load: async () => (await import('./commands/site.js')).registerSite,
  },
  {
    name: 'validate', arguments: '[SOURCE]', summary: 'check a graph against the SHACL shapes; exit 1 on any violation',
    load: async () => (await import('./commands/validate.js')).registerValidate,
  },
  {
    name: 'lint', arguments: '[SOURCE]', summary: 'find problems in the survey (table vs sections, names, links, numbering); exit 1 on any',
    load: async () => (await import('./commands/lint.js')).registerLint,
  },
  {
    name: 'serve', arguments: '[SOURCE]', summary: 'serve the graph as linked data: a SPARQL 1.1 endpoint, dereferenceable IRIs and the viewer',
    load: async () => (await import('./commands/serve.js')).registerServe,
  },
  {
    name: 'push', arguments: '[SOURCE]', summary: 'replace a named graph in a triple store with the graph (SPARQL 1.1 Graph Store Protocol PUT)',
    load: async () => (await import('./commands/push.js')).registerPush,
  },
  {
    name: 'diff', arguments: '<OLD> <NEW>', summary: 'what changed between two versions of the survey: a changelog (md), json or rdf; exit 0',
    load: async () => (await import('./commands/diff.js')).registerDiff,
  },
  {
    name: 'history', arguments: '<REPO_DIR>', summary: 'every version of the survey in a git repository as a named graph, with the changes between them',
    load: async () => (await import('./commands/history.js')).registerHistory,
  },
];

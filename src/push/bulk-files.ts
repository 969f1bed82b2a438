// `push --bulk DIR`: the graph as gzip'd N-Triples files and a load.sql for Virtuoso's bulk loader (ld_dir +
// rdf_loader_run), the fastest way into a large Virtuoso. The script loads a staging graph and swaps it in only when
// every file loaded and the count is exact, as push does over HTTP.
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { NTriplesChunk } from './ntriples-chunks.js';
import { stagingGraphFor } from './push-graph.js';

/** About 150 MB of N-Triples per file (15 MB gzip'd): files load in parallel when several rdf_loader_run() run. */
export const TRIPLES_PER_FILE = 1_000_000;

const DATA_FILE = /^deai-\d+\.nt\.gz$/;
const SCRIPT = 'load.sql';

export interface BulkFiles {
  /** The directory, absolute (load.sql names it so: Virtuoso reads the files itself). */
  readonly dir: string;
  readonly files: readonly string[];
  /** load.sql, absolute. */
  readonly script: string;
  readonly triples: number;
}

/**
 * Writes the files in a staging directory inside DIR and moves them in at the end, replacing an earlier run's (whose
 * extra files ld_dir would otherwise also load). Memory holds one chunk and gzip's window, whatever the graph's size.
 */
export async function writeBulkFiles(dir: string, chunks: AsyncIterable<NTriplesChunk> | Iterable<NTriplesChunk>, options: { graph: string; triplesPerFile?: number }): Promise<BulkFiles> {
  const target = resolve(dir);
  mkdirSync(target, { recursive: true });
  const staging = mkdtempSync(join(target, '.deai-kg-'));
  try {
    const names: string[] = [];
    let triples = 0;
    let current: { gzip: ReturnType<typeof createGzip>; done: Promise<void>; triples: number } | undefined;
    const close = async (): Promise<void> => {
      if (!current) return;
      current.gzip.end();
      await current.done;
      current = undefined;
    };
    for await (const chunk of chunks) {
      if (!current || current.triples >= (options.triplesPerFile ?? TRIPLES_PER_FILE)) {
        await close();
        const name = `deai-${String(names.length + 1).padStart(4, '0')}.nt.gz`;
        names.push(name);
        const gzip = createGzip();
        const out = createWriteStream(join(staging, name));
        gzip.pipe(out);
        current = { gzip, done: finished(out), triples: 0 };
      }
      // The bytes are a view the next chunk reuses: wait until gzip has taken them.
      const gzip = current.gzip;
      await new Promise<void>((done, fail) => gzip.write(chunk.bytes, (error) => (error ? fail(error) : done())));
      current.triples += chunk.triples;
      triples += chunk.triples;
    }
    await close();
    writeFileSync(join(staging, SCRIPT), loadScript(target, names.length, triples, options.graph));
    for (const old of readdirSync(target)) if (DATA_FILE.test(old) || old === SCRIPT) rmSync(join(target, old));
    for (const name of [...names, SCRIPT]) renameSync(join(staging, name), join(target, name));
    return { dir: target, files: names.map((name) => join(target, name)), script: join(target, SCRIPT), triples };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The isql script: load into the staging graph, then swap only if every file loaded and the count is exact. */
export function loadScript(dir: string, files: number, triples: number, graph: string): string {
  const staging = stagingGraphFor(graph);
  const sql = (text: string): string => `'${text.replace(/'/g, "''")}'`;
  return `-- Loads <${graph}> from the ${files} file${files === 1 ? '' : 's'} deai-*.nt.gz beside this script (${triples} triples), written by deai-kg push --bulk.
-- Run it on the Virtuoso host, with this directory listed in DirsAllowed in virtuoso.ini:
--   isql-vt 1111 dba PASSWORD ${dir}/${SCRIPT}
-- The files load into the staging graph <${staging}> first; <${graph}> is replaced only when every file
-- loaded and the staging graph holds exactly ${triples} triples. Otherwise <${graph}> is left as it was and the
-- last lines say why (isql exits 0 either way: read them).
DELETE FROM DB.DBA.load_list WHERE ll_file LIKE ${sql(`${dir}/deai-%.nt.gz`)};
SPARQL DEFINE sql:log-enable 2 DROP SILENT GRAPH <${staging}>;
ld_dir(${sql(dir)}, 'deai-*.nt.gz', ${sql(staging)});
rdf_loader_run();
checkpoint;
CREATE PROCEDURE DB.DBA.DEAI_KG_SWAP (in dir varchar, in staging varchar, in target varchar, in expected integer)
{
  declare loaded, failed integer;
  failed := (SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_file LIKE concat(dir, '/deai-%.nt.gz') AND (ll_state <> 2 OR ll_error IS NOT NULL));
  loaded := (SELECT COUNT(*) FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(staging, 0));
  if (failed > 0 OR loaded <> expected)
  {
    exec (sprintf ('SPARQL DEFINE sql:log-enable 2 DROP SILENT GRAPH <%s>', staging));
    signal ('22023', sprintf ('deai-kg: loaded %d of %d triples (%d file(s) failed, see DB.DBA.load_list); <%s> was left as it was', loaded, expected, failed, target));
  }
  exec (sprintf ('SPARQL DEFINE sql:log-enable 2 MOVE <%s> TO <%s>', staging, target));
};
DB.DBA.DEAI_KG_SWAP(${sql(dir)}, ${sql(staging)}, ${sql(graph)}, ${triples});
checkpoint;
SELECT concat('deai-kg: <', ${sql(graph)}, '> holds ', cast(COUNT(*) AS varchar), ' triples') FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(${sql(graph)}, 0);
`;
}

// One measurement run of deai-kg's build phases on one survey file, in its own process so its peak RSS is its own.
// Prints one JSON line of milliseconds (and bytes) on stdout. Used by bench/build-scale.ts.
//
//   node dist-bench/bench/build-phases.js memory SURVEY.md OUTDIR   # N ≤ 10k: the graph in memory, every phase
//   node dist-bench/bench/build-phases.js stream SURVEY.md OUTDIR   # any N: the streaming path, pass by pass
//
// memory: parse; map (the whole graph as one array); Turtle, JSON-LD, N-Triples written from it; GEXF (projection,
// ForceAtlas2 layout and XML); the 16 competency questions (Oxigraph load + runs); and the raw N3.js Writer writing
// the same array as Turtle, the floor for Turtle. stream: parse; resolve; map (every group made, none kept); then
// one pass per format, each mapping again and writing; a format's time is its pass minus the map pass.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import { exportFormat, type FileFormat } from '../src/export/formats.js';
import { graphWriter, STREAM_FILES, type StreamFormat } from '../src/export/graph-writers.js';
import { buildGraphGroups } from '../src/graph/build-graph.js';
import { graphWithOntology, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { fileSink } from '../src/node/file-sink.js';
import { createEngine } from '../src/sparql/query-graph.js';
import { PREFIXES } from '../src/vocab/namespaces.js';
import { bundled, competencyQueries, REPO_ROOT } from './survey-graph.js';

const [mode, file, out] = process.argv.slice(2) as [string, string, string];
const context = JSON.parse(readFileSync(`${REPO_ROOT}ontology/context.jsonld`, 'utf8')) as Record<string, unknown>;
const result: Record<string, number | string> = {};
const timed = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
  const started = performance.now();
  const value = await work();
  result[name] = Math.round((performance.now() - started) * 10) / 10;
  return value;
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const markdown = readFileSync(file, 'utf8');
const options = { ...bundled(), file, digest: `sha256:${createHash('sha256').update(markdown).digest('hex')}` };
const groupsOf = () => buildGraphGroups(markdown, options);

function writeStream(format: StreamFormat, groups: Iterable<readonly Quad[]>): number {
  const path = join(out, STREAM_FILES[format]);
  const writer = graphWriter(format, fileSink(path), context);
  for (const group of groups) writer.add(group);
  writer.end();
  return statSync(path).size;
}

if (mode === 'memory') {
  const mapped = await timed('parse', () => groupsOf());
  const quads = await timed('map', () => [...mapped.groups].flat());
  result.triples = quads.length;
  for (const format of ['ttl', 'jsonld', 'nt'] as const) result[`${format}Bytes`] = await timed(format, () => writeStream(format, [quads]));
  // The floor: N3.js's Writer alone, the same triples, into the same kind of file sink.
  await timed('n3Turtle', () => {
    const sink = fileSink(join(out, 'n3-floor.ttl'));
    const writer = new Writer({ write: (chunk: string) => sink.write(chunk), end: (done?: () => void) => (sink.end(), done?.()) } as never, { format: 'text/turtle', prefixes: { ...PREFIXES } });
    for (const q of quads) writer.addQuad(q);
    writer.end();
  });
  const graph: KnowledgeGraph = { quads, ontology: options.ontology, diagnostics: [], base: mapped.base };
  const gexf = exportFormat('gexf') as FileFormat;
  await timed('gexf', async () => writeFileSync(join(out, 'deai.gexf'), await gexf.write({ graph, context })));
  await timed('queries', async () => {
    const engine = createEngine(graphWithOntology(graph));
    for (const q of competencyQueries()) await engine.query(q.sparql);
  });
} else if (mode === 'stream') {
  // Each pass parses again; the previous pass's survey is let go first, so peak RSS is one pass's, as in a build.
  let mapped: ReturnType<typeof groupsOf> | undefined = await timed('parse', () => groupsOf());
  let triples = 0;
  await timed('map', () => {
    for (const group of (mapped as ReturnType<typeof groupsOf>).groups) triples += group.length;
  });
  mapped = undefined;
  result.triples = triples;
  for (const format of ['ttl', 'jsonld', 'nt'] as const) {
    result[`${format}Bytes`] = await timed(`${format}Pass`, () => writeStream(format, groupsOf().groups));
    result[format] = Math.max(0, Math.round(((result[`${format}Pass`] as number) - (result.map as number) - (result.parse as number)) * 10) / 10);
  }
} else {
  throw new Error(`unknown mode ${mode}: memory or stream`);
}
result.peakRssBytes = process.resourceUsage().maxRSS * 1024;
rmSync(out, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(result)}\n`);

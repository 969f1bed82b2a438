// The export registry: one declarative list, every format written, byte-identical twice, hostile names given back.
import { describe, expect, it } from 'vitest';
import { buildGraph, bundledContext } from '../../src/index.js';
import { type DirectoryFormat, EXPORT_FORMATS, exportFormat, type ExportFormat, type ExportOptions } from '../../src/export/formats.js';
import { SEED, SEED_PATH } from '../helpers/seed.js';
import { READ_BACK } from './read-back.js';
import { HOSTILE_NAMES, hostileInput, seedInput } from './support/fixtures.js';

const contents = async (format: ExportFormat, input = seedInput(), options: ExportOptions = {}): Promise<string> => {
  const written = await format.write(input, options);
  return typeof written === 'string' ? written : Object.entries(written).map(([name, text]) => `== ${name}\n${text}`).join('');
};

describe('The export format registry', () => {
  it('should list the formats of the issue, each once, with a media type and a file name', () => {
    expect(EXPORT_FORMATS.map((f) => f.name)).toEqual(['ttl', 'jsonld', 'nt', 'nq', 'trig', 'rdfxml', 'gexf', 'graphml', 'graphology', 'cytoscape', 'csv']);
    for (const format of EXPORT_FORMATS) {
      expect(format.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      if (format.kind === 'directory') expect(format.files.length).toBeGreaterThan(0);
      else expect(format.fileName.endsWith(`.${format.extension}`)).toBe(true);
    }
    expect(exportFormat('gexf')?.kind).toBe('graph');
    expect(exportFormat('nope')).toBeUndefined();
  });

  it('should write exactly the declared files for a directory format', async () => {
    const csv = exportFormat('csv') as DirectoryFormat;
    expect(Object.keys(await csv.write(seedInput())).sort()).toEqual([...csv.files].sort());
  });

  it.each(EXPORT_FORMATS.map((f) => [f.name, f] as const))('should write %s byte-identically for two builds of the survey', async (_name, format) => {
    const again = { graph: buildGraph(SEED, { file: SEED_PATH }), context: bundledContext() };
    const first = await contents(format);
    expect(first.length).toBeGreaterThan(1000);
    expect(await contents(format, again)).toBe(first);
  });

  it('should write the expanded and framed JSON-LD forms byte-identically twice', async () => {
    const jsonld = exportFormat('jsonld') as ExportFormat;
    for (const jsonldForm of ['expanded', 'framed'] as const) {
      expect(await contents(jsonld, seedInput(), { jsonldForm })).toBe(await contents(jsonld, seedInput(), { jsonldForm }));
    }
  });

  it.each(EXPORT_FORMATS.filter((f) => f.kind !== 'directory').map((f) => [f.name, f] as const))(
    'should give back names with < & quotes and non-ASCII characters from %s',
    async (name, format) => {
      const text = await contents(format, hostileInput());
      const read = READ_BACK[name];
      if (!read) throw new Error(`no reader for ${name} in read-back.ts`);
      expect(await read(text)).toEqual([...HOSTILE_NAMES].sort());
    },
  );

  it('should quote hostile names in nodes.csv as RFC 4180 says (the field quoted, quotes doubled)', async () => {
    const csv = exportFormat('csv') as DirectoryFormat;
    const nodes = (await csv.write(hostileInput()))['nodes.csv'] as string;
    expect(nodes).toContain('"Ünïcode & <Co> ""Quoted"""');
    expect(nodes).toContain(",O'Brien's ]]> Net,");
    expect(nodes).toContain(',深度 AI — Łódź,');
  });
});

import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { bundledContext, quadsToJsonLd, quadsToTurtle } from '../../src/index.js';
import { isomorphic, parseTurtle } from '../helpers/isomorphic.js';
import { seedGraph } from '../helpers/seed.js';
import { Parser } from 'n3';

const graph = seedGraph();

describe('Serialisation round trips of the bundled survey', () => {
  it('should re-read deai.ttl as a graph isomorphic to the one in memory', async () => {
    const turtle = await quadsToTurtle(graph.quads);
    expect(await isomorphic(parseTurtle(turtle), graph.quads)).toBe(true);
  });

  it('should re-read deai.jsonld (context embedded, nothing fetched) as an isomorphic graph', async () => {
    const text = await quadsToJsonLd(graph.quads, bundledContext());
    const doc = JSON.parse(text);
    expect(typeof doc['@context']).toBe('object');
    const refuse = async (url: string): Promise<never> => {
      throw new Error(`fetch attempted: ${url}`);
    };
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader: refuse } as jsonld.Options.ToRdf)) as unknown as string;
    expect(await isomorphic(new Parser({ format: 'N-Quads' }).parse(nquads), graph.quads)).toBe(true);
  });

  it('should compact plain strings to JSON strings and integers to JSON numbers', async () => {
    const doc = JSON.parse(await quadsToJsonLd(graph.quads, bundledContext()));
    const bittensor = doc['@graph'].find((n: { id: string }) => n.id === 'https://w3id.org/deai/project/bittensor');
    expect(bittensor.label).toBe('Bittensor');
    expect(bittensor.sourceLine).toBe(39);
    expect(bittensor.reliesOn).toBe('deai:Staking');
  });

  it('should write byte-identical Turtle and JSON-LD for two builds', async () => {
    const { buildGraph } = await import('../../src/index.js');
    const { SEED, SEED_PATH } = await import('../helpers/seed.js');
    const again = buildGraph(SEED, { file: SEED_PATH });
    expect(await quadsToTurtle(again.quads)).toBe(await quadsToTurtle(graph.quads));
    expect(await quadsToJsonLd(again.quads, bundledContext())).toBe(await quadsToJsonLd(graph.quads, bundledContext()));
  });
});

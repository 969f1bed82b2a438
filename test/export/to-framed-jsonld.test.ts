// Framed JSON-LD: one object per project with its assessments (and listings) embedded; expanded and compacted agree.
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { bundledContext, quadsToJsonLd } from '../../src/index.js';
import { projectQuads, quadsToFramedJsonLd } from '../../src/export/to-framed-jsonld.js';
import { quadsToExpandedJsonLd, refuseRemoteDocuments } from '../../src/export/to-jsonld.js';
import { isomorphic } from '../helpers/isomorphic.js';
import { seedGraph } from '../helpers/seed.js';

async function toQuads(text: string) {
  const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader: refuseRemoteDocuments } as jsonld.Options.ToRdf)) as unknown as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

interface FramedProject {
  readonly id: string;
  readonly type: string;
  readonly label: string;
  readonly assessment?: ({ id: string; level: string; criterion: string } | string)[];
  readonly coversStage?: string | string[];
}

describe('The JSON-LD forms', () => {
  const graph = seedGraph();

  it('should give the same triples expanded as compacted, and both those of deai.ttl', async () => {
    const expanded = await toQuads(await quadsToExpandedJsonLd(graph.quads));
    expect(await isomorphic(expanded, graph.quads)).toBe(true);
    expect(await isomorphic(await toQuads(await quadsToJsonLd(graph.quads, bundledContext())), expanded)).toBe(true);
  });

  it('should write expanded JSON-LD with full IRIs and no context', async () => {
    const doc = JSON.parse(await quadsToExpandedJsonLd(graph.quads)) as Record<string, unknown>[];
    expect(Array.isArray(doc)).toBe(true);
    const numerai = doc.find((n) => n['@id'] === 'https://w3id.org/deai/project/numerai') as Record<string, unknown>;
    expect(numerai['http://www.w3.org/2000/01/rdf-schema#label']).toEqual([{ '@value': 'Numerai' }]);
    expect(JSON.stringify(doc)).not.toContain('@context');
  });

  it('should frame one object per project, each with all its assessments embedded as objects', async () => {
    const doc = JSON.parse(await quadsToFramedJsonLd(graph.quads, bundledContext())) as { '@context': unknown; '@graph': FramedProject[] };
    expect(typeof doc['@context']).toBe('object');
    const projects = doc['@graph'];
    expect(projects).toHaveLength(53);
    for (const project of projects) {
      expect(project.type).toBe('deai:Project');
      for (const a of project.assessment ?? []) expect(typeof a).toBe('object');
    }
    // 52 table rows have assessments; Morpheus, listed only in a section, has none (and no "assessment": null).
    expect(projects.filter((p) => p.assessment)).toHaveLength(52);
    expect(projects.find((p) => p.label === 'Morpheus')).not.toHaveProperty('assessment');
    const numerai = projects.find((p) => p.label === 'Numerai') as FramedProject;
    // Numerai's row: 7 stages + 8 capabilities, every cell an assessment; stages stay references.
    expect(numerai.assessment).toHaveLength(15);
    expect(numerai.assessment).toContainEqual(expect.objectContaining({ id: 'https://w3id.org/deai/project/numerai/assessment/Training', level: 'deai:Full', criterion: 'deai:Training' }));
    expect(numerai.coversStage).toEqual(['deai:Inference', 'deai:Training']);
  });

  it('should re-read framed JSON-LD as exactly the triples of the projects, their assessments and their listings', async () => {
    const framed = await toQuads(await quadsToFramedJsonLd(graph.quads, bundledContext()));
    const view = projectQuads(graph.quads);
    expect(await isomorphic(framed, view)).toBe(true);
    // What the view leaves out: papers, the survey, its columns and the dataset description.
    expect(view.some((q) => q.subject.value === 'https://w3id.org/deai/dataset')).toBe(false);
    expect(view.length).toBeLessThan(graph.quads.length);
  });
});

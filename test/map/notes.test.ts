// Footnotes and bold-label notes in the graph: each attached to what it explains, the markers links to it.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/index.js';
import { DEAI, RDFS, SCHEMA, SKOS } from '../../src/vocab/namespaces.js';
import { objects, P, subjects } from '../helpers/seed.js';

const NOTE = (id: string): string => `https://w3id.org/deai/survey/note/${id}`;
const D = DEAI;

describe('Footnotes on cells, names and mechanisms', () => {
  const graph = buildGraph(
    [
      '| Project | Compute | Security Assumption |',
      '|---|---|---|',
      '| [Alpha](https://alpha.example/)[^4] | ●[^1] | ZKP + FHE[^3] + Yuma Consensus[^5] |',
      '',
      '**Yuma Consensus**: Bittensor\'s consensus.',
      '',
      '**Alpha**: A project with a note of its own.',
      '',
      '[^1]: Compute as of 2024.',
      '[^3]: Encrypted inference.',
      '[^4]: Renamed in 2025.',
      '',
    ].join('\n'),
    { file: 'notes.md' },
  );
  const q = graph.quads;

  it('should link a mark\'s note from the assessment and keep the cell as written', () => {
    expect(objects(q, `${P('alpha')}/assessment/Compute`, D('note'))).toEqual([NOTE('footnote-1')]);
    expect(objects(q, `${P('alpha')}/assessment/Compute`, D('sourceText'))).toEqual(['●[^1]']);
    expect(objects(q, `${P('alpha')}/assessment/Compute`, D('level'))).toEqual([D('Full')]);
  });

  it('should attach a note to the mechanism its marker follows, known or minted', () => {
    expect(objects(q, D('FullyHomomorphicEncryption'), SKOS('scopeNote'))).toEqual(['Encrypted inference.']);
    expect(objects(q, D('ZeroKnowledgeProof'), D('note'))).toEqual([]);
    // "[^5]" has no definition: it points to the bold-label note on the words before it.
    const yuma = 'https://w3id.org/deai/assumption/yuma-consensus';
    expect(objects(q, yuma, D('note'))).toEqual([NOTE('yuma-consensus')]);
    expect(objects(q, yuma, SKOS('scopeNote'))).toEqual(["Bittensor's consensus."]);
  });

  it('should give a project its name\'s footnote and the bold-label note with its name, its label without the marker', () => {
    expect(objects(q, P('alpha'), RDFS('label'))).toEqual(['Alpha']);
    expect(objects(q, P('alpha'), D('sourceText'))).toEqual(['Alpha[^4]']);
    expect(objects(q, P('alpha'), D('note'))).toEqual([NOTE('alpha'), NOTE('footnote-4')]);
    expect(objects(q, P('alpha'), RDFS('comment'))).toEqual(['A project with a note of its own.', 'Renamed in 2025.']);
  });

  it('should keep every note as a node with its text, whatever it explains', () => {
    expect(subjects(q, SCHEMA('text'), 'Compute as of 2024.')).toEqual([NOTE('footnote-1')]);
    expect(subjects(q, D('footnoteLabel'), '3')).toEqual([NOTE('footnote-3')]);
    expect(graph.diagnostics.map((d) => d.code)).toEqual(['assumption/unknown']);
  });
});

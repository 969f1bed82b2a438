import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffSurveys } from '../../src/diff/diff-surveys.js';
import { diffToJson } from '../../src/diff/diff-to-json.js';
import { markdownToVersion } from '../../src/diff/markdown-to-version.js';
import { bundledOntology, bundledVariants } from '../../src/node/package-files.js';

const OPTIONS = { ontology: bundledOntology(), variants: bundledVariants() };
const version = (path: string) => markdownToVersion(readFileSync(path, 'utf8'), { ...OPTIONS, file: path });

// The academic version adds paper entries to the sections (read off `diff` of the two files, by hand) and changes
// nothing in the table. "Language models are few-shot learners" is listed under three stages: three entries, one paper.
const ENTRIES_ADDED = [
  'Trusted ai in multiagent systems: An overview of privacy and security for distributed learning',
  'Applications of distributed machine learning for the internet-of-things: A comprehensive survey',
  'Reinforcement learning: A survey',
  'Markov games as a framework for multi-agent reinforcement learning',
  'UPDeT: Universal Multi-agent Reinforcement Learning via Policy Decoupling with Transformers',
  'Data preprocessing in data mining',
  'An introduction to variable and feature selection',
  'On the opportunities and risks of foundation models',
  'Accelerators and specialized hardware for deep learning',
  'Language models are unsupervised multitask learners',
  'Language models are few-shot learners',
  'Exploring the limits of transfer learning with a unified text-to-text transformer',
  'PaLM: Scaling language modeling with pathways',
  'LLama: Open and Efficient Foundation Language Models',
  'Will we run out of data? Limits of LLM scaling based on human-generated data',
  'Blockchain versus federated learning: A comparative analysis for privacy-preserving applications',
  'The backpropagation algorithm',
  'In-datacenter performance analysis of a tensor processing unit',
  'AI and compute',
  'AI is outpacing Moore’s law',
  'Denoising diffusion probabilistic models',
  'The EU General Data Protection Regulation (GDPR)',
  'Truebit: A scalable verification solution for blockchains',
  'Language models are few-shot learners',
  'The malicious use of artificial intelligence: Forecasting, prevention, and mitigation',
  'Large scale distributed deep networks',
  'Imagenet: A large-scale hierarchical image database',
  'Health insurance portability and accountability act of 1996',
  'Language models are few-shot learners',
  'Machine Learning',
  'Efficient processing of deep neural networks: A tutorial and survey',
  'Blockchain for IoT security and privacy: The case study of a smart home',
  'Artificial Intelligence: A Modern Approach',
  'Multiagent systems: A survey from a machine learning perspective',
  'Grand challenges in ai: Representation learning, reasoning, and common sense',
];

describe('diffSurveys on the two real versions of the survey', () => {
  const diff = JSON.parse(diffToJson(diffSurveys(version('data/sok-deai-README.md'), version('test/fixtures/golden/sok-deai-README-academic.md'), OPTIONS.variants)));

  it('should list exactly the entries and papers the academic version adds', () => {
    expect(diff.entries).toEqual({ added: ENTRIES_ADDED, removed: [] });
    const few = 'Language models are few-shot learners';
    expect(diff.papers).toEqual({ added: ENTRIES_ADDED.filter((t, i) => t !== few || i === ENTRIES_ADDED.indexOf(few)), removed: [] });
    expect(diff.papers.added).toHaveLength(33);
  });

  it('should find no project, cell, column, assumption or link change (the table is the same)', () => {
    expect(diff.projects).toEqual({ added: [], removed: [], renamed: [] });
    expect(diff.columns).toEqual({ added: [], removed: [], renamed: [] });
    expect([diff.cells, diff.assumptions, diff.concepts, diff.links]).toEqual([[], [], [], []]);
  });
});

describe('diffSurveys from the bundled version to the later real version', () => {
  const diff = JSON.parse(diffToJson(diffSurveys(version('data/sok-deai-README.md'), version('test/fixtures/versions/later-real-version.md'), OPTIONS.variants)));

  // Read off the two tables by hand: six rows gone, one new; four projects renamed, 0G → ZeroGravity only through
  // the group in data/name-variants.json (the two versions share no name, affix or link for it).
  it('should pair the renamed projects, 0G → ZeroGravity included, and list the rest as added or removed', () => {
    expect(diff.projects.added).toEqual(['Modulus']);
    expect([...diff.projects.removed].sort()).toEqual(['Alpha Network', 'Compass Labs', 'Exabits', 'NOYA', 'Sentient', 'Tromero']);
    expect([...diff.projects.renamed].sort((a, b) => a.from.localeCompare(b.from))).toEqual([
      { from: '0G', to: 'ZeroGravity' },
      { from: 'Fetch AI', to: 'Fetch.AI' },
      { from: 'FLock', to: 'FLock.io' },
      { from: 'OORT', to: 'OORT Storage' },
    ]);
  });
});

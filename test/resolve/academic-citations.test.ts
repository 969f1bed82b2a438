// Every citation of the survey's "add academic work" version, read by hand: title, authors, year, venue and the
// identifier its link gives (arXiv or DOI). The graph must say what a librarian reading these lines would say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledOntology, bundledVariants } from '../../src/index.js';
import { parseSurvey } from '../../src/parse/parse-survey.js';
import type { PaperEntry } from '../../src/parse/survey-types.js';
import { resolveSurvey } from '../../src/resolve/resolve-survey.js';
import type { ResolvedPaper } from '../../src/resolve/resolved-types.js';
import { DEFAULT_BASE } from '../../src/vocab/namespaces.js';

const FILE = 'test/fixtures/golden/sok-deai-README-academic.md';
const survey = parseSurvey(readFileSync(FILE, 'utf8'), { file: FILE });
const resolved = resolveSurvey(survey, { ontology: bundledOntology(), variants: bundledVariants(), base: DEFAULT_BASE });
const papers: ResolvedPaper[] = [...resolved.papers];
const entryAt = (line: number): PaperEntry => survey.entries.find((e) => e.line === line) as PaperEntry;
const paperAt = (line: number): ResolvedPaper => papers.find((p) => p.listings.some((l) => l.line === line)) as ResolvedPaper;

interface Expected {
  readonly title: string;
  readonly authors: readonly string[];
  readonly etAl: boolean;
  readonly year?: string;
  readonly venue?: string;
  /** "arXiv:…" or "doi:…", from the text or the link; none when neither names one. */
  readonly id?: string;
  /** Other fields the citation gives. */
  readonly more?: Readonly<Record<string, string>>;
}

// line → what the citation on that line says.
const CITATIONS: ReadonlyArray<readonly [number, Expected]> = [
  [96, { title: 'Trusted ai in multiagent systems: An overview of privacy and security for distributed learning', authors: ['C. Ma'], etAl: true, venue: 'Proceedings of the IEEE', year: '2023', id: 'arXiv:2202.09027', more: { volume: '111', issue: '9', pages: '1097–1132' } }],
  [98, { title: 'Applications of distributed machine learning for the internet-of-things: A comprehensive survey', authors: ['M. Le'], etAl: true, venue: 'IEEE Communications Surveys & Tutorials', year: '2024', id: 'arXiv:2310.10549' }],
  [100, { title: 'Reinforcement learning: A survey', authors: ['L. P. Kaelbling'], etAl: true, venue: 'Journal of Artificial Intelligence Research', year: '1996', id: 'arXiv:cs/9605103', more: { volume: '4', pages: '237–285' } }],
  [102, { title: 'Markov games as a framework for multi-agent reinforcement learning', authors: ['M. L. Littman'], etAl: false, venue: 'Machine Learning Proceedings 1994', year: '1994', more: { publisher: 'Elsevier', pages: '157–163' } }],
  [104, { title: 'UPDeT: Universal Multi-agent Reinforcement Learning via Policy Decoupling with Transformers', authors: ['S. Hu'], etAl: true, venue: 'International Conference on Learning Representations', year: '2021', id: 'arXiv:2101.08001' }],
  [119, { title: 'Data preprocessing in data mining', authors: ['S. García', 'J. Luengo', 'F. Herrera'], etAl: false, year: '2016', id: 'doi:10.1007/978-3-319-10247-4' }],
  [121, { title: 'An introduction to variable and feature selection', authors: ['I. Guyon', 'A. Elisseeff'], etAl: false, venue: 'Journal of Machine Learning Research', year: '2003', id: 'doi:10.5555/944919.944968', more: { volume: '3', pages: '1157–1182' } }],
  [123, { title: 'On the opportunities and risks of foundation models', authors: ['R. Bommasani'], etAl: true, venue: 'arXiv preprint', year: '2021', id: 'arXiv:2108.07258' }],
  [125, { title: 'Accelerators and specialized hardware for deep learning', authors: ['T. Ben-Nun', 'T. Hoefler'], etAl: false, venue: 'Communications of the ACM', year: '2019', more: { volume: '62', issue: '12', pages: '34–44' } }],
  [127, { title: 'Language models are unsupervised multitask learners', authors: ['A. Radford'], etAl: true, venue: 'OpenAI Blog', year: '2019', more: { volume: '1', pages: '9' } }],
  [129, { title: 'Language models are few-shot learners', authors: ['T. B. Brown'], etAl: false, venue: 'arXiv preprint', year: '2020', id: 'arXiv:2005.14165' }],
  [131, { title: 'Exploring the limits of transfer learning with a unified text-to-text transformer', authors: ['C. Raffel'], etAl: true, venue: 'Journal of Machine Learning Research', year: '2020', id: 'arXiv:1910.10683', more: { volume: '21', pages: '1–67' } }],
  [133, { title: 'PaLM: Scaling language modeling with pathways', authors: ['A. Chowdhery'], etAl: true, year: '2022', id: 'arXiv:2204.02311' }],
  [135, { title: 'LLama: Open and Efficient Foundation Language Models', authors: ['H. Touvron'], etAl: true, year: '2023', id: 'arXiv:2302.13971' }],
  [137, { title: 'Will we run out of data? Limits of LLM scaling based on human-generated data', authors: ['L. Villalobos'], etAl: true, year: '2022', id: 'arXiv:2211.04325' }],
  [139, { title: 'Blockchain versus federated learning: A comparative analysis for privacy-preserving applications', authors: ['M. J. M. Chowdhury'], etAl: true, year: '2022' }],
  [155, { title: 'The backpropagation algorithm', authors: ['R. Rojas'], etAl: false, venue: 'Neural Networks: A Systematic Introduction', year: '1996', id: 'doi:10.1007/978-3-642-61068-4_7', more: { pages: '149–182' } }],
  [157, { title: 'In-datacenter performance analysis of a tensor processing unit', authors: ['N. P. Jouppi'], etAl: true, venue: 'Proceedings of the 44th Annual International Symposium on Computer Architecture', year: '2017' }],
  // "2018. Available at: [[OpenAI blog](…)]": no venue in the text; the link's words name where it appeared.
  [159, { title: 'AI and compute', authors: ['D. Amodei', 'D. Hernandez'], etAl: false, year: '2018' }],
  [161, { title: 'AI is outpacing Moore’s law', authors: ['Z. Science'], etAl: false, year: '2019' }],
  [163, { title: 'Denoising diffusion probabilistic models', authors: ['J. Ho'], etAl: true, venue: 'Advances in Neural Information Processing Systems', year: '2020', id: 'arXiv:2006.11239', more: { volume: '33', pages: '6840–6851' } }],
  // A book: edition, place and publisher; "vol. 10, no. 3152676, pp. 10–5555" are written there and kept as written.
  [165, { title: 'The EU General Data Protection Regulation (GDPR)', authors: ['P. Voigt', 'A. Von dem Bussche'], etAl: false, venue: 'A Practical Guide', year: '2017', id: 'doi:10.5555/3152676', more: { edition: '1st', place: 'Cham', publisher: 'Springer International Publishing', volume: '10', issue: '3152676', pages: '10–5555' } }],
  [167, { title: 'Truebit: A scalable verification solution for blockchains', authors: ['J. Teutsch', 'C. Reitwießner'], etAl: false, year: '2018', id: 'arXiv:1908.04756' }],
  [169, { title: 'Language models are few-shot learners', authors: ['T. B. Brown'], etAl: true, year: '2020', id: 'arXiv:2005.14165' }],
  [180, { title: 'The malicious use of artificial intelligence: Forecasting, prevention, and mitigation', authors: ['M. Brundage'], etAl: true, venue: 'arXiv preprint', year: '2018', id: 'arXiv:1802.07228' }],
  // "vol. 25, 2012, pp. 1223–1231": the year is 2012, never 1231.
  [182, { title: 'Large scale distributed deep networks', authors: ['J. Dean'], etAl: true, venue: 'Advances in Neural Information Processing Systems', year: '2012', id: 'doi:10.5555/2999134.2999271', more: { volume: '25', pages: '1223–1231' } }],
  // The venue is not in the authors; "IEEE" after it is the publisher.
  [184, { title: 'Imagenet: A large-scale hierarchical image database', authors: ['J. Deng'], etAl: true, venue: '2009 IEEE Conference on Computer Vision and Pattern Recognition', year: '2009', more: { publisher: 'IEEE', pages: '248–255' } }],
  [186, { title: 'Health insurance portability and accountability act of 1996', authors: ['U.S. Congress'], etAl: false, venue: 'Public Law', year: '1996', more: { number: '104–191' } }],
  // "pp. 1877–1901" is not a year: one year, 2020.
  [188, { title: 'Language models are few-shot learners', authors: ['T. B. Brown'], etAl: true, venue: 'Advances in Neural Information Processing Systems', year: '2020', id: 'arXiv:2005.14165', more: { volume: '33', pages: '1877–1901' } }],
  [204, { title: 'Machine Learning', authors: ['T. M. Mitchell'], etAl: false, year: '1997', more: { publisher: 'McGraw Hill' } }],
  [206, { title: 'Efficient processing of deep neural networks: A tutorial and survey', authors: ['V. Sze'], etAl: true, venue: 'Proceedings of the IEEE', year: '2017', id: 'arXiv:1703.09039', more: { volume: '105', issue: '12', pages: '2295–2329' } }],
  [208, { title: 'Blockchain for IoT security and privacy: The case study of a smart home', authors: ['A. Dorri'], etAl: true, venue: '2017 IEEE International Conference on Pervasive Computing and Communications Workshops (PerCom Workshops)', year: '2017', more: { publisher: 'IEEE', pages: '618–623' } }],
  [219, { title: 'Artificial Intelligence: A Modern Approach', authors: ['S. Russell', 'P. Norvig'], etAl: false, year: '2010', more: { edition: '3rd', place: 'Upper Saddle River, NJ', publisher: 'Prentice Hall' } }],
  [221, { title: 'Multiagent systems: A survey from a machine learning perspective', authors: ['P. Stone', 'M. Veloso'], etAl: false, venue: 'Autonomous Robots', year: '2000', more: { volume: '8', issue: '3', pages: '345–383' } }],
  [223, { title: 'Grand challenges in ai: Representation learning, reasoning, and common sense', authors: ['O. Vinyals'], etAl: true, venue: 'DeepMind Research', year: '2019' }],
];

const FIELDS = ['volume', 'issue', 'pages', 'edition', 'place', 'publisher', 'number'] as const;

describe('Every citation of the academic version of the survey', () => {
  it('should list 35 academic entries, each checked below', () => {
    expect(survey.entries.filter((e) => e.kind === 'paper').map((e) => e.line)).toEqual(CITATIONS.map(([line]) => line));
  });

  it.each(CITATIONS)('line %i', (line, expected) => {
    const entry = entryAt(line);
    const c = entry.citation;
    expect(entry.title).toBe(expected.title);
    expect({ authors: c.authors, etAl: c.etAl, year: c.year, venue: c.venue }).toEqual({ authors: expected.authors, etAl: expected.etAl, year: expected.year, venue: expected.venue });
    const more = Object.fromEntries(FIELDS.filter((f) => c[f] !== undefined).map((f) => [f, c[f]]));
    expect(more).toEqual(expected.more ?? {});
    const paper = paperAt(line).citation;
    const id = paper.arxiv !== undefined ? `arXiv:${paper.arxiv}` : paper.doi !== undefined ? `doi:${paper.doi}` : undefined;
    expect(id).toBe(expected.id);
  });

  it('should warn about no part of them', () => {
    expect(resolved.diagnostics.filter((d) => d.code === 'citation/unread')).toEqual([]);
  });
});

describe('A paper listed in several sections', () => {
  const brown = paperAt(129);

  it('should be one paper with the fullest citation (line 188: venue, volume, pages) and one year', () => {
    expect(papers.filter((p) => p.title === 'Language models are few-shot learners')).toHaveLength(1);
    expect(brown.listings.map((l) => l.line)).toEqual([129, 169, 188]);
    expect(brown.citedAt.line).toBe(188);
    expect(brown.citation).toMatchObject({ authors: ['T. B. Brown'], etAl: true, venue: 'Advances in Neural Information Processing Systems', volume: '33', pages: '1877–1901', year: '2020', arxiv: '2005.14165' });
    expect(brown.citation.raw).toBe('T. B. Brown et al. In Advances in Neural Information Processing Systems, vol. 33, 2020, pp. 1877–1901.');
  });

  it('should keep the disagreements as conflicts: the authors (line 129 names T. B. Brown alone) and the venue', () => {
    expect(brown.conflicts.map((c) => [c.field, c.values.map((v) => [v.value, v.at.line])])).toEqual([
      ['authors', [['T. B. Brown et al.', 188], ['T. B. Brown', 129]]],
      ['venue', [['Advances in Neural Information Processing Systems', 188], ['arXiv preprint', 129]]],
    ]);
  });

  it('should take a venue from a link that names one when the citation has none ("[OpenAI blog]")', () => {
    expect(paperAt(159).citation.venue).toBe('OpenAI blog');
    expect(paperAt(161).citation.venue).toBeUndefined();
  });
});

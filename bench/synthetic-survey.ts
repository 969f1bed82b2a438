// A deterministic synthetic survey of N projects in exactly the bundled survey's form (for benchmarks).
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/synthetic-survey.js 10000 [SEED] > /tmp/survey-10k.md
//
// Same title, ToC, 17-column overview table header and numbered sections (with the bundled survey's
// own heading-level slip at "#### 4. Post-training"), so buildGraph takes the same code paths.
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '../src/projection/layout-graph.js';

/** The overview table's header, exactly as in data/sok-deai-README.md. */
export const HEADER = [
  'Project',
  'Task Creation',
  'Data Preparation',
  'Compute',
  'Training',
  'Inference',
  'Marketplace',
  'Application',
  'Incentive Mechanism',
  'Enhanced Security',
  'Permission Control',
  'Data Storage',
  'Public Reference',
  'Auditability',
  'ML Assets Tokenization',
  'Decentralization',
  'Security Assumption',
] as const;

const FULL = '●';
const PARTIAL = '◑';
const NONE = '○';

/** The seven stage columns, the survey section each one is listed under, and how often a project has it as its main stage. */
const STAGES = [
  { column: 'Task Creation', section: '1', weight: 3 },
  { column: 'Data Preparation', section: '2.1.1', weight: 14 },
  { column: 'Compute', section: '2.2.1', weight: 17 },
  { column: 'Training', section: '3.1', weight: 4 },
  { column: 'Inference', section: '4.1.1', weight: 5 },
  { column: 'Marketplace', section: '4.3.1', weight: 5 },
  { column: 'Application', section: '4.2.1', weight: 8 },
] as const;

/** Capability columns: [P(●), P(◑)], after the bundled survey's 53 rows (a little ◑ added where it has none). */
const CAPABILITIES: Record<string, readonly [number, number]> = {
  'Incentive Mechanism': [0.97, 0.02],
  'Enhanced Security': [0.95, 0.03],
  'Permission Control': [0.93, 0.04],
  'Data Storage': [0.3, 0.05],
  'Public Reference': [0.96, 0.02],
  Auditability: [0.95, 0.03],
  'ML Assets Tokenization': [0.3, 0.04],
  Decentralization: [0.03, 0.95],
};

/** Security Assumption cells as the survey spells them, weighted by how often each occurs there. */
const ASSUMPTIONS: readonly (readonly [string, number])[] = [
  ['Staking', 17],
  ['?', 11],
  ['Staking?', 4],
  ['ZKP', 3],
  ['Proof-of-stake', 2],
  ['Fraud Proof', 2],
  ['Staking, ZKP', 1],
  ['Staking, Reputation-based consensus', 1],
  ['(Delegated) proof-of-stake', 1],
  ['Proof-of-Replication, Proof-of-Spacetime', 1],
  ['Reputation & Dispute mechanism', 1],
  ['Staking, Proof of Authority(?)', 1],
  ['Proof of Rendering', 1],
  ['Staking, Proof of Cloud, ZKP', 1],
  ['Proof-of-Learning, Staking', 1],
  ['POW, Reputation-based scores', 1],
  ['Sentient Protocol', 1],
  ['POW, Staking', 1],
  ['Proof of Collaboration, Staking', 1],
  ['Proof of Usage?, Ranking Systems', 1],
  ['Reputation Mechanism', 1],
  ['Nominated proof-of-stake', 1],
];

/** A few real-looking names among the numbered ones; the section spelling may differ (data/name-variants.json). */
const VARIED = [
  { table: 'Bittensor', section: 'Bittensor' },
  { table: 'FLock', section: 'FLock' },
  { table: 'Gensyn', section: 'Gensyn' },
  { table: 'Render Network', section: 'Render' },
  { table: 'Fetch AI', section: 'Fetch' },
  { table: 'Numerai', section: 'Numeraire' },
  { table: 'Ocean', section: 'Ocean Protocol' },
  { table: 'Autonolas', section: 'Olas' },
] as const;

const SUFFIXES = ['Labs', 'Network', 'AI', 'Protocol', 'DAO', 'Chain', 'Compute', 'Data'] as const;
const TLDS = ['io', 'ai', 'xyz', 'network', 'org', 'com'] as const;

/** The numbered sections, exactly as the survey writes them (including its "#### 4." level slip). */
const SECTIONS: readonly (readonly [string, string])[] = [
  ['###', '1. Task Proposing'],
  ['###', '2. Pre-Training'],
  ['####', '2.1. Data Preparation'],
  ['#####', '2.1.1. Industry'],
  ['#####', '2.1.2. Academic Work'],
  ['####', '2.2. Compute'],
  ['#####', '2.2.1. Industry'],
  ['#####', '2.2.2. Academic Work'],
  ['###', '3. On-training'],
  ['####', '3.1. Industry'],
  ['####', '3.2. Academic Work'],
  ['####', '4. Post-training'],
  ['#####', '4.1. Model Inference'],
  ['######', '4.1.1. Industry'],
  ['######', '4.1.2. Academic Work'],
  ['#####', '4.2. Application'],
  ['######', '4.2.1. Industry'],
  ['######', '4.2.2. Academic Work'],
  ['#####', '4.3. Marketplace'],
  ['######', '4.3.1. Industry'],
  ['######', '4.3.2. Academic Work'],
];

const TOC = `## 📚 Table of Content (ToC)
- [SoK: Decentralized AI (DeAI)](#sok-decentralized-ai-deai)
  - [Table of Content (ToC)](#table-of-content-toc)
  - [0. Overview of DeAI Projects](#0-overview-of-deai-projects)
  - [1. Task Proposing](#1-task-proposing)
  - [2. Pre-Training](#2-pre-training)
    - [2.1. Data Preparation](#21-data-preparation)
      - [2.1.1. Industry](#211-industry)
      - [2.1.2. Academic Work](#212-academic-work)
    - [2.2. Compute](#22-compute)
      - [2.2.1. Industry](#221-industry)
      - [2.2.2. Academic Work](#222-academic-work)
  - [3. On-training](#3-on-training)
    - [3.1. Industry](#31-industry)
    - [3.2. Academic Work](#32-academic-work)
  - [4. Post-training](#4-post-training)
    - [4.1. Model Inference](#41-model-inference)
      - [4.1.1. Industry](#411-industry)
      - [4.1.2. Academic Work](#412-academic-work)
    - [4.2. Application](#42-application)
      - [4.2.1. Industry](#421-industry)
      - [4.2.2. Academic Work](#422-academic-work)
    - [4.3. Marketplace](#43-marketplace)
      - [4.3.1. Industry](#431-industry)
      - [4.3.2. Academic Work](#432-academic-work)`;

// mulberry32 (the seeded PRNG of the layout): the same (n, seed) always gives the same survey.
export { mulberry32 };

interface Project {
  tableName: string;
  sectionName: string;
  slug: string;
  host: string;
  marks: string[];
  assumption: string;
  /** Section number it is listed under, if listed. */
  listedUnder?: string;
  links: string[];
}

/**
 * A synthetic survey of `n` table projects (≈40 % of them also listed under a section of a stage they
 * cover) plus a few section-only projects, deterministic for a given (n, seed).
 */
export function syntheticSurvey(n: number, seed = 1): string {
  return [...syntheticSurveyLines(n, seed)].join('\n');
}

/** The same survey line by line (without line breaks), so a million projects can be written without one string. */
export function* syntheticSurveyLines(n: number, seed = 1): Generator<string> {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = random() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return (items.at(-1) as readonly [T, number])[0];
  };
  const width = Math.max(5, String(n).length);

  const projects: Project[] = [];
  const variedAt = new Map<number, (typeof VARIED)[number]>();
  // Spread the varied names over the table (at n ≥ 8 all of them, fewer in tiny surveys).
  const variedCount = Math.min(VARIED.length, Math.floor(n / 2));
  VARIED.slice(0, variedCount).forEach((v, i) => variedAt.set(Math.floor(((i + 0.5) * n) / variedCount), v));

  for (let i = 0; i < n; i++) {
    const varied = variedAt.get(i);
    const number = String(i + 1).padStart(width, '0');
    const tableName = varied?.table ?? `Project ${number} ${pick(SUFFIXES)}`;
    const sectionName = varied?.section ?? tableName;
    const slug = tableName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const host = `${slug}.${pick(TLDS)}`;

    // Stages: one main stage, sometimes more (●), rarely a partial (◑).
    const main = weighted(STAGES.map((s, k) => [k, s.weight] as const));
    const stageMarks = STAGES.map((_, k) => (k === main || random() < 0.08 ? FULL : random() < 0.02 ? PARTIAL : NONE));
    const capabilityMarks = Object.values(CAPABILITIES).map(([full, partial]) => {
      const r = random();
      return r < full ? FULL : r < full + partial ? PARTIAL : NONE;
    });
    const covered = STAGES.filter((_, k) => stageMarks[k] === FULL);
    const project: Project = {
      tableName,
      sectionName,
      slug,
      host,
      marks: [...stageMarks, ...capabilityMarks],
      assumption: weighted(ASSUMPTIONS),
      links: entryLinks(random, slug, host),
    };
    if (varied || random() < 0.4) project.listedUnder = pick(covered).section;
    projects.push(project);
  }

  // Section-only projects: listed in a section, missing from the table (as "Morpheus" is in the survey).
  const sectionOnly = Math.max(2, Math.round(n / 1000));
  const extra: Project[] = [];
  for (let j = 0; j < sectionOnly; j++) {
    const name = `Unlisted ${String(j + 1).padStart(width, '0')} ${pick(SUFFIXES)}`;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const host = `${slug}.${pick(TLDS)}`;
    extra.push({ tableName: name, sectionName: name, slug, host, marks: [], assumption: '', listedUnder: pick(STAGES).section, links: entryLinks(random, slug, host) });
  }

  yield* ['# ✨ SoK: Decentralized AI (DeAI)', ''];
  yield* [
    `A synthetic survey of ${n} projects (seed ${seed}) in the form of the SoK's README, generated for benchmarks by deai-kg's bench/synthetic-survey.ts. Names, links and marks are made up.`,
    '',
  ];
  yield* [TOC, ''];
  yield* ['### 0. Overview of DeAI Projects', ''];
  yield* [`| ${HEADER.join(' | ')} |`];
  yield* [`|${HEADER.map((h) => '-'.repeat(h.length + 2)).join('|')}|`];
  for (const p of projects) {
    yield* [`| [${p.tableName}](https://${p.host}/whitepaper) | ${p.marks.join(' | ')} | ${p.assumption} |`];
  }
  yield* [''];

  const bySection = new Map<string, Project[]>();
  for (const p of [...projects, ...extra]) {
    if (p.listedUnder === undefined) continue;
    const list = bySection.get(p.listedUnder) ?? [];
    list.push(p);
    bySection.set(p.listedUnder, list);
  }
  for (const [level, title] of SECTIONS) {
    yield* [`${level} ${title}`, ''];
    const number = title.slice(0, title.indexOf('. '));
    const listed = bySection.get(number);
    if (!listed) continue;
    for (const p of listed) yield* [`- **${p.sectionName}** ${p.links.join(' ')}`];
    yield* [''];
  }
}

/** `[[whitepaper](…)] [[docs](…)] [[code](…)]`, each present about as often as in the survey. */
function entryLinks(random: () => number, slug: string, host: string): string[] {
  const links: string[] = [];
  if (random() < 0.7) links.push(`[[whitepaper](https://${host}/whitepaper.pdf)]`);
  if (random() < 0.9 || links.length === 0) links.push(`[[docs](https://docs.${host}/)]`);
  if (random() < 0.7) links.push(`[[code](https://github.com/${slug})]`);
  return links;
}

// CLI: node dist-bench/bench/synthetic-survey.js N [SEED] > survey.md
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2]);
  const seed = process.argv[3] === undefined ? 1 : Number(process.argv[3]);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: node dist-bench/bench/synthetic-survey.js N [SEED] > survey.md\n');
    process.exit(2);
  }
  process.stdout.write(syntheticSurvey(n, seed));
}

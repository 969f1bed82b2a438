import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseSurvey } from '../../src/parse/parse-survey.js';
import type { ProjectEntry } from '../../src/parse/survey-types.js';
import { SEED } from '../helpers/seed.js';

const survey = parseSurvey(SEED, { file: 'seed.md' });

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.diagnostic.code;
    throw error;
  }
  return undefined;
}

describe('parseSurvey on the bundled survey', () => {
  it('should read the title without its emoji', () => {
    expect(survey.title).toBe('SoK: Decentralized AI (DeAI)');
  });

  it('should read the 17 header cells of the overview table with their places', () => {
    expect(survey.table.header.map((c) => c.text)).toEqual([
      'Project', 'Task Creation', 'Data Preparation', 'Compute', 'Training', 'Inference', 'Marketplace', 'Application',
      'Incentive Mechanism', 'Enhanced Security', 'Permission Control', 'Data Storage', 'Public Reference', 'Auditability',
      'ML Assets Tokenization', 'Decentralization', 'Security Assumption',
    ]);
    expect(survey.table.header[0]).toMatchObject({ line: 37, column: 3 });
  });

  it('should read 52 rows, keeping the linked name and each cell position', () => {
    expect(survey.table.rows).toHaveLength(52);
    const bittensor = survey.table.rows[0];
    expect(bittensor?.line).toBe(39);
    expect(bittensor?.cells[0]).toMatchObject({ text: 'Bittensor', line: 39, column: 3, link: { url: 'https://bittensor.com/whitepaper' } });
    expect(bittensor?.cells[1]).toMatchObject({ text: '●', line: 39, column: 58 });
    expect(bittensor?.cells[16]?.text).toBe('Staking');
    expect(survey.table.rows.at(-1)?.cells[0]?.text).toBe('NOYA');
  });

  it('should keep the stray 18th cell of the Commune AI row rather than drop it silently', () => {
    const commune = survey.table.rows.find((r) => r.cells[0]?.text === 'Commune AI');
    expect(commune?.line).toBe(71);
    expect(commune?.cells).toHaveLength(18);
    expect(commune?.cells[17]?.text).toBe('');
  });

  it('should yield the 22 section entries with the stage chain taken from the numbering', () => {
    const names = survey.entries.map((e) => (e as ProjectEntry).name);
    expect(names).toEqual([
      'Ocean', 'Vana', 'Fraction AI', 'Numbers', 'Lilypad', 'Gensyn', 'Render Network', 'IO.NET', 'Akash', 'NetMind',
      'Bittensor', 'Numeraire', 'Commune AI', 'FLock', 'Allora', 'Sertn', 'ORA', 'Fetch', 'Morpheus', 'Balance AI',
      'SingularityNET', 'Immutable',
    ]);
    const allora = survey.entries.find((e) => (e as ProjectEntry).name === 'Allora');
    // "#### 4. Post-training" is one level off, yet Allora still sits under 4 > 4.1 > 4.1.1.
    expect(allora?.sections.map((h) => h.number)).toEqual(['4', '4.1', '4.1.1']);
    expect(allora?.sections.map((h) => h.title)).toEqual(['Post-training', 'Model Inference', 'Industry']);
    expect(allora).toMatchObject({ line: 136, column: 1 });
  });

  it('should type links by their text, including a link that wraps onto the next line (NetMind)', () => {
    const netmind = survey.entries.find((e) => (e as ProjectEntry).name === 'NetMind');
    expect(netmind?.links.map((l) => [l.type, l.url])).toEqual([
      ['whitepaper', 'https://netmind-power.gitbook.io/white-paper'],
      ['docs', 'https://netmind-power.gitbook.io/netmind-power-documentation'],
      ['code', 'https://github.com/protagolabs/Netmind-examples'],
    ]);
    expect(netmind?.line).toBe(116);
  });

  it('should warn about the heading one level off, at its line', () => {
    const slip = survey.diagnostics.filter((d) => d.code === 'heading/level-slip');
    expect(slip).toHaveLength(1);
    expect(slip[0]?.place).toEqual({ file: 'seed.md', line: 130, column: 1 });
  });
});

describe('parseSurvey on academic paper entries', () => {
  const text = [
    '| Project | Compute | Security Assumption |',
    '|---|---|---|',
    '| [A](https://a.example/) | ● | ZKP |',
    '',
    '### 2. Pre-Training',
    '#### 2.2. Compute',
    '##### 2.2.2. Academic Work',
    '- **Proof of Learning: Definitions and Practice**. H. Jia, M. Yaghini, C. A. Choquette-Choo. IEEE S&P, 2021. [[paper](https://arxiv.org/abs/2103.05633)]',
    '',
  ].join('\n');
  const parsed = parseSurvey(text, { file: 'papers.md' });

  it('should read title, authors with initials, venue, year and the typed paper link', () => {
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]).toMatchObject({
      kind: 'paper',
      title: 'Proof of Learning: Definitions and Practice',
      citationText: 'H. Jia, M. Yaghini, C. A. Choquette-Choo. IEEE S&P, 2021.',
      citation: { authors: ['H. Jia', 'M. Yaghini', 'C. A. Choquette-Choo'], etAl: false, venue: 'IEEE S&P', year: '2021' },
      line: 8,
      links: [{ type: 'paper', url: 'https://arxiv.org/abs/2103.05633' }],
    });
  });
});

describe('parseSurvey on bad input', () => {
  const table = '| Project | Compute |\n|---|---|\n';
  it.each([
    ['an empty file', '', 'input/empty'],
    ['a file of blanks', '  \n\n', 'input/empty'],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000garbage', 'input/binary'],
    ['markdown without a table', '# Title\n\nNo table here.\n', 'table/missing'],
    ['a javascript: link in the table', `${table}| [X](javascript:alert(1)) | ● |\n`, 'link/not-http'],
    ['a file: link in a section', `${table}| X | ● |\n\n### 2. Pre-Training\n- **X** [[docs](file:///etc/passwd)]\n`, 'link/not-http'],
    ['a data: link', `${table}| [X](data:text/html,hi) | ● |\n`, 'link/not-http'],
    ['a very long line', `${table}| X | ● |\n${'a'.repeat(100_001)}\n`, 'input/long-line'],
  ])('should reject %s with a coded InputError', (_title, text, code) => {
    expect(errorCode(() => parseSurvey(text, { file: 'bad.md' }))).toBe(code);
  });

  it('should place the error at the offending link', () => {
    try {
      parseSurvey(`${table}| X | ● |\n\n### 2. Pre-Training\n- **X** [[docs](ftp://x.example/)]\n`, { file: 'bad.md' });
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).diagnostic.place).toEqual({ file: 'bad.md', line: 6, column: 10 });
      expect((error as InputError).message).toMatch(/^bad\.md:6:10: error: .*ftp:.*Expected an absolute http/);
    }
  });
});

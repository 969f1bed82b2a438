// The prose around the table: the introduction, figures and their captions, bold-label notes and footnote definitions.
import { describe, expect, it } from 'vitest';
import { parseSurvey } from '../../src/parse/parse-survey.js';

const TABLE = ['| Project | Compute | Security Assumption |', '|---|---|---|', '| [A](https://a.example/) | ●[^1] | ZKP + FHE[^3] |'];

describe('parseSurvey: the prose of a survey', () => {
  const survey = parseSurvey(
    [
      '# ✨ SoK: A survey', // 1
      '',
      'First paragraph of the introduction,', // 3
      'on two lines.',
      '',
      '![Figure1](assets/figure1.png)', // 6
      '**Figure 1: In the same paragraph.**',
      '',
      '![Figure2](https://example.org/f2.png)', // 9
      '',
      '*Figure 2: a caption in a paragraph of its own.*', // 11
      '',
      'Second paragraph.', // 13
      '',
      '## Table of contents', // 15
      '',
      'Not the introduction any more.', // 17
      '',
      ...TABLE, // 19–21
      '',
      '**Decentralization:** the colon inside the bold.', // 23
      '',
      '**FHE**: Fully Homomorphic Encryption.', // 25
      '',
      '**A bold sentence without a colon.**', // 27
      '',
      '[^1]: A footnote', // 29
      '    on two lines.',
      '',
    ].join('\n'),
    { file: 'prose.md' },
  );

  it('should read the introduction (not its figures) as the abstract', () => {
    expect(survey.abstract).toEqual({ line: 3, column: 1, text: 'First paragraph of the introduction, on two lines.\n\nSecond paragraph.' });
  });

  it('should read each figure with its path, alt text and caption, in the same paragraph or the next', () => {
    expect(survey.figures).toEqual([
      { line: 6, column: 1, path: 'assets/figure1.png', alt: 'Figure1', caption: 'Figure 1: In the same paragraph.' },
      { line: 9, column: 1, path: 'https://example.org/f2.png', alt: 'Figure2', caption: 'Figure 2: a caption in a paragraph of its own.' },
    ]);
  });

  it('should read bold-label notes under the table, with the colon inside or after the bold, and nothing else', () => {
    expect(survey.notes).toEqual([
      { line: 23, column: 1, label: 'Decentralization', text: 'the colon inside the bold.' },
      { line: 25, column: 1, label: 'FHE', text: 'Fully Homomorphic Encryption.' },
    ]);
  });

  it('should read footnote definitions, and keep the markers in cell text as written', () => {
    expect(survey.footnotes).toEqual([{ line: 29, column: 1, label: '1', text: 'A footnote on two lines.' }]);
    expect(survey.table.rows[0]?.cells.map((c) => c.text)).toEqual(['A', '●[^1]', 'ZKP + FHE[^3]']);
  });
});

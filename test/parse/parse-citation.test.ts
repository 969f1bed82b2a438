// Citations in the common styles → their parts, each expected value read off the text by hand.
import { describe, expect, it } from 'vitest';
import { type Citation, parseCitation } from '../../src/parse/parse-citation.js';
import { parseSurvey } from '../../src/parse/parse-survey.js';

const cases: ReadonlyArray<readonly [string, string, Citation]> = [
  [
    'IEEE journal article',
    'J. Smith, A. Lee, and B. Kim. IEEE Transactions on Information Theory, vol. 66, no. 3, pp. 1550–1562, 2020.',
    { authors: ['J. Smith', 'A. Lee', 'B. Kim'], etAl: false, venue: 'IEEE Transactions on Information Theory', volume: '66', issue: '3', pages: '1550–1562', year: '2020' },
  ],
  [
    'IEEE with the title repeated in quotes',
    'A. Vaswani et al., “Attention is all you need,” in Proc. NeurIPS, 2017, pp. 5998–6008.',
    { authors: ['A. Vaswani'], etAl: true, venue: 'Proc. NeurIPS', pages: '5998–6008', year: '2017' },
  ],
  [
    'ACM, year after the authors, place after the publisher, DOI link',
    "Martin Abadi, Andy Chu, and Ian Goodfellow. 2016. In Proceedings of the 2016 ACM SIGSAC Conference on Computer and Communications Security (CCS '16). ACM, New York, NY, USA, 308–318. https://doi.org/10.1145/2976749.2978318",
    {
      authors: ['Martin Abadi', 'Andy Chu', 'Ian Goodfellow'],
      etAl: false,
      venue: "Proceedings of the 2016 ACM SIGSAC Conference on Computer and Communications Security (CCS '16)",
      publisher: 'ACM',
      place: 'New York, NY, USA',
      pages: '308–318',
      year: '2016',
      doi: '10.1145/2976749.2978318',
    },
  ],
  [
    '"In Proceedings of …" with the year inside the proceedings',
    'H. Jia et al. In Proceedings of the 42nd IEEE Symposium on Security and Privacy, 2021, pp. 1039–1056.',
    { authors: ['H. Jia'], etAl: true, venue: 'Proceedings of the 42nd IEEE Symposium on Security and Privacy', pages: '1039–1056', year: '2021' },
  ],
  [
    'APA: surname first, year in parentheses, volume(issue)',
    'Smith, J., & Lee, B. (2020). Journal of Things, 3(2), 1–9.',
    { authors: ['Smith, J.', 'Lee, B.'], etAl: false, venue: 'Journal of Things', volume: '3', issue: '2', pages: '1–9', year: '2020' },
  ],
  [
    'a book with its publisher',
    'I. Goodfellow, Y. Bengio, and A. Courville. MIT Press, 2016.',
    { authors: ['I. Goodfellow', 'Y. Bengio', 'A. Courville'], etAl: false, publisher: 'MIT Press', year: '2016' },
  ],
  [
    'a book with edition, place and publisher',
    'R. S. Sutton and A. G. Barto. 2nd ed. Cambridge, MA: MIT Press, 2018.',
    { authors: ['R. S. Sutton', 'A. G. Barto'], etAl: false, edition: '2nd', place: 'Cambridge, MA', publisher: 'MIT Press', year: '2018' },
  ],
  [
    'an arXiv preprint',
    'R. Bommasani et al. arXiv preprint arXiv:2108.07258, 2021.',
    { authors: ['R. Bommasani'], etAl: true, venue: 'arXiv preprint', arxiv: '2108.07258', year: '2021' },
  ],
  ['a blog post', 'V. Buterin. Ethereum Blog, 2014.', { authors: ['V. Buterin'], etAl: false, venue: 'Ethereum Blog', year: '2014' }],
  ['a blog post with a link lead-in', 'D. Amodei and D. Hernandez. 2018. Available at:', { authors: ['D. Amodei', 'D. Hernandez'], etAl: false, year: '2018' }],
  ['a law', 'U.S. Congress. Public Law 104–191, 1996.', { authors: ['U.S. Congress'], etAl: false, venue: 'Public Law', number: '104–191', year: '1996' }],
  ['a venue and no authors', 'Proceedings of the Web Conference, 2020.', { authors: [], etAl: false, venue: 'Proceedings of the Web Conference', year: '2020' }],
  // Never a year from pages or a volume, even when they look like years.
  ['pages and a volume that look like years', 'J. Smith. Journal of X, vol. 2019, pp. 1999–2005.', { authors: ['J. Smith'], etAl: false, venue: 'Journal of X', volume: '2019', pages: '1999–2005' }],
  ['pages with no "pp." (ACM)', 'A. Lee. 2019. In Advances in Neural Information Processing Systems 32. 8024–8035.', { authors: ['A. Lee'], etAl: false, venue: 'Advances in Neural Information Processing Systems 32', pages: '8024–8035', year: '2019' }],
  ['"et al." before the year', 'A. Chowdhery et al., 2022.', { authors: ['A. Chowdhery'], etAl: true, year: '2022' }],
];

describe('parseCitation', () => {
  it.each(cases)('%s', (_style, text, expected) => {
    const { citation, problems } = parseCitation(text);
    expect(citation).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it('should report a part it cannot read, with its offset, and keep the rest', () => {
    const { citation, problems } = parseCitation('J. Smith. Some Venue, garbage xyz, 2020.');
    expect(citation).toEqual({ authors: ['J. Smith'], etAl: false, venue: 'Some Venue', year: '2020' });
    expect(problems).toEqual([{ offset: 22, text: 'garbage xyz' }]);
  });
});

describe('A paper entry with a part that cannot be read', () => {
  it('should warn at the part\'s line and column, and keep the raw citation', () => {
    const text = ['| Project | Compute |', '|---|---|', '| A | ● |', '', '### 2. Pre-Training', '#### 2.2. Compute', '##### 2.2.2. Academic Work', '- **A Title**. J. Smith. Some Venue, garbage xyz, 2020. [[paper](https://example.org/a.pdf)]', ''].join('\n');
    const survey = parseSurvey(text, { file: 'c.md' });
    expect(survey.diagnostics.map((d) => [d.code, d.place.line, d.place.column])).toEqual([['citation/unread', 8, 38]]);
    expect(survey.entries[0]).toMatchObject({ kind: 'paper', citationText: 'J. Smith. Some Venue, garbage xyz, 2020.' });
  });
});

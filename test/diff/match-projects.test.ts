import { describe, expect, it } from 'vitest';
import { matchProjects } from '../../src/diff/match-projects.js';
import type { ProjectIdentity } from '../../src/diff/project-identity.js';
import { parseNameVariants } from '../../src/resolve/name-variants.js';

const VARIANTS = parseNameVariants(
  JSON.stringify({ variants: [{ names: ['Numerai', 'Numeraire'] }], distinct: [{ names: ['Sahara', 'SaharaAI'] }], sharedHosts: ['github.com'] }),
  'v.json',
);
const p = (label: string, urls: string[] = [], altLabels: string[] = []): ProjectIdentity => ({ slug: label.toLowerCase().replace(/[^a-z0-9]+/g, '-'), label, altLabels, urls });
const pairs = (olds: ProjectIdentity[], news: ProjectIdentity[]) => {
  const m = matchProjects(olds, news, VARIANTS);
  return { pairs: m.pairs.map((x) => [x.from.label, x.to.label, x.match]), added: m.added.map((x) => x.label), removed: m.removed.map((x) => x.label) };
};

describe('matchProjects', () => {
  it('should pair the same name, a name-variants group, an affix word and a shared link, strongest first', () => {
    expect(
      pairs(
        [p('Bittensor'), p('Numerai'), p('FLock'), p('Gensyn', ['https://gensyn.ai/whitepaper.pdf'])],
        [p('bittensor'), p('Numeraire'), p('FLock.io'), p('Delphi', ['https://gensyn.ai/whitepaper.pdf'])],
      ),
    ).toEqual({
      pairs: [['Bittensor', 'bittensor', 'same'], ['Numerai', 'Numeraire', 'variants'], ['FLock', 'FLock.io', 'affix'], ['Gensyn', 'Delphi', 'link']],
      added: [],
      removed: [],
    });
  });

  it('should pair a project by a distinctive host, never by a shared one such as github.com', () => {
    expect(pairs([p('Alpha', ['https://alpha.example/a'])], [p('Omega', ['https://alpha.example/b'])]).pairs).toEqual([['Alpha', 'Omega', 'link']]);
    expect(pairs([p('Alpha', ['https://github.com/a'])], [p('Omega', ['https://github.com/b'])])).toEqual({ pairs: [], added: ['Omega'], removed: ['Alpha'] });
  });

  it('should pair by an earlier spelling kept as an alternative label', () => {
    expect(pairs([p('Render Network', [], ['RNDR'])], [p('RNDR')]).pairs).toEqual([['Render Network', 'RNDR', 'variants']]);
  });

  it('should leave two look-alike candidates unpaired rather than guess, and never pair names listed as distinct', () => {
    expect(pairs([p('Fetch'), p('Fetch Network')], [p('Fetch.AI')])).toEqual({ pairs: [], added: ['Fetch.AI'], removed: ['Fetch', 'Fetch Network'] });
    expect(pairs([p('Sahara')], [p('SaharaAI')])).toEqual({ pairs: [], added: ['SaharaAI'], removed: ['Sahara'] });
  });
});

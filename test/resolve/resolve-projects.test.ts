import { describe, expect, it } from 'vitest';
import { DiagnosticSink, InputError } from '../../src/errors.js';
import { parseSurvey } from '../../src/parse/parse-survey.js';
import { parseNameVariants } from '../../src/resolve/name-variants.js';
import { resolveProjects } from '../../src/resolve/resolve-projects.js';

const VARIANTS = parseNameVariants(JSON.stringify({ variants: [{ names: ['Numerai', 'Numeraire'] }], sharedHosts: ['github.com'] }), 'v.json');

function survey(rows: string[], entries: string[]): string {
  return ['| Project | Training | Security Assumption |', '|---|---|---|', ...rows, '', '### 3. On-training', '#### 3.1. Industry', ...entries, ''].join('\n');
}

function resolve(text: string) {
  const sink = new DiagnosticSink();
  const result = resolveProjects(parseSurvey(text, { file: 's.md' }), VARIANTS, sink);
  return { ...result, diagnostics: sink.diagnostics };
}

describe('resolveProjects', () => {
  it('should join a section entry to its table row by name, ignoring case and punctuation', () => {
    const { projects } = resolve(survey(['| [IO.NET](https://io.net/) | ● | Staking |'], ['- **io.net** [[docs](https://docs.io.net/)]']));
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ label: 'IO.NET', altLabels: [{ text: 'io.net', line: 7, column: 1, match: 'same' }], slug: 'io-net', sourceLine: 3 });
  });

  it('should join name variants from the data file, keeping the table name as label', () => {
    const { projects, diagnostics } = resolve(survey(['| [Numerai](https://numer.ai/) | ● | Staking |'], ['- **Numeraire** [[docs](https://docs.numer.ai/)]']));
    expect(projects.map((p) => [p.label, p.altLabels.map((a) => [a.text, a.match])])).toEqual([['Numerai', [['Numeraire', 'variants']]]]);
    expect(diagnostics).toEqual([]);
  });

  it('should join an unknown variant by a shared distinctive link host, with a warning naming the fix', () => {
    const { projects, diagnostics } = resolve(survey(['| [Acme Net](https://acme.example/wp.pdf) | ● | ? |'], ['- **Acme** [[docs](https://acme.example/docs)]']));
    expect(projects).toHaveLength(1);
    expect(projects[0]?.altLabels).toEqual([{ text: 'Acme', line: 7, column: 1, match: 'link' }]);
    expect(diagnostics.map((d) => [d.code, d.place.line])).toEqual([['resolve/by-link', 7]]);
    expect(diagnostics[0]?.expected).toContain('"names": ["Acme Net", "Acme"]');
  });

  it('should not join projects that only share a shared host such as github.com', () => {
    const { projects } = resolve(survey(['| [Alpha](https://github.com/alpha) | ● | ? |'], ['- **Beta** [[code](https://github.com/beta)]']));
    expect(projects.map((p) => p.label)).toEqual(['Alpha', 'Beta']);
  });

  it('should keep a section-only project with its entry line as source line', () => {
    const { projects } = resolve(survey(['| A | ● | ? |'], ['- **Morpheus** [[docs](https://mor.org/)]']));
    expect(projects[1]).toMatchObject({ label: 'Morpheus', sourceLine: 7, entries: [{ name: 'Morpheus' }] });
    expect(projects[1]?.row).toBeUndefined();
  });

  it('should refuse a duplicate table row, naming both lines', () => {
    try {
      resolve(survey(['| A | ● | ? |', '| a | ○ | ? |'], []));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).diagnostic).toMatchObject({ code: 'table/duplicate-project', place: { line: 4, column: 3 } });
      expect((error as InputError).message).toContain('line 3');
    }
  });
});

describe('parseNameVariants', () => {
  it('should report malformed JSON with its line and column', () => {
    try {
      parseNameVariants('{\n  "variants": [\n    { "names": ["A", "B"] },\n  ]\n}', 'data/name-variants.json');
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).diagnostic).toMatchObject({ code: 'variants/json', place: { file: 'data/name-variants.json', line: 4 } });
    }
  });

  it('should refuse a name placed in two groups', () => {
    expect(() => parseNameVariants(JSON.stringify({ variants: [{ names: ['A', 'B'] }, { names: ['b', 'C'] }] }), 'v.json')).toThrow(InputError);
  });
});

describe('resolveProjects: names that differ by affix words', () => {
  it.each([
    ['Fetch AI', 'Fetch'],
    ['Fetch.AI', 'Fetch'],
    ['FLock.io', 'FLock'],
    ['Immutable Labs', 'Immutable'],
    ['OORT Storage', 'OORT'],
    ['Render Network', 'Render'],
    ['Ocean Protocol', 'Ocean'],
    ['Balance DAO', 'Balance AI'],
    ['SaharaAI', 'Sahara'],
    ['Akash', 'Akash Network'],
  ])('should join the table\'s "%s" and the section\'s "%s", warning with both lines', (table, section) => {
    const { projects, diagnostics } = resolve(survey([`| ${table} | ● | ? |`], [`- **${section}** [[docs](https://docs.example.org/${table.length})]`]));
    expect(projects.map((p) => [p.label, p.altLabels.map((a) => [a.text, a.match])])).toEqual([[table, [[section, 'affix']]]]);
    expect(diagnostics.map((d) => [d.code, d.place.line])).toEqual([['resolve/name-variant', 7]]);
    expect(diagnostics[0]?.message).toContain('(line 7)');
    expect(diagnostics[0]?.message).toContain('(line 3)');
  });

  it('should not join names that only share a word ("Alpha Network" is not "Alphabet")', () => {
    const { projects } = resolve(survey(['| Alpha Network | ● | ? |'], ['- **Alphabet** [[docs](https://abc.example/)]']));
    expect(projects.map((p) => p.label)).toEqual(['Alpha Network', 'Alphabet']);
  });

  it('should report an entry that could be several projects, and join none', () => {
    const { projects, diagnostics } = resolve(survey(['| Nova AI | ● | ? |', '| Nova Labs | ○ | ? |'], ['- **Nova** [[docs](https://nova.example/)]']));
    expect(projects.map((p) => p.label)).toEqual(['Nova AI', 'Nova Labs', 'Nova']);
    expect(diagnostics.map((d) => [d.code, d.place.line])).toEqual([['resolve/ambiguous', 8]]);
    expect(diagnostics[0]?.message).toContain('"Nova AI" (line 3), "Nova Labs" (line 4)');
  });

  it('should let a shared link decide between several projects of the same name', () => {
    const { projects } = resolve(survey(['| [Nova AI](https://nova.ai/wp.pdf) | ● | ? |', '| [Nova Labs](https://novalabs.example/) | ○ | ? |'], ['- **Nova** [[whitepaper](https://nova.ai/wp.pdf)]']));
    expect(projects.map((p) => [p.label, p.altLabels.map((a) => a.match)])).toEqual([['Nova AI', ['link']], ['Nova Labs', []]]);
  });

  it('should keep names apart that data/name-variants.json lists as distinct', () => {
    const variants = parseNameVariants(JSON.stringify({ variants: [], distinct: [{ names: ['Render Network', 'Render'] }], sharedHosts: [] }), 'v.json');
    const parsed = parseSurvey(survey(['| Render Network | ● | ? |'], ['- **Render** [[docs](https://render.example/)]']), { file: 's.md' });
    const { projects } = resolveProjects(parsed, variants, new DiagnosticSink());
    expect(projects.map((p) => p.label)).toEqual(['Render Network', 'Render']);
  });
});

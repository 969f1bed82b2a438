// Properties: however the survey is mutated (lines dropped, duplicated, swapped, cut short, characters inserted),
// building and linting it either succeed or throw InputError (exit 2 with a place) — never another exception —
// and whatever builds conforms to the SHACL shapes. Set FC_SEED / FC_RUNS to explore further.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, bundledOntology, bundledVariants, InputError, lintSurvey, validateGraph } from '../../src/index.js';
import { SEED } from '../helpers/seed.js';

const LINES = SEED.split('\n');
// Characters that mean something in markdown tables, links and the survey's marks, and some that never should be there.
const NOISE = fc.constantFrom(
  '|', '||', '[', ']', '(', ')', '**', '#', '- ', '\n', '●', '◑', '○', '?', 'X', ' ', '\t', '\\', '`', '<', '>', '&', '[^1]', '\u0000', '\uFFFD', 'é', '😀',
  '| ● ', '### 5. New stage\n', '#### 4.4. Agents\n', '- **Zed** [[docs](https://zed.example/)]\n', '- **A title**. A. Author. Venue, 2020. [[paper](https://p.example/)]\n',
);

type Mutation = (lines: string[]) => string[];
const at = (lines: string[], i: number): number => i % Math.max(lines.length, 1);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (l) => l.filter((_, j) => j !== at(l, i))),
  fc.nat().map((i): Mutation => (l) => [...l.slice(0, at(l, i) + 1), l[at(l, i)] ?? '', ...l.slice(at(l, i) + 1)]),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (l) => {
    const copy = [...l];
    const [a, b] = [at(l, i), at(l, j)];
    [copy[a], copy[b]] = [copy[b] ?? '', copy[a] ?? ''];
    return copy;
  }),
  fc.tuple(fc.nat(), fc.nat(), NOISE).map(([i, c, noise]): Mutation => (l) => {
    const copy = [...l];
    const line = copy[at(l, i)] ?? '';
    const col = c % (line.length + 1);
    copy[at(l, i)] = line.slice(0, col) + noise + line.slice(col);
    return copy;
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(20)).map(([i, c, n]): Mutation => (l) => {
    const copy = [...l];
    const line = copy[at(l, i)] ?? '';
    const col = c % (line.length + 1);
    copy[at(l, i)] = line.slice(0, col) + line.slice(col + n);
    return copy;
  }),
  fc.nat().map((cut): Mutation => (l) => l.join('\n').slice(0, cut % (SEED.length + 1)).split('\n')),
);

function outcome(run: () => unknown): 'ok' | 'input-error' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.diagnostic.place.line).toBeGreaterThanOrEqual(1);
      expect(error.diagnostic.place.column).toBeGreaterThanOrEqual(1);
      return 'input-error';
    }
    throw error;
  }
}

describe('A mutated survey (fast-check)', () => {
  it('never makes build or lint throw anything but an InputError with a place', () => {
    const options = { ontology: bundledOntology(), variants: bundledVariants(), file: 'mutated.md' };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const text = mutations.reduce((lines, m) => m(lines), LINES).join('\n');
        outcome(() => buildGraph(text, { file: 'mutated.md' }));
        outcome(() => lintSurvey(text, options));
      }),
      { seed: Number(process.env.FC_SEED ?? 20_251_125), numRuns: Number(process.env.FC_RUNS ?? 50) },
    );
  }, 120_000);

  it('builds graphs that conform to the SHACL shapes whenever it builds at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const text = mutations.reduce((lines, m) => m(lines), LINES).join('\n');
        let graph;
        try {
          graph = buildGraph(text, { file: 'mutated.md' });
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        expect((await validateGraph(graph)).violations).toEqual([]);
      }),
      { seed: Number(process.env.FC_SEED ?? 20_251_126), numRuns: Number(process.env.FC_RUNS ?? 15) },
    );
  }, 120_000);
});

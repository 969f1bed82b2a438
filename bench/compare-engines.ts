// Conformance: Comunica and Oxigraph must give the same answers to every competency question.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/compare-engines.js [N]
//
// Without N the bundled survey is used; with N a synthetic survey of N projects. Exits 1 on any difference.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createEngine } from '../src/sparql/query-graph.js';
import type { SparqlEngine } from '../src/sparql/sparql-engine.js';
import { compareResults, type Comparison } from './compare-results.js';
import { createComunicaEngine } from './engines/comunica-engine.js';
import { competencyQueries, queryQuads, SURVEY_FILE, surveyGraph } from './survey-graph.js';
import { syntheticSurvey } from './synthetic-survey.js';

export interface QueryComparison extends Comparison {
  readonly query: string;
}

export async function compareEngines(first: SparqlEngine, second: SparqlEngine): Promise<QueryComparison[]> {
  const out: QueryComparison[] = [];
  for (const { name, sparql } of competencyQueries()) {
    const [a, b] = [await first.query(sparql), await second.query(sparql)];
    out.push({ query: name, ...compareResults(sparql, a, b) });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  const markdown = n === undefined ? readFileSync(SURVEY_FILE, 'utf8') : syntheticSurvey(n);
  const quads = queryQuads(surveyGraph(markdown, n === undefined ? 'data/sok-deai-README.md' : `synthetic-${n}.md`));
  const results = await compareEngines(createEngine(quads), createComunicaEngine(quads));
  for (const r of results) {
    const verdict = r.same
      ? r.sameOrder
        ? 'same (same order)'
        : 'same rows (order differs)'
      : r.sameButGroupConcatLanguage
        ? 'same except the language tag of GROUP_CONCAT cells'
        : 'DIFFERENT';
    console.log(`${r.query.padEnd(28)} ${String(r.rows[0]).padStart(6)} ${String(r.rows[1]).padStart(6)}  ${verdict}`);
    for (const d of r.differences) console.log(`    ${d}`);
  }
  const bad = results.filter((r) => !r.same && !r.sameButGroupConcatLanguage).length;
  const lang = results.filter((r) => r.sameButGroupConcatLanguage).length;
  console.log(`${results.filter((r) => r.same).length} of ${results.length} queries give identical answers (oxigraph vs comunica); ${lang} differ only in GROUP_CONCAT language tags; ${bad} differ otherwise`);
  process.exitCode = bad ? 1 : 0;
}

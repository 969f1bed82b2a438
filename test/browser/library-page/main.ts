// Builds the survey graph and runs SPARQL entirely in the browser, through the package's browser entry.
import survey from '../../../data/sok-deai-README.md?raw';
import variants from '../../../data/name-variants.json?raw';
import ontology from '../../../ontology/deai.ttl?raw';
import sectionOnly from '../../../queries/section-only-projects.rq?raw';
import { buildGraph, graphToTable, query } from 'deai-kg';

const out = document.getElementById('out') as HTMLElement;
try {
  const graph = buildGraph(survey, { ontology, variants, file: 'sok-deai-README.md' });
  const result = await query(graph, sectionOnly);
  const table = await graphToTable(graph);
  const rows = result.type === 'bindings' ? result.rows.map((r) => [r.project?.value, r.listedUnder?.value, r.line?.value]) : [];
  out.textContent = JSON.stringify({ triples: graph.quads.length, rows, tableRows: table.rows.length, firstRow: table.rows[0]?.[0] });
  document.body.dataset.status = 'done';
} catch (error) {
  out.textContent = String((error as Error)?.stack ?? error);
  document.body.dataset.status = 'error';
}

// The overview table rebuilt from the graph by SPARQL (not by echoing the input): header, rows, cells.
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Bindings, QueryResult, SparqlEngine } from '../sparql/sparql-engine.js';
import { query } from '../sparql/query-graph.js';
import { DEAI, RDFS, SKOS } from '../vocab/namespaces.js';

export interface TableModel {
  readonly header: readonly string[];
  /** Cells as markdown source text: the name cell is "[Name](url)" when the table linked it. */
  readonly rows: readonly (readonly string[])[];
}

const PROLOGUE = `PREFIX deai: <${DEAI.iri}>\nPREFIX rdfs: <${RDFS.iri}>\nPREFIX skos: <${SKOS.iri}>\n`;

// A header, name or mark written with more than its label (a footnote marker: "Decentralization[^2]") keeps that
// text in deai:sourceText, so the table comes back as the survey wrote it.
const COLUMNS = `${PROLOGUE}SELECT ?index ?header ?for WHERE {
  ?column a deai:TableColumn ; deai:columnIndex ?index ; rdfs:label ?label ; deai:columnFor ?for .
  OPTIONAL { ?column deai:sourceText ?written }
  BIND(COALESCE(?written, ?label) AS ?header)
} ORDER BY ?index`;

const ROWS = `${PROLOGUE}SELECT DISTINCT ?project ?line ?name ?reference WHERE {
  ?project a deai:Project ; rdfs:label ?label ; deai:sourceLine ?line .
  FILTER EXISTS { ?project deai:assessment ?any }
  OPTIONAL { ?project deai:sourceText ?written }
  BIND(COALESCE(?written, ?label) AS ?name)
  OPTIONAL { ?project deai:reference ?reference }
} ORDER BY ?line`;

const MARKS = `${PROLOGUE}SELECT ?project ?index ?mark WHERE {
  ?project deai:assessment ?assessment .
  ?assessment deai:column/deai:columnIndex ?index ; deai:level/skos:notation ?notation .
  OPTIONAL { ?assessment deai:sourceText ?written }
  BIND(COALESCE(?written, ?notation) AS ?mark)
}`;

/** Free-text columns: whatever literal the column's property holds (the assumption text, minted columns). */
const TEXTS = `${PROLOGUE}SELECT ?project ?index ?text WHERE {
  ?column a deai:TableColumn ; deai:columnIndex ?index ; deai:columnFor ?property .
  ?project a deai:Project ; ?property ?text .
  FILTER(isLiteral(?text))
}`;

export function graphToTable(graph: KnowledgeGraph): Promise<TableModel> {
  return engineToTable({ query: (sparql) => query(graph, sparql) });
}

/** The same from any engine holding the graph and the ontology (a remote store that deai-kg push --with-ontology filled). */
export async function engineToTable(engine: Pick<SparqlEngine, 'query'>): Promise<TableModel> {
  const run = async (sparql: string): Promise<readonly Bindings[]> => bindings(await engine.query(sparql));
  const [columns, rows, marks, texts] = await Promise.all([run(COLUMNS), run(ROWS), run(MARKS), run(TEXTS)]);
  const header = columns.map((c) => value(c, 'header'));
  const nameIndex = columns.findIndex((c) => value(c, 'for') === DEAI('Project'));
  const cells = new Map<string, string>();
  for (const b of [...marks, ...texts]) cells.set(`${value(b, 'project')} ${value(b, 'index')}`, value(b, 'mark') || value(b, 'text'));
  const body = rows.map((row) => {
    const project = value(row, 'project');
    return columns.map((column, i) => {
      if (i === nameIndex) return nameCell(value(row, 'name'), value(row, 'reference'));
      return cells.get(`${project} ${value(column, 'index')}`) ?? '';
    });
  });
  return { header, rows: body };
}

function bindings(result: QueryResult): readonly Bindings[] {
  if (result.type !== 'bindings') throw new Error('The table queries are SELECT queries');
  return result.rows;
}

function value(b: Bindings, name: string): string {
  return b[name]?.value ?? '';
}

function nameCell(name: string, reference: string): string {
  const label = name.replace(/[[\]\\]/g, (c) => `\\${c}`);
  if (!reference) return label;
  const url = /[\s<>]/.test(reference) ? `<${reference}>` : reference;
  return `[${label}](${url})`;
}

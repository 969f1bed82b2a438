// graphology → Neo4j CSV: neo4j-admin's header conventions, labels and types from the projection, a matching LOAD CSV script.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { nodeLabel, relationshipType } from '../../src/export/neo4j-schema.js';
import { graphologyToNeo4jCsv } from '../../src/export/to-neo4j-csv.js';
import { graphToGraphology } from '../../src/projection/graph-to-graphology.js';
import { seedGraph } from '../helpers/seed.js';

describe('graphologyToNeo4jCsv', () => {
  const graph = graphToGraphology(seedGraph());
  const files = graphologyToNeo4jCsv(graph);
  const lines = (name: keyof typeof files) => files[name].split('\r\n').filter(Boolean);

  it('should name node labels after the classes and relationship types in upper snake case', () => {
    expect(['project', 'stage', 'capability', 'assumption', 'paper'].map(nodeLabel)).toEqual(['Project', 'LifecycleStage', 'Capability', 'SecurityAssumption', 'Paper']);
    expect(['coversStage', 'hasCapability', 'reliesOn', 'listedUnder', 'broader'].map(relationshipType)).toEqual([
      'COVERS_STAGE', 'HAS_CAPABILITY', 'RELIES_ON', 'LISTED_UNDER', 'BROADER',
    ]);
  });

  it("should write neo4j-admin's headers: iri:ID … :LABEL and :START_ID,:END_ID,:TYPE, typed columns", () => {
    const header = (lines('nodes.csv')[0] as string).split(',');
    expect(header[0]).toBe('iri:ID');
    expect(header.at(-1)).toBe(':LABEL');
    expect(header).toEqual(expect.arrayContaining(['label', 'type', 'sourceLine:int', 'x:double', 'y:double', 'size:double']));
    expect(lines('relationships.csv')[0]).toBe(':START_ID,:END_ID,:TYPE,predicate,certainty,level');
  });

  it('should write one line per node and per edge, with CRLF line ends', () => {
    expect(lines('nodes.csv')).toHaveLength(graph.order + 1);
    expect(lines('relationships.csv')).toHaveLength(graph.size + 1);
    expect(files['nodes.csv'].endsWith('\r\n')).toBe(true);
    expect(files['nodes.csv'].replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('should write a LOAD CSV statement per label and per relationship type, matching through a uniqueness constraint', () => {
    const script = files['load.cypher'];
    for (const label of ['Project', 'LifecycleStage', 'Capability', 'SecurityAssumption']) {
      expect(script).toContain(`CREATE CONSTRAINT ${label}_iri IF NOT EXISTS FOR (n:${label}) REQUIRE n.iri IS UNIQUE;`);
      expect(script).toContain(`WITH row WHERE row.\`:LABEL\` = '${label}'\nCREATE (n:${label} {iri: row.\`iri:ID\`})`);
    }
    expect(script).toContain("WITH row WHERE row.`:TYPE` = 'COVERS_STAGE'\nMATCH (a:Project {iri: row.`:START_ID`})\nMATCH (b:LifecycleStage {iri: row.`:END_ID`})\nCREATE (a)-[r:COVERS_STAGE]->(b)");
    expect(script).toContain('n.sourceLine = toInteger(row.`sourceLine:int`)');
    expect(script).toContain("LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row");
  });

  it("should write alternative names as a string[] column, items joined by neo4j-admin's array delimiter ';'", () => {
    const header = (lines('nodes.csv')[0] as string).split(',');
    expect(header).toContain('altLabels:string[]');
    const numerai = lines('nodes.csv').find((l) => l.startsWith('https://w3id.org/deai/project/numerai,')) as string;
    expect(numerai.split(',')[header.indexOf('altLabels:string[]')]).toBe('Numeraire');
    const zkp = lines('nodes.csv').find((l) => l.startsWith('https://w3id.org/deai/ontology#ZeroKnowledgeProof,')) as string;
    expect(zkp.split(',')[header.indexOf('altLabels:string[]')]).toBe('ZKP;zk-proof;zkML');
    expect(files['load.cypher']).toContain(`n.altLabels = split(CASE WHEN row.\`altLabels:string[]\` STARTS WITH "'" THEN substring(row.\`altLabels:string[]\`, 1) ELSE row.\`altLabels:string[]\` END, ';')`);
  });

  it('should pick another array delimiter, and say so in load.cypher, when a name holds a ";"', () => {
    const g = new MultiDirectedGraph();
    g.addNode('https://x.org/a', { type: 'project', label: 'A', altLabels: 'semi;colon | plain' });
    const out = graphologyToNeo4jCsv(g);
    expect(out['nodes.csv'].split('\r\n')[1]).toBe('https://x.org/a,A,project,semi;colon|plain,Project');
    expect(out['load.cypher']).toContain(`split(CASE WHEN row.\`altLabels:string[]\` STARTS WITH "'" THEN substring(row.\`altLabels:string[]\`, 1) ELSE row.\`altLabels:string[]\` END, '|')`);
    expect(out['load.cypher']).toContain('--array-delimiter="|"');
  });

  it('should quote names in Cypher and CSV whatever they hold', () => {
    const g = new MultiDirectedGraph();
    g.addNode('https://x.org/a', { type: "odd'type", label: 'a,"b"\nc' });
    g.addNode('https://x.org/b', { type: 'project', label: 'b' });
    g.addDirectedEdge('https://x.org/a', 'https://x.org/b', { relation: 'weird relation`x' });
    const out = graphologyToNeo4jCsv(g);
    expect(out['nodes.csv']).toContain('"a,""b""\nc"');
    expect(out['load.cypher']).toContain("row.`:LABEL` = 'Odd\\'type'");
    expect(out['load.cypher']).toContain('(n:`Odd\'type` {');
    expect(out['relationships.csv']).toContain(',WEIRD_RELATION_X');
  });
});

import { it } from 'vitest';
import { sparqlTokens } from '../../src/sparql/sparql-tokens.js';
it('scratch', () => {
  for (const q of ['PREFIX foo: <http://x/>\nSELECT ?x WHERE { ?x a foo:Bar, :b ; <http://a> "x\\"y"@en-GB . FILTER(?x < 3 && ?y >= -1.5e3) } # c\nLIMIT 3', 'SELECT ?x WHERE { ?x ?p "abc }', 'ASK { ?x <http://a b> ?o } VALUES ?x { _:b1 }', "SELECT * { ?s ex:a\\.b.c ?o }"]) {
    console.log(sparqlTokens(q).map((t) => `${t.type}:${t.text}@${t.offset}`).join('  '));
  }
});

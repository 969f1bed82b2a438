// SPARQL Update is refused by every engine here before anything runs (in-process the graph is read-only; a remote
// store is only asked questions), with the place of the update's first keyword.
import { sourceExcerpt } from '../errors.js';
import { queryForm } from './query-form.js';
import { QuerySyntaxError } from './sparql-engine.js';
import { placeOf, sparqlTokens } from './sparql-tokens.js';

const UPDATE_WORDS = new Set(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'DROP', 'CREATE', 'ADD', 'MOVE', 'COPY', 'WITH']);

/** Throws QuerySyntaxError (sparql/update-refused) for an update; `why` ends the message ("the graph is read-only here"). */
export function refuseUpdates(sparql: string, why = 'the graph is read-only here'): void {
  if (queryForm(sparql) !== 'UPDATE') return;
  const keyword = sparqlTokens(sparql).find((t) => t.type === 'word' && UPDATE_WORDS.has(t.text.toUpperCase()));
  const { line, column } = placeOf(sparql, keyword?.offset ?? 0);
  throw new QuerySyntaxError({
    code: 'sparql/update-refused',
    what: `SPARQL Update (${keyword?.text.toUpperCase() ?? 'an update'}) is not accepted: ${why}`,
    expected: 'a query: SELECT, ASK, CONSTRUCT or DESCRIBE',
    line,
    column,
    excerpt: sourceExcerpt(sparql, line, column, keyword?.text.length ?? 1),
  });
}

// SPARQL 1.1 Protocol requests → the query they carry, or a refusal with the status the protocol implies.
import { describe, expect, it } from 'vitest';
import { requestToAction } from '../../src/serve/sparql-request.js';

const at = (query: string): URL => new URL(`http://127.0.0.1/sparql${query}`);
const get = (query: string) => requestToAction({ method: 'GET', url: at(query), contentType: undefined, body: '' });
const post = (contentType: string | undefined, body: string, query = '') => requestToAction({ method: 'POST', url: at(query), contentType, body });

describe('A SPARQL protocol request', () => {
  it('carries its query in ?query= (GET), a form (POST) or the body (application/sparql-query)', () => {
    expect(get('?query=ASK%20%7B%7D')).toEqual({ type: 'query', sparql: 'ASK {}', format: undefined });
    expect(post('application/x-www-form-urlencoded; charset=UTF-8', 'query=ASK+%7B%7D&format=json')).toEqual({ type: 'query', sparql: 'ASK {}', format: 'json' });
    expect(post('application/sparql-query', 'ASK {}', '?output=xml')).toEqual({ type: 'query', sparql: 'ASK {}', format: 'xml' });
  });

  it('refuses updates with 403, however they come', () => {
    for (const action of [
      get('?update=DROP%20ALL'),
      post('application/x-www-form-urlencoded', 'update=DROP+ALL'),
      post('application/sparql-update', 'DROP ALL'),
      get('?query=INSERT%20DATA%20%7B%3Ca%3A1%3E%20%3Ca%3A2%3E%20%3Ca%3A3%3E%7D'),
      post('application/sparql-query', 'PREFIX ask: <x:> DELETE WHERE { ?s ?p ?o }'),
    ]) {
      expect(action).toMatchObject({ type: 'refuse', status: 403 });
    }
  });

  it('answers GET without a query with the endpoint page, and refuses what the protocol does not allow', () => {
    expect(get('')).toEqual({ type: 'describe-endpoint' });
    expect(post('text/plain', 'ASK {}')).toMatchObject({ type: 'refuse', status: 415 });
    expect(post('application/x-www-form-urlencoded', 'format=json')).toMatchObject({ type: 'refuse', status: 400 });
    expect(get('?query=ASK%7B%7D&query=ASK%7B%7D')).toMatchObject({ type: 'refuse', status: 400 });
    // A blank query goes on to the engine, which says so with its place, as it does in the CLI.
    expect(get('?query=%20')).toEqual({ type: 'query', sparql: ' ', format: undefined });
    expect(get('?query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fx')).toMatchObject({ type: 'refuse', status: 400 });
    expect(get('?query=ASK%7B%7D&default-graph-uri=')).toMatchObject({ type: 'query' });
    expect(requestToAction({ method: 'PUT', url: at(''), contentType: undefined, body: '' })).toMatchObject({ type: 'refuse', status: 405, allow: 'GET, HEAD, POST, OPTIONS' });
  });
});

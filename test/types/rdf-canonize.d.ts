// rdf-canonize ships no types; the tests use only canonize() on N-Quads text.
declare module 'rdf-canonize' {
  const canonize: {
    canonize(input: string, options: { algorithm: 'RDFC-1.0' | 'URDNA2015'; inputFormat?: 'application/n-quads' }): Promise<string>;
  };
  export default canonize;
}

// RDF files → quads, the format chosen by file extension; parse errors carry file and line.
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { InputError } from '../errors.js';

const N3_FORMATS: Record<string, string> = {
  ttl: 'text/turtle',
  turtle: 'text/turtle',
  nt: 'application/n-triples',
  nq: 'application/n-quads',
  trig: 'application/trig',
  n3: 'text/n3',
};

export const READABLE_EXTENSIONS = [...Object.keys(N3_FORMATS), 'jsonld', 'json'];

export async function readRdfFile(path: string): Promise<Quad[]> {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail(path, 1, `Cannot read the file: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, 'a readable RDF file');
  }
  const format = N3_FORMATS[extension];
  if (format) {
    try {
      return new Parser({ format }).parse(text);
    } catch (error) {
      const message = (error as Error).message;
      return fail(path, Number(/on line (\d+)/.exec(message)?.[1] ?? 1), message, `valid ${format}`);
    }
  }
  if (extension === 'jsonld' || extension === 'json') {
    try {
      const documentLoader = async (url: string): Promise<never> => {
        throw new Error(`remote context ${url} is not fetched; embed the context`);
      };
      const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
      return new Parser({ format: 'application/n-quads' }).parse(nquads);
    } catch (error) {
      return fail(path, 1, (error as Error).message, 'a JSON-LD document with an embedded context');
    }
  }
  return fail(path, 1, `Unknown RDF file extension ".${extension}"`, `one of ${READABLE_EXTENSIONS.map((e) => `.${e}`).join(', ')}`);
}

function fail(file: string, line: number, message: string, expected: string): never {
  throw new InputError({ severity: 'error', code: 'rdf/unreadable', place: { file, line, column: 1 }, message, expected });
}

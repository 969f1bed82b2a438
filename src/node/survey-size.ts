// How long a survey file is, and how long one may be for the steps that hold the whole graph in memory (the SHACL
// check, framed JSON-LD, RDF/XML, the graph formats): past that they refuse at once with a clear message, where they
// would otherwise run out of memory minutes later. Building and the streamed exports have no such limit.
import { statSync } from 'node:fs';

/** 8 MB of survey is about 35k projects, 5M triples: what fits the default V8 heap as quads with room to spare. */
export const IN_MEMORY_SURVEY_BYTES = 8 << 20;

/**
 * `site` holds more per project than the quads (the viewer's layout, the pages' index): 10k projects (2.3 MB) peak
 * at 1.45 GB RSS. 4 MB (about 17k projects) keeps well inside the default heap; larger sites were not measured.
 */
export const SITE_SURVEY_BYTES = 4 << 20;

/** Bytes of survey per project (the synthetic surveys of bench/synthetic-survey.ts: 2.35 MB for 10k). */
const BYTES_PER_PROJECT = 240;

/** The file's size in bytes, or 0 when it cannot be read (reading it then gives the error). */
export function surveySize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** "12 MB (beyond 8 MB, about 35k projects)" */
export function beyondInMemory(size: number, limit = IN_MEMORY_SURVEY_BYTES): string {
  return `${(size / (1 << 20)).toFixed(0)} MB (beyond ${limit >> 20} MB, about ${Math.round(limit / BYTES_PER_PROJECT / 1000)}k projects)`;
}

// The formats `deai-kg build` streams to disk, and their file names: a list apart from the writers, so the CLI can
// offer them without loading N3.js and the JSON-LD writer.

export const STREAM_FORMATS = ['ttl', 'nt', 'jsonld'] as const;
export type StreamFormat = (typeof STREAM_FORMATS)[number];

/** The file each format is written to by `deai-kg build`. */
export const STREAM_FILES: Readonly<Record<StreamFormat, string>> = { ttl: 'deai.ttl', nt: 'deai.nt', jsonld: 'deai.jsonld' };

// A named competency question: a .rq file whose first comment states the question in English.

export interface NamedQuery {
  /** File name without ".rq", e.g. "projects-per-stage". */
  readonly name: string;
  /** The question, from the leading "# Question: …" comment. */
  readonly question: string;
  readonly sparql: string;
}

export function rqToNamedQuery(name: string, sparql: string): NamedQuery {
  const comment = /^#\s*(?:Question:\s*)?(.+)$/m.exec(sparql);
  return { name, question: comment?.[1]?.trim() ?? name, sparql };
}

// A named competency question: a .rq file whose first comment states the question in English.
export function rqToNamedQuery(name, sparql) {
    const comment = /^#\s*(?:Question:\s*)?(.+)$/m.exec(sparql);
    return { name, question: comment?.[1]?.trim() ?? name, sparql };
}

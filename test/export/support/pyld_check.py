#!/usr/bin/python3
"""pyld turns deai-kg's JSON-LD forms into RDF (fetching nothing) and rdflib compares them with deai.ttl.

usage: pyld_check.py REFERENCE.ttl COMPACTED.jsonld EXPANDED.jsonld FRAMED.jsonld
Prints one JSON document:
  compacted / expanded: triples, isomorphic (to REFERENCE)
  same_triples: compacted and expanded give isomorphic graphs
  framed: triples, top_level (objects in @graph), top_level_projects (of those, typed deai:Project),
          embedded_assessments (assessment values that are objects, not references),
          isomorphic_to_project_view: the framed triples are exactly REFERENCE's triples whose subject is a
          deai:Project, or an object of deai:assessment / deai:listing of one
  fetched: every URL any document tried to load (must stay empty)
"""
import json
import sys

from pyld import jsonld
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

DEAI = "https://w3id.org/deai/ontology#"
fetched = []


def refuse(url, options=None):
    fetched.append(url)
    raise RuntimeError("no network: tried to load " + url)


def to_graph(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": refuse})
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return doc, g


def project_view(reference):
    projects = set(reference.subjects(RDF.type, URIRef(DEAI + "Project")))
    parts = {o for p in projects for prop in ("assessment", "listing") for o in reference.objects(p, URIRef(DEAI + prop))}
    view = Graph()
    for s, p, o in reference:
        if s in projects or s in parts:
            view.add((s, p, o))
    return view


def main(argv):
    reference = Graph().parse(argv[1], format="turtle")
    _, compacted = to_graph(argv[2])
    _, expanded = to_graph(argv[3])
    framed_doc, framed = to_graph(argv[4])
    top = framed_doc.get("@graph", [framed_doc])
    embedded = sum(1 for node in top for value in node.get("assessment", []) if isinstance(value, dict))
    print(json.dumps({
        "compacted": {"triples": len(compacted), "isomorphic": isomorphic(compacted, reference)},
        "expanded": {"triples": len(expanded), "isomorphic": isomorphic(expanded, reference)},
        "same_triples": isomorphic(compacted, expanded),
        "framed": {
            "triples": len(framed),
            "top_level": len(top),
            "top_level_projects": sum(1 for node in top if node.get("type") == "deai:Project"),
            "embedded_assessments": embedded,
            "isomorphic_to_project_view": isomorphic(framed, project_view(reference)),
        },
        "fetched": fetched,
    }))


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/python3
"""Python rdflib reads deai-kg's RDF exports and compares each with the reference Turtle (deai.ttl).

usage: rdf_check.py BASE REFERENCE.ttl ONTOLOGY.ttl NAME=PATH ...
NAME is nt, ttl, rdfxml, jsonld, trig or nq, optionally with a suffix (jsonld.expanded). Prints one JSON document:
  single-graph formats: triples, isomorphic (to REFERENCE), project_labels
  trig / nq: graphs (named graph IRI -> triples), default (triples in the default graph),
             data_and_provenance_isomorphic (BASE graph/data + graph/provenance vs REFERENCE),
             ontology_isomorphic (BASE graph/ontology vs ONTOLOGY), project_labels
"""
import json
import sys

from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

DEAI = "https://w3id.org/deai/ontology#"
PARSERS = {"nt": "nt", "ttl": "turtle", "rdfxml": "xml", "jsonld": "json-ld", "trig": "trig", "nq": "nquads"}


def project_labels(graph):
    return sorted(str(label) for s in graph.subjects(RDF.type, URIRef(DEAI + "Project")) for label in graph.objects(s, RDFS.label))


def named_graphs(path, fmt):
    ds = Dataset()
    ds.parse(path, format=fmt)
    graphs, default = {}, 0
    for s, p, o, c in ds.quads((None, None, None, None)):
        name = str(c.identifier if hasattr(c, "identifier") else c) if c is not None else ""
        if name == str(ds.default_context.identifier) or name == "" or name.startswith("file:"):
            default += 1
            continue
        graphs.setdefault(name, Graph()).add((s, p, o))
    return graphs, default


def main(argv):
    base, reference_path, ontology_path = argv[1:4]
    reference = Graph().parse(reference_path, format="turtle")
    ontology = Graph().parse(ontology_path, format="turtle")
    out = {"reference": len(reference), "ontology": len(ontology), "files": {}}
    for arg in argv[4:]:
        name, path = arg.split("=", 1)
        fmt = name.split(".")[0]
        if fmt in ("trig", "nq"):
            graphs, default = named_graphs(path, PARSERS[fmt])
            union = Graph()
            for graph_name in (base + "graph/data", base + "graph/provenance"):
                for triple in graphs.get(graph_name, Graph()):
                    union.add(triple)
            everything = Graph()
            for g in graphs.values():
                for triple in g:
                    everything.add(triple)
            out["files"][name] = {
                "graphs": {graph_name: len(g) for graph_name, g in sorted(graphs.items())},
                "default": default,
                "data_and_provenance_isomorphic": isomorphic(union, reference),
                "ontology_isomorphic": isomorphic(graphs.get(base + "graph/ontology", Graph()), ontology),
                "project_labels": project_labels(everything),
            }
        else:
            g = Graph().parse(path, format=PARSERS[fmt])
            out["files"][name] = {"triples": len(g), "isomorphic": isomorphic(g, reference), "project_labels": project_labels(g)}
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)

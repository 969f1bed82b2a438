#!/usr/bin/python3
"""Python rdflib's triple count per graph for RDF files: what a store that loads them should hold.

usage: graph_counts.py FORMAT=PATH ...   (FORMAT: turtle, trig, nquads, xml, nt)
Prints one JSON document: {PATH: {GRAPH: triples}}; GRAPH is "" for the default graph of a file.
"""
import json
import sys

from rdflib import Dataset


def counts(path, fmt):
    ds = Dataset()
    ds.parse(path, format=fmt)
    found = {}
    default = str(ds.default_context.identifier)
    for _s, _p, _o, c in ds.quads((None, None, None, None)):
        name = str(c.identifier if hasattr(c, "identifier") else c) if c is not None else ""
        if name == default or name.startswith("file:"):
            name = ""
        found[name] = found.get(name, 0) + 1
    return found


print(json.dumps({path: counts(path, fmt) for fmt, path in (arg.split("=", 1) for arg in sys.argv[1:])}, sort_keys=True))

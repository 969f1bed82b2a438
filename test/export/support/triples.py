#!/usr/bin/python3
"""Python rdflib reads one RDF file and prints its triples as JSON: [[subject, predicate, object], ...], sorted.

usage: triples.py FILE FORMAT   (FORMAT: an rdflib parser name: turtle, nt, nquads, trig, json-ld, xml)
"""
import json
import sys

from rdflib import Dataset


def main(path, fmt):
    ds = Dataset()
    ds.parse(path, format=fmt)
    print(json.dumps(sorted([str(s), str(p), str(o)] for s, p, o, _ in ds.quads((None, None, None, None)))))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

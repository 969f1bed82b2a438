#!/usr/bin/python3
"""Python baseline for `deai-kg query`: rdflib reads the built Turtle (and the ontology) and answers a .rq file.

    /usr/bin/python3 bench/rdflib_query.py DATA.ttl ONTOLOGY.ttl QUERY.rq

Prints the answer as CSV rows (sorted), so the benchmark can check that both tools give the same answer. The whole
process is what is timed: Python's start, importing rdflib, parsing the Turtle and running the query, as a user
running the query from a shell pays it. Requires Debian's python3-rdflib.
"""

import csv
import sys

from rdflib import Graph

data, ontology, query_file = sys.argv[1:4]
graph = Graph()
graph.parse(data, format="turtle")
graph.parse(ontology, format="turtle")
with open(query_file, encoding="utf-8") as f:
    result = graph.query(f.read())
writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow([str(v) for v in result.vars])
for row in sorted(tuple("" if value is None else str(value) for value in row) for row in result):
    writer.writerow(row)

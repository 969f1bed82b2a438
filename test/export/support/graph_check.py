#!/usr/bin/python3
"""networkx and Python's json, csv and xml modules read deai-kg's graph exports; each becomes the same summary.

usage: graph_check.py GEXF GRAPHML CYJS CSV_DIR
Prints one JSON document with, per format: nodes [[iri, label, type], ...] and edges [[source iri, target iri,
relation], ...], both sorted, plus what only that format can get wrong:
  gexf: version, directed, viz (counts of viz:color / viz:size / viz:position), attribute_types
  graphml: key_types ("node.sourceLine": "int", ...), node_ids, project_value_types (Python types networkx gives)
  cytoscape: positions (nodes with a numeric position)
  csv (edges carry :TYPE, not the relation): node_header, edge_header, labels ({type: :LABEL}), duplicate_ids,
       dangling (endpoints that are no node), ragged_rows, line_ends
networkx 2.8.8 reads GEXF 1.1draft and 1.2draft only: the 1.3 namespace is rewritten to 1.2draft before reading
(the elements networkx reads are the same in both), and viz is checked with ElementTree in the 1.3 namespace.
"""
import csv
import io
import json
import os
import sys
import xml.etree.ElementTree as ET

import networkx as nx

GEXF13 = "http://gexf.net/1.3"
VIZ13 = "http://gexf.net/1.3/viz"


def summary(nodes, edges):
    return {"nodes": sorted(nodes), "edges": sorted(edges)}


def read_gexf(path):
    raw = open(path, "rb").read()
    root = ET.fromstring(raw)
    G = nx.read_gexf(io.BytesIO(raw.replace(('xmlns="%s"' % GEXF13).encode(), b'xmlns="http://www.gexf.net/1.2draft"', 1)))
    nodes = [[n, d.get("label"), d.get("type")] for n, d in G.nodes(data=True)]
    edges = [[s, t, d.get("relation")] for s, t, d in G.edges(data=True)]
    viz = {name: len(root.findall(".//{%s}node/{%s}%s" % (GEXF13, VIZ13, name))) for name in ("color", "size", "position")}
    types = {}
    for attributes in root.iter("{%s}attributes" % GEXF13):
        for a in attributes.iter("{%s}attribute" % GEXF13):
            types["%s.%s" % (attributes.get("class"), a.get("id"))] = a.get("type")
    return dict(summary(nodes, edges), version=root.get("version"), viz=viz, attribute_types=types, directed=G.is_directed())


def read_graphml(path):
    G = nx.read_graphml(path)
    iri = {n: d.get("iri") for n, d in G.nodes(data=True)}
    nodes = [[d.get("iri"), d.get("label"), d.get("type")] for _, d in G.nodes(data=True)]
    edges = [[iri[s], iri[t], d.get("relation")] for s, t, d in G.edges(data=True)]
    root = ET.parse(path).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    key_types = {"%s.%s" % (k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iter(ns + "key")}
    node_ids = [n.get("id") for n in root.iter(ns + "node")]
    project = next(d for _, d in G.nodes(data=True) if d.get("type") == "project")
    return dict(summary(nodes, edges), key_types=key_types, directed=G.is_directed(), node_ids=node_ids,
                project_value_types={k: type(v).__name__ for k, v in sorted(project.items())})


def read_cytoscape(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    nodes = [[n["data"]["id"], n["data"].get("label"), n["data"].get("type")] for n in doc["elements"]["nodes"]]
    edges = [[e["data"]["source"], e["data"]["target"], e["data"].get("relation")] for e in doc["elements"]["edges"]]
    positions = sum(1 for n in doc["elements"]["nodes"] if isinstance(n.get("position", {}).get("x"), (int, float)))
    return dict(summary(nodes, edges), positions=positions)


def read_csv(directory):
    def rows(name):
        raw = open(os.path.join(directory, name), "rb").read()
        ends = "crlf" if raw.count(b"\r\n") == raw.count(b"\n") else "mixed or lf"
        with open(os.path.join(directory, name), encoding="utf-8", newline="") as f:
            table = list(csv.reader(f))
        return table[0], table[1:], ends

    node_header, node_rows, node_ends = rows("nodes.csv")
    edge_header, edge_rows, edge_ends = rows("relationships.csv")
    col = {name: i for i, name in enumerate(node_header)}
    ecol = {name: i for i, name in enumerate(edge_header)}
    ids = [r[col["iri:ID"]] for r in node_rows]
    known = set(ids)
    nodes = [[r[col["iri:ID"]], r[col["label"]], r[col["type"]]] for r in node_rows]
    edges = [[r[ecol[":START_ID"]], r[ecol[":END_ID"]], r[ecol[":TYPE"]]] for r in edge_rows]
    return dict(
        summary(nodes, edges),
        node_header=node_header,
        edge_header=edge_header,
        labels={r[col["type"]]: r[col[":LABEL"]] for r in node_rows},
        duplicate_ids=len(ids) - len(known),
        dangling=sorted({e for r in edges for e in r[:2] if e not in known}),
        ragged_rows=sum(1 for r in node_rows if len(r) != len(node_header)) + sum(1 for r in edge_rows if len(r) != len(edge_header)),
        line_ends=[node_ends, edge_ends],
    )


def main(argv):
    gexf, graphml, cyjs, csv_dir = argv[1:5]
    print(json.dumps({"gexf": read_gexf(gexf), "graphml": read_graphml(graphml), "cytoscape": read_cytoscape(cyjs), "csv": read_csv(csv_dir)},
                     ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)

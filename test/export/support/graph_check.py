#!/usr/bin/python3
"""networkx, igraph and Python's json, csv and xml modules read deai-kg's graph exports; each becomes the same summary.

usage: graph_check.py GEXF GEXF13 GRAPHML CYJS CSV_DIR
Prints one JSON document with, per format: nodes [[iri, label, type], ...] and edges [[source iri, target iri,
relation], ...], both sorted, plus what only that format can get wrong:
  gexf (1.2draft, read by networkx as it is): version, directed, viz (nodes with a viz color / size / position
       as networkx reads them), positions [[iri, x, y]], colors [[iri, "#rrggbb"]], sizes [[iri, size]],
       attribute_types, value_types (Python types networkx gives a project's attributes)
  gexf13: the same summary for --gexf-version 1.3, viz counted with ElementTree
  graphml: key_types ("node.sourceLine": "int", ...), node_ids, project_value_types (Python types networkx gives)
  graphml_igraph: the GraphML as python-igraph reads it: directed, vertex_attributes
  cytoscape: positions (nodes with a numeric position)
  csv (edges carry :TYPE, not the relation): node_header, edge_header, labels ({type: :LABEL}), duplicate_ids,
       dangling (endpoints that are no node), ragged_rows, line_ends
networkx 2.8.8 reads GEXF 1.1draft and 1.2draft only: for gexf13 the 1.3 namespace is rewritten to 1.2draft before
reading (the elements networkx reads are the same in both), and viz is checked with ElementTree in the 1.3 namespace.
"""
import csv
import io
import json
import os
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

GEXF12 = "http://www.gexf.net/1.2draft"
GEXF13 = "http://gexf.net/1.3"
VIZ13 = "http://gexf.net/1.3/viz"


def summary(nodes, edges):
    return {"nodes": sorted(nodes), "edges": sorted(edges)}


def read_gexf(path):
    raw = open(path, "rb").read()
    root = ET.fromstring(raw)
    version = root.get("version")
    ns = GEXF13 if version == "1.3" else GEXF12
    G = nx.read_gexf(io.BytesIO(raw.replace(('xmlns="%s"' % GEXF13).encode(), ('xmlns="%s"' % GEXF12).encode(), 1)) if version == "1.3" else path)
    nodes = [[n, d.get("label"), d.get("type")] for n, d in G.nodes(data=True)]
    edges = [[s, t, d.get("relation")] for s, t, d in G.edges(data=True)]
    types = {}
    for attributes in root.iter("{%s}attributes" % ns):
        for a in attributes.iter("{%s}attribute" % ns):
            types["%s.%s" % (attributes.get("class"), a.get("id"))] = a.get("type")
    found = dict(summary(nodes, edges), version=version, attribute_types=types, directed=G.is_directed())
    if version == "1.3":
        found["viz"] = {name: len(root.findall(".//{%s}node/{%s}%s" % (GEXF13, VIZ13, name))) for name in ("color", "size", "position")}
        return found
    viz = {n: d.get("viz", {}) for n, d in G.nodes(data=True)}
    found["viz"] = {name: sum(1 for v in viz.values() if name in v) for name in ("color", "size", "position")}
    found["positions"] = sorted([n, v["position"]["x"], v["position"]["y"]] for n, v in viz.items() if "position" in v)
    found["colors"] = sorted([n, "#%02x%02x%02x" % (v["color"]["r"], v["color"]["g"], v["color"]["b"])] for n, v in viz.items() if "color" in v)
    found["sizes"] = sorted([n, v["size"]] for n, v in viz.items() if "size" in v)
    project = next(d for _, d in G.nodes(data=True) if d.get("type") == "project")
    found["value_types"] = {k: type(v).__name__ for k, v in sorted(project.items()) if k != "viz"}
    return found


def read_graphml_igraph(path):
    g = igraph.Graph.Read_GraphML(path)
    nodes = [[v["iri"], v["label"], v["type"]] for v in g.vs]
    edges = [[g.vs[e.source]["iri"], g.vs[e.target]["iri"], e["relation"]] for e in g.es]
    return dict(summary(nodes, edges), directed=g.is_directed(), vertex_attributes=sorted(g.vs.attributes()))


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
    gexf, gexf13, graphml, cyjs, csv_dir = argv[1:6]
    print(json.dumps({"gexf": read_gexf(gexf), "gexf13": read_gexf(gexf13), "graphml": read_graphml(graphml),
                      "graphml_igraph": read_graphml_igraph(graphml), "cytoscape": read_cytoscape(cyjs), "csv": read_csv(csv_dir)},
                     ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)

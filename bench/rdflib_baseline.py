#!/usr/bin/python3
"""Python baseline for the deai-kg build: markdown-it-py + rdflib, written the plain way.

    /usr/bin/python3 bench/rdflib_baseline.py SURVEY.md OUTDIR

Parses the survey markdown with markdown-it-py (the Python port of markdown-it, with the GFM "table"
rule), maps every table row and section entry onto the DeAI ontology as triples in one rdflib.Graph,
and writes OUTDIR/deai.ttl, OUTDIR/deai.jsonld (rdflib's own JSON-LD serializer with
ontology/context.jsonld) and OUTDIR/deai.nt. Prints one line of JSON with the timings (ms), the
triple and project counts and the peak RSS (MB).

Labels come from ontology/deai.ttl, read with rdflib at start-up (as deai-kg does: table headers,
section names, marks, assumption spellings and link words are matched through skos:prefLabel,
skos:altLabel, rdfs:label and skos:notation). Name variants come from data/name-variants.json.
The ontology and variants are loaded before the clock starts, as deai-kg's own bench loads them once.

Requires Debian's python3-rdflib (6.x) and python3-markdown-it (2.x).
"""

import hashlib
import json
import os
import re
import resource
import sys
import time
import unicodedata

from markdown_it import MarkdownIt
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, SKOS, VOID

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "https://w3id.org/deai/"
DEAI = Namespace("https://w3id.org/deai/ontology#")
SURVEY_REPOSITORY = URIRef("https://github.com/FLock-io/awesome-decentralized-ai")
SURVEY_PAPER = URIRef("https://arxiv.org/abs/2411.17461")
DEFAULT_TITLE = "SoK: Decentralized AI (DeAI)"


# --- Labels and slugs ---------------------------------------------------------------------------

def normalise(label):
    """Matching key: no accents, case, spaces or punctuation ("Proof-of-stake" == "proof of stake")."""
    text = unicodedata.normalize("NFKD", label)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[\W_]+", "", text)


def slugify(name, max_length=80):
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip("-")
    return slug or "unnamed"


def local_name(iri):
    s = str(iri)
    return s[max(s.rfind("#"), s.rfind("/")) + 1:]


# --- Ontology index -----------------------------------------------------------------------------

class Ontology:
    """Label → IRI lookups read from ontology/deai.ttl."""

    def __init__(self, path):
        g = Graph()
        g.parse(path, format="turtle")
        label_props = (SKOS.prefLabel, SKOS.altLabel, RDFS.label)

        def labels(term):
            return [str(o) for p in label_props for o in g.objects(term, p)]

        def scheme_lookup(scheme):
            return {normalise(l): c for c in g.subjects(SKOS.inScheme, scheme) for l in labels(c)}

        self.pref_label = {}
        for concept in set(g.subjects(SKOS.inScheme, None)):
            pref = g.value(concept, SKOS.prefLabel) or g.value(concept, RDFS.label)
            self.pref_label[concept] = str(pref) if pref is not None else str(concept)
        self.notations = {c: [str(n) for n in g.objects(c, SKOS.notation)] for c in self.pref_label}
        self.stages = scheme_lookup(DEAI.LifecycleStageScheme)
        self.capabilities = scheme_lookup(DEAI.CapabilityScheme)
        self.assumptions = scheme_lookup(DEAI.SecurityAssumptionScheme)
        self.categories = scheme_lookup(DEAI.CategoryScheme)
        self.levels = {str(n): c for c in g.subjects(SKOS.inScheme, DEAI.SupportLevelScheme)
                       for n in g.objects(c, SKOS.notation)}
        self.link_properties = {normalise(l): p for p in (DEAI.whitepaper, DEAI.documentation, DEAI.sourceCode, DEAI.paperLink)
                                for l in labels(p)}
        self.assumption_column = {normalise(l) for l in labels(DEAI.securityAssumptionText)}

    def label(self, iri):
        return self.pref_label.get(iri) or local_name(iri)


def load_variants(path):
    """Normalised name → group number; names in one group are one project."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {normalise(name): i for i, group in enumerate(data["variants"]) for name in group["names"]}


# --- Parsing: markdown-it tokens → table rows, headings and section entries -----------------------

NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(.+)$")


def inline_text(token):
    """Plain text of an inline token (link labels kept, URLs dropped), whitespace collapsed."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def first_link(token):
    for child in token.children or ():
        if child.type == "link_open":
            return child.attrGet("href")
    return None


def cell_columns(line):
    """1-based column where each cell's content starts, splitting on unescaped pipes as markdown-it does."""
    pipes = [i for i, c in enumerate(line) if c == "|" and (i == 0 or line[i - 1] != "\\")]
    stripped = line.strip()
    starts = [p + 1 for p in pipes]
    if not stripped.startswith("|"):
        starts.insert(0, len(line) - len(line.lstrip()))
    columns = []
    for start in starts:
        offset = start
        while offset < len(line) and line[offset] in " \t":
            offset += 1
        columns.append(offset + 1 if offset < len(line) and line[offset] != "|" else start + 1)
    return columns


def parse_entry(inline, line, column, sections):
    """`- **Name** [[docs](url)] …` → project; `- **Title**. Authors. Venue, year. [[paper](url)]` → paper."""
    children = [c for c in inline.children if not (c.type == "text" and c.content.strip() == "")]
    if not children or children[0].type != "strong_open":
        return None
    name_parts, rest, links = [], [], []
    i = 1
    while i < len(children) and children[i].type != "strong_close":
        if children[i].type in ("text", "code_inline"):
            name_parts.append(children[i].content)
        i += 1
    in_link, seen_link, link_text = None, False, []
    for child in children[i + 1:]:
        if child.type == "link_open":
            in_link, seen_link, link_text = child.attrGet("href"), True, []
        elif child.type == "link_close":
            links.append((" ".join("".join(link_text).split()).lower(), in_link))
            in_link = None
        elif child.type in ("text", "code_inline"):
            if in_link is not None:
                link_text.append(child.content)
            elif not seen_link:
                rest.append(child.content)
        elif child.type == "softbreak" and not seen_link:
            rest.append("\n")
    entry = {"name": " ".join("".join(name_parts).split()), "line": line, "column": column,
             "sections": sections, "links": links}
    rest = "".join(rest)
    if re.match(r"^\s*\.", rest):
        entry["kind"] = "paper"
        entry.update(paper_details(rest))
    else:
        entry["kind"] = "project"
    return entry


def paper_details(rest):
    text = re.sub(r"\s+", " ", rest)
    text = re.sub(r"\.\s*$", "", re.sub(r"[\s\[]+$", "", re.sub(r"^\s*\.\s*", "", text)))
    details = {}
    year = re.search(r",?\s*\(?((?:19|20)\d\d)\)?$", text)
    if year:
        details["year"] = year.group(1)
        text = text[:year.start()].strip()
    split = -1
    for i in range(len(text) - 1, 0, -1):
        if text[i] != "." or text[i + 1:i + 2] != " ":
            continue
        word = (re.search(r"(\S+)$", text[:i]) or [None, ""])[1]
        if not re.match(r"^[A-Z]$", word) and not re.match(r"^(Proc|Conf|Int|Trans|J|Vol|No|pp|p|ed|eds|ch)$", word, re.I):
            split = i
            break
    authors = re.sub(r"\bet al$", "et al.", (text if split < 0 else text[:split]).strip())
    venue = "" if split < 0 else text[split + 1:].strip()
    if authors:
        details["authors"] = authors
    if venue:
        details["venue"] = venue
    return details


def parse_survey(markdown):
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(markdown)
    lines = markdown.split("\n")
    title, header, rows, entries, intro = None, None, [], [], []
    by_number, chain = {}, []
    table_seen = in_table = intro_over = False
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.type == "heading_open" and tok.level == 0:
            text = inline_text(tokens[i + 1])
            depth = int(tok.tag[1])
            line = tok.map[0] + 1
            if depth == 1 and title is None:
                title = re.sub(r"^[\W_]+", "", text) or None
            else:
                intro_over = True
            m = NUMBERED.match(text)
            heading = {"title": m.group(2).strip() if m else text, "number": m.group(1) if m else None,
                       "depth": depth, "line": line}
            if heading["number"] is not None:
                by_number[heading["number"]] = heading
                parts = heading["number"].split(".")
                chain = [by_number[".".join(parts[:k])] for k in range(1, len(parts) + 1) if ".".join(parts[:k]) in by_number]
            elif chain and depth > chain[-1]["depth"]:
                chain = [h for h in chain if h["number"] is not None] + [heading]
            else:
                chain = []
            i += 3
            continue
        if tok.type == "paragraph_open" and tok.level == 0 and not intro_over and not table_seen:
            # The introduction (its paragraphs, not figures) is the survey's abstract.
            if not any(c.type == "image" for c in tokens[i + 1].children or []):
                intro.append(inline_text(tokens[i + 1]))
        if tok.type == "table_open" and tok.level == 0:
            in_table = not table_seen  # only the first (overview) table is read
            table_seen = True
        elif tok.type == "table_close":
            in_table = False
        elif in_table and tok.type == "tr_open":
            line_no = tok.map[0] + 1
            columns = cell_columns(lines[line_no - 1])
            cells = []
            j = i + 1
            while tokens[j].type != "tr_close":
                if tokens[j].type == "inline":
                    k = len(cells)
                    cells.append({"text": inline_text(tokens[j]), "link": first_link(tokens[j]),
                                  "line": line_no, "column": columns[k] if k < len(columns) else 1})
                j += 1
            if header is None:
                header = cells
            elif any(c["text"] for c in cells):
                rows.append({"line": line_no, "cells": cells})
            i = j
        elif tok.type in ("bullet_list_open", "ordered_list_open") and tok.level == 0 and chain:
            sections = list(chain)
            close = tok.type.replace("_open", "_close")
            j = i + 1
            while tokens[j].type != close or tokens[j].level != 0:
                if tokens[j].type == "list_item_open" and tokens[j].level == 1:
                    line_no = tokens[j].map[0] + 1
                    src = lines[line_no - 1]
                    column = len(src) - len(src.lstrip()) + 1
                    inline = tokens[j + 2] if tokens[j + 1].type == "paragraph_open" else None
                    entry = parse_entry(inline, line_no, column, sections) if inline is not None else None
                    if entry:
                        entries.append(entry)
                j += 1
            i = j
        i += 1
    if header is None:
        raise SystemExit("No overview table was found")
    return {"title": title, "header": header, "rows": rows, "entries": entries, "abstract": "\n\n".join(intro) or None}


# --- Security assumptions -----------------------------------------------------------------------

SEPARATORS = re.compile(r"\s*(?:,|;|\+|&|\band\b|\s/\s)\s*")
UNKNOWN = re.compile(r"^[\s?]*$")
SLASHED = re.compile(r"^(?:[^\W_]|[\s()-])+(?:/(?:[^\W_]|[\s()-])+)+$")


def strip_uncertain(text):
    return re.sub(r"\(\s*\?\s*\)", "", text).replace("?", "").strip()


def split_slash(piece):
    """"Proof-of-Replication/Spacetime" → "Proof-of-Replication", "Proof-of-Spacetime"."""
    if not SLASHED.match(piece):
        return [piece]
    first, *rest = piece.split("/")
    if not first or not rest or any(r.strip() == "" for r in rest):
        return [piece]
    m = re.match(r"^(.*[-\s])[^-\s]+$", first.strip())
    prefix = m.group(1) if m else ""
    return [first] + [r if (" " in r.strip() or "-" in r.strip()) else prefix + r.strip() for r in rest]


def split_assumptions(cell):
    """"Staking, Proof of Authority(?)" → [(Staking, [candidates], False), (Proof of Authority, [...], True)]."""
    text = re.sub(r"\[\^[^\]]*\]", "", cell)
    if UNKNOWN.match(text):
        return []
    pieces = [p.strip() for piece in SEPARATORS.split(text) for p in split_slash(piece)]
    pieces = [p for p in pieces if not UNKNOWN.match(p)]
    last = re.search(r"(\S+)$", strip_uncertain(pieces[-1])) if pieces else None
    parts = []
    for i, piece in enumerate(pieces):
        name = strip_uncertain(piece)
        candidates = [name]
        if i < len(pieces) - 1 and last and " " not in name:
            candidates.append(f"{name} {last.group(1)}")  # "Reputation & Dispute mechanism"
        parts.append((name, candidates, "?" in piece))
    return parts


# --- Mapping ------------------------------------------------------------------------------------

LEVEL_PROPERTY = {
    "stage": {DEAI.Full: DEAI.coversStage, DEAI.Partial: DEAI.partiallyCoversStage},
    "capability": {DEAI.Full: DEAI.hasCapability, DEAI.Partial: DEAI.partiallyHasCapability},
}


def header_name(text):
    return re.sub(r"\*+", "", re.sub(r"\[\^[^\]]*\]", "", text)).strip()


class Mapper:
    def __init__(self, ontology, variants, graph):
        self.ont = ontology
        self.variants = variants
        self.g = graph
        self.survey = URIRef(BASE + "survey")
        self.listings = set()

    def columns(self, header, rows):
        """Each header cell → (kind, term): matched through the ontology's labels."""
        specs = []
        self.column_iris = [URIRef(f"{BASE}survey/column/{i + 1}") for i in range(len(header))]
        for index, cell in enumerate(header):
            key = normalise(header_name(cell["text"]))
            if index == 0:
                specs.append(("name", DEAI.Project))
            elif key in self.ont.stages:
                specs.append(("stage", self.ont.stages[key]))
            elif key in self.ont.capabilities:
                specs.append(("capability", self.ont.capabilities[key]))
            elif key in self.ont.assumption_column:
                specs.append(("assumption", DEAI.securityAssumptionText))
            else:
                values = [r["cells"][index]["text"] for r in rows if index < len(r["cells"]) and r["cells"][index]["text"]]
                if values and all(v in self.ont.levels or len(v) == 1 for v in values):
                    specs.append(("minted", URIRef(f"{BASE}criterion/{slugify(header_name(cell['text']))}")))
                else:
                    specs.append(("text", URIRef(f"{BASE}property/{slugify(header_name(cell['text']))}")))
        return specs

    def describe_survey(self, survey, file_name, digest, header, specs):
        g, s = self.g, self.survey
        title = survey["title"] or DEFAULT_TITLE
        g.add((s, RDF.type, DEAI.Survey))
        g.add((s, RDFS.label, Literal(title)))
        g.add((s, DCTERMS.title, Literal(title)))
        g.add((s, DCTERMS.source, SURVEY_REPOSITORY))
        g.add((s, DCTERMS.relation, SURVEY_PAPER))
        g.add((s, DEAI.sourceFile, Literal(file_name)))
        g.add((s, DEAI.sourceDigest, Literal(digest)))
        if survey["abstract"]:
            g.add((s, DCTERMS.abstract, Literal(survey["abstract"])))
        for index, (cell, (kind, term)) in enumerate(zip(header, specs)):
            c = self.column_iris[index]
            g.add((c, RDF.type, DEAI.TableColumn))
            g.add((c, RDFS.label, Literal(cell["text"])))
            g.add((c, DEAI.columnIndex, Literal(index + 1)))
            g.add((c, DEAI.columnFor, term))
            g.add((c, DCTERMS.isPartOf, s))
            g.add((c, DEAI.sourceLine, Literal(cell["line"])))
            g.add((c, DEAI.sourceColumn, Literal(cell["column"])))
            if kind == "minted":
                g.add((term, RDF.type, SKOS.Concept))
                g.add((term, SKOS.prefLabel, Literal(header_name(cell["text"]))))
            elif kind == "text":
                g.add((term, RDF.type, OWL.DatatypeProperty))
                g.add((term, RDFS.label, Literal(header_name(cell["text"]))))

    def resolve(self, survey):
        """Table rows and section entries → projects, joined by normalised name or name-variant group."""
        projects, by_key, slugs = [], {}, set()

        def key_of(name):
            k = normalise(name)
            return ("group", self.variants[k]) if k in self.variants else ("name", k)

        def create(label, line, row=None):
            slug = base = slugify(label)
            n = 2
            while slug in slugs:
                slug, n = f"{base}-{n}", n + 1
            slugs.add(slug)
            record = {"slug": slug, "label": label, "alt": [], "line": line, "row": row, "entries": []}
            projects.append(record)
            return record

        for row in survey["rows"]:
            name = row["cells"][0]["text"]
            by_key[key_of(name)] = create(name, row["line"], row)
        for entry in survey["entries"]:
            if entry["kind"] != "project":
                continue
            key = key_of(entry["name"])
            record = by_key.get(key)
            if record is None:
                record = by_key[key] = create(entry["name"], entry["line"])
            if entry["name"] != record["label"] and entry["name"] not in record["alt"]:
                record["alt"].append(entry["name"])
            record["entries"].append(entry)
        return projects

    def project(self, record, specs, header):
        g = self.g
        p = URIRef(f"{BASE}project/{record['slug']}")
        g.add((p, RDF.type, DEAI.Project))
        g.add((p, RDFS.label, Literal(record["label"])))
        for alt in record["alt"]:
            g.add((p, SKOS.altLabel, Literal(alt)))
        g.add((p, DEAI.sourceLine, Literal(record["line"])))
        g.add((p, PROV.wasDerivedFrom, self.survey))
        if record["row"]:
            self.row(p, record, specs, header)
        for entry in record["entries"]:
            self.listing(p, record["label"], entry)

    def row(self, p, record, specs, header):
        g, ont = self.g, self.ont
        cells = record["row"]["cells"]
        if cells[0]["link"]:
            g.add((p, DEAI.reference, URIRef(cells[0]["link"])))
        # Per-column constants, computed once per row rather than once per cell triple.
        assessment_p, criterion_p, level_p, column_p = DEAI.assessment, DEAI.criterion, DEAI.level, DEAI.column
        line_p, col_p, assessment_c = DEAI.sourceLine, DEAI.sourceColumn, DEAI.Assessment
        for index, (kind, term) in enumerate(specs):
            cell = cells[index]
            if kind in ("stage", "capability", "minted"):
                level = ont.levels.get(cell["text"])
                if level is None:
                    raise SystemExit(f"line {cell['line']}: \"{cell['text']}\" is not a support mark")
                a = URIRef(f"{p}/assessment/{local_name(term)}")
                criterion = header_name(header[index]["text"]) if kind == "minted" else ont.label(term)
                g.add((p, assessment_p, a))
                g.add((a, RDF.type, assessment_c))
                g.add((a, RDFS.label, Literal(f"{record['label']}: {criterion} ({ont.label(level)})")))
                g.add((a, criterion_p, term))
                g.add((a, level_p, level))
                g.add((a, column_p, self.column_iris[index]))
                g.add((a, line_p, Literal(cell["line"])))
                g.add((a, col_p, Literal(cell["column"])))
                if kind != "minted":
                    prop = LEVEL_PROPERTY[kind].get(level)
                    if prop is not None:
                        g.add((p, prop, term))
            elif kind == "assumption" and cell["text"]:
                g.add((p, DEAI.securityAssumptionText, Literal(cell["text"])))
                for name, candidates, uncertain in split_assumptions(cell["text"]):
                    concept = next(filter(None, (self.assumption(c) for c in candidates)), None)
                    if concept is None:
                        concept = URIRef(f"{BASE}assumption/{slugify(name)}")
                        g.add((concept, RDF.type, DEAI.SecurityAssumption))
                        g.add((concept, RDF.type, SKOS.Concept))
                        g.add((concept, SKOS.inScheme, DEAI.SecurityAssumptionScheme))
                        g.add((concept, SKOS.prefLabel, Literal(name)))
                    g.add((p, DEAI.possiblyReliesOn if uncertain else DEAI.reliesOn, concept))
            elif kind == "text" and cell["text"]:
                g.add((p, term, Literal(cell["text"])))

    def assumption(self, text):
        key = normalise(text)
        found = self.ont.assumptions.get(key)
        if found is None and key.endswith("s"):
            found = self.ont.assumptions.get(key[:-1])
        return found

    def placement(self, sections):
        """The stage of the innermost non-category heading, and the category (Industry / Academic) if any."""
        category, stage_heading = None, None
        for heading in sections:
            c = self.ont.categories.get(normalise(heading["title"]))
            if c is not None:
                category = c
            else:
                stage_heading = heading
        stage_heading = stage_heading or sections[0]
        stage = self.ont.stages.get(normalise(stage_heading["title"]))
        if stage is None:
            stage = URIRef(f"{BASE}stage/{slugify(stage_heading['title'])}")
            self.g.add((stage, RDF.type, DEAI.LifecycleStage))
            self.g.add((stage, RDF.type, SKOS.Concept))
            self.g.add((stage, SKOS.inScheme, DEAI.LifecycleStageScheme))
            self.g.add((stage, SKOS.prefLabel, Literal(stage_heading["title"])))
        return stage, stage_heading, category

    def listing(self, subject, label, entry):
        g = self.g
        stage, heading, category = self.placement(entry["sections"])
        listing = base = f"{subject}/listing/{local_name(stage)}"
        n = 2
        while listing in self.listings:
            listing, n = f"{base}-{n}", n + 1
        self.listings.add(listing)
        listing = URIRef(listing)
        g.add((subject, DEAI.listedUnder, stage))
        g.add((subject, DEAI.listing, listing))
        g.add((listing, RDF.type, DEAI.Listing))
        number = f"{heading['number']} " if heading["number"] else ""
        g.add((listing, RDFS.label, Literal(f"{label} in {number}{self.ont.label(stage)}")))
        g.add((listing, DEAI.listedUnder, stage))
        g.add((listing, DEAI.sourceLine, Literal(entry["line"])))
        g.add((listing, DEAI.sourceColumn, Literal(entry["column"])))
        if category is not None:
            g.add((subject, DEAI.category, Literal(self.ont.label(category))))
            g.add((listing, DEAI.category, Literal(self.ont.label(category))))
        for link_type, url in entry["links"]:
            g.add((subject, self.ont.link_properties.get(normalise(link_type), DEAI.link), URIRef(url)))

    def paper(self, entry):
        g = self.g
        p = URIRef(f"{BASE}paper/{slugify(entry['name'])}")
        first = (p, RDF.type, DEAI.Paper) not in g
        g.add((p, RDF.type, DEAI.Paper))
        g.add((p, RDFS.label, Literal(entry["name"])))
        g.add((p, DCTERMS.title, Literal(entry["name"])))
        if entry.get("authors"):
            g.add((p, DEAI.authors, Literal(entry["authors"])))
        if entry.get("venue"):
            g.add((p, DEAI.venue, Literal(entry["venue"])))
        if entry.get("year"):
            g.add((p, DEAI.year, Literal(int(entry["year"]))))
        if first:
            g.add((p, DEAI.sourceLine, Literal(entry["line"])))
        g.add((p, PROV.wasDerivedFrom, self.survey))
        self.listing(p, entry["name"], entry)

    def dataset(self, title):
        """VoID/DCAT description, added last; void:triples counts every triple, its own included."""
        g = self.g
        d = URIRef(BASE + "dataset")
        counts = {cls: sum(1 for _ in g.subjects(RDF.type, cls))
                  for cls in (DEAI.Assessment, DEAI.Listing, DEAI.Paper, DEAI.Project)}
        g.add((d, RDF.type, VOID.Dataset))
        g.add((d, RDF.type, DCAT.Dataset))
        g.add((d, DCTERMS.title, Literal(f'DeAI knowledge graph of "{title}"')))
        g.add((d, DCTERMS.description, Literal("Projects, lifecycle stages, blockchain capabilities and security "
                                               "assumptions of the survey, as RDF in the DeAI ontology.")))
        g.add((d, DCTERMS.source, self.survey))
        g.add((d, PROV.wasDerivedFrom, self.survey))
        g.add((d, VOID.vocabulary, URIRef(str(DEAI))))
        g.add((d, VOID.uriSpace, Literal(BASE)))
        g.add((d, DCAT.theme, DEAI.LifecycleStageScheme))
        for cls, count in counts.items():
            if count:
                partition = URIRef(f"{d}/class/{local_name(cls)}")
                g.add((d, VOID.classPartition, partition))
                g.add((partition, VOID["class"], cls))
                g.add((partition, VOID.entities, Literal(count)))
        g.add((d, VOID.triples, Literal(len(g) + 1)))


def build(survey, ontology, variants, file_name, digest):
    g = Graph()
    for prefix, ns in (("deai", DEAI), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS),
                       ("void", VOID), ("dcat", DCAT), ("owl", OWL), ("xsd", XSD)):
        g.bind(prefix, ns)
    m = Mapper(ontology, variants, g)
    specs = m.columns(survey["header"], survey["rows"])
    m.describe_survey(survey, file_name, digest, survey["header"], specs)
    projects = m.resolve(survey)
    for record in projects:
        m.project(record, specs, survey["header"])
    for entry in survey["entries"]:
        if entry["kind"] == "paper":
            m.paper(entry)
    m.dataset(survey["title"] or DEFAULT_TITLE)
    return g, len(projects)


def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: rdflib_baseline.py SURVEY.md OUTDIR")
    survey_path, out_dir = argv[1], argv[2]
    os.makedirs(out_dir, exist_ok=True)
    ontology = Ontology(os.path.join(REPO, "ontology", "deai.ttl"))
    variants = load_variants(os.path.join(REPO, "data", "name-variants.json"))
    with open(os.path.join(REPO, "ontology", "context.jsonld"), encoding="utf-8") as f:
        context = json.load(f)["@context"]

    t0 = time.perf_counter()
    with open(survey_path, encoding="utf-8") as f:
        markdown = f.read()
    survey = parse_survey(markdown)
    t1 = time.perf_counter()
    digest = "sha256:" + hashlib.sha256(markdown.encode("utf-8")).hexdigest()
    graph, projects = build(survey, ontology, variants, os.path.basename(survey_path), digest)
    t2 = time.perf_counter()
    graph.serialize(destination=os.path.join(out_dir, "deai.ttl"), format="turtle")
    t3 = time.perf_counter()
    graph.serialize(destination=os.path.join(out_dir, "deai.jsonld"), format="json-ld", context=context, auto_compact=True)
    t4 = time.perf_counter()
    graph.serialize(destination=os.path.join(out_dir, "deai.nt"), format="nt", encoding="utf-8")
    t5 = time.perf_counter()

    ms = lambda a, b: round((b - a) * 1000, 1)
    print(json.dumps({
        "parse_ms": ms(t0, t1), "map_ms": ms(t1, t2), "turtle_ms": ms(t2, t3), "jsonld_ms": ms(t3, t4),
        "ntriples_ms": ms(t4, t5), "total_ms": ms(t0, t5), "triples": len(graph), "projects": projects,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }))


if __name__ == "__main__":
    main(sys.argv)

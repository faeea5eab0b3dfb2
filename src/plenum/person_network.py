"""Speaker data for network analysis (`plenum persons --format csv|gexf`): per document and for the
edition, each person's turns (sp/@who) and mentions (persName/@ref in the text), and the turn-taking
edges (a turn by B right after a turn by A in the same text: A → B).

A person is the personography's id (persons.xml#id). A speaker a document declares itself (``#id``,
as plays imported from other editions do) is kept too, named ``<file>#<id>`` so that two documents'
local ids never merge. Turns and mentions are counted as the person index counts them (a text nested
in a group, the original beside its translation, included).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx
from lxml import etree

from . import tei
from .attestations import counted_mentions
from .persons import Personography, local_persons, person_key

SP, TEXT, PERSON, PERSNAME_TAG = map(tei.q, ("sp", "text", "person", "persName"))
COLUMNS = ("scope", "document", "kind", "person", "other", "count")


@dataclass
class DocumentNetwork:
    """One document's turns and mentions per person, and its turn-taking edges with their counts."""

    name: str
    turns: Counter = field(default_factory=Counter)
    mentions: Counter = field(default_factory=Counter)
    edges: Counter = field(default_factory=Counter)                # (from, to) -> count
    labels: dict[str, str] = field(default_factory=dict)           # a local person's name in its header


def document_network(tree: etree._ElementTree, name: str) -> DocumentNetwork:
    """The turns, mentions and turn-taking edges of one document."""
    found = DocumentNetwork(name)
    local = local_persons(tree.getroot())
    for text in tree.iter(TEXT):
        previous: list[str] = []
        for sp in text.iter(SP):
            if next(sp.iterancestors(TEXT)) is not text:
                continue
            speakers = [key for value in (sp.get("who") or "").split() if (key := _person(value, name, local))]
            found.turns.update(speakers)
            found.edges.update((before, after) for before in previous for after in speakers if before != after)
            previous = speakers or previous
    for mention in counted_mentions(tree):
        found.mentions.update(key for value in (mention.get("ref") or "").split() if (key := _person(value, name, local)))
    for person in tree.iter(PERSON):
        if person.get(tei.XML_ID) and not local[person.get(tei.XML_ID)] and (label := person.find(PERSNAME_TAG)) is not None:
            found.labels[f"{name}#{person.get(tei.XML_ID)}"] = " ".join("".join(label.itertext()).split())
    return found


def _person(value: str, name: str, local: dict[str, str]) -> str:
    """The person a pointer names: the personography's id (through the document's own person's
    @sameAs), or `<file>#<id>` for a person of the document only; '' else."""
    if pid := person_key(value, local):
        return pid
    return f"{name}{value}" if value.startswith("#") and len(value) > 1 else ""


def networks(documents: list[Path]) -> list[DocumentNetwork]:
    """The network of each document, in the order given."""
    return [document_network(tei.parse_file(path), path.name) for path in documents]


def edition_network(found: list[DocumentNetwork]) -> DocumentNetwork:
    """The edition's totals: every document's counts added up."""
    total = DocumentNetwork("")
    for document in found:
        total.turns.update(document.turns)
        total.mentions.update(document.mentions)
        total.edges.update(document.edges)
        total.labels.update(document.labels)
    return total


def to_csv(found: list[DocumentNetwork]) -> str:
    """One row per person's turns and mentions and per turn-taking edge: each document's, then the
    edition's (scope 'edition', no document)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for scope, document in [("document", d) for d in found] + [("edition", edition_network(found))]:
        for kind, counts in (("turns", document.turns), ("mentions", document.mentions)):
            writer.writerows((scope, document.name, kind, person, "", count) for person, count in sorted(counts.items()))
        writer.writerows((scope, document.name, "turn-taking", before, after, count)
                         for (before, after), count in sorted(document.edges.items()))
    return out.getvalue()


def output(documents: list[Path], persons: Path, output_format: str) -> str:
    """The documents' network as text in `output_format` (csv or gexf), the personography naming persons."""
    found = networks(documents)
    return to_csv(found) if output_format == "csv" else to_gexf(found, Personography.load(persons)).decode("utf-8")


def to_gexf(found: list[DocumentNetwork], persons: Personography) -> bytes:
    """The edition's turn-taking graph in GEXF (Gephi): a node per person (label, turns, mentions, the
    documents they speak or are named in), a directed edge per pair (weight: how often B answers A,
    and the count in each document)."""
    total = edition_network(found)
    graph = networkx.DiGraph()
    for person in sorted(set(total.turns) | set(total.mentions) | {p for edge in total.edges for p in edge}):
        known = persons.persons.get(person)
        graph.add_node(person, label=known.main if known else total.labels.get(person, person),
                       turns=total.turns[person], mentions=total.mentions[person],
                       documents="; ".join(d.name for d in found if d.turns[person] or d.mentions[person]))
    for (before, after), count in sorted(total.edges.items()):
        graph.add_edge(before, after, weight=count,
                       documents="; ".join(f"{d.name}: {d.edges[(before, after)]}" for d in found
                                           if d.edges[(before, after)]))
    out = io.BytesIO()
    networkx.write_gexf(graph, out, encoding="utf-8", prettyprint=True)
    return out.getvalue()

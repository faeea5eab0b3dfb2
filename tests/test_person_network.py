"""plenum persons --format csv|gexf: turns, mentions and turn-taking for network analysis."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import networkx
from click.testing import CliRunner

from plenum.cli import main

from .conftest import ROOT

# A look-alike of a play from another edition: speakers declared in the file itself (who="#id"),
# one also in the personography, and a mention of a person of the personography.
PLAY = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>A play</title></titleStmt>
    <publicationStmt><p>For a test.</p></publicationStmt><sourceDesc><p>Written here.</p></sourceDesc></fileDesc>
    <profileDesc><particDesc><listPerson>
      <person xml:id="anna"><persName>Anna</persName></person>
      <person xml:id="boris"><persName>Boris</persName></person>
    </listPerson></particDesc></profileDesc></teiHeader>
  <text><body><div>
    <sp who="#anna"><speaker>ANNA.</speaker><p>Where is <persName ref="persons.xml#mikoyan-anastas">Mikoyan</persName>?</p></sp>
    <sp who="#boris"><speaker>BORIS.</speaker><p>Gone.</p></sp>
    <stage>A pause.</stage>
    <sp who="#anna"><speaker>ANNA.</speaker><p>Gone?</p></sp>
    <sp who="persons.xml#mikoyan-anastas"><speaker>MIKOYAN.</speaker><p>Here.</p></sp>
    <sp who="persons.xml#mikoyan-anastas"><speaker>MIKOYAN.</speaker><p>Still here.</p></sp>
  </div></body></text>
</TEI>
"""


def run(*args):
    result = CliRunner().invoke(main, [str(arg) for arg in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_a_play_s_turns_mentions_and_turn_taking(tmp_path):
    (tmp_path / "play.xml").write_text(PLAY, encoding="utf-8")
    found = rows(run("persons", "--tei", tmp_path, "--format", "csv"))
    document = [row for row in found if row["scope"] == "document"]
    assert all(row["document"] == "play.xml" for row in document)
    turns = {row["person"]: int(row["count"]) for row in document if row["kind"] == "turns"}
    assert turns == {"play.xml#anna": 2, "play.xml#boris": 1, "mikoyan-anastas": 2}
    assert [(row["person"], row["count"]) for row in document if row["kind"] == "mentions"] == [("mikoyan-anastas", "1")]
    edges = {(row["person"], row["other"]): int(row["count"]) for row in document if row["kind"] == "turn-taking"}
    assert edges == {("play.xml#anna", "play.xml#boris"): 1, ("play.xml#boris", "play.xml#anna"): 1,
                     ("play.xml#anna", "mikoyan-anastas"): 1}
    graph = networkx.read_gexf(io.StringIO(run("persons", "--tei", tmp_path, "--format", "gexf")))
    assert graph.nodes["play.xml#anna"]["label"] == "Anna" and graph.nodes["play.xml#boris"]["turns"] == 1
    assert {(a, b): data["weight"] for a, b, data in graph.edges(data=True)} == edges


def test_the_edition_s_rows_add_up_and_agree_with_the_person_index():
    found = rows(run("persons", "--tei", ROOT / "tei", "--format", "csv"))
    totals, sums = Counter(), Counter()
    for row in found:
        key = (row["kind"], row["person"], row["other"])
        (totals if row["scope"] == "edition" else sums)[key] += int(row["count"])
    assert totals == sums and sum(count for (kind, _, _), count in totals.items() if kind == "turn-taking") > 100
    index = json.loads(run("persons", "--tei", ROOT / "tei", "--format", "json"))["persons"]
    for kind in ("turns", "mentions"):
        expected = {entry["id"]: sum(place[kind] for place in entry["documents"]) for entry in index}
        assert {person: count for (k, person, _), count in totals.items() if k == kind} == \
               {person: count for person, count in expected.items() if count}


def test_the_gexf_graph_holds_the_edition_s_totals():
    found = rows(run("persons", "--tei", ROOT / "tei", "--format", "csv"))
    graph = networkx.read_gexf(io.StringIO(run("persons", "--tei", ROOT / "tei", "--format", "gexf")))
    edition = [row for row in found if row["scope"] == "edition"]
    assert {(row["person"], row["other"]): int(row["count"]) for row in edition if row["kind"] == "turn-taking"} == \
           {(a, b): data["weight"] for a, b, data in graph.edges(data=True)}
    assert {row["person"]: int(row["count"]) for row in edition if row["kind"] == "turns"} == \
           {node: data["turns"] for node, data in graph.nodes(data=True) if data["turns"]}
    assert graph.nodes["mikoyan-anastas"]["label"] == "Anastas Mikoyan"

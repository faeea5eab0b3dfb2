"""Licence, identity and kind of document: what each file of the edition says about itself."""

from __future__ import annotations

import re

import pytest
from plenum import publication, tei
from plenum.edition import tei_files
from plenum.render import Renderer

from .conftest import ROOT

DOCUMENTS = [path for path in tei_files([ROOT / "tei"]) if path.name != "persons.xml"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_each_file_licenses_its_encoding_apart_from_its_source(path):
    statement = tei.parse_file(path).find("tei:teiHeader/tei:fileDesc/tei:publicationStmt", tei.NS)
    encoding = statement.findall("tei:availability[@n='encoding']", tei.NS)
    source = statement.findall("tei:availability[@n='source']", tei.NS)
    assert len(encoding) == 1 and len(source) == 1
    assert encoding[0].get("status") == "free"
    assert encoding[0].find("tei:licence", tei.NS).get("target") == "https://creativecommons.org/licenses/by/4.0/"
    assert source[0].find("tei:licence", tei.NS) is None and source[0].findtext("tei:p", namespaces=tei.NS).strip()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_each_file_records_its_kind_in_a_taxonomy_of_its_own_header(path):
    tree = tei.parse_file(path)
    refs = tree.findall("tei:teiHeader/tei:profileDesc/tei:textClass/tei:catRef", tei.NS)
    assert len(refs) == 1
    taxonomy = tree.find("tei:teiHeader/tei:encodingDesc/tei:classDecl/tei:taxonomy", tei.NS)
    assert refs[0].get("scheme") == "#" + taxonomy.get(tei.XML_ID)
    category = taxonomy.xpath("tei:category[@xml:id = $id]", namespaces=tei.NS, id=refs[0].get("target")[1:])
    assert len(category) == 1 and category[0].findtext("tei:catDesc", namespaces=tei.NS)


def test_the_reading_edition_shows_the_kind_the_header_records(tmp_path):
    path = ROOT / "tei" / "001_fddf3f08cfdc8dc7.xml"
    tree = tei.parse_file(path)
    ref = tree.find(".//tei:textClass/tei:catRef", tei.NS)
    other = next(slug for slug, _, _ in publication.GENRES if not ref.get("target").endswith("-" + slug))
    ref.set("target", re.sub(r"-genre-\w+$", f"-genre-{other}", ref.get("target")))
    label = dict((slug, label) for slug, label, _ in publication.GENRES)[other]
    renderer = Renderer()
    html = renderer.render(renderer.load_tree(tree, tmp_path / path.name), "html")
    assert f'class="kicker">{label}' in html


@pytest.mark.parametrize("title, kind", [
    ("Memorandum of Conversation with Choe Changik, 5 June 1956", "conversation"),
    ("CPSU CC Memo on the Situation in the KWP, 17 October 1956", "memorandum"),
    ("Record of a Meeting between the Sino-Soviet Delegation and the Presidium", "minutes"),
    ("Letter, Li Sangjo to the KWP CC, 12 October 1956", "letter"),
    ("Document No. 12", "document"),
])
def test_the_kind_comes_from_the_title_s_words(title, kind):
    assert publication.genre(title) == kind


def test_the_project_states_its_licences_and_how_to_cite_it():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "CC BY 4.0" in licence
    citation = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert re.search(r"^version: \"?\d+\.\d+\.\d+\"?$", citation, re.M)
    assert re.search(r"^date-released: \"?\d{4}-\d{2}-\d{2}\"?$", citation, re.M)

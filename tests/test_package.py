"""The exchange package as other editions and repositories take it: the expanded corpus, the
personography, the edition's identity, the BagIt bag, and the round trip export → import → build."""

from __future__ import annotations

import json
import re
from pathlib import Path

import bagit
import pytest
from click.testing import CliRunner
from lxml import etree

from plenum import tei
from plenum.cli import main
from plenum.persons import local_persons, person_key

from .conftest import ROOT

POINTER = re.compile(r"^persons\.xml#(.+)$")


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The committed edition exported once for this module's tests."""
    out = tmp_path_factory.mktemp("export") / "dist"
    result = run("export", "--tei", ROOT / "tei", "-o", out)
    assert result.exit_code == 0, result.output
    return out


def person_pointers(root: etree._Element) -> list[tuple[str, str]]:
    """Every (attribute, person id) of a pointer to a person of the personography under `root`: a
    turn's or name's, followed through the document's own person (its @sameAs), and each @sameAs."""
    local = local_persons(root)
    return [(name, pid) for element in root.iter() if isinstance(element.tag, str)
            for name, value in element.attrib.items() for token in value.split()
            if (pid := person_key(token, local) if name in ("who", "toWhom", "ref")
                else (match.group(1) if (match := POINTER.match(token)) else ""))]


def test_the_expanded_corpus_holds_every_document_and_no_include(dist):
    expanded = tei.parse_file(dist / "corpus-expanded.xml").getroot()
    assert not list(expanded.iter(f"{{{tei.XI_NS}}}include"))
    included = tei.parse_file(dist / "corpus.xml")
    included.xinclude()
    ids = lambda tree: [e.get(tei.XML_ID) for e in tree.iter() if isinstance(e.tag, str) and e.get(tei.XML_ID)]
    assert ids(expanded) == ids(included.getroot()) and len(ids(expanded)) > 1000
    documents = [path for path in (ROOT / "tei").glob("0*.xml") if tei.parse_file(path).getroot().tag == tei.q("TEI")]
    assert len(expanded.findall(".//tei:TEI", tei.NS)) == len(documents)


def test_every_person_pointer_of_the_expanded_corpus_resolves_in_the_personography(dist):
    expanded = tei.parse_file(dist / "corpus-expanded.xml").getroot()
    persons = {p.get(tei.XML_ID) for p in tei.parse_file(dist / "tei" / "persons.xml").iterfind(".//tei:person", tei.NS)}
    for member in expanded.findall("tei:TEI", tei.NS) + expanded.findall("tei:teiCorpus", tei.NS):
        assert member.get(f"{{{tei.XML_NS}}}base", "").startswith("tei/")
    pointers = person_pointers(expanded)
    assert len(pointers) > 1000 and {pid for _, pid in pointers} <= persons


def test_the_personography_is_shipped_as_such_not_as_a_member(dist):
    corpus = tei.parse_file(dist / "corpus.xml").getroot()
    assert "tei/persons.xml" not in {i.get("href") for i in corpus.iter(f"{{{tei.XI_NS}}}include")}
    roles = {entry["file"]: entry["role"] for entry in json.loads((dist / "manifest.json").read_text())["files"]}
    assert roles["tei/persons.xml"] == "personography" and roles["corpus-expanded.xml"] == "corpus"
    assert roles["tei/000_ee6d509a4d5024c3.xml"] == "document" and roles["LICENSE"] == "about"


def test_the_corpus_header_names_the_edition_s_version_release_and_licence(dist):
    header = tei.parse_file(dist / "corpus.xml").find("tei:teiHeader/tei:fileDesc", tei.NS)
    citation = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    version = re.search(r'^version: "?([^"\n]+)"?$', citation, re.M).group(1)
    released = re.search(r'^date-released: "?([^"\n]+)"?$', citation, re.M).group(1)
    assert header.find("tei:editionStmt/tei:edition", tei.NS).get("n") == version
    assert header.find("tei:publicationStmt/tei:date", tei.NS).get("when") == released
    assert "creativecommons.org/licenses/by/4.0" in header.find(".//tei:licence", tei.NS).get("target")
    assert (dist / "CITATION.cff").read_bytes() == (ROOT / "CITATION.cff").read_bytes()
    assert (dist / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()


def test_a_bag_is_valid_the_same_on_every_run_and_replaced_by_the_next_export(tmp_path):
    out = tmp_path / "bag"
    assert run("export", "--tei", ROOT / "tei", "-o", out, "--bag").exit_code == 0
    bag = bagit.Bag(str(out))
    bag.validate()
    assert (out / "data" / "corpus.xml").is_file() and (out / "data" / "tei" / "persons.xml").is_file()
    first = {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()}
    result = run("export", "--tei", ROOT / "tei", "-o", out, "--bag")
    assert result.exit_code == 0, result.output
    assert {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()} == first


def test_the_round_trip_export_import_build_keeps_every_person_link(dist, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("init", "other").exit_code == 0
    result = run("import", dist / "tei", "-o", Path("other", "tei", "imported"))
    assert result.exit_code == 0, result.output
    assert "persons joined the edition's personography" in result.output
    persons = {p.get(tei.XML_ID) for p in tei.parse_file(Path("other/tei/persons.xml")).iterfind(".//tei:person", tei.NS)}
    before = [pointer for path in (ROOT / "tei").glob("0*.xml") for pointer in person_pointers(tei.parse_file(path).getroot())]
    after = [pointer for path in Path("other/tei/imported").glob("*.xml") for pointer in person_pointers(tei.parse_file(path).getroot())]
    assert sorted(after) == sorted(before) and {pid for _, pid in after} <= persons
    monkeypatch.chdir(tmp_path / "other")
    result = run("build")
    assert result.exit_code == 0, result.output
    linked = {pid for page in Path("site").glob("0*.html")
              for pid in re.findall(r'href="persons\.html#([^"]+)"', page.read_text(encoding="utf-8"))}
    assert linked == {pid for name, pid in before if name in ("who", "ref")}


def test_the_expanded_corpus_is_valid_tei_all(dist, tei_all):
    assert not tei_all.check_tree(tei.parse_file(dist / "corpus-expanded.xml"), "corpus-expanded.xml")

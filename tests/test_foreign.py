"""TEI from other editions rendered as itself: its own citation, its facsimile references, its speakers."""

from __future__ import annotations

import re

from click.testing import CliRunner
from lxml import etree, html

from plenum import tei
from plenum.cli import main
from plenum.render import Renderer

from .conftest import shared

# A look-alike of a play from another edition: author, publisher, identifier, participants of its
# own (who="#id") and pages with facsimiles (a URL, a surface by #id, a declared prefix, an undeclared one).
PLAY = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>The Reluctant Tragedian</title><author><persName>Anton Chekhov</persName><idno>Q5685</idno></author></titleStmt>
      <publicationStmt><publisher>A Drama Corpus</publisher><date>2024</date><idno type="URL">https://drama.example.org/play/1</idno></publicationStmt>
      <sourceDesc><p>A look-alike written for a test.</p></sourceDesc>
    </fileDesc>
    <encodingDesc><listPrefixDef><prefixDef ident="img" matchPattern="(.+)" replacementPattern="https://images.example.org/$1"/></listPrefixDef></encodingDesc>
    <profileDesc><particDesc><listPerson>
      <person xml:id="anna"><persName>Anna</persName></person>
      <person xml:id="boris"><persName>Boris</persName></person>
    </listPerson></particDesc></profileDesc>
  </teiHeader>
  <facsimile><surface xml:id="s2"><graphic url="https://images.example.org/page2.jpg"/></surface></facsimile>
  <text><body><div>
    <pb n="1" facs="https://images.example.org/page1.jpg"/>
    <sp who="#anna"><speaker>ANNA.</speaker><p>Where is he?</p></sp>
    <pb n="2" facs="#s2"/>
    <sp who="#boris"><speaker>BORIS.</speaker><p>Gone.</p></sp>
    <pb n="3" facs="img:page3.jpg"/>
    <pb n="4" facs="other:page4.jpg"/>
  </div></body></text>
</TEI>
"""


def page(tmp_path, text: str, name: str = "play.xml") -> str:
    renderer = Renderer()
    renderer.edition(title="A Test Edition")
    return renderer.render(renderer.load_tree(etree.ElementTree(etree.fromstring(text.encode())), tmp_path / name), "html")


def test_a_foreign_file_is_cited_with_its_own_author_publisher_and_address(tmp_path):
    citation = re.search(r'id="pl-citation">([^<]*)<', page(tmp_path, PLAY)).group(1)
    assert citation == ("“The Reluctant Tragedian”. Anton Chekhov. A Drama Corpus, 2024. "
                        "https://drama.example.org/play/1. Copy in A Test Edition, play.html.")


def test_each_facsimile_reference_is_kept_beside_its_page(tmp_path):
    html = page(tmp_path, PLAY)
    links = re.findall(r'<span class="pb facs" title="facsimile of this page: ([^"]+)">(.*?)</span>', html)
    assert [reference for reference, _ in links] == ["https://images.example.org/page1.jpg", "#s2", "img:page3.jpg",
                                                     "other:page4.jpg"]
    assert [re.findall(r'href="([^"]+)"', shown) for _, shown in links] == [
        ["https://images.example.org/page1.jpg"], ["https://images.example.org/page2.jpg"],
        ["https://images.example.org/page3.jpg"], []]
    assert "facs. other:page4.jpg" in links[3][1]


def test_speakers_of_the_file_link_to_its_own_participants(tmp_path):
    html = page(tmp_path, PLAY)
    for person in ("anna", "boris"):
        assert f'href="#{person}"' in html
        assert re.search(f'id="{person}" title="a person of this document"', html)
    assert "proposed by plenum" not in html


def test_the_first_folio_keeps_its_25_facsimile_references(tmp_path):
    path = shared("tei-peers", "teipublisher_demo_F-rom_firstfolio.xml")
    renderer = Renderer()
    html = renderer.render(renderer.load(path), "html")
    references = tei.parse_file(path).xpath("//tei:pb/@facs", namespaces=tei.NS)
    assert len(references) == 25
    assert re.findall(r'class="pb facs" title="facsimile of this page: ([^"]+)"', html) == [r.split()[0] for r in references]


def test_the_person_index_lists_the_file_s_own_persons_with_every_turn(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["init", "edition"]).exit_code == 0
    (tmp_path / "edition" / "tei" / "imported").mkdir()
    (tmp_path / "edition" / "tei" / "imported" / "play.xml").write_text(PLAY, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "edition")
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    index = html.parse("site/persons.html").getroot()
    sections = {s.get("id"): s for s in index.xpath("//section[@class='local-persons']/section")}
    assert set(sections) == {"play.anna", "play.boris"}
    assert sections["play.anna"].findtext("h3") == "Anna"
    turns = {name: [a.get("href") for a in s.xpath(".//span[@class='turns']/a")] for name, s in sections.items()}
    assert [len(links) for links in turns.values()] == [1, 1]
    assert all(link.startswith("play.html") for links in turns.values() for link in links)

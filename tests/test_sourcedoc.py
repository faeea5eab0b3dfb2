"""Transcriptions of the source as an object (sourceDoc: surface, zone, line) in the reading edition,
with their text complete; measured on the peer editions' files."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from lxml import etree, html

from plenum import tei
from plenum.render import Renderer

from .conftest import SHARED, shared

# A look-alike of a genetic transcription: a text and, beside it, two surfaces of the source.
DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>A sermon</title></titleStmt>
    <publicationStmt><p>For a test.</p></publicationStmt><sourceDesc><p>Written here.</p></sourceDesc></fileDesc></teiHeader>
  <sourceDoc n="1">
    <surface n="1r"><graphic url="https://images.example.org/1r.jpg"/><desc>first leaf, recto</desc>
      <zone><line n="1"><choice><orig>Ljubi</orig><reg>Ljubi</reg></choice> bratje</line>
            <line n="2">in <del>sestre</del><add place="above">sestrice</add></line></zone>
    </surface>
    <surface n="1v"><zone type="margin"><line n="3">na robu</line></zone></surface>
  </sourceDoc>
  <text><body><p>Ljubi bratje in sestrice.</p></body></text>
</TEI>
"""


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text))


def page_words(page: str) -> Counter:
    tree = html.fromstring(page)
    for skipped in tree.xpath("//head | //script | //style"):
        skipped.getparent().remove(skipped)
    return words(" ".join(tree.itertext()))


def coverage(root: etree._Element, page: str) -> float:
    """The share of the words of a document's text and transcriptions (or of its root) found in its page."""
    parts = root.findall(tei.q("text")) + root.findall(tei.q("sourceDoc")) or [root]
    wanted = sum((words(" ".join(part.itertext())) for part in parts), Counter())
    found = page_words(page)
    return sum(min(count, found[word]) for word, count in wanted.items()) / sum(wanted.values())


def render(tmp_path, text: str) -> str:
    renderer = Renderer()
    return renderer.render(renderer.load_tree(etree.ElementTree(etree.fromstring(text.encode())), tmp_path / "doc.xml"), "html")


def test_surfaces_zones_and_lines_are_rendered_in_order_with_their_numbers(tmp_path):
    page = html.fromstring(render(tmp_path, DOCUMENT))
    surfaces = page.xpath("//*[@class='source-doc']//*[@class='surface']")
    assert [s.xpath("string(.//*[@class='surface-label'])") for s in surfaces] == ["surface 1r", "surface 1v"]
    assert surfaces[0].xpath(".//a[@class='facs']/@href") == ["https://images.example.org/1r.jpg"]
    lines = page.xpath("//*[@class='source-doc']//*[@class='line']")
    assert [line.xpath("string(*[@class='line-n'])").strip() for line in lines] == ["1", "2", "3"]
    assert "na robu" in lines[2].text_content() and lines[2].getparent().get("class") == "zone zone-margin"
    assert "first leaf, recto" in surfaces[0].text_content()


def test_every_word_of_text_and_transcription_reaches_the_page(tmp_path):
    assert coverage(etree.fromstring(DOCUMENT.encode()), render(tmp_path, DOCUMENT)) == 1


PEERS = sorted(path.name for path in (SHARED / "tei-peers").glob("*.xml")) or ["(no peer files)"]


@pytest.mark.parametrize("name", PEERS)
def test_each_peer_file_renders_at_least_96_percent_of_its_words(name):
    path = shared("tei-peers", name)
    renderer = Renderer()
    assert coverage(tei.parse_file(path).getroot(), renderer.render(renderer.load(path), "html")) >= 0.96

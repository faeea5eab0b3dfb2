"""Over HTTP, against a real `plenum serve`: every citable unit of every document of the edition is listed
by the Navigation endpoint and fetched by the Document endpoint with exactly its text (the TEI's own)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from lxml import etree

from .conftest import ROOT
from .dts_server import TEI, server  # noqa: F401  (the fixture)

NS = {"tei": TEI, "dts": "https://w3id.org/api/dts#"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
DOCUMENTS = sorted(path for path in (ROOT / "tei").glob("*.xml")
                   if path.name != "persons.xml" and etree.parse(str(path)).getroot().tag == f"{{{TEI}}}TEI")
# What plenum cites, found here without the refsDecl: per tree, the elements and their citeType.
BLOCKS = {"sp": "turn", "p": "paragraph", "ab": "paragraph", "head": "block", "opener": "block",
          "list": "block", "stage": "block", "closer": "block"}


def expected_units(root: etree._Element) -> dict[str | None, dict[str, etree._Element]]:
    """Per tree, the last part of each reference (an xml:id, a part's type, front or back) and its element."""
    parts = root.findall("tei:text/tei:group/tei:text", NS)
    default: dict[str, etree._Element] = {}
    for text in root.findall("tei:text", NS) + parts:
        for name in ("front", "back"):
            for element in text.findall(f"tei:{name}", NS):
                default[name] = element
        if text in parts:
            default[text.get("type")] = text
        for element in text.xpath("tei:body/tei:div/*", namespaces=NS):
            if etree.QName(element).localname in BLOCKS:
                default[element.get(XML_ID)] = element
    return {None: default,
            "notes": {n.get(XML_ID): n for n in root.xpath("tei:text//tei:note", namespaces=NS)},
            "pages": {pb.get(XML_ID): pb for pb in root.xpath("tei:text//tei:pb", namespaces=NS)}}


def stream(element: etree._Element):
    """The element's content in document order: ('start', e), text strings, ('end', e); comments and
    processing instructions give no text."""
    yield ("start", element)
    if isinstance(element.tag, str) and element.text:
        yield element.text
    for child in element:
        yield from stream(child)
        if child.tail:
            yield child.tail
    yield ("end", element)


def text_between(bound: etree._Element, first: etree._Element, last: etree._Element | None,
                 stop: etree._Element | None) -> str:
    """The text from the start of `first` to the end of `last` (or to `stop`, or the end of `bound`)."""
    found, inside = [], False
    for item in stream(bound):
        if isinstance(item, str):
            found.append(item) if inside else None
        elif item == ("start", first):
            inside = True
        elif item == ("start", stop) or item == ("end", last):
            break
    return "".join(found)


def passage_text(server, resource: str, query: str) -> str:  # noqa: F811
    reply = server.get(f"/api/dts/document/?resource={quote(resource)}&{query}")
    assert reply.status == 200, reply.body
    assert reply.headers["Content-Type"].startswith("application/tei+xml")
    root = etree.fromstring(reply.body)
    assert root.tag == f"{{{TEI}}}TEI"
    wrapper = root.find("dts:wrapper", NS)
    assert wrapper is not None and len(root) == 1
    return wrapper.xpath("string(.)")


def tree_units(server, resource: str, tree: str | None) -> list[dict]:  # noqa: F811
    query = f"/api/dts/navigation/?resource={quote(resource)}&down=-1" + (f"&tree={tree}" if tree else "")
    reply = server.get(query)
    assert reply.status == 200, reply.body
    return reply.json()["member"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_every_unit_is_listed_and_returns_exactly_its_text(server, path: Path):  # noqa: F811
    root = etree.parse(str(path)).getroot()
    for tree, expected in expected_units(root).items():
        members = tree_units(server, path.stem, tree) if expected else []
        listed = {member["identifier"].rpartition(".")[2] if member["parent"] else member["identifier"]: member
                  for member in members}
        assert set(listed) == set(expected), f"tree {tree or 'default'}"
        pages = [expected[member["identifier"]] for member in members] if tree == "pages" else []
        for key, element in expected.items():
            query = f"ref={quote(listed[key]['identifier'])}" + (f"&tree={tree}" if tree else "")
            got = passage_text(server, path.stem, query)
            if tree == "pages":
                bound = next(a for a in element.iterancestors() if etree.QName(a).localname == "text")
                following = pages[pages.index(element) + 1:]
                stop = following[0] if following and bound in following[0].iterancestors() else None
                assert got == text_between(bound, element, None, stop), key
            else:
                assert got == element.xpath("string(.)"), key


def test_every_turn_of_the_records_of_conversation_is_cited(server):  # noqa: F811
    for stem in ("000_ee6d509a4d5024c3", "003_b5736df9e90b2d57"):
        root = etree.parse(str(ROOT / "tei" / f"{stem}.xml")).getroot()
        turns = [member for member in tree_units(server, stem, None) if member["citeType"] == "turn"]
        assert len(turns) == len(root.findall(".//tei:sp", NS)) > 0


def test_a_range_returns_the_text_from_its_start_to_its_end(server):  # noqa: F811
    stem = "000_ee6d509a4d5024c3"
    root = etree.parse(str(ROOT / "tei" / f"{stem}.xml")).getroot()
    turns = root.findall(".//tei:sp", NS)
    first, last = turns[3], turns[7]
    got = passage_text(server, stem, f"start={first.get(XML_ID)}&end={last.get(XML_ID)}")
    assert got == text_between(root, first, last, None)
    assert first.xpath("string(.)") in got and last.xpath("string(.)") in got


def test_a_range_of_pages_runs_to_the_page_after_its_end(server):  # noqa: F811
    stem = "003_b5736df9e90b2d57"
    root = etree.parse(str(ROOT / "tei" / f"{stem}.xml")).getroot()
    pages = root.findall(".//tei:pb", NS)
    got = passage_text(server, stem, f"start={pages[1].get(XML_ID)}&end={pages[2].get(XML_ID)}&tree=pages")
    bound = root.find("tei:text", NS)
    assert got == text_between(bound, pages[1], None, pages[3])


def test_every_document_of_the_dossier_is_a_resource_of_the_dossier(server):  # noqa: F811
    corpus = next(path for path in (ROOT / "tei").glob("*.xml")
                  if etree.parse(str(path)).getroot().tag == f"{{{TEI}}}teiCorpus")
    included = [Path(href).stem for href in etree.parse(str(corpus)).getroot().xpath(
        "*[local-name()='include']/@href")]
    dossier = server.get(f"/api/dts/collection/?id={corpus.stem}").json()
    assert [member["@id"] for member in dossier["member"]] == included
    for member in dossier["member"]:
        assert member["@type"] == "Resource"
        whole = server.get(f"/api/dts/document/?resource={member['@id']}")
        assert whole.status == 200
        assert whole.body == (ROOT / "tei" / f"{member['@id']}.xml").read_bytes()

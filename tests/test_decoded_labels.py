"""A translator's hand label printed in a shifted font ('[Handwritten at the bottom of the first page: “To
…' decoded) whose bracket closes, or never closes, in plain text: read by the bracket grammar as the
label of an insertion, on a small look-alike dossier (own words)."""

from __future__ import annotations

import pytest

from plenum import tei

from .dossiers import OPENING, converted_dossier, shifted

NS = {"t": tei.TEI_NS}
QUOTES = {"“": "³", "”": "´"}   # the quotation marks' glyphs in the shifted font


PLAIN = "the ferry carried the new boats and a few old ones to the quay and the mill "
UNCLOSED = "[Handwritten at the bottom of the first page: “To the files. "
CLOSED = "[Handwritten at the bottom of the last page: “To the files. "
TWO_LINES = ("[Handwritten at the top left of the first page: “To Cde. ",
             "Reader, Writer”, handwritten at the bottom of the first ")
DOSSIER = "\n".join([
    "Few boats on the river have carried such heavy loads as the old ferry. The mill ",
    "sent its grain twice a year. " + PLAIN,
    shifted("In the spring, the boatmen were paid in grain. Then ", QUOTES) + "the miller wrote: “To the files.” " + PLAIN,
    PLAIN, PLAIN, "",
    *OPENING,
    "This note was read by the new committee and a few others.", "",
    shifted(UNCLOSED, QUOTES),
    "The note was used for the report on the mill in June ",
    "1957. Paul Writer. 2/VII.”", "",
    "The committee read the note on the boats and the quay.", "",
    " " + shifted(CLOSED, QUOTES),
    "The note was sent to the members of the committee.”]", "",
    "The mill sent its grain to the quay twice a year.", "",
    shifted(TWO_LINES[0], QUOTES),
    shifted(TWO_LINES[1], QUOTES),
    "page: “To the files. Paul Writer. 3.IV.57”", "",
    "The ferry carried the new boats to the mill.", "",
])


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    out, _ = converted_dossier(tmp_path_factory.mktemp("labels"), DOSSIER)
    return [tei.parse_file(path).getroot() for path in sorted(out.glob("dossier-doc*.xml"))]


def insertion(documents, label: str):
    """The add whose translator's note reads `label` (decoded), and its document."""
    for root in documents:
        for add in root.iterfind(".//t:body//t:add", NS):
            note = add.find("t:note[@type='translator']", NS)
            reg = note.find("t:choice/t:reg", NS) if note is not None else None
            if reg is not None and "".join(reg.itertext()).strip() == label:
                return add, root
    raise AssertionError(f"no insertion labelled {label!r}")


def words(element) -> str:
    """An element's reading: decoded text, not the printed characters."""
    return " ".join("".join(element.xpath(".//text()[not(ancestor::t:orig)]", namespaces=NS)).split())


def test_no_bracket_is_left_as_text(documents):
    for root in documents:
        texts = root.xpath("//t:body//text()[not(ancestor::t:orig)]", namespaces=NS)
        assert not [text for text in texts if "[" in text or "]" in text]


def test_a_decoded_label_no_bracket_closes_is_an_uncertain_insertion_to_the_paragraphs_end(documents):
    add, root = insertion(documents, "Handwritten at the bottom of the first page:")
    assert add.get("cert") == "low" and add.get("place") == "bottom" and add.get("hand")
    assert add.getparent().tag == tei.q("p") and add.getnext() is None
    assert words(add).endswith("2/VII.”")
    findings = [note.text for note in root.iterfind(".//t:notesStmt/t:note[@type='conversion']", NS)]
    assert any("[Handwritten at the bottom of the first page:" in text and "check where it ends" in text
               for text in findings)


def test_a_decoded_label_closed_in_plain_text_is_an_insertion_with_its_partner(documents):
    add, root = insertion(documents, "Handwritten at the bottom of the last page:")
    assert add.get("cert") is None and add.get("place") == "bottom"
    assert words(add).endswith("members of the committee.”")
    assert root.find(".//t:surplus", NS) is None


def test_the_label_keeps_its_printed_characters_and_the_text_after_it_is_the_insertion(documents):
    add, _ = insertion(documents, "Handwritten at the top left of the first page:")
    assert add.get("place") == "top-left" and add.get("cert") == "low"
    label_orig = add.findtext("t:note/t:choice/t:orig", namespaces=NS)
    content_orig = add.find("t:choice/t:orig", NS).text
    assert shifted("[", QUOTES) + label_orig + content_orig == shifted(TWO_LINES[0], QUOTES)
    reading = words(add)
    assert reading.startswith("Handwritten at the top left of the first page: “To Cde.")
    assert "handwritten at the bottom of the first page: “To the files." in reading

"""The independent nothing-lost check (every word of a source is in its TEI), and the losses it was made for:
words inside hand labels and field labels that a markup pattern swallowed (issue 14.4)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from plenum import lossless, pipeline, wordcheck
from plenum.readers import Markup
from plenum.readers.layouts import detect
from plenum.source import Source
from plenum.tei import NS
from plenum.transforms.sequence import run as run_transforms

from .conftest import ROOT, SEEDS
from .test_golden import CASES

TELEGRAM = ROOT / "tests" / "cases" / "archive-text" / "telegram.txt"
BRACKETS = ROOT / "tests" / "cases" / "archive-markdown" / "brackets.txt"


def convert(text: str, name: str = "mutated.txt"):
    source = Source.from_bytes(name, text.encode("utf-8"))
    conv = detect(source).read(source)
    run_transforms(conv)
    return conv


def body_text(conv) -> str:
    """The text of the first document's body, whitespace normalised."""
    return " ".join(conv.documents[0].root.xpath("string(//tei:text)", namespaces=NS).split())


def with_line(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize("path", SEEDS + CASES, ids=lambda p: p.name)
def test_every_word_of_the_seeds_and_golden_cases_is_in_their_tei(path):
    source = Source.read(path)
    conv = detect(source).read(source)
    run_transforms(conv)
    assert wordcheck.lost_words(conv) == []


def test_every_word_of_the_benchmark_corpus_is_in_its_tei(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    for path in corpus.make(tmp_path, 3):
        conv = pipeline.convert(path, ROOT / "tei")
        assert wordcheck.lost_words(conv) == [], path.name


def test_a_hand_label_keeps_the_words_it_does_not_know():
    """'[handwritten by Kim in red ink, NEVER AGREE: weakening]' lost 'by Kim in red ink, NEVER AGREE'."""
    conv = convert(with_line(TELEGRAM, "[handwritten: weakening]",
                             "[handwritten by Kim in red ink, NEVER AGREE: weakening]"))
    assert lossless.check(conv).ok and wordcheck.lost_words(conv) == []
    add = conv.documents[0].root.xpath("//tei:add[contains(., 'weakening')]", namespaces=NS)[0]
    assert add.get("hand")
    assert add.get("place") is None
    assert add.xpath("string(tei:note[@type='translator'])", namespaces=NS) == "by Kim in red ink, NEVER AGREE"


def test_a_garbled_place_is_kept_and_not_read_as_another_place():
    """'[handwritten b#elow the above sentence: insert!]' lost 'b#elow' and gave @place 'above'."""
    conv = convert(with_line(TELEGRAM, "[handwritten below the above sentence: insert!]",
                             "[handwritten b#elow the above sentence: insert!]"))
    assert wordcheck.lost_words(conv) == []
    add = conv.documents[0].root.xpath("//tei:add[contains(., 'insert!')]", namespaces=NS)[0]
    assert "b#elow the above sentence" in add.xpath("string()")
    assert add.get("place") is None


def test_seed_001_keeps_where_its_insertions_stand():
    """'[in the upper right hand corner of the next page: …]' lost 'of the next page' (and the rest)."""
    conv = pipeline.convert(SEEDS[1], ROOT / "tei")
    root = conv.documents[0].root
    corner = root.xpath("//tei:add[contains(., 'insertion N1')]", namespaces=NS)[0]
    assert corner.get("place") == "top-right"
    assert corner.xpath("string(tei:note)", namespaces=NS) == "in the upper right hand corner of the next page"
    below = root.xpath("//tei:add[contains(., 'insert!')]", namespaces=NS)[0]
    assert below.get("place") == "below" and "below the above sentence" in below.xpath("string()")
    assert "of the next page" in body_text(conv)


@pytest.mark.parametrize("path, old, new", [
    (TELEGRAM, "Summary:\n", "Original Archive:\n\nA Made-up Party Archive\n\nSummary:\n"),
    (BRACKETS, "#### **Summary:**\n", "#### **Original Archive:**\n\nA Made-up Party Archive\n\n#### **Summary:**\n"),
], ids=["plain text", "markdown"])
def test_a_field_the_header_does_not_map_is_kept_as_a_note(path, old, new):
    """A field the header has no place for ('Original Archive:') is kept, label and value, as a header
    note; the page is neither refused nor short of a word."""
    conv = convert(with_line(path, old, new), path.name)
    assert lossless.check(conv).ok and wordcheck.lost_words(conv) == []
    note = conv.documents[0].root.xpath("//tei:notesStmt/tei:note[@type='field']", namespaces=NS)
    assert [n.get("n") for n in note] == ["Original Archive"]
    assert " ".join(note[0].xpath("string()").split()) == "Original Archive A Made-up Party Archive"


def test_a_label_shaped_line_in_the_document_text_is_text():
    """'Participants:' alone on its line after the header is the text's, not an unknown field."""
    conv = convert(with_line(TELEGRAM, "Translation - English\n", "Translation - English\n\nAttention:\n"))
    assert lossless.check(conv).ok and wordcheck.lost_words(conv) == []
    assert "Attention:" in body_text(conv)


def test_words_taken_as_markup_are_found_missing():
    """A pattern that swallows words declares them as markup: lossless.check cannot see the loss, this can."""
    conv = convert(TELEGRAM.read_text(encoding="utf-8"), TELEGRAM.name)
    paragraph = conv.documents[0].root.xpath("//tei:body//tei:p[contains(., 'strengthen')]", namespaces=NS)[0]
    paragraph.text = paragraph.text.replace("We decided ", "", 1)
    start = conv.source.text.index("We decided ")
    conv.markup.append(Markup(start, start + len("We decided "), "hand-label"))
    conv.reader.markup = {**conv.reader.markup, "hand-label": r".*"}
    try:
        assert lossless.check(conv).ok
        lost = wordcheck.lost_words(conv)
    finally:
        del conv.reader.markup
    assert any("'decided'" in line and f"{TELEGRAM.name}:47:" in line for line in lost), lost


def test_convention_words_are_allowed_only_as_often_as_the_conventions_occur():
    text = "[handwritten: yes] and then handwritten notes"
    allowance = wordcheck.convention_allowance(text, frozenset({"handwritten", "inserted by hand"}))
    assert allowance == {"handwritten": 2}
    assert wordcheck.convention_allowance("inserted by hand", frozenset({"inserted by hand"})) == {
        "inserted": 1, "by": 1, "hand": 1}


@pytest.mark.parametrize("description, place, note", [
    ("in the left hand margin", "margin-left", None), ("in the upper right hand corner of the next page", "top-right", None),
    ("below the above sentence", "below", None), ("over the word", "above", None), ("in red ink, below", None, None),
    # (words that say neither where nor how the hand wrote qualify the label, which the note keeps whole: 20ad79a)
    ("b#elow the above sentence", None, "handwritten b#elow the above sentence"),
])
def test_the_place_of_an_insertion_is_the_place_its_description_opens_with(description, place, note):
    conv = convert(with_line(TELEGRAM, "[handwritten: weakening]", f"[handwritten {description}: weakening]"))
    add = conv.documents[0].root.xpath("//tei:add[contains(., 'weakening')]", namespaces=NS)[0]
    assert add.get("place") == place
    assert add.xpath("string(tei:note)", namespaces=NS) == (note or description)


def test_a_note_markers_anchor_is_allowed_only_where_a_marker_names_it():
    """'_ftn1' of '[\\[1\\]](#_ftn1)' is the web page's anchor, not a word of the text; the same word
    elsewhere still counts."""
    from plenum.readers.inline import NOTE_ANCHOR
    text = "a week.[\\[1\\]](#_ftn1) and _ftn2 as text [\\[1\\]](#_ftnref1)"
    assert wordcheck.pattern_allowance(text, (NOTE_ANCHOR,)) == {"ftn": 1, "ftnref": 1, "1": 2}


def test_a_links_address_counts_but_not_for_words_lost_elsewhere():
    """A Markdown export's '[X](https://…)' keeps its address in ref/@target, whose words count; a word
    of the text a reader dropped is still found missing."""
    text = with_line(BRACKETS, "Translation - English\n", "Translation - English\n\n"
                     "See [the record](https://example.org/document/4711) of 2 May.\n")
    conv = convert(text, "links.txt")
    refs = conv.documents[0].root.xpath("//tei:body//tei:ref[@target]", namespaces=NS)
    assert [ref.get("target") for ref in refs] == ["https://example.org/document/4711"]
    assert wordcheck.lost_words(conv) == []
    refs[0].text = "the"          # 'record' dropped from the link's words
    assert any("'record'" in line for line in wordcheck.lost_words(conv))


def test_a_figure_run_on_to_a_word_is_a_word_of_its_own():
    """A printed volume's note figure ('Conversation1') becomes a note's @n in the TEI: the check counts the
    word and the figure apart, on both sides, so neither is reported lost and losing either still is."""
    assert wordcheck.WORD.findall("Conversation1 said.2 B52 x/ Пробин3") == \
        ["Conversation", "1", "said", "2", "B", "52", "x", "Пробин", "3"]

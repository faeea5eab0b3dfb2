"""Readers on generated documents in their layouts: recognised, lossless, fields recovered, stable."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings

from plenum import lossless, tei, wordcheck
from plenum.readers.archive_web import CHROME
from plenum.readers.closers import closing_line
from plenum.readers.citation import people
from plenum.readers.fields import catalogued, field_like
from plenum.readers.layouts import detect
from plenum.source import Source
from plenum.tei import NS
from plenum.transforms.sequence import run as run_transforms

from .layouts import LAYOUTS, VARIANTS, record

PAGES_TEXT = Path(__file__).parent / "pages" / "archive-text"

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def convert(text: str):
    source = Source.from_bytes("generated.txt", text.encode("utf-8"))
    conv = detect(source).read(source)
    run_transforms(conv)
    return conv


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@SETTINGS
@given(parts=record())
def test_generated_documents_convert_without_loss(layout, parts):
    conv = convert(LAYOUTS[layout](parts))
    assert conv.reader.name == layout
    report = lossless.check(conv)
    assert report.ok, str(report)
    assert wordcheck.lost_words(conv) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@SETTINGS
@given(parts=record())
def test_header_fields_are_recovered(layout, parts):
    root = convert(LAYOUTS[layout](parts)).documents[0].root
    assert root.xpath("string(//tei:titleStmt/tei:title)", namespaces=NS) == parts["title"]
    assert root.xpath("string(//tei:creation/tei:date)", namespaces=NS) == parts["date"]
    # (a drawn name with an institution's word in it, 'A Archive', is credited as an orgName, hypothesis found)
    credited = "//tei:respStmt/*[self::tei:persName or self::tei:orgName]/text()"
    assert root.xpath(credited, namespaces=NS) == parts["translator"].split(" and ")
    assert root.xpath("string(//tei:msIdentifier/tei:idno[@type='folios'])", namespaces=NS) == "1-5"
    assert root.xpath("string(//tei:sourceDesc//tei:idno[@type='record'])", namespaces=NS) == str(parts["record"])


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("translators, reference, credited", [
    ("Ann Bee and A Archive", "GARF, Fond 5446, Opis 98c, Delo 718, Listy 1-5",
     [("persName", "Ann Bee"), ("orgName", "A Archive")]),
    ("7Testfirm", "PRC FMA 106-00999-01, 1-3", [("orgName", "7Testfirm")]),
    ("TBS and Ann Bee", "GARF, Fond 5446, Opis 98c, Delo 718, Listy 1-5", [("orgName", "TBS"), ("persName", "Ann Bee")]),
])
def test_persons_and_institutions_that_translated_are_credited_each_as_what_it_is(layout, translators, reference, credited):
    """'Translated by Ann Bee and A Archive': a person's name and an institution's, in the order printed; a name
    opening on figures ('7Testfirm', a translation firm the archive credits) a firm's, once dropped, the figure
    being no capital; a body's initials alone ('TBS', a broadcaster) an institution's."""
    parts = {"date": "January 1, 1900", "title": "A A", "translator": translators, "summary": "0",
             "language": "Russian", "body": ["0"], "record": 100000, "fields": {},
             "citation": f'"A A", January 1, 1900, Wilson Center Digital Archive, {reference}. Translated by {translators}.'}
    root = convert(LAYOUTS[layout](parts)).documents[0].root
    found = root.xpath("//tei:respStmt[tei:resp = 'Translated by']/*[not(self::tei:resp)]", namespaces=NS)
    assert [(tei.local(e), e.text) for e in found] == credited


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_text_of_page_marks_alone_converts(layout):
    """A page whose text is a classification mark and nothing else (hypothesis found it failing)."""
    parts = {"date": "January 1, 1900", "title": "A A", "translator": "A A", "summary": "0", "language": "Russian",
             "body": ["TOP SECRET"], "record": 100000, "fields": {},
             "citation": '"A A", January 1, 1900, Wilson Center Digital Archive, GARF, Fond 5446, Opis 98c, Delo '
                         '718, Listy 1-5. Translated by A A.'}
    conv = convert(LAYOUTS[layout](parts))
    assert lossless.check(conv).ok
    assert conv.documents[0].root.xpath("//tei:body//tei:fw[@type = 'classification']/text()", namespaces=NS) == [
        "TOP SECRET"]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@SETTINGS
@given(parts=record())
def test_every_layout_variant_converts_whole(variant, parts):
    """Each layout of issue 16 is read by its family's reader, loses nothing, and gives the page's
    title and date; its fields the header does not map are kept as notes, never refused."""
    family, layout = VARIANTS[variant]
    conv = convert(layout(parts))
    assert conv.reader.name == family
    report = lossless.check(conv)
    assert report.ok, str(report)
    assert wordcheck.lost_words(conv) == []
    root = conv.documents[0].root
    assert root.xpath("string(//tei:titleStmt/tei:title)", namespaces=NS) == parts["title"]
    assert root.xpath("string(//tei:creation/tei:date)", namespaces=NS) == parts["date"]


@SETTINGS
@given(parts=record())
def test_a_page_without_text_is_an_empty_document_that_says_so(parts):
    """A web panel prints labels and values alike, one a line: a summary that is itself a field's
    label ('Author(s)') reads as that field there, one that is a line of the site's chrome ('Search
    in') is the site's, and one that reads as a closer ('[signature]') is the end of a text, so such
    summaries are not asked of it."""
    summary = parts["summary"]
    assume(not catalogued(summary) and summary.strip() not in CHROME and not closing_line(summary))
    root = convert(VARIANTS["web, metadata only"][1](parts)).documents[0].root
    assert root.xpath("count(//tei:body//tei:p | //tei:body//tei:sp)", namespaces=NS) == 0
    assert root.xpath("string(//tei:body/tei:div/tei:note[@type='conversion'])", namespaces=NS)
    assert root.xpath("string(//tei:abstract)", namespaces=NS).strip() == parts["summary"]


@pytest.mark.parametrize("variant", ["markdown, unknown fields, title only in the citation",
                                     "plain text, staging, single line breaks",
                                     "web, no 'Skip to content', link lists"])
@SETTINGS
@given(parts=record())
def test_fields_the_header_does_not_map_are_kept_as_notes(variant, parts):
    """Every field is kept under its own name with its values. (A web panel prints names and values
    alike, one a line: a second value that reads as a field name, 'Cold War', starts a field there, and
    so does a first value the archive prints as a field name, 'Type'.)"""
    if VARIANTS[variant][0] == "archive-web":
        assume(not any(field_like(value) for values in parts["fields"].values() for value in values[1:]))
        assume(not any(catalogued(values[0]) for values in parts["fields"].values()))   # 'Type' after a label
    root = convert(VARIANTS[variant][1](parts)).documents[0].root
    notes = root.xpath("//tei:notesStmt/tei:note[@type='field']", namespaces=NS)
    kept = {note.get("n"): " ".join(" ".join(note.itertext()).split()) for note in notes}   # lb: a space
    for name, values in parts["fields"].items():
        assert kept.get(name, "").startswith(" ".join(f"{name} {' '.join(values)}".split())), (name, kept)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@settings(max_examples=20, deadline=None)
@given(parts=record())
def test_conversion_is_deterministic(layout, parts):
    text = LAYOUTS[layout](parts)
    first = tei.serialize(convert(text).documents[0].tree)
    assert tei.serialize(convert(text).documents[0].tree) == first


@pytest.mark.parametrize("credits, obtained, translated", [
    ("Obtained and translated for CWIHP by James F. Person.", ["James F. Person"], ["James F. Person"]),
    ("Obtained for CWIHP by Nobuo Shimotomai and translated for CWIHP by Gary Goldberg.",
     ["Nobuo Shimotomai"], ["Gary Goldberg"]),
    ("Translated by Sergey Radchenko and Jeffrey Wang. <https://example.org/1>", [],
     ["Sergey Radchenko", "Jeffrey Wang"]),
    ("Translated by V. I. Ivanov, Gary Goldberg, and A. B. Smith.", [], ["V. I. Ivanov", "Gary Goldberg", "A. B. Smith"]),
])
def test_credits_name_who_obtained_and_translated(credits, obtained, translated):
    assert people(credits) == (obtained, translated)


def test_a_panel_value_in_capitals_naming_a_mapped_field_is_kept():
    """A web panel prints names and values alike: a value 'LANGUAGE' after another value is read as a
    field of its own (a note keeping its letters), never consumed as the mapped label 'Language'."""
    parts = {"date": "March 3, 1956", "title": "Talk with a visitor", "translator": "Ann Bee",
             "summary": "A short summary", "language": "Russian", "body": ["One.", "Two."], "record": 123456,
             "fields": {"Subjects": ["Korea", "LANGUAGE"]}}
    parts["citation"] = "unused by the web layout"
    conv = convert(VARIANTS["web, no 'Skip to content', link lists"][1](parts))
    assert lossless.check(conv).ok and wordcheck.lost_words(conv) == []
    notes = conv.documents[0].root.xpath("//tei:notesStmt/tei:note[@type='field']/@n", namespaces=NS)
    assert "Subjects" in notes and "LANGUAGE" in notes


@pytest.mark.parametrize("value, kept", [("TYPE", {"Original Archive": "Original Archive TYPE"}),
                                         ("Type", {"Original Archive": "Original Archive", "Type": "Type"})])
def test_a_web_panel_reads_a_label_after_a_label_by_its_case(value, kept):
    """After a label, a line naming a field the archive prints is a label only when set in the same case
    as the labels: 'TYPE' under 'Original Archive' is its value, 'Type' a field of its own."""
    parts = {"date": "March 3, 1956", "title": "Record of a talk", "translator": "Ann Reader",
             "summary": "A talk.", "language": "Russian", "body": ["We talked."], "record": 123456,
             "fields": {"Original Archive": [value]},
             "citation": '"Record of a talk", March 3, 1956, Wilson Center Digital Archive, GARF. Translated by Ann Reader.'}
    root = convert(VARIANTS["web, no 'Skip to content', link lists"][1](parts)).documents[0].root
    notes = root.xpath("//tei:notesStmt/tei:note[@type='field']", namespaces=NS)
    found = {note.get("n"): " ".join(" ".join(note.itertext()).split()) for note in notes}
    assert {name: found.get(name) for name in kept} == kept


@pytest.mark.parametrize("line", ["Top Priority", "Strictly Confidential", "Very Urgent", "Secret. Personal",
                                  "TOP SECRET / SPECIAL FILE", "Of Special Importance", "Not for publication",
                                  "Особой важности", "Copy Nº [left blank]", "Fully Secret", "Top Secret. Flash",
                                  "Copy No.", "SECRET Nº 1", "Highly Confidential (handwritten)",
                                  "TOP SECRET [stamp]", "TOPSECRET", "Level of confidentiality: TOP SECRET"])
def test_a_classification_is_read_in_the_words_the_archive_prints_it(line):
    """A document's classification and handling marks are forme work whichever of their words it uses, the space
    in 'TOP SECRET' lost too ('TOPSECRET'); words that only begin like them are not ('Personally', 'Secretary')."""
    from plenum.readers.page_breaks import CLASSIFICATION
    assert CLASSIFICATION.fullmatch(line) and not CLASSIFICATION.fullmatch("Personally")
    assert not CLASSIFICATION.fullmatch("Secretary")


def test_a_mapped_field_label_with_a_tab_before_its_colon_is_read_not_refused():
    """'Credits\t:' is the Credits label (the vocabulary of markup had refused the page that used it)."""
    page = (PAGES_TEXT / "record-post-name-signature.txt").read_text(encoding="utf-8")
    conv = convert(page.replace("Summary:", "Summary\t:"))
    assert wordcheck.lost_words(conv) == [] and lossless.check(conv).ok
    assert "fishing agreement" in conv.documents[0].root.xpath("string(//tei:abstract)", namespaces=NS)

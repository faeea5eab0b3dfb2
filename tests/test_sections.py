"""Numbered sections (readers/sections.py): which lines are a section's heading, and that a document's
text is divided only where two or more of one numbering follow each other."""

from __future__ import annotations

import pytest

from plenum import lossless, pipeline
from plenum.dts.citations import CitationReader
from plenum.readers.layouts import detect
from plenum.readers.lettered_sections import part_letter
from plenum.readers.sections import heading_number, point_parts
from plenum.source import Source
from plenum.tei import NS, XML_ID
from plenum.transforms.sequence import run as run_transforms

from .conftest import ROOT
from .layouts import LAYOUTS


@pytest.mark.parametrize("line, number", [
    ("I.", ("roman", 1, "I")),
    ("II. Foreign Policy", ("roman", 2, "II")),
    ("XIV. On the Harvest", ("roman", 14, "XIV")),
    ("## III. Miscellaneous", ("roman", 3, "III")),
    ("**IV.**", ("roman", 4, "IV")),
    ("Article 3", ("article", 3, "3")),
    ("ARTICLE IX.", ("article", 9, "IX")),
    ("Part II - Economic Questions", ("part", 2, "II")),
    ("Статья 2", ("article", 2, "2")),
    ("II. О ремонте причалов", ("roman", 2, "II")),
    ("I. On Relations Probia-Testland:", ("roman", 1, "I")),
    ("2. The Question of the Canal Tolls", ("arabic", 2, "2")),
    ("3. The Issue of the Fair.", ("arabic", 3, "3")),
    ("1. War situation", ("arabic", 1, "1")),
    ("2. Concerning the responsibility of comrades", ("arabic", 2, "2")),
    ("1.2. Propaganda Work", ("decimal", 102, "1.2")),
    ("**2.1. Starting point**", ("decimal", 201, "2.1")),
])
def test_a_section_heading_gives_its_numbering_and_number(line, number):
    assert heading_number(line) == number


@pytest.mark.parametrize("line", [
    "II. The next day the Embassy raised the matter with the Ministry of Foreign Trade.",
    "IIII. Wrongly numbered",
    "VX.",
    "ii. a point in small letters",
    "Article 3 of the treaty says that the parties shall consult each other on every question.",
    "1. Minister Testov met Ambassador Probin in Probegrad on the second of May",
    "Comrade Probin: I. agree",
    "2. The Premier agreed.",
    "1. the boats must fly both flags;",
    "1.2. The delegation met the minister in Probegrad and left for the coast the same evening.",
])
def test_sentences_and_badly_numbered_lines_are_no_headings(line):
    assert heading_number(line) is None


def _report(*paragraphs: str):
    """A Markdown export of a made-up report whose text is `paragraphs`, converted."""
    parts = {"date": "May 4, 1960", "title": "Report on a made-up party (test)", "translator": "Probe Translator",
             "summary": "A made-up report.", "language": "Russian", "body": list(paragraphs), "record": 999466,
             "fields": {}}
    parts["citation"] = (f'"{parts["title"]}", {parts["date"]}, Wilson Center Digital Archive, '
                         f'GARF, Fond 5446, Opis 98c, Delo 718, Listy 1-5. Translated by {parts["translator"]}.')
    source = Source.from_bytes("report.md", LAYOUTS["archive-markdown"](parts).encode("utf-8"))
    conv = detect(source).read(source)
    run_transforms(conv)
    assert lossless.check(conv).ok
    return conv.documents[0].root


OPENING = "The Embassy reports on the party's congress, which met in April."
CLOSING = "Ambassador of the USSR\n\nA. Testov"


def test_numbered_headings_in_sequence_divide_the_text_and_the_signature_stays_outside():
    root = _report(OPENING, "I. The Economy", "The plan was not met.", "II. Foreign Policy",
                   "The party keeps its distance.", "III.", "Nothing else of note.", CLOSING)
    sections = root.findall(".//tei:body/tei:div/tei:div[@type='section']", NS)
    assert [(section.get("n"), section.findtext("tei:head", namespaces=NS)) for section in sections] == [
        ("I", "I. The Economy"), ("II", "II. Foreign Policy"), ("III", "III.")]
    assert [p.text for p in sections[0].findall("tei:p", NS)] == ["The plan was not met."]
    assert root.find(".//tei:body/tei:div/tei:p", NS).text == OPENING     # before the first: the division's
    assert root.find(".//tei:body/tei:div/tei:closer", NS) is not None
    assert root.find(".//tei:div[@type='section']//tei:closer", NS) is None


def test_a_sitting_s_heading_with_its_hours_divides_the_day_s_talks():
    """'Morning meeting (10:00-12:30)' and 'Afternoon meeting (15:00-16:45)' each head a section of the text, no
    number, the hours a date in the heading; a sentence naming a meeting does not."""
    root = _report(OPENING, "Morning meeting (10:00-12:30)", "The fisheries were discussed.",
                   "Afternoon meeting (15:00-16:45)", "The air route was discussed.",
                   "The afternoon meeting (15:00-16:45) was short.", CLOSING)
    sections = root.findall(".//tei:body/tei:div/tei:div[@type='section']", NS)
    assert [(section.get("n"), section.findtext("tei:head/tei:date", namespaces=NS)) for section in sections] == [
        (None, "10:00-12:30"), (None, "15:00-16:45")]
    assert [p.text for p in sections[1].findall("tei:p", NS)] == ["The air route was discussed.",
                                                                 "The afternoon meeting (15:00-16:45) was short."]


def test_a_sitting_s_number_under_those_present_heads_the_talks():
    """'First Summit Meeting (October 2nd)' under the list of those present heads a section holding the text under
    it; the same words among the text, no list above them, stay a paragraph."""
    root = _report("Present: Comrades P. Testov, I. Probin.", "First Summit Meeting (October 2nd)",
                   "The fisheries were discussed.", CLOSING)
    sections = root.findall(".//tei:body/tei:div/tei:div[@type='section']", NS)
    assert [section.findtext("tei:head", namespaces=NS) for section in sections] == ["First Summit Meeting (October 2nd)"]
    assert [p.text for p in sections[0].findall("tei:p", NS)] == ["The fisheries were discussed."]
    root = _report(OPENING, "Second Meeting", "The fisheries were discussed.", CLOSING)
    assert root.find(".//tei:div[@type='section']", NS) is None


@pytest.mark.parametrize("headings", [
    ("I. The Economy",),                        # one alone: an excerpt's, or a name ('I. Probin')
    ("I. The Economy", "III. Foreign Policy"),  # a number skipped
    ("II. Foreign Policy", "I. The Economy"),   # out of order
])
def test_a_lone_heading_or_a_broken_numbering_divides_nothing(headings):
    paragraphs = [OPENING]
    for heading in headings:
        paragraphs += [heading, "The Embassy has nothing to add."]
    root = _report(*paragraphs, CLOSING)
    assert root.find(".//tei:div[@type='section']", NS) is None
    assert len(root.findall(".//tei:body/tei:div/tei:p", NS)) == 1 + 2 * len(headings)


def test_the_citation_tree_cites_each_section_and_the_turns_in_it_under_it(tmp_path):
    page = ROOT / "tests" / "pages" / "archive-markdown" / "original-sections-roman.txt"
    [document] = pipeline.convert(page, tmp_path).documents
    [tree, *_] = CitationReader().trees(document.root, tmp_path / "document.xml")
    sections = [unit for unit in tree.units if unit.cite_type == "section"]
    assert [(unit.parent, unit.level) for unit in sections] == [("original", 2)] * 2 + [("translation", 2)] * 2
    for section in sections:
        element = document.root.xpath("//*[@xml:id = $id]", id=section.ref.rpartition(".")[2])[0]
        turns = [unit.ref for unit in tree.units if unit.parent == section.ref and unit.cite_type == "turn"]
        assert turns == [f"{section.ref}.{sp.get(XML_ID)}" for sp in element.findall("tei:sp", NS)]
        assert len(turns) == 2


@pytest.mark.parametrize("line, parts", [
    ("1. a) Statement of the departments on the harbour question", [("arabic", "1"), ("letter", "a")]),
    ("b) Information on the spring fair in Probeville", [("letter", "b")]),
    ("2. Proposal on the exchange of teachers", [("arabic", "2")]),
    ("The Political Committee approves the report.", []),
    ("Speaker: Comrade Ferenc Testényi", []),
])
def test_a_point_of_minutes_gives_its_number_and_letter(line, parts):
    assert point_parts(line) == parts


def test_the_citation_tree_cites_a_point_s_lettered_subsections_under_it(tmp_path):
    page = ROOT / "tests" / "pages" / "archive-text" / "minutes-lettered-points-over-speaker.txt"
    [document] = pipeline.convert(page, tmp_path).documents
    [tree, *_] = CitationReader().trees(document.root, tmp_path / "document.xml")
    sections = [unit for unit in tree.units if unit.cite_type == "section"]
    assert [unit.level for unit in sections] == [1, 2, 1, 2, 2, 1]
    inner = [unit for unit in sections if unit.level == 2]
    assert all(unit.parent in {outer.ref for outer in sections if outer.level == 1} for unit in inner)
    assert all(any(unit.parent == section.ref and unit.cite_type == "paragraph" for unit in tree.units)
               for section in inner)


def test_the_agenda_word_over_its_points_heads_a_list_of_them():
    root = _report(OPENING, "Agenda", "1. The harbour question", "2. The spring fair", "The committee met at ten.",
                   CLOSING)
    [listing] = root.findall(".//tei:body/tei:div/tei:list", NS)
    assert listing.findtext("tei:head", namespaces=NS) == "Agenda"
    assert [(item.get("n"), item.text) for item in listing.findall("tei:item", NS)] == [
        ("1", "1. The harbour question"), ("2", "2. The spring fair")]


def test_the_agenda_word_over_one_numbered_line_and_text_stays_a_paragraph():
    root = _report(OPENING, "Agenda", "1. The harbour question", "The committee approves the report.", CLOSING)
    assert root.find(".//tei:list", NS) is None


def test_numbered_headings_inside_a_roman_section_are_its_subsections():
    root = _report(OPENING, "I. The Economy", "The plan was not met.", "II. Foreign Policy", "1. Relations with Probeland",
                   "The talks go on.", "2. Relations with Testland", "Nothing new.", "III. Culture", "A choir came.",
                   CLOSING)
    second = root.find(".//tei:div[@type='section'][@n='II']", NS)
    assert [(section.get("n"), section.findtext("tei:head", namespaces=NS))
            for section in second.findall("tei:div[@type='section']", NS)] == [
        ("1", "1. Relations with Probeland"), ("2", "2. Relations with Testland")]
    assert root.find(".//tei:div[@type='section'][@n='III']/tei:p", NS).text == "A choir came."


def test_numbered_lines_inside_a_section_from_another_number_than_1_stay_paragraphs():
    root = _report(OPENING, "I. The Economy", "The plan was not met.", "II. Foreign Policy", "The talks go on.",
                   "3. Relations with Testland", "Nothing new.", CLOSING)
    assert root.find(".//tei:div[@type='section']/tei:div", NS) is None


@pytest.mark.parametrize("line, letter", [("B. Military discussions", "B"), ("**C. Our next steps**", "C"),
                                          ("A. The main points of our talk are as follows:", "A"),
                                          ("P. Testov", None), ("I. Foreign Policy", None), ("b) the staff", None)])
def test_a_lettered_part_gives_its_letter(line, letter):
    assert part_letter(line) == letter

"""The nothing-lost check: every seed passes it, and it catches what it must catch."""

from __future__ import annotations

import copy

import pytest
from lxml import etree

from plenum import lossless, pipeline
from plenum.readers import Conversion, Markup
from plenum.readers.layouts import detect
from plenum.source import Source, parse_pointer
from plenum.tei import TEI_NS, by_plenum
from plenum.transforms.sequence import run as run_transforms

from .conftest import ROOT, SEEDS


def converted(path) -> Conversion:
    source = Source.read(path)
    conv = detect(source).read(source)
    run_transforms(conv)
    return conv


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_every_seed_loses_nothing(seed):
    report = lossless.check(converted(seed))
    assert report.ok, str(report)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_every_seed_converts_through_the_pipeline(seed, tmp_path):
    conv = pipeline.convert(seed, tmp_path)
    assert conv.documents


def _text_nodes(conv):
    """Every element with non-blank text inside a @source element, but for plenum's own notes."""
    found = []
    for document in conv.documents:
        for element in document.root.iter(f"{{{TEI_NS}}}*"):
            if element.xpath("ancestor-or-self::*[@source]") and (element.text or "").strip() \
                    and not any(by_plenum(e) for e in (element, *element.iterancestors())):
                found.append(element)
    return found


def test_a_dropped_word_is_reported_with_its_source_line():
    conv = converted(SEEDS[0])
    element = _text_nodes(conv)[-1]
    words = element.text.split()
    element.text = " ".join(words[1:])
    report = lossless.check(conv)
    assert not report.ok
    assert f"source has '{words[0]}'" in report.problems[0]
    first, _ = parse_pointer(element.xpath("ancestor-or-self::*[@source][1]/@source")[0])
    assert f"{SEEDS[0]}:{first}:" in report.problems[0]


def test_invented_text_is_reported():
    conv = converted(SEEDS[0])
    element = _text_nodes(conv)[5]
    element.text += " and an invented clause"
    report = lossless.check(conv)
    assert "TEI has 'and an invented clause'" in str(report)


def test_a_duplicated_block_is_reported():
    conv = converted(SEEDS[2])
    paragraph = conv.documents[0].root.find(f".//{{{TEI_NS}}}body//{{{TEI_NS}}}p")
    paragraph.addnext(copy.deepcopy(paragraph))
    assert not lossless.check(conv).ok


def test_words_glued_together_are_reported():
    conv = converted(SEEDS[0])
    element = _text_nodes(conv)[-1]
    element.text = element.text.replace(" ", "", 1)
    assert not lossless.check(conv).ok


def test_markup_outside_the_reader_vocabulary_is_reported():
    conv = converted(SEEDS[0])
    # Claim the first word of the summary as markup: the vocabulary does not allow it.
    summary = conv.documents[0].root.find(f".//{{{TEI_NS}}}abstract/{{{TEI_NS}}}p")
    start = conv.source.text.index(summary.text)
    conv.markup.append(Markup(start, start + 5, "heading"))
    summary.text = summary.text[5:]
    report = lossless.check(conv)
    assert any("markup vocabulary does not allow" in problem for problem in report.problems)


def test_text_outside_source_blocks_does_not_count():
    """Derived header values (ISO dates, archive units) may repeat source text without @source."""
    conv = converted(SEEDS[0])
    header = conv.documents[0].root.find(f"{{{TEI_NS}}}teiHeader")
    etree.SubElement(header.find(f"{{{TEI_NS}}}fileDesc/{{{TEI_NS}}}titleStmt"), f"{{{TEI_NS}}}funder").text = "x"
    assert lossless.check(conv).ok


def test_regularised_forms_do_not_count_but_originals_do():
    conv = converted(SEEDS[0])
    element = _text_nodes(conv)[-1]
    word = element.text.split()[0]
    element.text = element.text[len(word):]
    choice = etree.Element(f"{{{TEI_NS}}}choice")
    etree.SubElement(choice, f"{{{TEI_NS}}}orig").text = word
    etree.SubElement(choice, f"{{{TEI_NS}}}reg").text = word.upper() + "!"
    choice.tail = element.text
    element.text = ""
    element.insert(0, choice)
    assert lossless.check(conv).ok, str(lossless.check(conv))


def test_space_between_chinese_characters_is_no_text_but_every_character_counts():
    """A speaker label and its words stand in two elements, which the source view joins with a space;
    Chinese writes none, so the check reads none there. Elsewhere spaces still part words."""
    assert lossless.normalise("张副部长： 渔业谈判") == lossless.normalise("张副部长：渔业谈判")
    assert lossless.normalise("张副部长：渔业") != lossless.normalise("张副部长：渔")
    assert lossless.normalise("Kim : 渔业") == "Kim : 渔业"
    assert lossless.normalise("the talks") != lossless.normalise("thetalks")


def test_a_label_the_source_runs_into_its_value_loses_nothing(tmp_path):
    """'Place:the county hall' with no space is a label and a place, two elements whose boundary the
    check reads as a space; the source has none there, and no character is lost."""
    page = (ROOT / "tests" / "pages" / "archive-text" / "meeting-details.txt").read_text(encoding="utf-8")
    assert "\nPlace: the county hall\n" in page and "\nTime: " in page
    source = tmp_path / "details.txt"
    source.write_text(page.replace("\nPlace: ", "\nPlace:").replace("\nTime: ", "\nTime:"), encoding="utf-8")
    conv = converted(source)
    assert lossless.check(conv).ok, str(lossless.check(conv))
    place = conv.documents[0].root.find(f".//{{{TEI_NS}}}body//{{{TEI_NS}}}placeName")
    assert place.text == "the county hall"


def test_an_element_edge_does_not_excuse_a_lost_character():
    """The edge between two elements may stand for no space, never for a character the TEI lacks."""
    conv = converted(SEEDS[0])
    label = next(element for element in _text_nodes(conv) if etree.QName(element).localname == "label")
    label.text = label.text[:-1]
    assert not lossless.check(conv).ok


def test_the_lines_of_a_chinese_closer_need_no_space_where_the_second_reading_is_asked(tmp_path):
    """A Chinese signature and date are two lines of the source, two elements of the TEI, and Chinese writes no
    space between them ('周测来' / '五月十四日'); where the plain reading differs elsewhere (a label run into its value,
    'Time:14 May 1953'), the second reading must not find a space between the two either."""
    page = (ROOT / "tests" / "pages" / "archive-text" / "cable-printed-volume-pages-chinese-transcription.txt")
    text = page.read_text(encoding="utf-8")
    assert "\n周测来\n\n五月十四日" in text
    source = tmp_path / "cable.txt"
    source.write_text(text.replace("\nTo the Chairman [Mao Probedong]:", "\nTime:14 May 1953\n\nTo the Chairman [Mao Probedong]:"),
                      encoding="utf-8")
    conv = converted(source)
    assert lossless.check(conv).ok, str(lossless.check(conv))

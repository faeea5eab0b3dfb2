"""Every name form in the Russian OCR originals (seeds 001 and 003) is linked, with @cert when it is a
reading, or listed for review (persName without @ref): none is left as plain text.

The candidates are read off the converted text as a reader would look for names: a capitalised
word after a title ('тов.', 'т.', and 'г.' as OCR reads 'т.'), every entry of a participants list,
every capitalised word inside a sentence, and every speaker label. Capitalised words inside a
sentence that are not names are listed below, each with what it is, so that a new unlinked name
form makes the test fail.
"""

from __future__ import annotations

import re

import pytest
from lxml import etree

from plenum.transforms.local_persons import delocalise
from plenum import pipeline
from plenum.tei import NS, q

from .conftest import ROOT

ORIGINALS = sorted(path for path in (ROOT / "seeds").glob("*.txt") if path.name[:3] in ("001", "003"))
PERSNAME, SPEAKER = q("persName"), q("speaker")
# Words no name is hidden in: markup whose text is not running text, and the names themselves.
APART = {PERSNAME, SPEAKER, q("fw"), q("label")}
NOT_PERSONS = {
    "Пхеньян", "Пхеньяне", "Пекин", "Китай", "Корее", "Кореи", "Корен",   # places ('Корен': Кореи misread)
    "Трудовой", "Президиума", "Кабинета", "Министров", "Центр", "Ревизионной",   # institutions
    "Вам",                                                                # 'to you', capitalised in a letter
    "Модробная",                                                          # 'Подробная' misread
    "Маниу", "Томино",                                                    # OCR of a handwritten insertion
}
AFTER_TITLE = re.compile(r"(?<!\w)(?:[Тт]ов|т|г)\.\s*([А-ЯЁ][\w-]+)")
INSIDE = re.compile(r"(?<=[\w,;:(] )[А-ЯЁ][а-яёa-z][\w-]*")


def running_text(block: etree._Element) -> list[str]:
    """A block's text outside names, labels and forme work, one piece per stretch between them."""
    pieces = [""]

    def walk(element: etree._Element) -> None:
        if element.tag in APART:
            pieces.append("")
        else:
            pieces[-1] += (" " if element.tag == q("lb") else "") + (element.text or "")
            for child in element:
                walk(child)
        if element is not block:
            pieces[-1] += element.tail or ""

    walk(block)
    return pieces


@pytest.fixture(scope="module", params=ORIGINALS, ids=lambda path: path.name[:3])
def original(request) -> tuple[etree._Element, list]:
    conv = pipeline.convert(request.param, ROOT / "tei")
    root = conv.documents[0].root
    delocalise(root)                        # the persons the names point to, as persons.xml#id
    return root.xpath("//tei:text[@type='original']", namespaces=NS)[0], conv.findings


def blocks(text: etree._Element) -> list[etree._Element]:
    return text.xpath(".//tei:p | .//tei:item | .//tei:closer | .//tei:head | .//tei:ab | .//tei:stage",
                      namespaces=NS)


def test_no_capitalised_word_inside_a_sentence_is_a_name_left_as_text(original):
    text, _ = original
    left = {word for block in blocks(text) for piece in running_text(block) for word in INSIDE.findall(piece)}
    assert left <= NOT_PERSONS, f"name forms neither linked nor listed: {sorted(left - NOT_PERSONS)}"


def test_every_word_after_a_title_is_a_name(original):
    text, _ = original
    untagged = [match.group(1) for block in blocks(text) for piece in running_text(block)
                for match in AFTER_TITLE.finditer(piece)]
    assert not untagged, f"after a title but not tagged: {untagged}"


def test_every_entry_of_a_participants_list_is_a_name(original):
    text, _ = original
    left = [word for item in text.iterfind(".//tei:list[@type='participants']/tei:item", NS)
            for piece in running_text(item) for word in re.findall(r"[А-ЯЁ][а-яёa-z]{2,}", piece)]
    assert set(left) <= NOT_PERSONS, f"entries left as text: {left}"


def test_every_speaker_label_is_attributed_and_a_doubtful_one_records_its_reading(original):
    text, findings = original
    for sp in text.iterfind(".//tei:sp", NS):
        assert sp.get("who"), f"turn at {sp.get('source')} has no speaker"
        if sp.get("cert") == "low":
            label = "".join(sp.find("tei:speaker", NS).itertext())
            notes = [f.message for f in findings if f.source == sp.get("source")]
            assert any("closest to" in note and "plausible reading" in note for note in notes), label


def test_a_name_linked_without_cert_is_a_curated_form_of_that_person(original):
    text, _ = original
    persons = pipeline.personography(ROOT / "tei")
    for name in text.iter(PERSNAME):
        if name.get("ref") and name.get("cert") is None:
            written = " ".join(" ".join(name.xpath(".//text()")).split())
            assert name.get("ref").split("#")[1] in persons.lookup(written, "cyrillic") | persons.lookup(written, "latin"), \
                f"'{written}' is linked as certain but is no curated form"

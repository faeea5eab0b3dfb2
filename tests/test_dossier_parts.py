"""Dossier documents put together from their parts: a look-alike dossier whose text layer printed the
middle of one record after another, and a letter followed by a record about it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from plenum import pipeline, tei
from plenum.readers.dossier_bounds import reports

NS = {"t": tei.TEI_NS, "xi": tei.XI_NS}
FILLER = ("The talk went on about the railway wagons that stand idle at the border stations and the ",
          "repairs the workshops of the capital cannot make, since the spare parts ordered last spring ",
          "have still not arrived from the suppliers abroad.")


def dossier(held_with: str) -> list[str]:
    """Document No. 3 held with `held_with`, No. 5 with Bak Ro-won; after No. 5's text, the text layer
    printed a piece that goes on from a sentence No. 3 breaks off (line 14), then a letter and a record."""
    return [
        " his short essay opens the dossier of the trade mission's papers from the autumn of 1958.",
        "",
        "DOCUMENT No. 3",                                                           # 3
        "",
        f"Memorandum of Conversation with {held_with}, 4 October 1958",
        "",
        "[Source: RGANI, Fond 5, Opis 30, Delo 7, Listy 1-4. ",
        "Obtained and translated for CWIHP by A. Reader.]",
        "",
        "I received Han Su-bok at his request. Han Su-bok said that the harvest was late. " + FILLER[0],
        FILLER[1], FILLER[2],                                                       # 11-12
        "",
        "The shortage of lorries in the provinces, Han Su-bok explained, is caused",   # 14: breaks off
        " Later the minister thanked the embassy for the seed grain and the advice.",  # 15: a new sentence
        "",
        "DOCUMENT No. 5",                                                           # 17
        "",
        "Memorandum of Conversation with Bak Ro-won, 9 October 1958",
        "",
        "[Source: RGANI, Fond 5, Opis 30, Delo 7, Listy 9-10. ",
        "Obtained and translated for CWIHP by A. Reader.]",
        "",
        "Bak Ro-won said that the factory has no coal for the winter. " + FILLER[0], FILLER[1], FILLER[2],
        " by the lack of spare parts, said Han Su-bok, and the drivers wait for weeks. The ",   # 27: displaced
        "ministry, Han Su-bok continued, has been told of it twice and has not answered.",
        "",
        "Nº 12-nf",                                                                 # 30: a letter begins
        "10.X.58",
        "",
        "Dear Comrade Ambassador,",
        "",
        "I write to you about the harvest of our province. " + FILLER[0], FILLER[1], FILLER[2],   # 35-37
        " I am told that Gang Il-do was told the same, and Gang Il-do writes that it is so.",   # 38: still the letter
        " In the letter, Cde. Gang Il-do describes the harvest, and Gang Il-do was told ",     # 39: a record
        "that the embassy will help. The ministry, writes Cde. Gang Il-do, knows of it.",
        "",
    ]


def convert(folder: Path, held_with: str) -> Path:
    source = folder / "dossier.txt"
    source.write_text("\n".join(dossier(held_with)), encoding="utf-8")
    out = folder / "tei"
    out.mkdir()
    pipeline.write(pipeline.convert(source, out), out)
    return out


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> Path:
    return convert(tmp_path_factory.mktemp("parts"), "Han Su-bok")


def load(out: Path, name: str) -> etree._Element:
    return tei.parse_file(out / f"dossier-{name}.xml").getroot()


def members(out: Path) -> list[str]:
    corpus = tei.parse_file(out / "dossier.xml").getroot()
    return [include.get("href").removeprefix("dossier-").removesuffix(".xml") for include in corpus.findall("xi:include", NS)]


def first_lines(root: etree._Element) -> list[int]:
    """The first source line of each paragraph of a document's body, in its order."""
    return [int(p.get("source").removeprefix("src:L").partition("-")[0]) for p in root.iterfind(".//t:body//t:p", NS)]


def notes(root: etree._Element) -> dict[str, str]:
    return {note.get("source"): note.text for note in root.iterfind(".//t:notesStmt/t:note[@type='conversion']", NS)}


def test_a_displaced_part_goes_back_after_the_sentence_its_document_breaks_off(converted):
    assert members(converted) == ["essay1", "doc03", "doc05", "doc05a", "doc05b"]
    record = load(converted, "doc03")
    assert first_lines(record) == [10, 14, 27, 15]
    assert list(record.iterfind(".//t:body//t:p", NS))[1].get("part") == "I"   # line 14 breaks off
    placed = next(text for source, text in notes(record).items() if source.startswith("src:L27-"))
    assert "Lines 27–29 are placed here, after line 14" in placed and "guess" in placed
    assert "printed them after Document No. 5" in placed and "quotes Han Su-bok 2 times" in placed
    assert first_lines(load(converted, "doc05")) == [24]
    end = notes(load(converted, "doc05"))["src:L27"]
    assert "taken to end at line 26" in end and "displaced part of Document No. 3" in end


def test_a_record_about_a_letter_is_not_the_letter(converted):
    letter = load(converted, "doc05a")
    assert first_lines(letter)[0] == 30 and 38 in first_lines(letter)   # its 'I' keeps line 38 in the letter
    record = load(converted, "doc05b")
    assert first_lines(record) == [39]
    found = notes(record)["src:L39"]
    assert "reports what Gang Il-do writes or was told (3 times), inside a letter" in found and "guess" in found


def test_a_part_no_earlier_document_was_held_with_stays_a_document(tmp_path):
    out = convert(tmp_path, "Ri Chang-su")
    assert members(out) == ["essay1", "doc03", "doc05", "doc05a", "doc05b", "doc05c"]
    assert first_lines(load(out, "doc03")) == [10, 14, 15]
    found = notes(load(out, "doc05a"))["src:L27"]
    assert "no longer names Bak Ro-won but quotes Han Su-bok 2 times" in found and "with whom" not in found


def test_reports_of_what_a_person_writes_or_was_told():
    text = "Cde. Bak Ro-won then writes that the mines are idle. Bak Ro-won was told to wait, writes Cde. Ri Chang-su."
    assert reports(text) == ["Bak Ro-won", "Bak Ro-won", "Ri Chang-su"]
    assert reports("Bak Ro-won said that the mines are idle.") == []

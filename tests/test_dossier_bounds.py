"""Dossier documents found without their headings: a small look-alike dossier whose text layer lost two."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from plenum import pipeline, tei
from plenum.readers.dossier_bounds import named, speakers

NS = {"t": tei.TEI_NS, "xi": tei.XI_NS}
BODY = ("The minister spoke for a long time about the harvest of the northern provinces and the ",
        "shortage of seed grain, and he asked that the embassy pass on a request for help with ",
        "fertilizer before the spring sowing begins in the cooperatives of the region.")


def dossier() -> list[str]:
    """Six documents printed in order; the text layer kept the headings of Nos. 3 and 9 only."""
    return [
        " he essay that opens this dossier reads the records of the embassy in the spring of 1957.",
        "",
        "DOCUMENT No. 3",                                                     # 3
        "",
        "Memorandum of Conversation with Minister Ro Tae-sik, 2 March 1957",
        "",
        "[Source: RGANI, Fond 5, Opis 29, Delo 101, Listy 4-6. ",
        "Obtained and translated for CWIHP by A. Reader.]",
        "",
        "Embassy of the USSR in the DPRK   Secret",                           # 10: letterhead, no split
        "DIARY",
        "For the period from 1 to 9 March 1957.",
        "",
        "Ro Tae-sik said that the harvest had been poor. " + BODY[0], BODY[1], BODY[2],   # 14-16
        "",
        " of seed grain in the south, Ro said, would be sent by rail.",         # 18: a fragment naming Ro
        " Then the conversation turned to the factories of the capital and the ",   # 19
        "shortage of workers in the mines, which Gang Il-do described. " + BODY[0],
        BODY[1], BODY[2],
        "",
        "The factories, said Gang Il-do, lack coal for the winter months. Gang Il-do ",  # 24
        "stressed that the workers of the mines live in tents and have no warm clothing to wear.",
        "",
        "Nº 14-nf",                                                          # 27: letter begins
        "4.III.57",
        "",
        "Dear Comrade Ambassador,",
        "",
        "I write to you about the situation in our ministry. " + BODY[0], BODY[1], BODY[2],  # 32-34
        " The director, said Han Su-bok, has no coal, and Han Su-bok stressed that it is cold.",  # 35
        "",
        "DOCUMENT No. 9",                                                     # 37
        "",
        "Letter, Ro Tae-sik to the Embassy, 20 March 1957",
        "",
        "[Source: RGANI, Fond 5, Opis 29, Delo 101, List 9. ",
        "Obtained and translated for CWIHP by A. Reader.]",
        "",
        "I thank the embassy for the help with fertilizer. " + BODY[0], BODY[1], BODY[2],  # 44-46
        "",
        " 22 March",                                                         # 48: a diary entry begins
        "",
        "I received Ro Tae-sik at his request. He told me about the sowing. " + BODY[0], BODY[1], BODY[2],  # 50-52
        "",
        "4 copies sent",                                                     # 54: the entry closes
        "Drafted by A. Clerk",
        "",
        "The trade mission will arrive in April with the new price lists. " + BODY[0], BODY[1], BODY[2],
        "",
    ]


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bounds")
    source = folder / "dossier.txt"
    source.write_text("\n".join(dossier()), encoding="utf-8")
    out = folder / "tei"
    out.mkdir()
    pipeline.write(pipeline.convert(source, out), out)
    return out


def load(out: Path, name: str) -> etree._Element:
    return tei.parse_file(out / f"dossier-{name}.xml").getroot()


def span(root: etree._Element) -> tuple[int, int]:
    """The first and last source line of a document's text."""
    lines = []
    for element in root.iterfind(".//t:text//*[@source]", NS):
        first, _, last = element.get("source").removeprefix("src:L").partition("-L")
        lines += [int(first), int(last or first)]
    return min(lines), max(lines)


def notes(root: etree._Element) -> str:
    return " ".join(note.text for note in root.iterfind(".//t:notesStmt/t:note[@type='conversion']", NS))


def test_documents_begin_at_openings_and_at_a_change_of_interlocutor(converted):
    corpus = tei.parse_file(converted / "dossier.xml").getroot()
    members = [include.get("href") for include in corpus.findall("xi:include", NS)]
    assert members == [f"dossier-{name}.xml" for name in
                       ("essay1", "doc03", "doc03a", "doc03b", "doc09", "doc09a", "doc09b")]
    assert span(load(converted, "doc03")) == (3, 18)   # its letterhead and the fragment naming Ro stay
    assert span(load(converted, "doc03a")) == (19, 25)
    assert span(load(converted, "doc03b")) == (27, 35)   # a letter is not cut where it quotes others
    assert span(load(converted, "doc09")) == (37, 46)
    assert span(load(converted, "doc09a")) == (48, 55)
    assert span(load(converted, "doc09b")) == (57, 59)


def test_each_boundary_found_without_a_heading_is_explained(converted):
    guessed = notes(load(converted, "doc03a"))
    assert "no longer names Ro Tae-sik but quotes Gang Il-do" in guessed and "guess" in guessed
    assert "one of Nos. 4–8" in guessed
    letter = notes(load(converted, "doc03b"))
    assert "a letter's salutation" in letter and "guess" not in letter
    assert "taken to end at line 18" in notes(load(converted, "doc03"))
    assert "distribution list that closed" in notes(load(converted, "doc09b"))
    entry = load(converted, "doc09a")
    assert "the dateline of a diary entry" in notes(entry) and "after Document No. 9" in notes(entry)
    assert entry.findtext(".//t:titleStmt/t:title", namespaces=NS) == \
        "Document without its printed heading, beginning “22 March I received Ro Tae-sik at his…”"


def test_speakers_and_names_in_running_text():
    text = " The factories, said Gang Il-do, lack coal. Gang Il-do stressed that the mines are cold."
    assert speakers(text) == ["Gang Il-do", "Gang Il-do"]
    assert named("Ro Tae-sik", "as Ro said, the grain") and not named("Ro Tae-sik", "Ro Min-ho said")
    assert speakers("Then Bak pointed out that the plan was late. In the opinion of Nam Il, it was.") == \
        ["Bak", "Nam Il"]

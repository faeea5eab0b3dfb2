"""Archive pages the seeds never showed (tests/pages/): look-alike pages, written in the engineers' own
words, of every export family and site layout. Each page converts without refusal, loses nothing (the
nothing-lost check and, independently, the word multisets), is valid against the project schema and
tei_all, and gives what its expectations file (<page>.expect.json) says a reader would find:

    {"family": "archive-text",              the reader that must take the page
     "layout": "staging, single line breaks",   what kind of page it is (for the figures)
     "persons": [{"labels": ["Zhou:", "Premier Zhou Enlai (hereafter Zhou):"], "turns": 5}, ...],
                                             turns grouped by person: the labels as written, the count
     "count": {"//tei:sic": 2, "//tei:add[@hand]": 1}}   any XPath (prefix tei) and how many it finds
"""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from plenum import lossless, pipeline, wordcheck
from plenum.tei import NS
from plenum.validate import Validator

from .conftest import ROOT

PAGES = Path(__file__).parent / "pages"
CASES = sorted(path for path in PAGES.rglob("*") if path.is_file() and not path.name.endswith(".expect.json"))


def expectations(page: Path) -> dict:
    """What a reader finds in the page: its .expect.json beside it."""
    return json.loads(page.with_name(page.name + ".expect.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """Each page converted once (with the edition's personography), and its TEI written."""
    out = tmp_path_factory.mktemp("pages")
    found = {}

    def convert(page: Path):
        if page not in found:
            conv = pipeline.convert(page, ROOT / "tei")
            folder = out / page.relative_to(PAGES).with_suffix("")
            folder.mkdir(parents=True)
            shutil.copy(ROOT / "tei" / "persons.xml", folder)   # the personography its pointers name
            paths = []
            for document in conv.documents:
                path = folder / f"{document.name}.xml"
                path.write_bytes(pipeline.serialize(document))
                paths.append(path)
            found[page] = conv, paths
        return found[page]
    return convert


def turns_by_person(root) -> list[tuple[list[str], int]]:
    """The turns of a TEI document grouped by @who: the labels as written, and how many turns."""
    groups: dict[str, list[str]] = defaultdict(list)
    for sp in root.iterfind(".//tei:sp", NS):
        label = " ".join("".join(sp.find("tei:speaker", NS).itertext()).split()) if sp.find("tei:speaker", NS) is not None else ""
        groups[sp.get("who") or f"(no @who: {label})"].append(label)
    return sorted((sorted(set(labels)), len(labels)) for labels in groups.values())


@pytest.mark.parametrize("page", CASES, ids=lambda p: p.relative_to(PAGES).as_posix())
def test_the_page_converts_whole_and_loses_nothing(page, converted):
    conv, _ = converted(page)
    assert conv.reader.name == expectations(page)["family"]
    assert lossless.check(conv).ok
    assert wordcheck.lost_words(conv) == []


@pytest.mark.parametrize("page", CASES, ids=lambda p: p.relative_to(PAGES).as_posix())
def test_the_page_is_valid_against_the_project_schema_and_tei_all(page, converted, validator, tei_all):
    _, paths = converted(page)
    for path in paths:
        assert [str(problem) for problem in validator.check(path)] == []
        assert [str(problem) for problem in tei_all.check(path)] == []


@pytest.mark.parametrize("page", CASES, ids=lambda p: p.relative_to(PAGES).as_posix())
def test_the_page_gives_the_turns_and_phenomena_a_reader_finds(page, converted):
    conv, _ = converted(page)
    expected = expectations(page)
    roots = [document.root for document in conv.documents]
    found = sorted(group for root in roots for group in turns_by_person(root))
    wanted = sorted((sorted(set(person["labels"])), person["turns"]) for person in expected.get("persons", []))
    assert found == wanted
    for xpath, count in expected.get("count", {}).items():
        assert sum(len(root.xpath(xpath, namespaces=NS)) for root in roots) == count, xpath


def test_an_omission_above_the_title_broken_over_two_lines_stays_valid(tmp_path, validator):
    """'[' / '…]' on two lines (found by the mutation fuzzer) is no omission standing between the
    headings: it had become a supplied word there, where TEI allows none."""
    page = PAGES / "archive-web" / "report-page-numbers-in-parentheses.txt"
    conv = _converted(tmp_path, page, "\n[…]\n", "\n[\n…]\n")
    assert lossless.check(conv).ok
    assert _problems(tmp_path, conv, validator) == []


def _converted(tmp_path: Path, page: Path, old: str, new: str):
    """A look-alike page with one edit made, converted (the edit must apply)."""
    text = page.read_text(encoding="utf-8")
    assert old in text
    source = tmp_path / page.name
    source.write_text(text.replace(old, new, 1), encoding="utf-8")
    return pipeline.convert(source, ROOT / "tei")


def _problems(tmp_path: Path, conv, validator: Validator) -> list[str]:
    """What the validator finds in a conversion's one document, written beside the edition's persons.xml."""
    [document] = conv.documents
    path = tmp_path / f"{document.name}.xml"
    path.write_bytes(pipeline.serialize(document))
    shutil.copy(ROOT / "tei" / "persons.xml", tmp_path)
    return [str(problem) for problem in validator.check(path)]


def test_a_note_markers_anchor_in_a_web_capture_is_markup_to_the_word_check_too(tmp_path):
    """A Markdown note marker in a web capture ('Ma[\\[9\\]](#o) Zedong:', found by the mutation fuzzer):
    the inline parser reads its anchor as markup in every export, so the word check allows it too (it
    had reported the word 'o' lost)."""
    page = PAGES / "archive-web" / "live-title-above-date.txt"
    conv = _converted(tmp_path, page, "Mao Zedong: Then", "Ma[\\[9\\]](#o) Zedong: Then")
    assert lossless.check(conv).ok
    assert wordcheck.lost_words(conv) == []


def test_a_labelled_line_under_participants_a_line_each_stays_a_valid_list(tmp_path, validator):
    """'DATE AN' / 'D TIME: …' (a line break typed into a label, found by the mutation fuzzer) under
    participants given a line each: the group is one more item, not a label among unlabelled items,
    which the schema refuses."""
    page = PAGES / "archive-web" / "memcon-participants-one-block.txt"
    conv = _converted(tmp_path, page, "\nDATE AND TIME:", "\nDATE AN\nD TIME:")
    assert lossless.check(conv).ok
    assert _problems(tmp_path, conv, validator) == []
    labels = conv.documents[0].root.xpath("//tei:list[@type = 'participants']/tei:label", namespaces=NS)
    assert labels == []


def test_a_table_row_whose_last_pipe_is_escaped_keeps_the_text_after_it(tmp_path, validator):
    """'| Lorries | 95 | 120 \\|' (the closing pipe escaped): the text after the last pipe that parts cells
    is a cell of its own, nothing of the row lost."""
    page = PAGES / "archive-markdown" / "memo-pipe-table.txt"
    conv = _converted(tmp_path, page, "| Lorries | 95 | 120 [planned: 150] |", "| Lorries | 95 | 120 \\|")
    assert lossless.check(conv).ok
    assert _problems(tmp_path, conv, validator) == []
    cells = conv.documents[0].root.xpath("//tei:row[last()]/tei:cell", namespaces=NS)
    assert [cell.xpath("string()") for cell in cells] == ["Lorries", "95", "120 |"]


def test_a_turn_wrapped_over_two_lines_among_turns_a_line_each_stays_one_turn(tmp_path):
    """Turns a line each are split at their labels, but a line that goes on from one that ends in the
    middle of a sentence is the same turn's: the run is then one paragraph, as before."""
    page = PAGES / "archive-web" / "record-turns-single-breaks.txt"
    conv = _converted(tmp_path, page, "Probe: Then we shall wait for them.", "Probe: Then we shall wait\nfor them.")
    assert lossless.check(conv).ok
    [paragraph] = conv.documents[0].root.xpath("//tei:p[contains(., 'wait')]", namespaces=NS)
    assert "for them." in paragraph.xpath("string()")


def test_lines_each_opening_on_another_label_are_no_dialogue(tmp_path):
    """'To: …' / 'From: …' / 'Copy: …' on single breaks: no label opens two of the lines, so they stay
    one block of lines and none of them is a turn."""
    page = PAGES / "archive-web" / "record-turns-single-breaks.txt"
    turns = ("Probe: The rice from the south has not come.\nTesterov: The ships left Nakhodka last week.\n"
             "Probe: Then we shall wait for them.\nTesterov: I shall ask the trade mission again.\n"
             "Lee Test-man: The port at Wonsan is ready for them.")
    conv = _converted(tmp_path, page, turns, "To: Cde. Probe.\nFrom: Cde. Testerov.\nCopy: The trade mission.")
    assert lossless.check(conv).ok
    assert conv.documents[0].root.xpath("//tei:sp", namespaces=NS) == []


def test_forme_work_joined_across_a_page_mark_stays_a_valid_paragraph(tmp_path, validator):
    """A docket's lines and a signature the export cut by a page mark ('II. On Coal' / '[page 2]' / 'Chairman of
    the Council of Ministers'), joined as one paragraph across the page, as the page composer made them (seed 321,
    page 423): a paragraph holding the page break, never forme work, which the schema keeps free of page breaks."""
    from .combinations import pages
    [page] = [composed for composed in pages(424, 321) if composed.name == "composed-321-0423.txt"]
    source = tmp_path / page.name
    source.write_text(page.text, encoding="utf-8")
    conv = pipeline.convert(source, ROOT / "tei")
    assert lossless.check(conv).ok
    assert _problems(tmp_path, conv, validator) == []
    assert conv.documents[0].root.xpath("//tei:fw[.//tei:pb]", namespaces=NS) == []

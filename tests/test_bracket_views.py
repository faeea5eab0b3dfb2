"""The bracket conventions of issue 16.6 beyond the TEI: the review lists each new kind with its bracket
marked in the source, and the reading views and the plain text show each (pages of tests/pages/)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html

from plenum.cli import main

from .conftest import ROOT

PAGES = Path(__file__).parent / "pages"
CASES = ["archive-web/journal-hands.txt", "archive-text/dialogue-unclosed-hand.txt",
         "archive-web/minutes-signatures.txt", "archive-web/obfuscated-address.txt",
         "archive-markdown/translator-notes.txt", "archive-web/record-archive-redactions.txt"]


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    """The pages converted, validated, rendered and reviewed, each by its own command."""
    root = tmp_path_factory.mktemp("brackets")
    (root / "seeds").mkdir()
    for case in CASES:
        shutil.copy(PAGES / case, root / "seeds")
    (root / "tei").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", root / "tei")
    documents = [root / "tei" / f"{Path(case).stem}.xml" for case in CASES]
    for command in (("convert", root / "seeds", "-o", root / "tei"), ("validate", *documents),
                    ("render", *documents, "-o", root / "site"),
                    ("review", *documents, "-o", root / "review", "--site", root / "site")):
        result = run(*command)
        assert result.exit_code == 0, result.output
    return root


def reviewed(edition: Path, name: str) -> list[tuple[str, str, bool]]:
    """The review's interventions of a document: kind, the source it marks, whether it is uncertain."""
    report = json.loads((edition / "review" / f"{name}.json").read_text(encoding="utf-8"))
    return [(item["kind"], " / ".join(report["lines"][str(line["n"])][line["mark"][0]:line["mark"][1]]
                                      for line in item["lines"] if line["mark"]), item["uncertain"])
            for item in report["interventions"]]


def page(edition: Path, name: str) -> html.HtmlElement:
    return html.parse(str(edition / "site" / f"{name}.html")).getroot()


def shown(edition: Path, name: str, css: str) -> list[str]:
    """The text of each element of a class in a document's HTML, whitespace normalised."""
    return [" ".join(element.text_content().split()) for element in page(edition, name).find_class(css)]


def plain(edition: Path, name: str) -> str:
    return " ".join((edition / "site" / f"{name}.txt").read_text(encoding="utf-8").split())


def test_the_review_describes_each_new_kind(edition):
    report = json.loads((edition / "review" / "journal-hands.json").read_text(encoding="utf-8"))
    kinds = {kind["kind"]: kind["description"] for kind in report["kinds"]}
    for kind in ("signature", "obfuscated", "unclosed-insertion", "handShift", "translator-note"):
        assert kinds[kind]


def test_the_review_lists_signatures_and_obfuscated_addresses_with_their_brackets(edition):
    assert [(kind, mark) for kind, mark, _ in reviewed(edition, "minutes-signatures") if kind == "signature"] == [
        ("signature", "[signature]"), ("signature", "[illegible signature]")]
    assert [(kind, mark) for kind, mark, _ in reviewed(edition, "obfuscated-address") if kind == "obfuscated"] == [
        ("obfuscated", "[email protected]")] * 2


def test_the_review_lists_an_unclosed_insertion_as_uncertain_with_plenums_finding(edition):
    found = reviewed(edition, "dialogue-unclosed-hand")
    assert ("unclosed-insertion", "[handwritten: the plan must be checked again", True) in found
    assert [kind for kind, _, _ in found].count("add") == 2       # the closed ones stay additions
    tei = (edition / "tei" / "dialogue-unclosed-hand.xml").read_text(encoding="utf-8")
    assert "opens an insertion that no bracket closes" in tei
    assert any(kind == "plenum-note" for kind, _, _ in found)


def test_the_review_lists_translators_notes_sic_spellings_and_a_change_of_hand(edition):
    found = [(kind, mark) for kind, mark, _ in reviewed(edition, "translator-notes")]
    assert [mark for kind, mark in found if kind == "translator-note"] == [
        "[trans. note: the lunar calendar date is given in the original]",
        "[Translator's note: a term for the barter settled at the border]",
        "[Translator’s Note: Zhou here quotes a proverb]"]
    assert [mark for kind, mark in found if kind == "sic"] == ["goods [sic.]", "agreeded [SIC]", "cotton [sic!]"]
    journal = [kind for kind, _, _ in reviewed(edition, "journal-hands")]
    assert journal.count("handShift") == 1 and journal.count("stamp") == 2


def test_the_views_show_a_change_of_hand_after_the_translators_words(edition):
    assert shown(edition, "journal-hands", "handShift") == ["[handwritten:]"]
    [shift] = page(edition, "journal-hands").find_class("handShift")
    assert shift.get("title") == "the hand changes here: what follows is handwritten"
    assert "[at the bottom of the page] [handwritten:] To the file. V. I." in plain(edition, "journal-hands")


def test_the_views_show_signatures_addresses_and_stamps_in_their_signs(edition):
    assert shown(edition, "minutes-signatures", "gap") == ["⟨signature⟩", "⟨illegible signature⟩"]
    assert shown(edition, "obfuscated-address", "gap") == ["⟨email protected⟩"] * 2 + ["⟨illegible signature⟩"]
    assert shown(edition, "journal-hands", "stamp") == ["[[stamp]]", "[[faded image of a stamp] Incoming No. 214]"]
    text = plain(edition, "minutes-signatures")
    assert "⟨signature⟩" in text and "⟨illegible signature⟩" in text
    assert "at ⟨email protected⟩ or by post" in plain(edition, "obfuscated-address")
    assert "[[stamp]] 1 April 1957." in plain(edition, "journal-hands")


def test_the_views_show_an_unclosed_insertion_as_uncertain_and_a_translators_note_as_a_gloss(edition):
    [unclosed] = [add for add in page(edition, "dialogue-unclosed-hand").find_class("add")
                  if "checked again" in add.text_content()]
    assert "certainty low" in unclosed.get("title") and ".;" not in unclosed.get("title")
    assert "[the lunar calendar date is given in the original]" in shown(edition, "translator-notes", "gloss")
    assert "arrive on the [the lunar calendar date is given in the original] fifth" in plain(edition, "translator-notes")


def test_the_legend_explains_the_new_signs(edition):
    legend = " ".join(page(edition, "journal-hands").find_class("legend")[0].text_content().split())
    text = plain(edition, "journal-hands")
    for row in ("[handwritten:] before the text in the hand", "⟨email protected⟩, as the page has it",
                "the translator’s words for it between ⟨ ⟩"):
        assert row in legend and row in text


def test_the_archives_redactions_are_reviewed_and_shown_apart_from_the_translators_omissions(edition):
    """'[name blacked out]' is what the archive withheld, '[list of … omitted]' what the translator left out: the
    review lists each as its kind with its bracket, the views show both in the copy's brackets, and the hover text
    says whose the gap is."""
    found = [(kind, mark) for kind, mark, _ in reviewed(edition, "record-archive-redactions")
             if kind in ("redaction", "omission")]
    assert found == [("redaction", "[name blacked out]"), ("redaction", "[two lines redacted]"),
                     ("redaction", "[Passage excised by the Testian Foreign Ministry]"),
                     ("omission", "[list of the guests at the lunch omitted]")]
    assert shown(edition, "record-archive-redactions", "gap")[:2] == ["[name blacked out]", "[two lines redacted]"]
    titles = [gap.get("title") for gap in page(edition, "record-archive-redactions").find_class("gap")]
    assert titles[0].startswith("text the archive or a censor withheld") and titles[-1].startswith("text the translator")
    assert "the border question [two lines redacted] should wait" in plain(edition, "record-archive-redactions")

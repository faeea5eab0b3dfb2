"""Stamps on an archive page ('[stamp: X]', '[faded image of a stamp: X]'): encoded as TEI stamp, valid,
shown in both views and the plain text, listed by the review with their source lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import html

from .conftest import page_edition

CASE = Path(__file__).parent / "cases" / "archive-text" / "stamps.txt"
STAMPS = [("stamp", "CPSU CC General Department, 2nd sector"), ("faded image of a stamp", "Received 3 March 1958"),
          ("Stamp of the Embassy", "No. 112")]


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    """The page converted, validated, rendered and reviewed, each by its own command."""
    return page_edition(tmp_path_factory.mktemp("stamps"), CASE, review=True)


def test_each_stamp_is_one_valid_stamp_with_the_translators_words_as_its_note(edition):
    tei = (edition / "tei" / "stamps.xml").read_text(encoding="utf-8")
    found = re.findall(r'<stamp><note type="translator" place="inline" xml:id="[^"]+">([^<]*)</note>([^<]*)</stamp>', tei)
    assert found == STAMPS


def test_both_views_and_the_plain_text_show_each_stamp_in_brackets(edition):
    page = html.parse(str(edition / "site" / "stamps.html")).getroot()
    shown = page.find_class("stamp")
    assert [" ".join(element.text_content().split()) for element in shown] == [
        f"[[{words}] {text}]" for words, text in STAMPS]
    assert all(element.get("title") == "a stamp on the document" for element in shown)
    assert not any("rdg" in element.get("class") or "dpl" in element.get("class") for element in shown)  # both views
    text = " ".join((edition / "site" / "stamps.txt").read_text(encoding="utf-8").split())
    for words, stamped in STAMPS:
        assert f"[[{words}] {stamped}]" in text


def test_the_review_lists_each_stamp_with_its_bracket_marked_in_the_source(edition):
    report = json.loads((edition / "review" / "stamps.json").read_text(encoding="utf-8"))
    stamps = [item for item in report["interventions"] if item["kind"] == "stamp"]
    marked = [report["lines"][str(line["n"])][line["mark"][0]:line["mark"][1]]
              for item in stamps for line in item["lines"] if line["mark"]]
    assert marked == [f"[{words}: {text}]" for words, text in STAMPS]

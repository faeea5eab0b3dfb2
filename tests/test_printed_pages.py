"""The printed page numbers of a journal dossier (issue 19): each page number the text layer keeps (a
running head with its number, or the number glued to the issue's) opens its page with pb[@n] before the
head, so that the reading and diplomatic views show a page marker with the printed number, in order,
and the plain text '[p. N]'; a reader can cite the printed page. On a look-alike dossier (own words) and
on the seed 004."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html

from click.testing import CliRunner

from plenum import tei
from plenum.cli import main

from .conftest import ROOT
from .dossiers import OPENING, converted_dossier
from .test_reading_browser import browser, visit  # noqa: F401  (the module's Chromium fixture)

NS = {"t": tei.TEI_NS}
LINE = "the ferry carried the new boats and a few old ones to the quay and the mill "
DOSSIER = "\n".join([
    "Few boats on the river have carried such heavy loads as the old ferry. The mill ",
    "sent its grain twice a year. " + LINE, LINE, LINE, "",
    *OPENING,
    "The committee read the note on the boats and the quay, and " + LINE,
    LINE, "", "", "",
    "Cold Times Bulletin, Issue 9", "",
    "212", "",
    "and the miller answered that the boats were too old. " + LINE, LINE, "",
    "The ferry carried the new boats to the mill twice a year.", "", "", "",
    " Issue 9213",
    "The note was sent to the members of the committee on the same day.", "",
    "The mill sent its grain to the quay twice a year, and " + LINE, "", "", "",
    "River Studies", "",
    "214", "",
    "and the boats came back empty from the quay.", "",
])


def printed_numbers(root) -> list[str]:
    """The page numbers a document's text prints, in order: fw[@type='pageNum'] and a head's num."""
    return [fw.text.strip() for fw in root.xpath("//t:text//t:fw[@type='pageNum'] | //t:text//t:fw/t:num[@type='page']",
                                                 namespaces=NS)]


def markers(page: Path) -> list[str]:
    """The page markers of a document page, in order."""
    return [" ".join(span.text_content().split()) for span in html.parse(str(page)).getroot().find_class("pb")]


def plain_markers(page: Path) -> list[str]:
    """The page markers of a plain-text page's text (after its header's rule, before its textual notes),
    each whole on one line."""
    text = page.read_text(encoding="utf-8").split("-" * 72, 1)[1].split("Textual notes")[0]
    assert not re.search(r"\[p\.\n", text), "a page marker is split across two lines"
    return [" ".join(marker.split()) for marker in re.findall(r"\[(p\.\s[^\]]+)\]", text)]


@pytest.fixture(scope="module")
def dossier(tmp_path_factory) -> tuple[list, Path]:
    """The look-alike dossier converted and rendered: its documents' TEI roots and the site."""
    folder = tmp_path_factory.mktemp("pages")
    out, _ = converted_dossier(folder, DOSSIER)
    documents = sorted(out.glob("dossier-doc*.xml"))
    result = CliRunner().invoke(main, ["render", *map(str, documents), "-o", str(folder / "site")])
    assert result.exit_code == 0, result.output
    return [tei.parse_file(path).getroot() for path in sorted(out.glob("dossier-doc*.xml"))], folder / "site"


def test_each_printed_page_number_opens_its_page_before_the_running_head(dossier):
    roots, _ = dossier
    [root] = roots
    assert printed_numbers(root) == ["212", "213", "214"]
    breaks = root.xpath("//t:text//t:pb", namespaces=NS)
    assert [pb.get("n") for pb in breaks] == ["212", "213", "214"]
    for pb in breaks:
        head = pb.getnext()
        assert head.tag == tei.q("fw") and head.get("type") == "header"
        assert pb.get("n") in "".join(head.itertext()) + "".join(head.getnext().itertext())


def test_the_views_and_the_plain_text_show_the_printed_numbers_in_order(dossier):
    _, site = dossier
    assert markers(site / "dossier-doc01.html") == ["p. 212", "p. 213", "p. 214"]
    assert plain_markers(site / "dossier-doc01.txt") == ["p. 212", "p. 213", "p. 214"]


SEEDS = sorted((ROOT / "tei").glob("004_*-*.xml"))


def test_the_seed_dossiers_printed_numbers_are_page_markers_in_order(site):
    found = 0
    for path in SEEDS:
        numbers = [f"p. {n}" for n in printed_numbers(tei.parse_file(path).getroot())]
        found += len(numbers)
        assert markers(site / f"{path.stem}.html") == numbers, path.name
        assert plain_markers(site / f"{path.stem}.txt") == numbers, path.name
    assert found >= 4        # 491, 515, 523 and 526 survive in the text layer


@pytest.mark.parametrize("view", ["reading", "diplomatic"])
def test_a_reader_sees_each_printed_page_number_in_both_views(site, browser, view):  # noqa: F811
    for path in SEEDS:
        numbers = [f"p. {n}" for n in printed_numbers(tei.parse_file(path).getroot())]
        if not numbers:
            continue
        visit(browser, (site / f"{path.stem}.html").as_uri())
        browser.evaluate(f"document.getElementById('pl-view-{view}').click()")
        seen = browser.evaluate("[...document.querySelectorAll('.pb')].filter(e => e.getClientRects().length)"
                                ".map(e => e.innerText.trim())")
        assert seen == numbers, path.name

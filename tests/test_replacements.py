"""Handwritten replacements (issue 19): a single handwritten word right after a typed word of its kind
replaces it ('not defending [handwritten: weakening] but'), so the reading view, the plain text and a
reader's copy read 'not weakening but', while the diplomatic view and the TEI keep the typed word,
struck with the certainty of plenum's reading and a finding saying the source does not mark it. Any
other handwritten bracket stays an insertion. Tried on look-alike sentences, a look-alike page
(tests/pages/archive-text/telegram-replacements.txt) and the seed 001."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html

from plenum.tei import NS

from .conftest import ROOT, page_edition
from .test_brackets import HAND, one, parse, xml
from .test_reading_browser import browser, visit  # noqa: F401  (the module's Chromium fixture)

PAGE = Path(__file__).parent / "pages" / "archive-text" / "telegram-replacements.txt"
SEED = "001_fddf3f08cfdc8dc7"


@pytest.mark.parametrize("sentence, typed, written, cert", [
    ("the goal of not defending [handwritten: weakening] but strengthening it", "defending", "weakening", "medium"),
    ("the plenum had adopted [handwritten: revoked] the decision", "adopted", "revoked", "medium"),
    ("we cannot in any way approve [handwritten: tolerate] the methods", "approve", "tolerate", "low"),
    ("the delegation would not accept [handwritten: consider] such terms", "accept", "consider", "low"),
])
def test_a_handwritten_word_after_a_typed_word_of_its_kind_replaces_it(sentence, typed, written, cert):
    p, conv, _ = parse(sentence)
    subst = one(p, "tei:subst")
    assert [child.tag.rpartition("}")[2] for child in subst] == ["del", "add"], xml(p)
    assert one(subst, "tei:del").text == typed and one(subst, "tei:del").get("cert") == cert
    assert one(subst, "tei:add").text == written and one(subst, "tei:add").get("hand") == HAND
    [finding] = conv.findings
    assert finding.kind == "replacement" and "does not mark the typed word as struck" in finding.message


@pytest.mark.parametrize("sentence", [
    "on the basis of the [handwritten: ideological] solidarity",      # after an article
    "Kim Il Sung and [handwritten: no] such methods",                    # after a conjunction
    "he is [handwritten: even] pleased by this",                         # after an auxiliary
    "our delegation wanted [handwritten: to have an opportunity] to report",   # more than one word
    "the report, [handwritten: reluctantly] was sent",                  # punctuation between
    "the plan was approved [handwritten: yesterday] by all",             # words of different kinds
    "we must support [handwritten: reducing] the quotas",                # a bare verb, then an -ing form
    "the ministry [inserted: reduced] quotas",                           # no hand: an insertion
])
def test_any_other_handwritten_bracket_stays_an_insertion(sentence):
    p, conv, _ = parse(sentence)
    assert p.find(".//tei:subst", NS) is None, xml(p)
    assert p.find(".//tei:add", NS) is not None and conv.findings == []


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    """The look-alike page converted, validated and rendered by the commands."""
    return page_edition(tmp_path_factory.mktemp("replacements"), PAGE)


def view_text(page: Path, hidden: str) -> str:
    """A page's document text as one view shows it: the elements only the other view shows (class
    `hidden`: dpl for the reading view, rdg for the diplomatic) left out, whitespace normalised."""
    tree = html.parse(str(page))
    for element in tree.xpath(f"//*[contains(concat(' ', @class, ' '), ' {hidden} ')]"):
        element.drop_tree()
    return " ".join(tree.getroot().text_content().split())


def test_the_views_and_the_plain_text_read_the_replacement(edition):
    reading = view_text(edition / "site" / f"{PAGE.stem}.html", "dpl")
    diplomatic = view_text(edition / "site" / f"{PAGE.stem}.html", "rdg")
    plain = " ".join((edition / "site" / f"{PAGE.stem}.txt").read_text(encoding="utf-8").split())
    for typed, written, context in [("postponing", "reducing", "we are not {} but increasing"),
                                    ("accept", "review", "The committee should {} the proposals"),
                                    ("signed", "approved", "The chairman had {} the draft")]:
        assert context.format(written) in reading and context.format(written) in plain.split("Textual notes")[0]
        assert typed not in reading
        assert re.search(rf"{typed}\W+{written}", diplomatic)       # the addition between its signs
    assert "in the northern provinces, and not all of them" in reading


def test_the_seed_reads_the_replacements_and_keeps_the_typed_words(site):
    tei = (ROOT / "tei" / f"{SEED}.xml").read_text(encoding="utf-8")
    assert "<del cert=\"medium\">defending</del>" in tei and "<del cert=\"low\">approve</del>" in tei
    reading = view_text(site / f"{SEED}.html", "dpl")
    assert "the firm goal of not weakening but strengthening" in reading
    assert "we cannot in any way tolerate the methods" in reading
    diplomatic = view_text(site / f"{SEED}.html", "rdg")
    assert re.search(r"not defending\W+weakening\W+but", diplomatic) and re.search(r"approve\W+tolerate", diplomatic)
    plain = " ".join((site / f"{SEED}.txt").read_text(encoding="utf-8").split())
    assert "not weakening but strengthening" in plain and "in any way tolerate the methods" in plain


def test_a_reader_copying_the_seeds_paragraph_gets_the_replacement(site, browser):  # noqa: F811
    visit(browser, (site / f"{SEED}.html").as_uri())
    script = ("(() => { const p = document.getElementById('wda120194-p15'); const range = document.createRange();"
              " range.selectNodeContents(p); const selection = getSelection(); selection.removeAllRanges();"
              " selection.addRange(range); return selection.toString(); })()")
    copied = " ".join(browser.evaluate(script).split())
    assert "not weakening but strengthening" in copied and "in any way tolerate the methods" in copied
    assert "defending" not in copied and "approve" not in copied
    browser.evaluate("document.getElementById('pl-view-diplomatic').click()")
    shown = " ".join(browser.evaluate("document.getElementById('wda120194-p15').innerText").split())
    assert "defending" in shown and "approve" in shown

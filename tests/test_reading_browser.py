"""What readers tripped over, tried in headless Chromium at a desktop and a phone width: links land
clear of the sticky view bar, the editorial signs look different from each other and from links,
a paragraph deleted whole leaves no gap in the reading view, copying across a page marker keeps
the space, and the view can be linked (#diplomatic) and is remembered. Skipped without Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plenum.cli import main
from tests.test_browser import BROWSERS, ROOT, Chromium, chromium_path

TURN = "003_b5736df9e90b2d57.html"


@pytest.fixture(scope="module", params=[(1280, 900), (390, 844)], ids=["desktop", "phone"])
def browser(request):
    if chromium_path() is None:
        pytest.skip(f"no Chromium found (looked for {', '.join(BROWSERS)} on PATH)")
    chromium = Chromium(*request.param)
    yield chromium
    chromium.close()


@pytest.fixture(scope="module")
def review_pages(tmp_path_factory, site) -> Path:
    """The review of the edition's TEI, its pages linking to the site."""
    folder = tmp_path_factory.mktemp("review")
    result = CliRunner().invoke(main, ["review", str(ROOT / "tei"), "-o", str(folder), "--site", str(site)])
    assert result.exit_code == 0, result.output
    return folder


def visit(browser: Chromium, url: str) -> None:
    """Load a page afresh (a new document, so that an address with a fragment loads it too)."""
    browser.open("about:blank")
    browser.open(url)


BAR = "document.querySelector('.switches').getBoundingClientRect().bottom"


@pytest.mark.parametrize("name, target", [(TURN, "wda121800-sp20"), (TURN, "wda121800-p29"),
                                          ("000_ee6d509a4d5024c3.html", "wda117838-n2")])
def test_a_link_lands_its_target_below_the_sticky_view_bar(site, browser, name, target):
    visit(browser, (site / name).as_uri() + "#" + target)
    browser.evaluate("document.getElementById('pl-view-diplomatic').click()")
    browser.evaluate(f"document.getElementById({target!r}).scrollIntoView()")
    top = browser.evaluate(f"document.getElementById({target!r}).getBoundingClientRect().top")
    assert top >= browser.evaluate(BAR) - 1


def test_the_signs_look_different_from_each_other_and_insertions_unlike_links(site, browser):
    visit(browser, (site / "004_4586cb435a2fc35a-doc01.html").as_uri())
    style = ("(sel) => { const e = document.querySelector(sel); if (!e) return null; const s = getComputedStyle(e);"
             " return [s.textDecorationLine, s.textDecorationStyle, s.borderBottomStyle, s.backgroundColor, s.boxShadow].join('|'); }")
    looks = {sign: browser.evaluate(f"({style})({selector!r})") for sign, selector in {
        "uncertain": ".ed.unclear", "regularised": ".ed.choice.reg .rdg", "decoded": ".ed.choice.decoded .rdg"}.items()}
    visit(browser, (site / "001_fddf3f08cfdc8dc7.html").as_uri())
    looks["regularised"] = looks["regularised"] or browser.evaluate(f"({style})('.ed.choice.reg .rdg')")
    looks["inserted"] = browser.evaluate(f"({style})('ins.add')")
    assert None not in looks.values(), looks
    assert len(set(looks.values())) == len(looks), looks
    insertion = "getComputedStyle(document.querySelector('ins.add'))"
    link = "getComputedStyle(document.querySelector('a.ref, .meta a'))"
    assert browser.evaluate(f"{insertion}.textDecorationLine") == "none"
    assert browser.evaluate(f"{insertion}.color") != browser.evaluate(f"{link}.color")


def test_a_paragraph_deleted_whole_leaves_nothing_in_the_reading_view(site, browser):
    visit(browser, (site / TURN).as_uri())
    browser.evaluate("document.getElementById('pl-view-reading').click()")
    boxes = "document.getElementById('wda121800-p29').getClientRects().length"
    assert browser.evaluate(boxes) == 0
    browser.evaluate("document.getElementById('pl-view-diplomatic').click()")
    assert browser.evaluate(boxes) > 0


def test_copying_across_a_page_marker_keeps_the_space(site, browser):
    visit(browser, (site / TURN).as_uri())
    copied = browser.evaluate("(() => { const p = document.getElementById('wda121800-pb4').closest('p');"
                              " const range = document.createRange(); range.selectNodeContents(p);"
                              " const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                              " return selection.toString(); })()")
    assert "говорить, или" in " ".join(copied.split()) and "53" not in copied


def test_the_view_is_linkable_and_remembered(site, browser):
    visit(browser, (site / TURN).as_uri() + "#diplomatic")
    assert browser.evaluate("document.getElementById('pl-view-diplomatic').checked")
    visit(browser, (site / "001_fddf3f08cfdc8dc7.html").as_uri())
    assert browser.evaluate("document.getElementById('pl-view-diplomatic').checked")
    browser.evaluate("document.getElementById('pl-view-reading').click()")
    visit(browser, (site / TURN).as_uri())
    assert browser.evaluate("document.getElementById('pl-view-reading').checked")
    assert browser.errors() == []


def test_a_tapped_sign_shows_its_explanation_and_a_decoded_run_is_not_read_as_garble(site, browser):
    visit(browser, (site / "004_4586cb435a2fc35a-doc01.html").as_uri())
    after = "(sel) => { const s = getComputedStyle(document.querySelector(sel), '::after'); return [s.content, s.clipPath, s.width]; }"
    sign = ".ed.supplied[tabindex], .ed.unclear[tabindex], .ed.gap[tabindex]"
    hidden = browser.evaluate(f"({after})({sign!r})")
    browser.evaluate(f"document.querySelector({sign!r}).focus()")  # what a tap or click does
    shown = browser.evaluate(f"({after})({sign!r})")
    assert hidden[1] != "none" and shown[1] == "none" and shown[2] != hidden[2]
    decoded = browser.evaluate("[...document.querySelectorAll('.ed.decoded')].map(e => "
                               "[e.title, e.querySelector('.dpl').textContent, getComputedStyle(e, '::after').content])")
    assert decoded
    for title, printed, content in decoded:
        assert printed.strip() not in title and content == "none"


VISIBLE_TEXT = "document.querySelector('article, main').innerText.split(/\\s+/).join(' ')"


def click_label(browser: Chromium, target: str) -> str:
    """Click the label of a switch, as a reader does, and return the text then shown."""
    browser.evaluate(f"document.querySelector('label[for=\"{target}\"]').click()")
    return browser.evaluate(VISIBLE_TEXT)


def test_every_view_switch_changes_the_text_shown_without_script(site, browser):
    browser.send("Emulation.setScriptExecutionDisabled", session=True, value=True)
    try:
        visit(browser, (site / TURN).as_uri())
        reading = browser.evaluate(VISIBLE_TEXT)
        diplomatic = click_label(browser, "pl-view-diplomatic")
        assert "Это ведь разные вещи" in diplomatic and "Это ведь разные вещи" not in reading
        assert click_label(browser, "pl-view-reading") == reading
        original = click_label(browser, "pl-columns-original")
        translation = click_label(browser, "pl-columns-translation")
        both = click_label(browser, "pl-columns-both")
        assert "тов. Микол" in original and "Cde. Mikoyan" not in original
        assert "Cde. Mikoyan" in translation and "тов. Микол" not in translation
        assert "тов. Микол" in both and "Cde. Mikoyan" in both
        visit(browser, (site / "index.html").as_uri())
        first = "[...document.querySelectorAll('table.documents td')].find(cell => cell.getClientRects().length).innerText"
        oldest = browser.evaluate(first)
        click_label(browser, "pl-order-newest")
        newest = browser.evaluate(first)
        click_label(browser, "pl-order-oldest")
        assert oldest != newest and browser.evaluate(first) == oldest
    finally:
        browser.send("Emulation.setScriptExecutionDisabled", session=True, value=False)


def test_a_switch_shows_which_choice_is_on(site, browser):
    visit(browser, (site / TURN).as_uri())
    mark = "(id) => getComputedStyle(document.querySelector(`label[for=${id}]`), '::before').backgroundColor"
    before = [browser.evaluate(f"({mark})({name!r})") for name in ("pl-view-reading", "pl-view-diplomatic")]
    click_label(browser, "pl-view-diplomatic")
    after = [browser.evaluate(f"({mark})({name!r})") for name in ("pl-view-reading", "pl-view-diplomatic")]
    assert before[0] != before[1] and after == before[::-1]


def test_the_review_filters_show_only_what_is_chosen_without_script(review_pages, browser):
    browser.send("Emulation.setScriptExecutionDisabled", session=True, value=True)
    try:
        visit(browser, (review_pages / "003_b5736df9e90b2d57.html").as_uri())
        shown = "[...document.querySelectorAll('li.intervention')].filter(e => e.getClientRects().length).map(e => e.className)"
        every = browser.evaluate(shown)
        click_label(browser, "only-uncertain")
        assert browser.evaluate(shown) == [kind for kind in every if "uncertain" in kind.split()] != every
        click_label(browser, "only-uncertain")
        kinds = browser.evaluate("[...document.querySelectorAll('input[name=kind]')].map(e => e.id)")
        assert len(kinds) > 2
        for kind in kinds[1:]:
            click_label(browser, kind)
            assert browser.evaluate(shown) == [item for item in every if kind.removeprefix("show-") in item.split()]
        click_label(browser, "show-all")
        assert browser.evaluate(shown) == every
    finally:
        browser.send("Emulation.setScriptExecutionDisabled", session=True, value=False)


def test_a_switch_works_from_the_keyboard_and_shows_its_focus(site, browser):
    visit(browser, (site / TURN).as_uri())
    browser.evaluate("document.getElementById('wda121800-sp20').scrollIntoView()")
    browser.evaluate("document.getElementById('pl-view-reading').checked = true")
    browser.evaluate("document.getElementById('pl-view-reading').focus()")
    for kind in ("keyDown", "keyUp"):
        browser.send("Input.dispatchKeyEvent", session=True, type=kind, key="ArrowRight", code="ArrowRight",
                     windowsVirtualKeyCode=39)
    assert browser.evaluate("document.getElementById('pl-view-diplomatic').checked")
    label = "document.querySelector('label[for=\"pl-view-diplomatic\"]')"
    assert browser.evaluate(f"getComputedStyle({label}).outlineStyle") != "none"
    assert browser.evaluate(f"{label}.getBoundingClientRect().bottom") > 0  # the bar stays in sight

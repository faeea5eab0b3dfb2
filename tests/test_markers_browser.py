"""Markers of pages, page furniture and the numbers of turns and paragraphs, as a reader sees them in
headless Chromium at a desktop and a phone width, in both views and with the original beside its
translation: no marker covers another or the text, and a marker inside a sentence is a label, not
words of it. Skipped without Chromium."""

from __future__ import annotations

import re

import pytest

from tests.test_reading_browser import browser, visit  # noqa: F401 (browser: the fixture at both widths)

MARKERS = ".pb, .fw, .permalink"

# Every pair of marker boxes that overlap, and every marker box over a line of the text outside
# markers (a text node's line boxes), each as [what, marker, other]; 1 px of anti-aliasing allowed.
COLLISIONS = """(() => {
  const markers = [...document.querySelectorAll(%(markers)r)].filter(e => e.getClientRects().length);
  const boxes = markers.flatMap(m => [...m.getClientRects()].map(r => ({m, r})));
  const hit = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const name = (e) => (e.id || e.className) + ' ' + e.textContent.trim().slice(0, 20);
  const found = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
    if (a.m !== b.m && hit(a.r, b.r)) found.push(['marker', name(a.m), name(b.m)]);
  }));
  const walker = document.createTreeWalker(document.querySelector('.flow'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || node.parentElement.closest(%(markers)r)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const line of range.getClientRects())
      for (const box of boxes)
        if (line.width > 0 && hit(box.r, line)) found.push(['text', name(box.m), node.textContent.trim().slice(0, 30)]);
  }
  return found;
})()""" % {"markers": MARKERS}

# Markers inside a paragraph's lines that a reader could take for its words: neither in the margin
# (left of the paragraph's text) nor drawn as a label (with a border).
UNMARKED = """(() => [...document.querySelectorAll('.flow p .pb, .flow p .fw')]
  .filter(e => e.getClientRects().length)
  .filter(e => e.getBoundingClientRect().right > e.closest('p').getBoundingClientRect().left
               && getComputedStyle(e).borderTopStyle === 'none')
  .map(e => e.textContent))()"""


def marked_pages(site) -> list[str]:
    """The document pages with page or furniture markers (among them those with an original beside
    its translation)."""
    return sorted(path.name for path in site.glob("0*.html")
                  if re.search(r'class="(pb|fw)[ "]', path.read_text(encoding="utf-8")))


def settings(site) -> list[tuple[str, str, str]]:
    """Each marked page in both views; a page with two columns also with the original alone."""
    chosen = []
    for name in marked_pages(site):
        columns = ["both", "original"] if 'class="parallel' in (site / name).read_text(encoding="utf-8") else [""]
        chosen += [(name, view, column) for view in ("reading", "diplomatic") for column in columns]
    return chosen


def test_the_seeds_have_markers_beside_a_translation_and_alone(site):
    pages = marked_pages(site)
    parallel = [name for name in pages if 'class="parallel' in (site / name).read_text(encoding="utf-8")]
    assert parallel and set(pages) - set(parallel), pages


def test_no_marker_covers_another_or_the_text(site, browser):  # noqa: F811 (the imported fixture)
    collisions = {}
    for name, view, column in settings(site):
        visit(browser, (site / name).as_uri())
        browser.evaluate(f"document.querySelector('label[for=\"pl-view-{view}\"]').click()")
        if column:
            browser.evaluate(f"document.querySelector('label[for=\"pl-columns-{column}\"]').click()")
        found = browser.evaluate(COLLISIONS)
        if found:
            collisions[f"{name} {view} {column}"] = found[:5]
        unmarked = browser.evaluate(UNMARKED)
        if unmarked:
            collisions[f"{name} {view} {column}: inside a sentence, unmarked"] = unmarked[:5]
    assert collisions == {}

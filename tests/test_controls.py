"""Characters that act unseen are shown in the reading editions: bidirectional overrides, embeddings
and isolates (U+202A–202E, U+2066–2069) and C1 controls (U+0080–009F).

Before, they passed into pages and text files as they were: a right-to-left override reordered what
a reader saw after it, and a browser showed &#x85; as an ellipsis and &#x80; as a euro sign.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plenum import runner
from plenum.render import Renderer
from plenum.summary import Summary

INVALID = Path(__file__).parent / "invalid"
HIDDEN = re.compile("[\u0080-\u009f\u202a-\u202e\u2066-\u2069]|&#x0*(8|9)[0-9a-f];|&#(12[89]|1[3-5][0-9]);", re.I)
SHOWN = {"\u202e": "⟨U+202E⟩", "\u202c": "⟨U+202C⟩", "\u2066": "⟨U+2066⟩", "\u2069": "⟨U+2069⟩",
         "\u0085": "⟨U+0085⟩", "\u0080": "⟨U+0080⟩", "\u009f": "⟨U+009F⟩"}


@pytest.fixture(scope="module")
def spoofed(tmp_path_factory) -> Path:
    """A document with such characters in its title, its text and the text of a hover title."""
    text = (INVALID / "valid.xml").read_text(encoding="utf-8")
    text = text.replace("A record of conversation", "A record\u202e of conversation", 1)
    text = text.replace("All right!", "All \u202eright\u202c! \u2066isolated\u2069 x\u0085y \u0080 \u009f", 1)
    text = text.replace("A hand.", "A \u202ehand.", 1)
    path = tmp_path_factory.mktemp("controls") / "spoofed.xml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["html", "text"])
def test_a_page_shows_each_such_character_as_a_marker(spoofed, fmt):
    renderer = Renderer()
    output = renderer.render(renderer.load(spoofed), fmt)
    assert not HIDDEN.search(output)
    markers = (SHOWN[c] for c in "\u202e\u202c\u2066\u2069\u0085\u0080\u009f")
    shown = "All {}right{}! {}isolated{} x{}y {} {}".format(*markers)
    assert shown in " ".join(output.split())  # the text edition may wrap between the words
    assert f"A record{SHOWN[chr(0x202e)]} of conversation".upper() in output.upper()


def test_titles_and_hover_texts_show_them_too(spoofed):
    renderer = Renderer()
    page = renderer.render(renderer.load(spoofed), "html")
    assert re.search(r"<title>A record⟨U\+202E⟩ of conversation", page)
    assert re.search(r'<dd>A ⟨U\+202E⟩hand\.', page)  # the hand, described once in the about panel
    assert "\u202e" not in page


def test_the_home_page_shows_them_in_the_documents_title(spoofed, tmp_path):
    summary = Summary()
    runner.render([spoofed], tmp_path, ("html",), summary)
    home = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert not HIDDEN.search(home) and "A record⟨U+202E⟩ of conversation" in home


def test_no_line_of_the_text_edition_runs_past_72_columns_for_the_markers(tmp_path):
    """Before, lines were measured with each such character counted as one column, then the
    character map made it a nine-column marker: a line of them ran far past the width."""
    text = (INVALID / "valid.xml").read_text(encoding="utf-8")
    path = tmp_path / "marked.xml"
    path.write_text(text.replace("All right!", "All right! " + "a\u202eb \u0085c " * 30, 1), encoding="utf-8")
    renderer = Renderer()
    output = renderer.render(renderer.load(path), "text")
    assert "a⟨U+202E⟩b ⟨U+0085⟩c" in output and not HIDDEN.search(output)
    assert max(len(line) for line in output.splitlines()) <= 72

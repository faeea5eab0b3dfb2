"""The look-alike pages as other machines and browsers save them: Windows line ends, a byte-order mark,
spaces left at the ends of lines, a no-break space after a field's colon. Each variant converts to the
same structure as the page itself (as many turns, paragraphs, closers and headings), losing nothing."""

from __future__ import annotations

import pytest

from plenum import lossless, pipeline

from .conftest import ROOT
from .test_pages import CASES, PAGES

VARIANTS = {
    "windows line ends": lambda text: text.replace("\n", "\r\n"),
    "byte-order mark": lambda text: "\ufeff" + text,
    "spaces at line ends": lambda text: "\n".join(line + "  " if line else line for line in text.split("\n")),
    "no-break space after a colon": lambda text: text.replace(": ", ":\u00a0"),
}


def structure(conv) -> list[tuple[int, ...]]:
    """How many turns, paragraphs, closers and headings each document of a conversion has."""
    return [tuple(len(document.root.xpath(f"//*[local-name() = '{name}']")) for name in ("sp", "p", "closer", "head"))
            for document in conv.documents]


@pytest.mark.parametrize("page", CASES, ids=lambda p: p.relative_to(PAGES).as_posix())
def test_a_page_saved_otherwise_converts_alike(page, tmp_path):
    text = page.read_text(encoding="utf-8")
    expected = structure(pipeline.convert(page, ROOT / "tei"))
    for name, change in VARIANTS.items():
        variant = tmp_path / page.name
        variant.write_text(change(text), encoding="utf-8", newline="")
        conv = pipeline.convert(variant, ROOT / "tei")
        assert lossless.check(conv).ok, name
        assert structure(conv) == expected, name

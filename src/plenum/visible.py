"""Characters that would act unseen on a terminal, shown as the markers the reading editions use.

The bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) reorder what a
reader sees around them, and the C1 controls (U+0080–009F) are terminal commands; text a command
prints from a document shows each as ⟨U+202E⟩, as xslt/lib/controls.xsl does in pages.
"""

from __future__ import annotations

# The characters shown as markers: the same as the character map of xslt/lib/controls.xsl.
CONTROLS = [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_MARKERS = {code: f"⟨U+{code:04X}⟩" for code in CONTROLS}


def marked(text: str) -> str:
    """`text` with each control character replaced by its visible marker."""
    return text.translate(_MARKERS)

"""Characters that would act unseen on a terminal, shown as the markers the reading editions use.

The bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) reorder what a
reader sees around them, and the C1 controls (U+0080–009F) are terminal commands; text a command
prints from a document shows each as ⟨U+202E⟩, as xslt/lib/controls.xsl does in pages. Output that
must stay one line per item (plenum diff) marks the characters that break or mark lines too.
"""

from __future__ import annotations

# The characters shown as markers: the same as the character map of xslt/lib/controls.xsl.
CONTROLS = [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
# Characters that break a line or steer its direction unseen: C0 controls (newline and tab among
# them), DEL, the Arabic letter mark, the left-to-right and right-to-left marks, line and paragraph separators.
LINE_CONTROLS = [*range(0x00, 0x20), 0x7F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029]
_MARKERS = {code: f"⟨U+{code:04X}⟩" for code in CONTROLS}
_LINE_MARKERS = _MARKERS | {code: f"⟨U+{code:04X}⟩" for code in LINE_CONTROLS}


def marked(text: str) -> str:
    """`text` with each control character replaced by its visible marker."""
    return text.translate(_MARKERS)


def one_line(text: str) -> str:
    """`text` as one line: control, line-breaking and direction characters replaced by their markers."""
    return text.translate(_LINE_MARKERS)

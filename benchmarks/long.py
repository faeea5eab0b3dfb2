"""Long transcripts for the scaling benchmark: a seed made N bytes long by repeating its own body.

The seed's paragraphs (split at blank lines) keep their order; after its last heading (Markdown, or
a dossier's 'DOCUMENT No. N'), the middle third of its original (paragraphs mostly in Cyrillic) and
the middle third of the rest are each repeated until the file
reaches the size asked for, so the header, the language split, the notes and the closers stay where
they are and every phenomenon of the body recurs.
"""

from __future__ import annotations

import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CYRILLIC = re.compile("[А-яЁё]")
LETTER = re.compile(r"[^\W\d_]")
# A section heading (Markdown, or a dossier's document): what is repeated lies after the last one.
HEADING = re.compile(r"^\s*(?:#{1,6} |DOCUMENT No\. \d)", re.M | re.I)


def _cyrillic(paragraph: str) -> bool:
    letters = len(LETTER.findall(paragraph))
    return letters > 0 and 2 * len(CYRILLIC.findall(paragraph)) > letters


def _middle(first: int, last: int) -> tuple[int, int]:
    """The middle third of paragraphs first..last (exclusive), at least one paragraph."""
    third = (last - first) // 3
    return first + third, max(first + 2 * third, first + third + 1)


def stretched(text: str, size: int) -> str:
    """`text` with the middle of its original and of its translation repeated to about `size` bytes."""
    paragraphs = text.split("\n\n")
    body = max((i + 1 for i, paragraph in enumerate(paragraphs) if HEADING.search(paragraph)), default=0)
    russian = [i for i, paragraph in enumerate(paragraphs) if i >= body and _cyrillic(paragraph)]
    chunks = []
    if len(russian) > 3:
        chunks.append(_middle(russian[0], russian[-1] + 1))
        chunks.append(_middle(russian[-1] + 1, len(paragraphs)))
    else:
        chunks.append(_middle(body, len(paragraphs)))
    grow = size - len(text.encode("utf-8"))
    chunk_bytes = sum(len("\n\n".join(paragraphs[a:b]).encode("utf-8")) + 2 for a, b in chunks)
    times = max(0, -(-grow // chunk_bytes))
    pieces, position = [], 0
    for a, b in chunks:
        pieces += paragraphs[position:b] + paragraphs[a:b] * times
        position = b
    pieces += paragraphs[position:]
    return "\n\n".join(pieces)


def make(seed: Path, size: int, folder: Path) -> Path:
    """Write `seed` stretched to about `size` bytes into `folder`, under the seed's name."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / seed.name
    path.write_text(stretched(seed.read_text(encoding="utf-8"), size), encoding="utf-8")
    return path

"""Look-alike journal dossiers for the tests: written to a folder and converted as plenum build would."""

from __future__ import annotations

from pathlib import Path

from plenum import pipeline
from plenum.readers.fontshift import LOST


# A journal page's running head and a document's opening block: number, title, archival citation and
# the translator's line (in this journal the citation follows the title).
OPENING = ["Cold Times Bulletin, Issue 9", "",
           "DOCUMENT No. 1", "",
           "Memorandum of a Talk, 3 April 1957", "",
           "[Source: RGANI, Fond 5, Opis 28, Delo 410, Listy 12-13. ",
           "Obtained for CWIHP by Ann Reader and translated for ",
           "CWIHP by Paul Writer.]", ""]


def shifted(text: str, glyphs: dict[str, str] | None = None) -> str:
    """Text as a damaged text layer prints it in a font whose glyphs are shifted by 29 code points:
    spaces and marks that fall below the printable range become lost characters; `glyphs` gives
    the printed glyph of characters the font maps otherwise (its quotation marks)."""
    glyphs = glyphs or {}
    return "".join(glyphs.get(ch) or (chr(ord(ch) - 29) if ord(ch) - 29 >= 0x21 else LOST) for ch in text)


def converted_dossier(folder: Path, text: str) -> tuple[Path, pipeline.Conversion]:
    """Write `text` as folder/dossier.txt, convert it into folder/tei (the conversion raises if a
    character were lost or invented) and write the TEI; the TEI folder and the conversion."""
    source = folder / "dossier.txt"
    source.write_text(text, encoding="utf-8")
    out = folder / "tei"
    out.mkdir()
    conv = pipeline.convert(source, out)
    pipeline.write(conv, out)
    return out, conv

"""Look-alike journal dossiers for the tests: written to a folder and converted as plenum build would."""

from __future__ import annotations

from pathlib import Path

from plenum import pipeline


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

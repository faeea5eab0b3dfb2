"""The conversion stages, in one line: read source → reader → TEI tree → transforms → lossless check → write."""

from __future__ import annotations

import os
from pathlib import Path

from . import lossless, persons, tei, transforms
from .errors import LossError
from .fileio import write_atomic
from .paths import SCHEMA
from .persons import Personography
from .readers import Conversion, Document, detect
from .source import Source

SCHEMA_PIS = (
    ("plenum.rng", "http://relaxng.org/ns/structure/1.0"),
    ("plenum.sch", "http://purl.oclc.org/dsdl/schematron"),
)


def personography(out_dir: Path | str) -> Personography:
    """The edition's persons.xml in `out_dir`, read once per run (reread when the file changes)."""
    path = (Path(out_dir) / persons.FILE).resolve()
    stamp = path.stat().st_mtime_ns if path.exists() else None
    cached = _PERSONS.get(path)
    if cached is None or cached[0] != stamp:
        _PERSONS[path] = (stamp, persons.Personography.load(path))
    return _PERSONS[path][1]


_PERSONS: dict[Path, tuple[int | None, Personography]] = {}


def convert(path: Path | str, out_dir: Path | str) -> Conversion:
    """Convert one source file into TEI documents (not yet written); LossError if text would be lost."""
    source = Source.read(path).linked_from(out_dir)
    conv = detect(source).read(source)
    conv.persons = personography(out_dir)
    transforms.run(conv)
    report = lossless.check(conv)
    if not report.ok:
        first = report.problems[0].splitlines()[0]
        more = sum(len(problem.splitlines()) for problem in report.problems) - 1
        raise LossError(source.path, "conversion would lose or invent text; nothing written: "
                        + first.split(": ", 1)[-1] + (f" (and {more} more differences)" if more else ""))
    return conv


def serialize(document: Document, out_dir: Path | str) -> bytes:
    """The bytes of a document as written into `out_dir`: schema associations, then the TEI."""
    pis = []
    for name, namespace in SCHEMA_PIS:
        href = Path(os.path.relpath(SCHEMA / name, Path(out_dir).resolve())).as_posix()
        pis.append(("xml-model", f'href="{href}" type="application/xml" schematypens="{namespace}"'))
    return tei.serialize(document.tree, tuple(pis))


def output_path(document: Document, out_dir: Path | str) -> Path:
    return Path(out_dir) / f"{document.name}.xml"


def write(conv: Conversion, out_dir: Path | str) -> list[tuple[Path, bool]]:
    """Write a conversion's documents atomically; each path with True when its content changed."""
    written = []
    for document in conv.documents:
        path = output_path(document, out_dir)
        written.append((path, write_atomic(path, serialize(document, out_dir))))
    return written

"""The conversion stages, in one line: read source → reader → TEI tree → transforms → lossless check → write."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import fingerprint, lossless, tei
from .edition import NEW, PERSONS
from .errors import LossError, own_faults
from .fileio import remove, write_atomic
from .persons import Personography
from .readers import Conversion, Document
from .readers.layouts import detect
from .source import Source
from .timing import stage
from .siteconfig import edition_title
from .transforms import sequence

# The schemas a TEI file names in its xml-model instructions: those of schema/ beside its folder, as in
# the project and in the exchange package. Never where plenum's checkout lies, so that the same edition
# gives the same bytes wherever plenum is installed.
SCHEMA_PIS = (
    ("../schema/plenum.rng", "http://relaxng.org/ns/structure/1.0"),
    ("../schema/plenum.sch", "http://purl.oclc.org/dsdl/schematron"),
)
# An XML name without a colon (NCName), as xml:id must be: a letter or '_' first, then letters,
# digits, '_', '-', '.' (and the combining marks \w holds).
_NAME = re.compile(r"[^\W\d][\w.\-\u00b7\u0300-\u036f\u203f\u2040]*")


def personography(out_dir: Path | str) -> Personography:
    """The edition's persons.xml in `out_dir`, read once per run (reread when the file changes)."""
    path = Path(out_dir) / PERSONS
    key = (path.resolve(), str(path))  # errors name the file as the user did; the cache is per file
    stamp = path.stat().st_mtime_ns if path.exists() else None
    cached = _PERSONS.get(key)
    if cached is None or cached[0] != stamp:
        _PERSONS[key] = (stamp, Personography.load(path))
    return _PERSONS[key][1]


_PERSONS: dict[tuple[Path, str], tuple[int | None, Personography]] = {}


def convert(path: Path | str, out_dir: Path | str) -> Conversion:
    """Convert one source file into TEI documents (not yet written); LossError if text would be lost.
    A fault of plenum's own on this file is an error naming the file, not a traceback that ends the
    run: the other sources are still converted."""
    with _collector_paused(), own_faults(path, "converting"):
        return _convert(path, out_dir)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a source is converted, then run once over what
    the conversion left (its youngest generation): a conversion makes hundreds of thousands of small
    objects, and the collections they set off, full ones among them, cost a tenth of its time."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        with stage("garbage collection"):   # enabled inside: the next allocation may set off a collection
            gc.enable()
            gc.collect(0)


def _convert(path: Path | str, out_dir: Path | str) -> Conversion:
    with stage("read+convert"):
        source = Source.read(path).linked_from(out_dir)
        conv = detect(source).read(source)
        conv.persons = personography(out_dir)
        conv.edition = edition_title(Path(out_dir))
    with stage("transforms"):
        sequence.run(conv)
    with stage("nothing-lost check"):
        report = lossless.check(conv)
    if not report.ok:
        first = report.problems[0].splitlines()[0]
        more = sum(len(problem.splitlines()) for problem in report.problems) - 1
        raise LossError(source.path, "conversion would lose or invent text; nothing written: "
                        + first.split(": ", 1)[-1] + (f" (and {more} more differences)" if more else ""))
    _check_identifiers(conv)
    return conv


def _check_identifiers(conv: Conversion) -> None:
    """Every xml:id a name XML allows: lxml writes any string, and a file with another could not be
    read back (a ValueError here is a fault of plenum's: nothing is written)."""
    for document in conv.documents:
        for value in document.root.xpath("//@xml:id"):
            if not _NAME.fullmatch(value):
                raise ValueError(f"the identifier {value!r} made for {document.name} is not an XML name")


def serialize(document: Document) -> bytes:
    """The bytes of a document as written: schema associations, then the TEI, fingerprinted."""
    pis = tuple(("xml-model", f'href="{href}" type="application/xml" schematypens="{namespace}"')
                for href, namespace in SCHEMA_PIS)
    return fingerprint.stamp(document.root, lambda: tei.serialize(document.tree, pis))


def output_path(document: Document, out_dir: Path | str) -> Path:
    return Path(out_dir) / f"{document.name}.xml"


# What `write` did with a document's file.
SAME = "same"          # it already held this conversion
WRITTEN = "written"    # new, or plenum's own file regenerated
KEPT = "kept"          # an editor's file, left as it is; the conversion is written beside it
REPLACED = "replaced"  # an editor's file replaced by the conversion (force)


@dataclass(frozen=True)
class Written:
    """Where a document went: its file, what became of it, and the file beside it holding a kept file's conversion."""

    path: Path
    outcome: str
    beside: Path | None = None

    @property
    def changed(self) -> bool:
        return self.outcome in (WRITTEN, REPLACED)


def write(conv: Conversion, out_dir: Path | str, force: bool = False) -> list[Written]:
    """Write a conversion's documents atomically; a file an editor changed is kept unless `force`.

    plenum's own files (their fingerprint holds, or their bytes are this conversion's) are regenerated.
    An editor's file is left as it is and the conversion goes beside it, `<name>.new.xml`, unless that
    file was edited too. Once a file holds the conversion, a `.new.xml` plenum left beside it is removed.
    """
    written = []
    for document in conv.documents:
        path = output_path(document, out_dir)
        with stage("serialise"):
            data = serialize(document)
        beside = path.with_name(path.stem + NEW)
        old = _read(path)
        edited = old is not None and not _regenerable(old, data)
        if edited and not force:
            written.append(Written(path, KEPT, _write_beside(beside, data)))
            continue
        changed = write_atomic(path, data)
        written.append(Written(path, REPLACED if edited else WRITTEN if changed else SAME))
        if (stale := _read(beside)) is not None and fingerprint.state(stale) == fingerprint.UNTOUCHED:
            remove(beside)
    return written


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _regenerable(old: bytes, new: bytes) -> bool:
    """Whether a file holds nothing of an editor's: plenum wrote it untouched, or it is the new conversion."""
    return fingerprint.state(old) == fingerprint.UNTOUCHED or fingerprint.bare(old) == fingerprint.bare(new)


def _write_beside(beside: Path, data: bytes) -> Path | None:
    """Write a kept file's conversion beside it; None when an editor changed that file too (it is kept)."""
    old = _read(beside)
    if old is not None and not _regenerable(old, data):
        return None
    write_atomic(beside, data)
    return beside

"""The provenance of a converted TEI file: its ``revisionDesc/change``, built here and read here.

The change names the reader, the source file (a ``ref`` to it) and the source's SHA-256, and carries
the fingerprint of the bytes plenum wrote (`fingerprint`) as ``type="conversion" n="sha256:…"``.
"""

from __future__ import annotations

from lxml import etree

from . import tei
from .source import Source
from .tei import NS, E

CHANGE = "tei:teiHeader/tei:revisionDesc/tei:change"
# The placeholder the fingerprint replaces with the digest of the written bytes.
UNSEALED = "sha256:" + "0" * 64
# The source's digest as the change's text gives it, after the ref to the source.
_BEFORE, _AFTER = ", SHA-256 ", "."


def revision_desc(reader: str, source: Source) -> etree._Element:
    """The revisionDesc of a conversion by `reader` of `source`, its fingerprint still a placeholder."""
    change = E.change({"type": "conversion", "n": UNSEALED})
    tei.append(change, f"Converted by plenum ({reader} reader) from ", E.ref({"target": source.href}, source.name),
               _BEFORE + source.sha256 + _AFTER)
    return E.revisionDesc(change)


def conversion(root: etree._Element) -> etree._Element | None:
    """A document's conversion record (its first change), or None."""
    return root.find(CHANGE, NS)


def source_digest(root: etree._Element) -> str | None:
    """The SHA-256 of the source a document's conversion record names, or None."""
    change = conversion(root)
    ref = change.find("tei:ref", NS) if change is not None else None
    after = (ref.tail or "") if ref is not None else ""
    if not (after.startswith(_BEFORE) and after.endswith(_AFTER)):
        return None
    return after[len(_BEFORE):-len(_AFTER)]

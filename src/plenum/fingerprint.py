"""The fingerprint of a converted TEI file: the SHA-256 of the bytes plenum wrote, recorded inside them.

The conversion's ``revisionDesc/change`` carries it as ``type="conversion" n="sha256:…"``; the digest
is taken over the whole file with the digest itself replaced by 64 zeros. A file whose bytes still give
their recorded digest is untouched since plenum wrote it; any other change of a byte, formatting
included, makes it an editor's file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from lxml import etree

from .provenance import CHANGE, UNSEALED, conversion
from .tei import NS

PREFIX = "sha256:"
PLACEHOLDER = UNSEALED
_SEAL = re.compile(rb'<change type="conversion" n="sha256:([0-9a-f]{64})"')
_ATTRIBUTES = re.compile(rb' type="conversion" n="sha256:[0-9a-f]{64}"')

# What `state` finds in a file.
UNTOUCHED = "untouched"  # the bytes plenum wrote, unchanged
EDITED = "edited"        # sealed, but its bytes are no longer the ones sealed
UNSEALED = "unsealed"    # no fingerprint (written by hand, by another tool, or before fingerprints)


def stamp(root: etree._Element, serialize: Callable[[], bytes]) -> bytes:
    """The bytes `serialize` gives for the document, its fingerprint recorded in them and in the tree."""
    change = conversion(root)
    change.set("n", PLACEHOLDER)  # a tree stamped before is stamped again
    data = serialize()
    if data.count(PLACEHOLDER.encode()) != 1:
        raise ValueError("the fingerprint placeholder must occur exactly once in a converted file")
    value = PREFIX + hashlib.sha256(data).hexdigest()
    change.set("n", value)
    return data.replace(PLACEHOLDER.encode(), value.encode())


def recorded(data: bytes) -> str | None:
    """The digest a file records, or None when it records none or several."""
    found = _SEAL.findall(data)
    return found[0].decode("ascii") if len(found) == 1 else None


def state(data: bytes) -> str:
    """UNTOUCHED, EDITED or UNSEALED: whether `data` are still the bytes plenum sealed."""
    digest = recorded(data)
    if digest is None:
        return EDITED if _SEAL.search(data) else UNSEALED
    unsealed = data.replace((PREFIX + digest).encode(), PLACEHOLDER.encode())
    return UNTOUCHED if hashlib.sha256(unsealed).hexdigest() == digest else EDITED


def converted_from(tree: etree._ElementTree) -> str | None:
    """The source file a document's conversion record names (relative to the TEI file), or None."""
    found = tree.xpath(f"string(/*/{CHANGE}[@type='conversion'][1]//tei:ref/@target)", namespaces=NS)
    return found or None


def bare(data: bytes) -> bytes:
    """The bytes without the fingerprint's attributes: what two conversions share when only it differs."""
    return _ATTRIBUTES.sub(b"", data)

"""Which reader reads a source: chosen by what the file looks like, never by its name. Every reader's
`sniff` is asked in the order of `registry()`, and the first that recognises the layout reads the file.
"""

from __future__ import annotations

from ..errors import UnknownLayout
from ..source import Source
from . import Reader
from .archive_markdown import ArchiveMarkdownReader
from .archive_text import ArchiveTextReader
from .archive_web import ArchiveWebReader
from .dossier import DossierReader


def registry() -> list[Reader]:
    """The readers, in the order they are asked; the most specific layouts first."""
    return [ArchiveWebReader(), ArchiveMarkdownReader(), DossierReader(), ArchiveTextReader()]


def detect(source: Source) -> Reader:
    """The reader that recognises the source's layout; UnknownLayout (with each reader's reason) if none."""
    reasons = []
    for reader in registry():
        reason = reader.sniff(source)
        if reason is None:
            return reader
        reasons.append(f"{reader.name}: {reason}")
    raise UnknownLayout(source.path, "no reader recognises this layout (" + "; ".join(reasons) + ")")

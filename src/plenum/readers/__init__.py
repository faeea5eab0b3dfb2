"""Readers: one per source layout, each recognising its layout and emitting TEI; here, what they share
(`Reader`, and the `Conversion` it makes). `readers.layouts` chooses the reader of a source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from lxml import etree

from ..source import Source
from ..siteconfig import UNTITLED

if TYPE_CHECKING:
    from ..persons import Personography


@dataclass
class Document:
    """One TEI document made from a source; `name` is its file stem in the edition."""

    name: str
    tree: etree._ElementTree

    @property
    def root(self) -> etree._Element:
        return self.tree.getroot()


class Markup(NamedTuple):
    """A span of the source deliberately turned into markup (e.g. ``[handwritten: `` and ``]``).

    A tuple: readers record hundreds per document, which a frozen dataclass makes slowly."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Finding:
    """Something a reviewer should look at that the encoding does not show (an uncertain decision, a note
    placed by guess, ...); `transforms.findings` writes it into the document for `plenum review`."""

    document: str
    kind: str
    message: str
    source: str = ""  # a src:L… pointer into the source


@dataclass
class Conversion:
    """What a reader makes of one source: TEI documents, the markup it consumed, findings."""

    source: Source
    reader: "Reader"
    documents: list[Document] = field(default_factory=list)
    markup: list[Markup] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    #: The edition's personography, for the transforms that link persons (None: not linked).
    persons: "Personography | None" = None
    #: The edition's title, the authority of its documents (plenum.siteconfig.edition_title).
    edition: str = UNTITLED

    def consume(self, start: int, end: int, kind: str) -> None:
        """Record that source[start:end] became markup (its kind must be in the reader's vocabulary)."""
        if end > start:
            self.markup.append(Markup(start, end, kind))

    def flag(self, document: str, kind: str, message: str, source: str = "") -> None:
        """Record a finding for review."""
        self.findings.append(Finding(document, kind, message, source))


class Reader:
    """Base class: a layout name, a `sniff` that recognises the layout, and `read` that emits TEI.

    A reader's docstring says what its layout looks like, in one line.
    """

    name: ClassVar[str]
    #: The markup vocabulary: kind -> regular expression every consumed span of that kind matches.
    markup: ClassVar[dict[str, str]] = {}
    #: The fixed words (and phrases) of the layout's conventions, which may become markup and so be
    #: absent from the TEI's text ('handwritten', 'Citation'); every other word of a source is kept.
    CONVENTION_WORDS: ClassVar[frozenset[str]] = frozenset()
    #: Words of the layout's conventions that vary, as regular expressions ('_ftn1' of a note marker's
    #: '(#_ftn1)', the page's anchor of the note): the words they match may be absent from the TEI too.
    CONVENTION_PATTERNS: ClassVar[tuple[str, ...]] = ()

    def sniff(self, source: Source) -> str | None:
        """None when this reader recognises the layout, else the reason it does not."""
        raise NotImplementedError

    def read(self, source: Source) -> Conversion:
        """Convert the source into TEI documents."""
        raise NotImplementedError

    def vocabulary(self) -> dict[str, re.Pattern[str]]:
        """The compiled markup vocabulary."""
        return {kind: re.compile(pattern, re.S) for kind, pattern in self.markup.items()}

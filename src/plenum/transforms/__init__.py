"""Transforms: enrichment steps run on every TEI document after its reader, in priority order.

Each transform is small, does one thing and is safe to run twice (idempotent). The order is the
`priority` (lower first), ties kept in the order of `registry()`.
"""

from __future__ import annotations

from typing import ClassVar

from ..readers import Conversion, Document


class Transform:
    """Base class: a name, a priority and `apply`, which changes a document in place."""

    name: ClassVar[str]
    priority: ClassVar[int]

    def apply(self, document: Document, conv: Conversion) -> None:
        raise NotImplementedError


def registry() -> list[Transform]:
    """Every transform, in the order they run."""
    from .align import AlignOriginal
    from .findings import RecordFindings
    from .ids import AssignIds
    from .participants import ListParticipants
    from .person_links import LinkPersons
    from .regularise import RegulariseNames

    transforms: list[Transform] = [AssignIds(), RegulariseNames(), LinkPersons(), AlignOriginal(),
                                   ListParticipants(), RecordFindings()]
    return sorted(transforms, key=lambda t: t.priority)


def run(conv: Conversion) -> Conversion:
    """Apply every transform to every document of a conversion."""
    for transform in registry():
        for document in conv.documents:
            transform.apply(document, conv)
    return conv

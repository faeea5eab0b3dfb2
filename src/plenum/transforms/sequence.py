"""The transforms in the order they run: by `priority` (lower first), ties kept in the order of
`registry()`."""

from __future__ import annotations

from ..readers import Conversion
from . import Transform
from .align import AlignOriginal
from .authority import NameAuthority
from .block_edges import TrimBlockEdges
from .cite_structure import DeclareCitation
from .date_checks import CheckDates
from .entry_years import DateEntries
from .findings import RecordFindings
from .ids import AssignIds
from .parallel_names import ParallelNames
from .participants import ListParticipants
from .person_links import LinkPersons
from .regularise import RegulariseNames


def registry() -> list[Transform]:
    """Every transform, in the order they run."""
    transforms: list[Transform] = [TrimBlockEdges(), NameAuthority(), AssignIds(), RegulariseNames(), LinkPersons(), AlignOriginal(), ParallelNames(),
                                   ListParticipants(), CheckDates(), DateEntries(), RecordFindings(), DeclareCitation()]
    return sorted(transforms, key=lambda t: t.priority)


def run(conv: Conversion) -> Conversion:
    """Apply every transform to every document of a conversion."""
    for transform in registry():
        for document in conv.documents:
            transform.apply(document, conv)
    return conv

"""Transforms: enrichment steps run on every TEI document after its reader, in priority order
(`transforms.sequence`); here, what they share (`Transform`).

Each transform is small, does one thing and is safe to run twice (idempotent).
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

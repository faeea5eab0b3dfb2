"""The document text of an archive record: paragraphs of the source as TEI blocks."""

from __future__ import annotations

from lxml import etree

from ..errors import InputError
from ..tei import sub
from . import Conversion
from .spans import Span


def build_body(conv: Conversion, body: etree._Element, paragraphs: list[Span], doc_id: str) -> None:
    """Fill `body` with the document text, one block per source paragraph."""
    if not paragraphs:
        raise InputError(conv.source.path, "no document text found after the header fields")
    div = sub(body, "div", None, {"type": "document"})
    for span in paragraphs:
        p = sub(div, "p", span.text)
        p.set("source", conv.source.pointer_for(span.start, span.end))

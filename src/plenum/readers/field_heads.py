"""A record's head of labelled fields, a line each in one paragraph, as the block kinds read it
(readers/block_kinds.py): a memorandum's 'TO:' / 'FROM:' / 'DATE:' / 'SUBJECT:', a security service's informer
note's 'Source:' / 'Received by:' / 'Date:' / 'Place:' over its title."""

from __future__ import annotations

import re

from .inline import block_lines


def memo_fields(text: str) -> list[str]:
    """The kind of each line of a memorandum's labelled fields given as one paragraph ('TO: All branches' /
    'FROM: Central Committee' / 'DATE: 2nd March, 1981' / 'SUBJECT: …'): 'addressee', 'sender', 'dateline',
    'head' (the subject); none unless every line is one and both 'To:' and 'From:' are there."""
    lines = block_lines(text)
    fields = [found["field"].lower() if (found := _MEMO_FIELD.match(line)) else "" for line in lines]
    if not 2 <= len(lines) <= 6 or not all(fields) or not {"to", "from"} <= set(fields):
        return []
    return [_MEMO_KINDS[field] for field in fields]


_MEMO_FIELD = re.compile(r"(?P<field>to|from|date|subject|re)\s*:\s*\S", re.I)
_MEMO_KINDS = {"to": "addressee", "from": "sender", "date": "dateline", "subject": "head", "re": "head"}


def source_fields(text: str) -> list[str]:
    """The kind of each line of a security service's informer note's fields in one paragraph, above its title
    ('Source: "Examescu"' / 'Received by: Maj. …' / 'Date: 12 June 1975' / 'Place: the safe house "Tei"'): the
    source and the officer who received him the form's 'docket', the date the 'dateline', the place the 'sender' (a
    dateline with no date); none unless every line is one, the source first and the date among them."""
    lines = block_lines(text)
    fields = [found["field"].lower() if (found := _SOURCE_FIELD.match(line)) else "" for line in lines]
    if not 3 <= len(lines) <= 5 or not all(fields) or fields[0] != "source" or "date" not in fields \
            or len(set(fields)) < len(fields):
        return []
    return [_SOURCE_KINDS[field] for field in fields]


_SOURCE_FIELD = re.compile(r"(?P<field>Source|Received by|Date|Place)\s*:\s*\S")
_SOURCE_KINDS = {"source": "docket", "received by": "docket", "date": "dateline", "place": "sender"}

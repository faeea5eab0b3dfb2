"""The printed form of an American memorandum above its title, as the head of a record reads it: the form's
word, the office and its place ('MEMORANDUM' / 'THE WHITE HOUSE' / 'WASHINGTON')."""

from __future__ import annotations

from .block_patterns import FORM_OFFICE, FORM_PLACE, KIND_WORD
from .inline import block_lines


def printed_form(blocks: list, index: int) -> bool:
    """A line of an American memorandum's printed form above its title: the office, the place under it,
    the form's word above it ('MEMORANDUM' / 'THE WHITE HOUSE' / 'WASHINGTON'); the office and place in one
    paragraph too. `blocks` are the head's paragraphs (letterheads.HeadBlock)."""
    text = blocks[index].text.strip()
    if len(lines := block_lines(blocks[index].run.text)) == 2 and FORM_OFFICE.fullmatch(lines[0].strip()) \
            and FORM_PLACE.fullmatch(lines[1].strip()):
        return True
    before = blocks[index - 1].text.strip() if index else ""
    after = blocks[index + 1].text.strip() if index + 1 < len(blocks) else ""
    return bool(FORM_OFFICE.fullmatch(text) or FORM_PLACE.fullmatch(text) and FORM_OFFICE.fullmatch(before)
                or KIND_WORD.fullmatch(text) and text.isupper() and FORM_OFFICE.fullmatch(after))

"""The kinds a record's blocks are given again once each has its own (block_kinds.py): what only the blocks
around a block tell, an office first read as the heading, the title's copy a capture printed again, a message the
text forwards, a list's lettered points, the numbered sections, a list of figures."""

from __future__ import annotations

from .addresses import offices_addressed
from .figure_tables import mark_figures
from .head_context import office_over_docket, repeated_title
from .head_offices import office_heads
from .journal_dockets import docket_dated, signed_distribution
from .lettered_points import mark_lettered
from .odd_head_lines import head_rules
from .quoted_messages import mark_quoted
from .sections import mark_sections


def reread_kinds(blocks: list) -> None:
    """The passes over one document's (or attachment's) blocks after each has its kind, in their order."""
    office_heads(blocks)        # the office a record comes from, first read as its heading
    head_rules(blocks)          # a divider over more of the head: the letterhead's rule
    signed_distribution(blocks) # the signer and date of a journal's distribution docket, first read as the heading
    docket_dated(blocks)        # a journal's docket date over the title's, first read as a dateline
    office_over_docket(blocks)  # its name over a docket's lines, first read as the heading
    offices_addressed(blocks)   # the office a cable goes to, first read as its heading
    repeated_title(blocks)      # the title's second copy the capture printed under it
    mark_quoted(blocks)         # a message the text forwards whole
    mark_lettered(blocks)       # 'The plans assume two exercises:' / 'a) …,' / 'b) ….': a list's items
    mark_sections(blocks)       # after the kinds: a heading below the top was read as a paragraph
    mark_figures(blocks)        # 'rice 450' / 'barley 120' / …: a table

"""Lines of a record's docket that a letterhead's rules (letterheads.py) read as forme work and never as its title:
the number its file gives the document, and the line saying whom its copies were distributed to."""

from __future__ import annotations

import re

from .block_patterns import NUMBER_SIGN

# The number a file or collection gives the document, alone on its line over the title ('Document 317', 'Document
# No. 518', 'Doc. Nº 12').
FILED_NUMBER = re.compile(rf"(?:Document|Doc\.)\s+(?:No\.?\s*|{NUMBER_SIGN}\s*|#\s*)?\d{{1,5}}")
# Whom a record's copies were distributed to, a docket's printed line over the title ('Distributed to CPSU CC
# Politburo members and candidate members and CPSU CC Secretaries'): no sentence's stop, no colon.
DISTRIBUTED = re.compile(r"(?:Distributed|Circulated|Sent\s+out)\s+to\s+(?:the\s+)?[A-Z][^.!?;:]{2,200}(?<=\w)(?:\s*\))?")

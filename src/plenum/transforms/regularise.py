"""OCR misreadings of names in translations: 'Kim II Sung' for Kim Il Sung, kept and regularised.

Every curated Latin form of the personography that contains the name part 'Il' is also looked
for with 'II' (capital i twice), the usual OCR confusion; each match becomes
<choice><orig>Kim II Sung</orig><reg resp="#wda120194-plenum">Kim Il Sung</reg></choice>,
signed by the document's own plenum respStmt.
"""

from __future__ import annotations

import functools
import re

from ..persons import Personography
from ..readers import Conversion, Document
from ..tei import E, NS, plenum_pointer
from ..textnodes import text_nodes_holding, wrap
from . import Transform

# What every misreading holds: a text without it is passed over without running the pattern.
MISREAD = "II"


class RegulariseNames(Transform):
    name = "regularise"
    priority = 200

    def apply(self, document: Document, conv: Conversion) -> None:
        if conv.persons is None:
            return
        pattern, regular = _misreadings(conv.persons)
        if pattern is None:
            return
        resp = plenum_pointer(document.root)
        scopes = document.root.xpath("/tei:TEI/tei:text | //tei:profileDesc/tei:abstract", namespaces=NS)
        for scope in scopes:
            for node, is_tail in text_nodes_holding(scope, (MISREAD,)):   # most documents: none
                wrap(node, is_tail, pattern, lambda match: E.choice(
                    E.orig(match.group()), E.reg({"resp": resp}, regular[match.group()])))


@functools.lru_cache(maxsize=16)
def _misreadings(persons: Personography) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of the 'II' misreadings of the curated forms, and each one's regular form
    (made once per personography)."""
    regular = {re.sub(r"\bIl\b", MISREAD, name): name
               for person in persons.persons.values() for name in person.forms.get("en", [])
               if re.search(r"\bIl\b", name)}
    if not regular:
        return None, {}
    alternatives = "|".join(re.escape(form) for form in sorted(regular, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), regular

"""The forms a speaker label's name is looked up by in the personography: the name as written with an
editor's brackets resolved, and without a title of office."""

from __future__ import annotations

import functools
import re

from .label_titles import OFFICE_ALONE, OFFICES

BRACKETED = re.compile(r"\[([^\]]*)\]")
# An editor's completion glued to the name after it ('[Peng]PROBESAVAN').
_GLUED_BRACKET = re.compile(r"\](?=[A-ZА-ЯЁ])")
# A title of office alone outside the translator's bracket, a side's word perhaps before it ('Chairman', 'Testian
# Ambassador'), and the bracket naming its holder in words or initials ('[Probe Zedong]', '[I.V. SAMPLENKO]').
_OFFICE_OUTSIDE = re.compile(rf"(?:[A-Z][a-z]+\s+)?(?:{OFFICE_ALONE.pattern})")
_BRACKETED_HOLDER = re.compile(r"\[((?:[A-Z]\.\s?)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s?)*[A-Z][\w'’-]+){0,3})\]")


@functools.lru_cache(maxsize=65536)
def plain_names(name: str) -> tuple[str, ...]:
    """The forms a label's name is looked up by: as written, an editor's completion joined and an
    alternative romanisation left out ('Han Ik-su' of 'Han [Ik-su] [Han Ik Su]'; a bracket that is the
    whole name kept without its stop or colon, '[A.B. PROBIN.]', '[Testov:]'; one glued to the name after it,
    '[Peng]PROBESAVAN'), then without titles of office ('Zhou Enlai' of 'Premier Zhou Enlai'; the bracket after a title
    alone names its holder, 'Probe Zedong' of 'Chairman [Probe Zedong]'); memoised, as a
    document asks for its few labels at every turn."""
    name = _GLUED_BRACKET.sub("] ", name)            # ('[Peng]PROBESAVAN': two words)
    if (holder := _BRACKETED_HOLDER.search(name)) and _OFFICE_OUTSIDE.fullmatch(" ".join(BRACKETED.sub("", name).split())):
        return (" ".join(BRACKETED.sub(lambda m: m.group(1), name).split()), holder.group(1))   # ('Chairman [Probe Zedong]')
    if whole := BRACKETED.fullmatch(name.strip()):     # the whole label supplied ('[A.B. PROBIN.]', '[Testov:]')
        plain = " ".join(whole.group(1).split()).rstrip(".:")
    else:
        plain = " ".join(BRACKETED.sub(lambda m: "" if " " in m.group(1) else m.group(1), name).split()) \
            or " ".join(BRACKETED.sub(lambda m: m.group(1), name).split()).rstrip(".:")
    bare = OFFICES.sub("", plain, count=1) if OFFICES.match(plain) else plain
    return (plain,) if bare == plain else (plain, bare)

"""Speaker labels of records of conversation, as minutes and memoranda print them.

Styles recognised (English and Russian):
  Mikoyan: text                       Chairman Mao (hereafter, Chairman): text
  Chairman [sic]: text                Chairman (to Mukhitdinov): text
  Cde. Mikoyan - text                 Cde. Cde. Rim Hae - text   (doubled title)
  Cde. Kim Il. text                   Cde. Mikoyan: text
  Cde. Peng Dehuai                    (alone on its line; the turn is the following paragraphs)
  Kim Chang-man continued: text       Cde. Mikoyan asks a question: text
  тов. Микоян - text                  ○ тов. Микоян. text      (a stray OCR mark before the label)
A label's name must be written in the script of the text (a Latin word in a Russian original is
not a speaker). Labels without a title ('Mikoyan:') are only candidates: block_kinds.py decides.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .spans import Span

TITLE = r"(?:Cdes?\.|Comrades?|[Тт]ов\.|т\.\s?т\.|т\.)"
_TITLES = re.compile(TITLE)
NAMES = {
    "latin": r"[A-Z][a-z]*(?:[-'’][A-Za-z][a-z]*)*",
    "cyrillic": r"[А-ЯЁ][а-яёА-ЯЁ]*(?:-[А-ЯЁа-яё]+)*",
}
VERBS = {
    "latin": r"continued|continues|notes|noted|asks a question|asked a question|asks|asked|adds|added|"
             r"replies|replied|answers|answered|says|said|remarks|remarked|interjects|interjected|"
             r"objects|objected|declares|declared|states|stated|clarifies|clarified",
    "cyrillic": r"продолжает|продолжил|спрашивает|спросил|отвечает|ответил|добавляет|добавил|"
                r"заявляет|заявил|замечает|заметил|говорит|сказал",
}
_EXTRA = r"(?P<extra>(?:\s*\((?:[^()]{1,40})\)|\s*\[(?:sic|SIC)\])*)"
_LEAD = r"(?P<lead>[^\w\s(\[«\"“]\s*)?"
_PAREN = re.compile(r"\(([^()]*)\)")
_ALIAS = re.compile(r"hereafter,?\s+(.+)", re.I)
_TO = re.compile(r"to\s+(.+)", re.I)


class Label(NamedTuple):
    """A speaker label: the label as written, the name, and what follows it on the line.

    Immutable (so parse_label may share its memoised labels), and a tuple: cheap to make.
    """

    label: Span        # exactly as written, separator included (goes into <speaker>)
    name: str          # the name as written ('Kim Il Sung')
    titles: int        # how many titles precede the name (2: a doubled title)
    style: str         # colon | dash | period | alone
    rest: Span         # the text after the label ('' when the label is alone)
    alias: str = ""    # '(hereafter, Chairman)' declares 'Chairman'
    to: str = ""       # '(to Mukhitdinov)': the person addressed
    verb: str = ""     # 'continued', 'asks a question', ...
    lead: str = ""     # a stray mark before the label


def _patterns(script: str) -> dict[str, re.Pattern[str]]:
    name = NAMES[script]
    names = rf"(?P<name>{name}(?:\s+{name}){{0,3}})"
    titles = rf"(?P<titles>(?:{TITLE}\s*)+)"
    verb = rf"(?:\s+(?P<verb>{VERBS[script]}))?"
    return {
        "colon": re.compile(rf"^{_LEAD}(?:{titles})?{names}{_EXTRA}{verb}\s*:(?:\s+|$)"),
        "dash": re.compile(rf"^{_LEAD}{titles}{names}{_EXTRA}\s+[-–—](?:\s+|$)"),
        "period": re.compile(rf"^{_LEAD}{titles}{names}{_EXTRA}\.\s+(?=[A-ZА-ЯЁ(\[«\"“])"),
        "alone": re.compile(rf"^{_LEAD}{titles}{names}{_EXTRA}\s*$"),
    }


PATTERNS = {script: _patterns(script) for script in NAMES}
_TITLED = re.compile(rf"{_LEAD}{TITLE}")
WHOLE = {script: re.compile(
    rf"^{_LEAD}(?P<titles>(?:{TITLE}\s*)*)(?P<name>{name}(?:\s+{name}){{0,3}}){_EXTRA}"
    rf"(?:\s+(?P<verb>{VERBS[script]}))?\s*[:.\-–—]?\s*$") for script, name in NAMES.items()}


@functools.lru_cache(maxsize=4096)
def parse_label(text: str, script: str) -> Label | None:
    """A speaker label standing alone, as kept in <speaker> ('Chairman [sic]:'), or None.

    Memoised: a document repeats its few labels turn after turn.
    """
    text = " ".join(text.split())
    match = WHOLE[script].match(text)
    if not match:
        return None
    return _label(match, Span(text, 0), "whole", Span("", len(text)))


def recognise(span: Span, script: str) -> Label | None:
    """The speaker label at the start of a paragraph, or None."""
    text = span.text
    for style, pattern in PATTERNS[script].items():
        if _may_match(style, text) and (match := pattern.match(text)):
            end = match.end()
            return _label(match, span.cut(0, len(text[:end].rstrip())), style, span.cut(end).strip())
    return None


def _may_match(style: str, text: str) -> bool:
    """What a style's pattern needs, tested cheaply first: a colon, or (every other style) a title at
    the start. Most paragraphs are not labels, and the patterns take long to say so."""
    return ":" in text if style == "colon" else _TITLED.match(text) is not None


def _label(match: re.Match[str], label: Span, style: str, rest: Span) -> Label:
    """The Label a match of one of the label patterns describes."""
    groups = match.groupdict()
    alias, to = _parentheses(groups["extra"] or "")
    return Label(label, groups["name"], len(_TITLES.findall(groups.get("titles") or "")), style, rest,
                 alias=alias, to=to, verb=groups.get("verb") or "", lead=groups["lead"] or "")


def _parentheses(extra: str) -> tuple[str, str]:
    """The alias of '(hereafter, X)' and the person of '(to X)' after a name ('' for none)."""
    alias = to = ""
    for inner in _PAREN.findall(extra):
        if found := _ALIAS.match(inner):
            alias = found.group(1).strip()
        elif found := _TO.match(inner):
            to = found.group(1).strip()
    return alias, to

"""Names after a title that its text node does not hold whole: the further names of a list a plural title
opens ('Comrades Malenkov, Molotov, Gromyko', 'Cdes. Bauman and Piliar', 'тт. Маленкову, Молотову'), a
surname whose first names the translator supplied ('Comrade [Mikhail Stepanovich] Kapitsa'), and the bare names
of a participants list's item ('Those Taking Part: Probin, Examov, Samplin'): each a persName, without @ref where no form of the personography recognises it (the review lists it then; it is
never guessed).

Only a list that a plural title opens is read, so that 'Comrade Kim, Korea's envoy' names no person
'Korea'; an office in the list ('Comrades Kim and Ambassador …') ends it.
"""

from __future__ import annotations

import re

from lxml import etree

from ..tei import E, q
from ..textnodes import wrap_spans

PERSNAME, SUPPLIED, ITEM, LIST, LB, NOTE = q("persName"), q("supplied"), q("item"), q("list"), q("lb"), q("note")
# What an item of bare names may hold between them: names tagged, line breaks, the translator's glosses and
# supplied words ('Pak Test-yeong [Pak Tes Yong]', 'Mun [Mun Probe]').
_AMONG_NAMES = frozenset({PERSNAME, LB, NOTE, SUPPLIED})
# How far before a name its title is looked for (the end of a long text node only, not all of it).
_TITLE_REACH = 24
# The plural titles a list of names follows.
PLURAL = re.compile(r"(?<!\w)(?:Comrades|comrades|[Cc]des\.|[Cc]omrs\.|Cmrds\.?|тт\.|товарищам|товарищи|Genossen|"
                    r"Tovarășii)\s*$")
# What alone joins two names tagged already ('Cde. Gh. Probescu and Cde. I. G. Testaru').
_JOINING = frozenset({"and", "и", "&"})
# What stands between two names of a list.
SEPARATOR = {"latin": r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", "cyrillic": r"\s*,\s*(?:и\s+)?|\s+и\s+"}


def link_listed(part: etree._Element, script: str, name: str, office: str) -> None:
    """Tag as persName each further name of a list a plural title opens, in one part of a text (`name`
    and `office`: the patterns of a name and of the offices that are none, for the script). The names
    are read in the text's order, each text node's at once (a node rewritten per name costs the square
    of a long list)."""
    follows = re.compile(rf"(?P<sep>{SEPARATOR[script]}){office}(?P<name>{name})")
    separator = re.compile(SEPARATOR[script])
    listed: set[etree._Element] = set()    # the persNames in such a list
    for element in list(part.iter(PERSNAME)):
        before, previous = _text_before(element), element.getprevious()
        if not (PLURAL.search(before[-_TITLE_REACH:]) or previous in listed and separator.fullmatch(before)):
            continue
        listed.add(element)
        spans, position, tail = [], 0, element.tail or ""
        while match := follows.match(tail, position):
            spans.append((match.start("name"), match.end("name"), E.persName(match.group("name"))))
            position = match.end()
        wrap_spans(element, True, spans)
        listed.update(span[2] for span in spans)


def _text_before(element: etree._Element) -> str:
    """The text right before an element: its previous sibling's tail, or its parent's text."""
    previous = element.getprevious()
    return (previous.tail if previous is not None else element.getparent().text) or ""


def link_supplied_first(part: etree._Element, title: str, name: str, office: str) -> None:
    """Tag as persName a surname after a title and the first names the translator supplied ('Comrade
    [Mikhail Stepanovich] Kapitsa'), the supplied words inside it; a linked surname takes them in (the
    patterns: `title`, `name`, and `office`, which no word of the first names may be: 'Comrade [Deputy
    Premier] Kim' names no first names)."""
    titled = re.compile(rf"{title}\s*$")
    surname = re.compile(rf"\s+(?P<name>{name})")
    for supplied in list(part.iter(SUPPLIED)):
        words = "".join(supplied.itertext())
        if supplied.getparent().tag == PERSNAME or not _FIRST_NAMES.fullmatch(words) \
                or not all(re.match(office, word) for word in words.split()) \
                or not titled.search(_text_before(supplied)[-_TITLE_REACH:]):
            continue
        following = supplied.getnext()
        if supplied.tail == " " and following is not None and following.tag == PERSNAME and len(following) == 0:
            following.text, supplied.tail = None, " " + (following.text or "")
            following.insert(0, supplied)       # a surname the personography knows: its first names join it
        elif after := surname.match(supplied.tail or ""):
            person = E.persName()
            supplied.addprevious(person)
            person.tail = supplied.tail[after.end("name"):]
            supplied.tail = supplied.tail[:after.end("name")]
            person.append(supplied)


# The first names a translator supplies: one to three capitalised words.
_FIRST_NAMES = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+){0,2}")


# An officer's rank before his name in a list, outside the name ('Lieutenant Colonel Triallevsky'), and no name's
# first word.
_RANK_WORD = r"(?:Colonel|General|Major|Lieutenant|Captain|Marshal|Admiral|Commander|Rear|Vice|Brigadier)"
_RANKS = rf"(?:{_RANK_WORD}\s+)*"
_RANKED = rf"(?!{_RANK_WORD}\b)"
# A government post before a name with its initials, outside the name ('Prime Minister K. Testaka', 'Minister of Foreign
# Affairs M. Ohara').
_POST = (r"(?:(?:(?:Prime|Foreign|Deputy|Vice|First)\s+)?(?:Minister(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|Premier|"
         r"Ambassador|President)\s+(?=[A-Z]\.))?")
# A role after a name in a list, no name itself ('Walter Samplord, Staff (Notetaker)').
_ROLE = r"(?!(?:Staff|Notetaker|Note-taker|Aide|Assistant|Official|Officer|Expert|Advisor|Spokesman|Correspondent)\b)"


def link_entries(part: etree._Element, script: str, name: str, initials: str, office: str, title: str) -> None:
    """Tag as persName each name of a participants list's item that holds bare names alone, two or more, between
    commas or 'and', the initials perhaps after the surname ('Probin, Examov, Samplin', 'Probin G.A., Examov A.A.'),
    whom each is from perhaps in parentheses after him ('Paulo Probral (Itamaraty), Luiz Testreia (Itamaraty)'),
    perhaps wrapped over lines under a plural title that opens it ('comrs. Probko, Samplin,' / 'Probov, Samplov.' /
    'Li Testchun, …': the first line's names are the titled list's), a gloss or supplied word after a name ('Mun [Mun
    Probe]') and an officer's rank before it ('Lieutenant Colonel Probarth') outside the name: a list of who took part
    names persons, titled or not (`name`, `initials`, and `office`, the titles and posts that are no names and leave
    the item to the titled lists: the patterns for the script; `title`, the titles before a name tagged already, which
    may stand among them)."""
    after = initials.replace(r"\s?", "")      # initials after the surname, run together ('Probin G.A.')
    # (each name perhaps with whom he is from in parentheses after it, no name of the list: 'Paulo Probral (Itamaraty)')
    named = rf"{office}{_ROLE}{_RANKED}(?:{initials})?{name}(?:\s+{after}(?=\s*(?:,|$|\(|and\b|и\b)))?"
    whence = r"(?:\s*\([^()]{1,80}\))?"
    titled = re.compile(rf"{title}\s*$")
    entry = re.compile(rf"{_RANKS}{_POST}(?P<name>{named}){whence}")
    whole = re.compile(rf"(?:{SEPARATOR[script]})?(?:{_RANKS}{_POST}{named}{whence}"
                       rf"(?:(?:{SEPARATOR[script]}){_RANKS}{_POST}{named}{whence})*)?(?:{SEPARATOR[script]}|\.)?")
    for item in part.iter(ITEM):
        listing = item.getparent()
        if listing is None or listing.tag != LIST or listing.get("type") != "participants" \
                or any(child.tag not in _AMONG_NAMES for child in item):
            continue
        nodes = [(item, False)] + [(child, True) for child in item]
        texts = [(node.tail if is_tail else node.text) or "" for node, is_tail in nodes]
        if len(item) and item[0].tag == PERSNAME and PLURAL.search(texts[0]):
            texts[0] = ""       # the plural title the names follow ('comrs. Probko, …'), their list's
        # (a titled name tagged among them: its title before it, and 'and' alone between two such, no name's: 'T. Testov,
        # A. Probny, Cde. Gh. Probescu and Cde. I. G. Testaru')
        texts = [titled.sub("", text) if at + 1 < len(nodes) and nodes[at + 1][0].tag == PERSNAME else text
                 for at, text in enumerate(texts)]
        if not all(whole.fullmatch(text.strip()) or text.strip() in _JOINING for text in texts) \
                or sum(len(entry.findall(text)) for text in texts) + len(item.findall(PERSNAME)) < 2:
            continue
        for (node, is_tail), text in zip(nodes, texts):
            wrap_spans(node, is_tail, [(found.start("name"), found.end("name"), E.persName(found.group("name")))
                                       for found in entry.finditer(text)])

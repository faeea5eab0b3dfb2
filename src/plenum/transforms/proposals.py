"""Speakers persons.xml does not know: each becomes a person proposed by plenum, local to the document.

A turn whose label no curated form recognises is not left without a speaker: its @who points to a
person of the document's own participant list (particDesc), with a provisional xml:id, @n the id it
would take in persons.xml, the forms its labels use, @cert and plenum's @resp (a proposal, not a
curated person). Labels of one person resolve to one proposal: the same name in any case ('JEONG',
'Jeong'), a declared alias, or a single word that is the first or last word of exactly one speaker
already met ('Zhou' after 'Zhou Enlai'). `plenum persons --accept/--merge` turns proposals into
persons of persons.xml; the next build then links the turns to them.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from lxml import etree

from ..persons import Personography, fold, transliterate
from ..readers.label_names import plain_names
from ..readers.label_titles import OFFICES, TITLE
from ..readers.labels import INITIAL_ALONE, LATIN_UPPER, Label, parse_label
from ..readers.meeting_patterns import ABSENT_LABEL
from ..readers.spans import Span
from ..tei import E, NS, XML_ID, XML_LANG, plenum_pointer, q
from .interview_roles import interview_names, role_name

PROPOSED = "-proposed-"
SUPPLIED, LB, NOTE = q("supplied"), q("lb"), q("note")
# What a translator's square brackets become in a label, read back in their brackets.
BRACKETED = frozenset({SUPPLIED, q("gap"), NOTE})
# What a participants list puts in parentheses after a name: another romanisation, a note.
_PARENTHESES = re.compile(r"\([^()]*\)")
# Initials in parentheses after a run of capitalised words: 'Victor Louis (VL)'.
_NAME_AND_INITIALS = re.compile(rf"(?P<name>(?:{LATIN_UPPER}[\w'’-]+\s+){{1,5}})"
                                rf"\((?P<initials>{LATIN_UPPER}{{2,4}})\)$")
# The initials alone, where the search for the name before them begins (a run of capitalised words tried
# only there, not at every capital of the text), and how far before them it looks.
_INITIALS = re.compile(rf"\({LATIN_UPPER}{{2,4}}\)")
_NAME_REACH = 400
# A party title before a line of names ('Cdes.', 'т. т.'), which no name keeps.
_TITLE_START = re.compile(rf"^{TITLE}\s*")
# A role in lower case before a name in a line of names ('interpreter Wang Sample'), which no name keeps.
_ROLE_BEFORE = re.compile(r"^(?:[a-z]+\s+){1,3}(?=[A-Z])")
# What parts the names of a line of names: a comma, a final 'and'.
_NAME_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


# Latin letters no decomposition takes to ASCII, as ASCII ('Gomułka' is gomulka, not gomuka).
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th",
                               "ħ": "h", "ŧ": "t", "ŋ": "ng"})


def slug(name: str) -> str:
    """The id a name would take in persons.xml: its words, folded to ASCII, joined by hyphens."""
    folded = transliterate(name).translate(_UNDECOMPOSED)
    ascii_name = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_name)) or "person"


class Proposals:
    """The speakers one document names, known or proposed: which pointer a label resolves to."""

    def __init__(self, root: etree._Element) -> None:
        self.prefix = (root.get(XML_ID) or "document") + PROPOSED
        self.by_name: dict[str, str] = {}      # folded bare name -> pointer ('#…' for a proposal)
        self.listed: list[str] = []            # folded full names of the participants the record lists
        self.root = root
        self._initials: dict[str, str] | None = None
        self._declared: dict[str, str | None] = {}   # label name -> what `declared` found for it

    def list_participant(self, name: str) -> None:
        """Remember a participant the record lists by full name ('Premier Zhang Testing'), whom a
        shorter label ('Premier Zhang:') may name: the proposal then takes the full name."""
        bare = _bare(name)
        if len(bare.split()) > 1 and bare not in self.listed:
            self.listed.append(bare)

    def declared(self, name: str) -> str | None:
        """The full name a label of initials stands for, as the document declares it ('VL' of 'Victor
        Louis (VL)' in its summary or text), or a title alone ('Premier:') the one name its title gives
        after that title ('… between Premier Zhou Enlai and …'), or None. Read once, when a label first asks;
        each name's answer kept, as a document repeats its few labels."""
        if self._initials is None:
            self._initials = {fold(initials): full for initials, full in declared_initials(self.root).items()}
        if name not in self._declared:
            self._declared[name] = self._initials.get(fold(name)) or titled_in_title(self.root, name) \
                or role_name(self.root, name)     # ('Q:' of an interview: its interviewer)
        return self._declared[name]

    def note(self, name: str, target: str) -> None:
        """Remember that `name` (as a label gives it) speaks for `target`."""
        self.by_name.setdefault(_bare(name), target)

    def met(self, name: str) -> str | None:
        """The pointer of a speaker already met under this name (an alias too), or None; no proposal is made."""
        return self.by_name.get(_bare(name))

    def resolve(self, name: str) -> str:
        """The pointer of the speaker a label's name gives: one already met, or a new proposal."""
        bare = _bare(name)
        if bare in self.by_name:
            return self.by_name[bare]
        words = bare.split()
        if INITIAL_ALONE.fullmatch(name.strip()):   # 'P.:' after 'Probin:': the one speaker whose surname it begins
            met = {target for known, target in self.by_name.items()
                   if len(known.split()[-1]) > 2 and known.split()[-1].startswith(bare.rstrip("."))}
            if len(met) == 1:
                return self.by_name.setdefault(bare, met.pop())
        if len(words) == 1:
            matches = {target for known, target in self.by_name.items()
                       if len(known.split()) > 1 and _first_or_last(words[0], known)}
            if len(matches) == 1:
                return self.by_name.setdefault(bare, matches.pop())
        else:
            single = [target for known, target in self.by_name.items() if known in (words[0], words[-1])]
            if len(set(single)) == 1 and not _SUPPLIED_FIRST.match(name):   # ('[Anna] Testov:' is not 'Testov:')
                return self.by_name.setdefault(bare, single[0])
            initialled = {target for known, target in self.by_name.items() if same_by_initials(bare, known)}
            if len(initialled) == 1:           # 'n. testescu' after 'nicolae testescu', and back
                return self.by_name.setdefault(bare, initialled.pop())
        listed = [known for known in self.listed if known == bare or len(words) == 1 and _first_or_last(words[0], known)
                  or same_by_initials(bare, known)]        # ('R. PROBANI.' where 'Radha Probani, Prime Minister …' attended)
        if not listed and (full := self.declared(bare) or named_on_in_title(self.root, name)
                           or len(words) == 1 and surname_in_title(self.root, words[0])):
            listed = [fold(full)]
        if len(listed) == 1:       # the participant the record lists by full name: proposed by it
            target = self.by_name.get(listed[0]) or self._new(listed[0])
            self.by_name.setdefault(listed[0], target)
            return self.by_name.setdefault(bare, target)
        return self.by_name.setdefault(bare, self._new(bare))

    def _new(self, bare: str) -> str:
        """A pointer for a new proposal named `bare`, unlike any taken."""
        taken = set(self.by_name.values())
        pointer, number = "#" + self.prefix + slug(bare), 1
        while pointer in taken:                 # another name with the same letters ('Ли', 'Li')
            number += 1
            pointer = f"#{self.prefix}{slug(bare)}-{number}"
        return pointer


# A first name the translator supplied before a surname, to tell two speakers of one family apart.
_SUPPLIED_FIRST = re.compile(r"\s*\[[A-Z][\w'’-]+\]\s+\w")


def _bare(name: str) -> str:
    """A label's name as proposals compare it: without titles and an editor's alternatives, folded; the
    name as written when nothing else is left ('[KGB chairman]', a bracket alone)."""
    return fold(plain_names(name)[-1]) or fold(name)


def same_by_initials(name: str, other: str) -> bool:
    """Whether two names of several words are one person's, given names written out in one and initialled
    in the other ('n testescu' and 'nicolae testescu', 'l i brezhnev' and 'leonid brezhnev', folded or not):
    the same last word, each initial (a letter alone) the first letter of the given name in its place."""
    first, second = name.replace(".", " ").split(), other.replace(".", " ").split()
    if len(first) < 2 or len(second) < 2 or first[-1] != second[-1] or first == second:
        return False
    pairs = list(zip(first[:-1], second[:-1]))
    return any((len(a) == 1) != (len(b) == 1) for a, b in pairs) \
        and all(a == b or a[0] == b[0] and 1 in (len(a), len(b)) for a, b in pairs)


@functools.lru_cache(maxsize=4096)
def initialled_person(name: str, script: str, persons: Personography) -> frozenset[str]:
    """The one person of persons.xml a label's initialled name is ('L. Brezhnev', 'L. I. Brezhnev' for
    Leonid Brezhnev): a form of his of several words the name gives by initials (proposals.same_by_initials);
    none where several persons' forms are."""
    if not INITIAL.match(name) or script not in ("latin", "cyrillic"):
        return frozenset()
    folded = fold(name)
    found = {pid for pid, person in persons.persons.items() for forms in person.forms.values() for form in forms
             if same_by_initials(folded, fold(form))}
    return frozenset(found) if len(found) == 1 else frozenset()


def _first_or_last(word: str, name: str) -> bool:
    """Whether a one-word label's name is the first or last word of a fuller name ('Zhou' of 'Zhou Enlai')."""
    words = name.split()
    return word in (words[0], words[-1])


def listed_participants(element: etree._Element) -> list[str]:
    """The names of the participants lists in `element`, without titles (two to four words each); a line's
    parts between semicolons are read as lines ('Ambassador Oleg Testov; General Peter Probin'); the chair a
    session's paragraph names ('Cde. L. I. TESTOV presiding.') first."""
    items = [item for item in element.xpath(".//tei:list[@type = 'participants']/tei:item", namespaces=NS)
             if not absent_item(item)]
    names = (name for item in items for line in _lines(item) for part in line.split(";") for name in _line_names(part))
    chairs = (chair["name"] for p in element.xpath(".//tei:p[contains(., 'presiding')]", namespaces=NS)
              if (chair := _CHAIR.fullmatch(" ".join("".join(p.itertext()).split()))))
    return list(dict.fromkeys(name for name in (*chairs, *names) if 2 <= len(name.split()) <= 4))


def absent_item(item: etree._Element) -> bool:
    """Whether a participants list's item names those absent, under its label ('Absent:', 'Excused:'): persons the
    record names, never its participants."""
    label = item.getprevious()
    return label is not None and label.tag == q("label") \
        and ABSENT_LABEL.fullmatch(" ".join("".join(label.itertext()).split())) is not None


# The chair of a session in a paragraph of his own, by his initials and name ('Cde. L. I. TESTOV presiding.').
_CHAIR = re.compile(r"(?:(?:Cde|Comrade|Comr)\.?\s+)?(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+)\s+presiding\.?")


def _line_names(line: str) -> list[str]:
    """The names one line of a participants list gives, without parentheses: after a party title, every
    name of a line of names ('Cdes. P. R. Probov, K. L. Examov and …', 'Comrade A. Testov, Chairman Li
    Probo, interpreter Wang Sample'), its other parts left out ('Ambassador of the USSR'); else the words
    up to the first comma ('Zhang Testing' of 'Premier Zhang Testing, Premier of the State Council')."""
    line = " ".join(_PARENTHESES.sub(" ", line).split())
    names = _TITLE_START.sub("", line)
    parts = [_ROLE_BEFORE.sub("", part.strip(" .;")) for part in _NAME_SEPARATOR.split(names)]
    if names == line or not _is_name(parts[0]):
        return [plain_names(names.split(",", 1)[0])[-1]]
    return [plain_names(part)[-1] for part in parts if _is_name(part)]


def _is_name(part: str) -> bool:
    """Whether a part of a line is a name: two to four words, each capitalised ('K. L. Examov')."""
    words = part.split()
    return 2 <= len(words) <= 4 and all(word[0].isupper() for word in words)


def declared_initials(root: etree._Element) -> dict[str, str]:
    """The initials a document declares for names, in its summary or text: 'Victor Louis (VL)', 'General
    Director Mordechai Gazit (MG)' (initials -> the name they are the first letters of)."""
    found: dict[str, str] = {}
    text = " ".join(root.itertext())
    for hit in _INITIALS.finditer(text):
        if not (match := _NAME_AND_INITIALS.search(text, max(0, hit.start() - _NAME_REACH), hit.end())):
            continue
        initials, words = match.group("initials"), match.group("name").split()
        name = words[-len(initials):]
        if len(name) == len(initials) and all(word[0] == letter for word, letter in zip(name, initials)):
            found.setdefault(initials, " ".join(name))
    return found


def titled_in_title(root: etree._Element, office: str) -> str | None:
    """The name a document's title gives after a title of office alone ('Premier' of 'Record of Conversation
    between Premier Zhou Enlai and …' is 'Zhou Enlai'; where he is posted between them, 'Ambassador' of '… Reception of
    Ambassador to Sampleland Testovath Sirik' is 'Testovath Sirik'), when it gives exactly one; None otherwise."""
    if not _OFFICE_WORDS.fullmatch(office.strip()):
        return None
    names = {match.group("name") for match in re.finditer(   # a possessive ends the name ('Premier Zhou's Reception'),
        rf"\b(?i:{re.escape(office.strip())}){_POSTED_TO}\s+(?P<name>{LATIN_UPPER}[\w-]+(?:\s+{_NOT_VERB}{LATIN_UPPER}[\w-]+){{0,2}})\b",
        document_title(root))}                              # and so does a verb ('Ambassador Testo Meets with …')
    return next(iter(names)) if len(names) == 1 else None


def named_on_in_title(root: etree._Element, name: str) -> str | None:
    """The fuller name a document's title gives where a label's titled name goes on in it ('Prime Minister Testam'
    of '… Talk with Prime Minister Testam Van Dong' is 'Testam Van Dong'), when it gives exactly one; None otherwise."""
    if not (office := OFFICES.match(name)) or not name[office.end():].strip():
        return None
    names = {name[office.end():].strip() + match.group("more") for match in re.finditer(
        rf"\b{re.escape(name.strip())}(?P<more>(?:\s+{_NOT_VERB}{_NOT_JOINING}{LATIN_UPPER}[\w-]+){{1,2}})\b(?!['’])",
        document_title(root))}
    return next(iter(names)) if len(names) == 1 else None


def surname_in_title(root: etree._Element, word: str) -> str | None:
    """The one name of two or three words a document's title gives after a title of office whose first or last word a
    one-word label is, in any case ('Probe:' or 'PROBE:' under '… between Premier Probe Enlai and …' is 'Probe
    Enlai'); None where the title gives none or two ('… Premier Kim Il and Marshal Kim Tu …')."""
    names = {match.group("name") for match in re.finditer(
        rf"\b(?:{_OFFICE_WORDS.pattern}){_POSTED_TO}\s+(?P<name>{LATIN_UPPER}[\w-]+(?:\s+{_NOT_VERB}{_NOT_JOINING}{LATIN_UPPER}[\w-]+){{1,2}})"
        rf"\b(?!['’])", document_title(root))}
    owners = {name for name in names if _first_or_last(word, fold(name))}
    return next(iter(owners)) if len(owners) == 1 else None


def document_title(root: etree._Element) -> str:
    """A document's title, its spaces normalised ('' when it has none)."""
    title = root.find("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title", NS)
    return " ".join("".join(title.itertext()).split()) if title is not None else ""


# A verb a title capitalises after a name ('… Meets with …', '… Receives …'): no part of the name.
_NOT_VERB = r"(?!(?:Meets|Receives|Visits|Talks|Speaks|Tells|Holds|Hosts|Sees|Calls|Greets|Replies|Answers)\b)"
# Where an office's holder is posted, between the office and his name ('Ambassador to Sampleland …', '… to the DPRK …',
# '… to North Probeland …'): a country of one word, or an acronym, a compass word perhaps before it (not the first
# word of a longer one, '… to the Democratic Republic of …').
_POSTED_TO = r"(?:\s+to\s+(?:the\s+)?(?:(?:(?:North|South|East|West|New|Soviet|United)\s+)?[A-Z][a-z]+|[A-Z]{2,6})" \
             r"(?!\s+[A-Z][a-z]+\s+of\b))?"
# A joining word a title capitalises after a name ('… Zhou Enlai With …', '… And …'): no part of the name.
_NOT_JOINING = r"(?!(?:With|And|Of|On|In|At|To|For|From|About|During|Regarding|Concerning|By|The)\b)"
# A title of office a label may be alone ('Premier:', 'Chairman:', 'Vice Premier:').
_OFFICE_WORDS = re.compile(r"(?:(?:Vice|Deputy|First)\s+)?(?:Premier|Chairman|President|Ambassador|Minister|"
                           r"Prime\s+Minister|Foreign\s+Minister|Secretary|Marshal)", re.I)


def _lines(item: etree._Element) -> list[str]:
    """An item's lines, as its line breaks part them, without the translator's notes ('Chou En-lai [Zhou Enlai]':
    another romanisation of the name is no part of it)."""
    lines = [item.text or ""]
    for child in item:
        if child.tag == LB:
            lines.append("")
        elif child.tag != NOTE:
            lines[-1] += "".join(child.itertext())
        lines[-1] += child.tail or ""
    return lines


def label_text(speaker: etree._Element) -> str:
    """A speaker label's text with an editor's completions, gaps and notes in their brackets ('Han [Ik-su]
    [Han Ik Su]:', 'Examenko [illegible].'), a line break a space, as labels.parse_label reads them."""
    parts = [speaker.text or ""]
    for child in speaker:
        inner = " " if child.tag == LB else "".join(child.itertext())
        parts += ["[" + inner + "]" if child.tag in BRACKETED else inner, child.tail or ""]
    return "".join(parts)


def written_label(speaker: etree._Element) -> Label | None:
    """A label the reader took that reads back as no name (a mutilated one): its words as the name, so
    that the turn is proposed as written rather than left to no one."""
    text = " ".join(label_text(speaker).split())
    initial = text.strip(" :-–—")                  # ('P.:' keeps its initial's stop)
    written = initial if INITIAL_ALONE.fullmatch(initial) else text.strip(" :.-–—")
    return Label(Span(written, 0), written, 0, "whole", Span("", len(written))) if written else None


def proposed_persons(root: etree._Element) -> list[etree._Element]:
    """The person element of each proposal the turns of the document point to, in order of first turn."""
    forms: dict[str, dict[tuple[str, str | None], None]] = {}     # id -> (form, its language) in order
    sources: dict[str, str] = {}
    languages: dict[etree._Element, str | None] = {}   # a turn's parent -> the language there
    seen: set[tuple[str, str, str | None]] = set()     # (proposal, label, language): a document repeats its few
    for sp in root.iter(q("sp")):
        who = sp.get("who") or ""
        if not who.startswith("#" + (root.get(XML_ID) or "document") + PROPOSED):
            continue
        speaker = next(sp.iterchildren(q("speaker")), None)
        text = label_text(speaker) if speaker is not None else ""
        parent = sp.getparent()
        if parent not in languages:
            languages[parent] = next((e.get(XML_LANG) for e in (parent, *parent.iterancestors())
                                      if e.get(XML_LANG)), None)
        language = languages[parent]
        if (who, text, language) in seen:
            continue
        seen.add((who, text, language))
        label = parse_label(text, "latin") or parse_label(text, "cyrillic") if text else None
        form = plain_names(label.name)[-1] if label is not None else ""
        form = form or " ".join(text.split()).strip(" :.-–—[]")   # no label, or a name in brackets alone
        if role_name(root, form):
            form = ""       # ('Q', 'ANSWER': a role's label, no form of the name it stands for)
        forms.setdefault(who[1:], {})
        if titled := titled_in_title(root, form) or label is not None and named_on_in_title(root, label.name) \
                or " " not in form.strip() and surname_in_title(root, fold(form)):   # ('Premier' of '… Premier Zhou's …',
            forms[who[1:]][(titled, None)] = None     # 'Prime Minister Testam' of '… Testam Van Dong', 'PROBE' of
                                                      # '… Premier Probe Enlai …'): the name first
        if form:
            forms[who[1:]][(form, language if language != root.get(XML_LANG) else None)] = None
        sources.setdefault(who[1:], sp.get("source", ""))
    if not forms:
        return []
    listed = {slug(name): name for name in (*listed_participants(root), *declared_initials(root).values(),
                                            *interview_names(root))}
    people = []
    for pid, names in forms.items():
        if full := listed.get(pid.split(PROPOSED, 1)[1]):
            names = {(full, None): None, **names}
        ordered = sorted(names, key=lambda form: (form[1] is not None, -len(form[0].split())))
        person = E.person({XML_ID: pid, "n": pid.split(PROPOSED, 1)[1], "resp": plenum_pointer(root),
                           "cert": "medium" if ordered and len(ordered[0][0].split()) > 1 else "low"})
        if sources[pid]:
            person.set("source", sources[pid])
        person.extend(E.persName({XML_LANG: language} if language else {}, form) for form, language in ordered)
        people.append(person)
    return people


# An initial ('A.', 'В.'): a name's first, 'L.' of 'L. Brezhnev'.
INITIAL = re.compile(r"[A-ZА-ЯЁ]\.")

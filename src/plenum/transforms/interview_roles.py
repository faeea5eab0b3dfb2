"""The roles an interview's turns go under ('Q:', 'A:', 'QUESTION:', 'ANSWER:', 'Interviewer:'): who asks is the
interviewer, who answers the interviewee, named in the record's fields ('Interviewer: …', 'Interviewee: …'), in its
citation's credit ('Interview conducted by …', the header's respStmt) or in its title ('Interview with … Testov')."""

from __future__ import annotations

import re

from lxml import etree

from ..persons import fold
from ..readers.label_titles import OFFICES
from ..readers.labels import LATIN_UPPER
from ..tei import NS

# The labels of each role, folded, as the turns and the fields give them.
_ROLES = {"q": "interviewer", "question": "interviewer", "interviewer": "interviewer",
          "a": "interviewee", "answer": "interviewee", "interviewee": "interviewee"}
# A record that is an interview: its title says so, or a field names its interviewer or interviewee.
_INTERVIEW = re.compile(r"\b(?i:interview)")
# The field naming each role's person in the record's head ('Interviewer: Anna Examova', 'Interviewed by: …').
_FIELDS = {"interviewer": ("interviewer:", "interviewed by:"), "interviewee": ("interviewee:",)}
# The person the title says the interview was with, after his titles ('Interview with Former Ambassador Hiroshi
# Testaka on …': 'Hiroshi Testaka'), two to four capitalised words up to what the interview was about.
_WITH = re.compile(rf"\bInterview with\s+(?:(?:[Ff]ormer|[Tt]he|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.)\s+)*"
                   rf"(?P<name>(?:{LATIN_UPPER}[\w'’.-]*\s+){{1,3}}{LATIN_UPPER}[\w'’-]+)(?=\s+(?:on|about|regarding|concerning)\b|\s*[,(]|\s*$)")
# What parts several persons in a field's value ('Anna Examova and Paul Probert').
_SEVERAL = re.compile(r"\band\b|&|;")


def interview_role(label: str) -> str | None:
    """The role a turn's label names ('interviewer' for 'Q:' or 'QUESTION:', 'interviewee' for 'A:'), or None."""
    return _ROLES.get(fold(label.strip(" :.")))


def role_name(root: etree._Element, label: str) -> str | None:
    """The person a role's label stands for in an interview: the one its fields, its credit or its title name;
    where they name none or several, the role itself ('Interviewer'), one speaker for all its labels; None for
    any other label or any record that is no interview."""
    role = interview_role(label)
    if role is None or not _is_interview(root):
        return None
    names = _fielded(root, role) or (_credited(root) if role == "interviewer" else _titled(root))
    return names[0] if len(names) == 1 else role.capitalize()


def interview_names(root: etree._Element) -> list[str]:
    """The names the role labels of an interview's turns stand for (a proposal's full name)."""
    return [name for label in ("q", "a") if (name := role_name(root, label))]


def _is_interview(root: etree._Element) -> bool:
    """Whether a record is an interview: its title says so, or its head names an interviewer or interviewee."""
    title = root.find("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title", NS)
    return bool(title is not None and _INTERVIEW.search("".join(title.itertext()))
                or _fielded(root, "interviewer") or _fielded(root, "interviewee"))


def _fielded(root: etree._Element, role: str) -> list[str]:
    """The names a role's field gives ('Interviewee: Viktor Testov, chief designer': 'Viktor Testov'), each
    field's value up to a comma; several where it names several."""
    names = []
    for label in root.iterfind(".//tei:text//tei:p/tei:label", NS):
        if " ".join((label.text or "").split()).lower() in _FIELDS[role]:
            value = "".join(label.getparent().itertext())[len("".join(label.itertext())):]
            name = " ".join(value.split(",")[0].split())
            names += [name] if name and not _SEVERAL.search(name) else ["", ""]
    return names


def _credited(root: etree._Element) -> list[str]:
    """Who conducted the interview, as the citation credits them (the header's 'Interviewed by' statement)."""
    return [" ".join("".join(name.itertext()).split()) for name in root.iterfind(
        "tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:respStmt[tei:resp = 'Interviewed by']/tei:persName", NS)]


def _titled(root: etree._Element) -> list[str]:
    """The person the title says the interview was with, his titles of office left out."""
    title = root.find("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title", NS)
    found = _WITH.search(" ".join("".join(title.itertext()).split())) if title is not None else None
    if found is None:
        return []
    name = found["name"]
    while office := OFFICES.match(name):
        name = name[office.end():]
    return [name] if len(name.split()) >= 2 else []

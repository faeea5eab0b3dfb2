"""Original and translation, turn by turn: each original sp points to its translation (@corresp).

The speaker of an original turn is decided from two independent signals: its label (compared,
OCR damage and all, with every person's forms) and the speaker of the translation turn it aligns
with. When they agree the turn is attributed without comment; when the label is too damaged to
read, or names someone else, the turn carries @cert below high and the case is reported for
review, never silently resolved. Turns are aligned by dynamic programming on speaker similarity
and text length, so a turn missing on one side does not shift the rest.
"""

from __future__ import annotations

import difflib

from collections.abc import Callable

from lxml import etree

from ..persons import Personography, fold, name_text, person_id, pointer, transliterate
from ..readers import Conversion, Document
from ..readers.labels import parse_label
from ..readers.languages import SCRIPTS
from ..sourceview import view_text
from ..tei import NS, XML_ID, XML_LANG, plenum_pointers
from . import Transform
from .participants import named
from .person_links import SPEAKER, first_child, script_of
from .proposals import Proposals

GAP = -0.15          # the score of leaving a turn unaligned
THRESHOLD = 0.35     # a pair must score above this to be better than two gaps
CLEAR = 0.75         # a label at least this like a person's forms names that person
READABLE = 0.5       # below this a label is too damaged to count as evidence
BAND = 12            # how far from the diagonal a pair of turns may lie
SPREAD = 48          # how much further when one side has more turns than the other
IDEOGRAPHIC = ("han", "hangul")   # originals whose turns are paired by their place alone


class AlignOriginal(Transform):
    name = "align"
    priority = 400

    def apply(self, document: Document, conv: Conversion) -> None:
        for group in document.root.iterfind(".//tei:group", NS):
            original = group.find("tei:text[@type='original']", NS)
            translation = group.find("tei:text[@type='translation']", NS)
            if original is None or translation is None:
                continue
            if translation.get(XML_ID) and original.get(XML_ID):
                translation.set("corresp", "#" + original.get(XML_ID))
            turns = original.findall(".//tei:sp", NS)
            if turns and SCRIPTS.get(original.get(XML_LANG, "")) in IDEOGRAPHIC:
                _turn_by_turn(turns, translation.findall(".//tei:sp", NS), conv, document)
            elif conv.persons is not None and turns:
                self._turns(turns, translation.findall(".//tei:sp", NS), conv, document)

    def _turns(self, turns: list[etree._Element], targets: list[etree._Element], conv: Conversion,
               document: Document) -> None:
        persons = conv.persons
        plenum = plenum_pointers(document.root)
        labels = [_label(sp, plenum) for sp in turns]
        # A translation's speaker: a person of persons.xml, or a person the document proposes ('#…').
        speakers = [person_id(sp.get("who", "")) or (sp.get("who", "") if sp.get("who", "").startswith("#") else "")
                    for sp in targets]
        proposed = {who: _label(sp, plenum) for who, sp in zip(speakers, targets) if who.startswith("#")}

        likeness: dict[tuple[str, str], float] = {}

        def similar(label: str, speaker: str) -> float:
            """How alike a label is to a speaker's forms (to the translation's label for a proposal;
            remembered, as the alignment asks again for the same few labels and speakers)."""
            if not speaker.startswith("#"):
                return persons.similarity(label, speaker)
            if (label, speaker) not in likeness:
                likeness[label, speaker] = difflib.SequenceMatcher(
                    None, transliterate(label), fold(proposed[speaker])).ratio()
            return likeness[label, speaker]

        cast = _cast(document, persons)
        candidates = [_closest(persons, label, cast) for label in labels]
        pairs = dict(_align(turns, targets, labels, speakers, similar, plenum))
        unmatched = Proposals(document.root)
        for index, sp in enumerate(turns):
            label, (best, score) = labels[index], candidates[index]
            target = pairs.get(index)
            aligned = speakers[target] if target is not None else ""
            if target is not None and targets[target].get(XML_ID):
                sp.set("corresp", "#" + targets[target].get(XML_ID))
            if aligned.startswith("#") and not (best and score >= CLEAR):
                _proposed(sp, label, aligned, similar(label, aligned), conv, document)
            else:
                self._attribute(sp, label, best, score, aligned, persons, conv, document)
            if sp.get("who") is None and label:
                _propose(sp, label, transliterate(label) if not label.isascii() else label, unmatched, conv, document,
                         "has no counterpart in the translation and names no person of persons.xml")

    @staticmethod
    def _attribute(sp: etree._Element, label: str, best: str, score: float, aligned: str,
                   persons: Personography, conv: Conversion, document: Document) -> None:
        """Set @who (and @cert when the evidence is weak or contradicts itself)."""
        where = sp.get("source", "")
        agreed = aligned and (aligned == best or persons.similarity(label, aligned) >= score - 0.05)
        if agreed:
            sp.set("who", pointer(aligned))
            if persons.similarity(label, aligned) < READABLE:
                sp.set("cert", "medium")
                conv.flag(document.name, "speaker", f"label '{label}' is hard to read; attributed to {aligned} "
                          "as in the translation", where)
        elif aligned and score >= CLEAR:
            sp.set("who", pointer(best))
            sp.set("cert", "medium")
            conv.flag(document.name, "speaker", f"label '{label}' names {best}, but the translation gives "
                      f"this turn to {aligned}; attributed as the original says", where)
        elif aligned:
            sp.set("who", pointer(aligned))
            sp.set("cert", "low")
            conv.flag(document.name, "speaker", f"label '{label}' is closest to {best} "
                      f"({persons.persons[best].main}, likeness {score:.2f}), a plausible reading kept here, but "
                      f"the translation gives this turn to {aligned}; attributed as the translation says, @cert low",
                      where)
        elif best and score >= CLEAR:
            sp.set("who", pointer(best))
        elif best and score >= READABLE:
            sp.set("who", pointer(best))
            sp.set("cert", "low")
            conv.flag(document.name, "speaker", f"label '{label}' has no counterpart in the translation and "
                      f"is only closest to {best} ({persons.persons[best].main}, likeness {score:.2f}), "
                      "attributed with @cert low", where)


def _turn_by_turn(turns: list[etree._Element], targets: list[etree._Element], conv: Conversion,
                  document: Document) -> None:
    """An original in Chinese or Korean, whose labels cannot be compared with the persons' forms nor its
    lengths with English ones: its turns pair with the translation's in order, when both have as many
    and each label is always one speaker's; each then has that speaker, @cert medium. Otherwise no
    turn is paired, and each label is proposed as a person of its own."""
    plenum = plenum_pointers(document.root)
    labels = [_label(sp, plenum) for sp in turns]
    speakers = [target.get("who", "") for target in targets]
    consistent = len(turns) == len(targets) and len(set(zip(labels, speakers))) == len(set(labels))
    for sp, label, target, speaker in zip(turns, labels, targets if consistent else [None] * len(turns), speakers):
        if target is not None and speaker:
            sp.set("who", speaker)
            sp.set("cert", "medium")
            if target.get(XML_ID):
                sp.set("corresp", "#" + target.get(XML_ID))
            conv.flag(document.name, "speaker", f"label '{label}' is read by its place: attributed to "
                      f"{speaker} as the translation's turn in the same place", sp.get("source", ""))
    unmatched = Proposals(document.root)
    for sp, label in zip(turns, labels):
        if sp.get("who") is None and label:
            _propose(sp, label, label, unmatched, conv, document, "has no counterpart in the translation")


def _propose(sp: etree._Element, label: str, name: str, unmatched: Proposals, conv: Conversion, document: Document,
             why: str) -> None:
    """An original's turn that nothing attributes: its label's `name` proposed as a person of the
    document (one proposal per name), flagged with `why`."""
    sp.set("who", unmatched.resolve(name))
    conv.flag(document.name, "speaker", f"label '{label}' {why}: proposed as {sp.get('who')}", sp.get("source", ""))


def _proposed(sp: etree._Element, label: str, aligned: str, likeness: float, conv: Conversion,
              document: Document) -> None:
    """An original turn whose translation turn is spoken by a person the document proposes: the same
    person, @cert medium when the label is too unlike the translation's to count as evidence."""
    sp.set("who", aligned)
    if likeness < READABLE:
        sp.set("cert", "medium")
        conv.flag(document.name, "speaker", f"label '{label}' is hard to read; attributed to {aligned} as in "
                  "the translation", sp.get("source", ""))


def _label(sp: etree._Element, plenum: frozenset[str]) -> str:
    """The name in an sp's speaker label ('' when there is none); `plenum`: the document's
    plenum_pointers, found once for all its turns."""
    speaker = first_child(sp, SPEAKER)
    if speaker is None:
        return ""
    written = name_text(speaker, plenum)
    label = parse_label(written, script_of(sp))
    return label.name if label else " ".join(written.split())


def _cast(document: Document, persons: Personography) -> list[str]:
    """The persons the document names or gives turns to (all persons when it names none)."""
    ids = [person_id(value) for value in named(document.root)]
    return sorted({pid for pid in ids if pid in persons.persons}) or sorted(persons.persons)


def _closest(persons: Personography, label: str, cast: list[str]) -> tuple[str, float]:
    """The person of the cast whose forms a label is most like, and how alike (exact forms count 1)."""
    if not label:
        return "", 0.0
    exact = persons.lookup(label, "cyrillic") | persons.lookup(label, "latin")
    if len(exact) == 1:
        return next(iter(exact)), 1.0
    scored = sorted(((persons.similarity(label, pid), pid) for pid in cast), reverse=True)
    return (scored[0][1], scored[0][0]) if scored else ("", 0.0)


def _length(sp: etree._Element, plenum: frozenset[str]) -> int:
    """The length of a turn's words without its label; `plenum`: the document's plenum_pointers,
    found once for all its turns."""
    return sum(len(" ".join(view_text(element, plenum).split())) for element in sp if element.tag != sp[0].tag)


def _align(turns: list[etree._Element], targets: list[etree._Element], labels: list[str],
           speakers: list[str], similar: Callable[[str, str], float], plenum: frozenset[str]) -> list[tuple[int, int]]:
    """Pairs (original index, translation index) of the best monotone alignment (`plenum`: as in _label)."""
    lengths = [_length(sp, plenum) for sp in turns]
    target_lengths = [_length(sp, plenum) for sp in targets]

    def score(i: int, j: int) -> float:
        speaker = similar(labels[i], speakers[j]) if labels[i] and speakers[j] else 0.0
        a, b = lengths[i], target_lengths[j]
        length = min(a, b) / max(a, b) if max(a, b) else 1.0
        return 0.5 * speaker + 0.5 * length - THRESHOLD

    rows, cols = len(turns), len(targets)
    band = _band(rows, cols)
    lower = -float("inf")
    # Only the cells within `band` of the diagonal are kept: row i holds columns first[i] onwards.
    first: list[int] = []
    best: list[list[float]] = []
    step: list[list[str]] = []

    def cell(table: list[list], i: int, j: int, outside):
        k = j - first[i]
        return table[i][k] if 0 <= k < len(table[i]) else outside

    for i in range(rows + 1):
        centre = round(i * cols / rows) if rows else 0
        lo, hi = max(0, centre - band), min(cols, centre + band)
        row, moves = [lower] * (hi - lo + 1), [""] * (hi - lo + 1)
        first.append(lo)
        best.append(row)
        step.append(moves)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            # The best of the three moves into (i, j); the first of equal ones wins.
            value, move = lower, ""
            diagonal = cell(best, i - 1, j - 1, lower) if i and j else lower
            if diagonal > lower:
                value, move = diagonal + score(i - 1, j - 1), "diagonal"
            up = cell(best, i - 1, j, lower) if i else lower
            if up > lower and up + GAP > value:
                value, move = up + GAP, "up"
            left = row[j - 1 - lo] if j > lo else lower
            if left > lower and left + GAP > value:
                value, move = left + GAP, "left"
            if move:
                row[j - lo], moves[j - lo] = value, move
    pairs = []
    i, j = rows, cols
    while i > 0 or j > 0:
        move = cell(step, i, j, "")
        if move == "diagonal":
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif move == "up":
            i -= 1
        else:
            j -= 1
    return sorted(pairs)


def _band(rows: int, cols: int) -> int:
    """How far from the diagonal a pair of turns may lie: BAND, widened by the difference in turns
    (up to SPREAD, so that the work stays linear in the turns) and by the diagonal's slope."""
    slope = -(-cols // rows) if rows else 0
    return max(BAND + min(abs(rows - cols), SPREAD), slope + 1)

"""Stage directions inside a paragraph or after a speaker's label: the note-taker's parentheses that
record what happened, not what was said ('(Laughter)', '(Premier Zhou laughs.)', '(clarifies)')."""

from __future__ import annotations

import re

from lxml import etree

from .. import conventions
from ..tei import E, local
from .label_titles import TITLE, VOICES
from .labels import INITIALS, NAMES

# A parenthesis right after a label, before the turn's words ('Mao: (laughs) …'): the delivery; or the whole
# turn, what the speaker did ('Probin: (Asks his assistant when …)'); never a paragraph's number ('Testov: (1) …').
LEADING_STAGE = re.compile(r"\((?!(?:\d{1,2}|[a-z]|[ivx]{1,4})\))(?P<inner>[^()]{1,240})\)(?:\s+|\.?\s*$)")
# A parenthesis of its own after a sentence's end ('… well. (Laughter).'), or at the start of the text after a
# stage direction, the next of them ('(Laughter). (All are silent).'); one inside a sentence
# ('the Ministry of Foreign Affairs (Second Directorate)') is the sentence's own words, and so is an American
# paragraph's classification mark ('(S)', '(C)', '(S/NF)'), and so is a reference to other paragraphs, pages or
# sources ('(Paras. 4–6)', '(See Annex B)', '(Source: …)', the speaker's own '(You will find them in the annexe).').
_TRAILING_STAGE = re.compile(r"(?:(?<=[.!?…\"”’»])|^)\s\((?!(?:TS|S|C|U|LOU|SBU)(?:/[A-Z]{2,5})*\))"
                             r"(?!(?:Paras?\b|Paragraphs?\b|Pages?\b|Pp?\.|See\b|Cf\.|Sources?\b|Annex|Appendix|Ibid|"
                             r"You\s+(?:will|can|may|shall)\s+find\b))"
                             r"(?P<inner>[A-Z][^()]{0,60})\)\.?$")
# How every text _TRAILING_STAGE matches ends ($ allows a final newline): checked before searching.
_STAGE_ENDINGS = (")", ").", ")\n", ").\n")
# What people in the room do, in English, Russian and German, or what their meeting does: a parenthesis
# naming it anywhere in a paragraph is a stage direction ('(Premier Zhou laughs.)', '(The interpreters
# confer with him.)', '(The meeting closed at 12.)', '[Handing over a folder]').
_STAGE_ACTS = re.compile(r"\b(?i:laughs|laughing|laughed|chuckles|chuckling|smiles|smiling|applauds|applauding|"
                         r"coughs|coughing|pauses|pausing|interrupts|interrupting|confers?|conferring|shouts|"
                         r"shouting|nods|nodding|sighs|whispers|whispering|pointing|gestures|gesturing|shrugs|shrugging|"
                         r"points\s+(?:to|at)|reads\s+out|hand(?:s|ing)\s+over|"
                         r"сме[её]тся|смеясь|улыбается|lacht)\b|"
                         # (passing a paper across the table: '(Testaka hands the list of … to L.I. Probin)')
                         r"\b(?i:hand(?:s|ing))\s+[^()]{1,60}?\s+to\s+[A-Z]|"
                         # (a person answering by a sign: '(The ambassador indicates that he cannot.)'; not '(This indicates …)')
                         r"(?:^|\s)(?!(?:This|It|That|Which|There)\s)(?:[Tt]he\s+(?:ambassador|premier|minister|chairman|president|"
                         r"interpreter|guest|host|secretary|general|marshal|leader|speaker|delegate)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                         r"(?:indicates|indicated|signals|signalled|signaled)\s+(?:that|his|her|their|with|by)\b|"
                         r"\b(?i:shak(?:es|ing)\s+(?:hands\b|[\w'’ ]{1,40}?\bhands?\b)|embraces|embracing)|"
                         r"^(?i:already speaking|speaking|crosstalk|cross-talk)$|"
                         r"\b(?i:meeting|session|sitting|conference)\s+(?:(?:was|is)\s+)?"
                         r"(?i:closed|adjourned|opened|ended|resumed|interrupted)\b")
# What is heard in the room: a stage direction when the parenthesis is short ('(Laughter)', '(Stormy,
# prolonged applause)', '(Animation in the hall)', '(lively reaction in the hall)'); in a longer one, the words
# of a sentence.
_STAGE_SOUNDS = re.compile(r"\b(?i:laugh|laughter|applause|noise|commotion|stir|animation|silence|interruption|"
                           r"(?:lively|animated)\s+reaction|reaction\s+in\s+the\s+(?:hall|room)|"
                           r"pause|recess|intermission|voices?|смех|аплодисменты|оживление|шум|пауза|голоса|"
                           r"Heiterkeit|Beifall|Lachen|Unruhe|Zwischenrufe?)\b")
_SOUND_WORDS = 6
# A parenthesis inside a paragraph, which may be a stage direction.
_PARENTHESIS = re.compile(r"\((?P<inner>[^()\n]{1,100})\)")
# A voice from the room breaking into a speech: the room's voices, or a titled name, a colon and the words called
# out ('(Voice from the hall: Who invited them?)', '(Cde. T. Probinski: It is the same in the shipyards.)').
_INTERJECTION = re.compile("|".join(rf"(?:{VOICES[script]}|{TITLE}\s*(?:{INITIALS[script]})?{NAMES[script]}"
                                    rf"(?:\s+{NAMES[script]}){{0,2}})\s*:\s+\S" for script in ("latin", "cyrillic")))
# A sentence's end before a stage direction: the period after it is the stage's ('… women. (Laughter). Let …').
_SENTENCE_END = re.compile(r"[.!?…]\s$")


def stages(p: etree._Element, talk: bool) -> None:
    """The stage directions of a paragraph: a parenthesis of stage words anywhere in its own text, and, in
    talks (`talk`: a turn, a paragraph under turns, or of a document whose title names talks), any
    parenthesis of its own after the last sentence ('… well. (Laughter).'); in a report such a parenthesis
    is its sentence's aside ('… (Both in the cases of Testov and Probin.)')."""
    _inner_stages(p, talk)
    _emphasised_stages(p)
    if talk:
        _trailing_stage(p)


def _inner_stages(p: etree._Element, talk: bool) -> None:
    """'(Laughter)', '(Premier Zhou laughs.)', '(The interpreters confer.)' inside the paragraph's own
    text (never inside its inline elements) become stage directions of the business kind; so does, in talks,
    a voice from the room breaking into the speech ('(Voice from the hall: Who invited them?)')."""
    for holder, attribute in [(p, "text")] + [(child, "tail") for child in p]:
        content = getattr(holder, attribute) or ""
        bounds = [_stage_bounds(content, match) for match in _PARENTHESIS.finditer(content)
                  if staged(match["inner"]) or talk and _INTERJECTION.match(match["inner"])] if "(" in content else []
        if not bounds:
            continue
        setattr(holder, attribute, content[:bounds[0][0]])
        position = 0 if holder is p else p.index(holder) + 1
        for index, (start, end) in enumerate(bounds):
            stage = E.stage({"type": "business"}, content[start:end])
            stage.tail = content[end:bounds[index + 1][0] if index + 1 < len(bounds) else len(content)]
            p.insert(position + index, stage)


def _emphasised_stages(p: etree._Element) -> None:
    """A stage direction the export set in italics or bold ('*(Laughter)*' of a Markdown export): the
    emphasis, a parenthesis of stage words and nothing else, becomes the stage direction's content."""
    for child in list(p):
        whole = _PARENTHESIS.fullmatch((child.text or "").strip()) if local(child) == "hi" and not len(child) else None
        if whole and staged(whole["inner"]):
            stage = E.stage({"type": "business"})
            stage.tail, child.tail = child.tail, None
            p.replace(child, stage)
            stage.append(child)


def _stage_bounds(content: str, match: re.Match[str]) -> tuple[int, int]:
    """Where a stage direction's parenthesis starts and ends, with the period after it when a sentence
    ends before it ('… women. (Laughter). Let …')."""
    end = match.end()
    if content[end:end + 1] == "." and _SENTENCE_END.search(content[:match.start()]):
        end += 1
    return match.start(), end


def staged(inner: str) -> bool:
    """Whether a parenthesis's (or a translator's bracket's) words are a stage direction: what someone in
    the room does, or a short note of what is heard there; never words quoted or called so ('(so-called
    "whispering propaganda")': a term of the text)."""
    if _HEARD.search(inner) or _RECORDING.fullmatch(inner):
        return True
    if _TERM.search(inner):
        return False
    return bool(_STAGE_ACTS.search(inner) or len(inner.split()) <= _SOUND_WORDS and _STAGE_SOUNDS.search(inner))


# What a recording's transcriber hears, its time code first or sounds in the room, what is said there quoted too
# ('Time Stamp: 00:01-00:51; the sound of people walking in', 'Talking in the background, "Welcome," …').
_HEARD = re.compile(r"^\s*time[ -]?stamp\s*:|\bsounds?\s+of\s+(?:people|someone|a|the|voices|footsteps|laughter)\b|"
                    r"\b(?:talking|talk|voices|noise|chatter)\s+in\s+the\s+background\b", re.I)
# What the recording does, as its transcriber marks it: it starts, stops or breaks off, a tape or its side ends or
# begins, the interview ends ('Recording ends', 'End of tape 3, side A', 'Tape 2, side B', 'END OF INTERVIEW').
_RECORDING = re.compile(r"\s*(?i:(?:the\s+)?recording\s+(?:ends|ended|stops|stopped|begins|began|resumes|resumed|"
                        r"(?:is\s+|was\s+)?(?:interrupted|cut\s+off|paused))|"
                        r"(?:end|beginning|start)\s+of\s+(?:the\s+)?(?:recording|interview|(?:tape|cassette|side)\b[\w ,.-]{0,30})|"
                        r"(?:tape|cassette)\s+\d+[\w ,.-]{0,24}|(?:break|pause|gap|interruption)\s+in\s+(?:the\s+)?recording)\s*\.?\s*")
# A term the text names, not something done in the room: quoted, or called so.
_TERM = re.compile(r"[\"“”„«»]|\bso-called\b", re.I)


# Elements no stage direction is made in (the conventions table's @stage="no").
_NO_STAGE = conventions.names("stage", "no")


def stage_allowed(parent: etree._Element) -> bool:
    """Whether a stage direction may stand in `parent`: neither it nor an element it stands in is one the
    conventions table keeps free of them."""
    return not any(local(element) in _NO_STAGE for element in (parent, *parent.iterancestors()))


def _trailing_stage(p: etree._Element) -> None:
    """'… well. (Laughter).' at the end of a paragraph, after its last sentence, or right after a stage direction
    ('(Laughter). (All are silent).'): the parenthesis becomes a stage direction."""
    holder, attribute = (p[-1], "tail") if len(p) else (p, "text")
    content = getattr(holder, attribute) or ""
    if not content.endswith(_STAGE_ENDINGS):
        return
    match = _TRAILING_STAGE.search(content)
    if not match or not match.start() and (holder is p or local(holder) != "stage"):
        return      # (a parenthesis opening the text after any other element is its sentence's own words)
    setattr(holder, attribute, content[: match.start() + 1])
    p.append(E.stage({"type": "business"}, content[match.start() + 1:]))

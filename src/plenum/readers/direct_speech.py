"""Direct speech set in the Russian manner, as translations of Soviet journals keep it: each line of a speaker's
words opens on a dash, and the speaker is named after another dash ('- And what did they conclude?' / '- That our
rockets are far better, - I replied.'). Such lines are the narration's paragraphs, their dashes text: never a list."""

from __future__ import annotations

import re

from .body_blocks import TextBlock
from .reporting_verbs import SPEECH_PAST, SPEECH_PRESENT

# A line of direct speech: a dash (an en or em dash too) and the words.
_SPOKEN_LINE = re.compile(r"[ \t]*[-–—]\s+\S")
# Who speaks, as the narration names him after his words: a pronoun, 'the ambassador', a name of up to three words.
_WHO = r"(?:I|he|she|we|they|the\s+[a-z]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
_VERB = rf"(?:{SPEECH_PAST}|{SPEECH_PRESENT})"
# The narration's tag inside a line, after the words' own stop and a second dash ('…, - I replied.', '… — said Probero,
# laughing.', '…? - asked the ambassador').
_TAG = re.compile(rf"[,.!?…]\s*[-–—]{{1,2}}\s*(?:{_VERB}\s+{_WHO}|{_WHO}\s+{_VERB})\b")
# The narration's sentence over the speech, ending on a verb of saying and its colon ('Probero … then asked:', 'He
# told me:', 'Testov said to me:'); never 'asked the following questions:', whose points are a list.
_ANNOUNCED = re.compile(rf"\b{_VERB}(?:\s+(?:to\s+)?(?:me|him|her|us|them|[A-Z][\w'’-]+))?\s*:$")


def direct_speech(blocks: list[TextBlock]) -> set[int]:
    """The blocks that are lines of direct speech: each run of dashed lines one after another in which a line names
    its speaker after a second dash, or whose first line, a question or exclamation, follows a sentence announcing
    speech ('… then asked:'). Each run is read once."""
    found: set[int] = set()
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and _SPOKEN_LINE.match(blocks[end].text):
            end += 1
        if end > index and _spoken(blocks, index, end):
            found.update(range(index, end))
        index = max(end, index + 1)
    return found


def _spoken(blocks: list[TextBlock], start: int, end: int) -> bool:
    """Whether the dashed lines from `start` to `end` are direct speech (direct_speech)."""
    if any(_TAG.search(block.text) for block in blocks[start:end]):
        return True
    return start > 0 and _ANNOUNCED.search(blocks[start - 1].text.strip()) is not None \
        and blocks[start].text.rstrip().endswith(("?", "!"))

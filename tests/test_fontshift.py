"""The shifted-font decoder on its own: hand-made lines and text shifted by random offsets."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from plenum.readers.fontshift import LOST, Decoder

WORDS = ("the party leadership of Korea was criticized during plenum and members who spoke "
         "against cult personality were expelled from central committee soviet embassy "
         "ambassador conversation with comrade delegation government economic policy").split()
PLAIN = [" ".join(WORDS[i:] + WORDS[:i]) + " " for i in range(0, len(WORDS), 3)] * 2


def shift(text: str, offset: int) -> str:
    """Text as a text layer shows a font shifted by `offset`: characters below the range are lost."""
    return "".join(chr(ord(ch) - offset) if ord(ch) - offset >= 0x21 else LOST for ch in text)


def letters(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+", text)


def test_learns_the_offset_and_decodes_words():
    line = shift("the party leadership of Korea ", 29)
    assert line.startswith("WKH\ufffdSDUW\\")
    decoder = Decoder.learn(PLAIN + [line])
    assert decoder is not None and decoder.offset == 29
    [run] = decoder.runs(line)
    assert (run.start, run.end) == (0, len(line))
    assert run.reading.strip() == "the party leadership of Korea"


def test_digits_are_reported_as_lost_not_invented():
    line = shift("was expelled in 1956 from the party ", 29)
    decoder = Decoder.learn(PLAIN + [line])
    [run] = decoder.runs(line)
    gaps = [piece for piece in run.pieces if piece.kind == "gap"]
    assert sum(len(piece.text) for piece in gaps) == 4
    assert "1956" not in run.reading and LOST not in run.reading
    assert letters(run.reading) == ["was", "expelled", "in", "from", "the", "party"]


def test_punctuation_is_a_marked_guess():
    line = shift("the embassy, the delegation ", 29)
    decoder = Decoder.learn(PLAIN + [line])
    [run] = decoder.runs(line)
    assert [piece.kind for piece in run.pieces] == ["text", "unclear", "text"]
    assert run.pieces[1].text == ","


def test_plain_text_around_a_run_stays_plain():
    line = "the party said " + shift("the ambassador ", 29) + "and members "
    decoder = Decoder.learn(PLAIN + [line, shift("the party of Korea ", 29)])
    [run] = decoder.runs(line)
    assert line[: run.start] == "the party said "
    assert run.reading.strip() == "the ambassador"
    assert line[run.end:].strip() == "and members"


def test_note_number_after_a_shifted_word_stays_plain():
    line = shift("criticized the plenum", 29) + "6 "
    decoder = Decoder.learn(PLAIN + [line, shift("the party of Korea ", 29)])
    [run] = decoder.runs(line)
    assert run.reading == "criticized the plenum"
    assert line[run.end:] == "6 "


def test_ligature_and_quotes_are_learnt_from_the_document():
    plain = PLAIN + ["the first official said “soviet” and “party” were difficult ",
                     "official first difficult fighters “policy” “embassy” conflict "] * 3
    shifted = {"fi": "\u00bf", "fl": "\u00c0", "\u201c": "\u00b3", "\u201d": "\u00b4"}

    def encode(text: str) -> str:
        """Shift the letters; the font's extra glyphs land on their own Latin-1 codes."""
        for glyph, code in shifted.items():
            text = text.replace(glyph, "\x00" + code)
        return "".join(token[1] if token.startswith("\x00") else shift(token, 29)
                       for token in re.split("(\x00.)", text))

    lines = [encode("the official said “soviet” conflict "), encode("first difficult fighters ")]
    decoder = Decoder.learn(plain + lines * 3)
    assert decoder.glyphs["\u00bf"] == "fi" and decoder.glyphs["\u00b3"] == "\u201c"
    assert decoder.glyphs["\u00b4"] == "\u201d" and decoder.glyphs["\u00c0"] == "fl"
    assert decoder.runs(lines[0])[0].reading.strip() == "the official said “soviet” conflict"


def test_no_shifted_text_means_no_decoder():
    assert Decoder.learn(PLAIN) is None
    assert Decoder.learn(PLAIN + ["an odd \ufffd character in plain text "]) is None


@settings(max_examples=60, deadline=None)
@given(offset=st.integers(min_value=26, max_value=31),
       words=st.lists(st.sampled_from(WORDS), min_size=3, max_size=12),
       number=st.one_of(st.none(), st.integers(min_value=1, max_value=99999)),
       comma=st.booleans())
def test_shifted_text_decodes_back(offset, words, number, comma):
    """Any offset: letters come back exactly, lost characters are reported, no U+FFFD is read.

    Offsets from 26 keep shifted letters out of the lower-case range; 32 would turn lower case
    into capitals, which no decoder can tell from text set in capitals.
    """
    text = list(words)
    if comma:
        text[1] += ","
    if number is not None:
        text.insert(2, str(number))
    original = " ".join(text) + " "
    line = shift(original, offset)
    decoder = Decoder.learn(PLAIN + [line])
    assert decoder is not None and decoder.offset == offset
    runs = decoder.runs(line)
    reading = "".join(run.reading for run in runs)
    assert letters(reading) == letters(original)
    assert LOST not in reading
    assert "".join(run.raw for run in runs).count(LOST) == line.count(LOST)
    lost_digits = sum(len(piece.text) for run in runs for piece in run.pieces if piece.kind == "gap")
    assert lost_digits >= len(str(number)) if number is not None else lost_digits == 0
    guessed = [piece.text for run in runs for piece in run.pieces if piece.kind == "unclear"]
    if number is None:
        assert len(guessed) == (1 if comma else 0) and all(text in ",." for text in guessed)

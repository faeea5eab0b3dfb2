"""How often the punctuation plenum guesses inside decoded font runs is right, measured two ways.

1. The hand-checked sample (benchmarks/punctuation_sample.tsv): each line names a place in a dossier's
   decoded runs where the font lost punctuation (source line, the word before, the word after) and the
   punctuation a reader finds right there; the guesses plenum prints there are compared with it.
2. Plain text garbled: the dossier's lines whose punctuation the print shows are shifted as the broken
   font shifts them (every space and mark lost), decoded back and compared with the print, the
   document's habits learnt from the other half of its plain text each time (two folds).

Usage: .venv/bin/python benchmarks/punctuation.py [--source seeds/004_….txt] [--list]
(--list prints every guess of the source with its certainty and rule, to make or extend a sample.)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from plenum.readers.dossier_inline import DossierInline
from plenum.readers.fontshift import LOST, Decoder
from plenum.source import Source

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "benchmarks" / "punctuation_sample.tsv"
MARKS = ".,:;?!()"
NONE = "\u25a1"   # a place where plenum guessed nothing (a gap)


def rendered(inline: DossierInline, number: int) -> str:
    """A line as read, guesses as their marks and lost characters plenum left as gaps as NONE."""
    line = inline.source.lines[number - 1]
    text = ""
    for segment in inline.segments(number):
        if segment.run is None:
            text += line[segment.start:segment.end]
            continue
        for piece in segment.run.pieces:
            text += NONE * len(piece.text) if piece.kind == "gap" else piece.text
    return text


def between(inline: DossierInline, number: int, left: str, right: str, occurrence: int = 1) -> str | None:
    """The marks plenum reads between the word `left` (in line `number`) and the next word `right`
    (in that line or at the start of the next), at their `occurrence`-th meeting; None if not found."""
    text = rendered(inline, number)
    following = rendered(inline, number + 1) if number < len(inline.source.lines) else ""
    pattern = re.compile(rf"(?<![A-Za-z]){re.escape(left)}([^A-Za-z]*?)(?={re.escape(right)}(?![a-z]))")
    found = [_marks(match.group(1)) for match in pattern.finditer(text)] if right else []
    tail = re.search(rf"(?<![A-Za-z]){re.escape(left)}([^A-Za-z]*)$", text)
    if tail and following.lstrip(" \t" + NONE + "\u201c([").startswith(right):
        found.append(_marks(tail.group(1)))
    return found[occurrence - 1] if len(found) >= occurrence else None


def _marks(text: str) -> str:
    """The punctuation of a stretch of reading text (quotes, spaces and hyphens aside), NONE kept."""
    return "".join(ch for ch in text if ch in MARKS or ch == NONE)


def sample_accuracy(inline: DossierInline, sample: Path) -> tuple[Counter, list[str]]:
    """Counts over the hand-checked sample (places; right; guessed, i.e. not left as a gap; guessed and
    right) and the wrong ones described."""
    counts: Counter[str] = Counter()
    wrong: list[str] = []
    seen: Counter[tuple[str, str, str]] = Counter()
    for row in sample.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        number, left, truth, rightword = row.split("\t")[:4]
        seen[number, left, rightword] += 1
        read = between(inline, int(number), left, rightword, seen[number, left, rightword])
        _count(counts, truth.strip('"'), read)
        if read != truth.strip('"'):
            wrong.append(f"{number}: {left} [{read}] {rightword}   (right: {truth})")
    return counts, wrong


def _count(counts: Counter, truth: str, read: str | None) -> None:
    """Count one place: it has a mark, the reading is right, a guess was made, the guess is right."""
    guessed = bool(read) and NONE not in read
    counts.update({"places": 1, "right": read == truth, "guessed": guessed, "guessed right": guessed and read == truth})


def _figures(counts: Counter) -> str:
    return (f"{counts['right']}/{counts['places']} places right "
            f"({100 * counts['right'] / max(counts['places'], 1):.1f}%); of the {counts['guessed']} guesses "
            f"{counts['guessed right']} right ({100 * counts['guessed right'] / max(counts['guessed'], 1):.1f}%)")


def garbled_accuracy(lines: list[str], decoder: Decoder) -> Counter:
    """The counts of `_count` on plain lines garbled as the broken font garbles them, in two folds (each
    half of the plain text garbled in turn, the document's habits learnt from the other half); a place is
    where the print has a mark the font loses or plenum guesses one."""
    plain = [index for index, line in enumerate(lines) if LOST not in line and re.search(r"[a-z]{3}", line)]
    counts: Counter[str] = Counter()
    for fold in (0, 1):
        held = {number for index, number in enumerate(plain) if index * 2 // len(plain) == fold}
        garbled = [_garble(line if line.rstrip().endswith("-") else line.rstrip() + " ", decoder)
                   if index in held else line for index, line in enumerate(lines)]
        learnt = Decoder.learn(garbled)
        if learnt is None:
            continue
        learnt.glyphs = decoder.glyphs
        inline = DossierInline(Source(Path("garbled.txt"), "\n".join(garbled) + "\n", ""), learnt, "")
        for index in sorted(held):
            places = _separators(lines[index], rendered(inline, index + 1))
            for printed, read in places:
                _count(counts, printed, read)
            certs = [getattr(piece, "cert", "") or "low" for run in inline.runs(index + 1) for piece in run.pieces
                     if piece.kind == "unclear"]
            guessed = [(printed, read) for printed, read in places if read and NONE not in read]
            if len(guessed) == len(certs):   # each guess's certainty known: how often each level is right
                for (printed, read), cert in zip(guessed, certs):
                    counts.update({f"{cert} guessed": 1, f"{cert} right": printed == read})
    return counts


def _garble(line: str, decoder: Decoder) -> str:
    """A line as a text layer shows it set in the document's broken font: every character moved down by
    the offset, those it pushes below the printable range lost, the extra glyphs on their codes."""
    codes = {text: glyph for glyph, text in decoder.glyphs.items() if len(text) == 1}
    if line.rstrip().endswith("-"):   # a text layer keeps the hyphen that breaks a word at a line's end
        return _garble(line.rstrip()[:-1], decoder) + "-"
    return "".join(codes.get(ch) or (chr(ord(ch) - decoder.offset) if 0x21 + decoder.offset <= ord(ch) <= 0x7E
                                     else LOST if ord(ch) <= 0x7E else ch) for ch in line)


def _separators(printed: str, read: str) -> list[tuple[str, str]]:
    """(printed marks, marks read) between the words of a line, where either holds a mark and the words
    and digits agree; nothing when the line did not decode to the same words."""
    def split(text: str) -> tuple[list[str], list[str]]:
        parts = re.split(r"([A-Za-z]+)", text.rstrip())
        return parts[1::2], parts[2::2]
    words, gaps = split(printed)
    read_words, read_gaps = split(read)
    if [w.lower() for w in words] != [w.lower() for w in read_words]:
        return []
    return [(_marks(a), _marks(b)) for a, b in zip(gaps, read_gaps)
            if (_marks(a) or _marks(b).strip(NONE)) and not re.search(r"\d", a + b)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=next((ROOT / "seeds").glob("004_*.txt")))
    parser.add_argument("--list", action="store_true", help="print every guess with its certainty and rule")
    args = parser.parse_args()
    source = Source.read(args.source)
    decoder = Decoder.learn(source.lines)
    if decoder is None:
        print(f"{args.source}: no decoded font runs", file=sys.stderr)
        return 2
    inline = DossierInline(source, decoder, "")
    if args.list:
        for number in range(1, len(source.lines) + 1):
            for run in inline.runs(number):
                for piece in run.pieces:
                    if piece.kind == "unclear":
                        print(f"{number}\t{piece.text}\t{piece.cert}\t{piece.rule}\t{rendered(inline, number).strip()}")
        return 0
    counts = Counter(getattr(piece, "cert", "") or "low" for number in range(1, len(source.lines) + 1) for run in inline.runs(number)
                     for piece in run.pieces if piece.kind == "unclear")
    print(f"guesses in {args.source.name}: {sum(counts.values())} ({dict(sorted(counts.items()))})")
    counts, wrong = sample_accuracy(inline, SAMPLE)
    print(f"hand-checked sample: {_figures(counts)}")
    for line in wrong:
        print(f"  wrong: {line}")
    garbled = garbled_accuracy(source.lines, decoder)
    print(f"plain text garbled: {_figures(garbled)}")
    print("  by certainty: " + "; ".join(f"{cert} {garbled[cert + ' right']}/{garbled[cert + ' guessed']}"
                                         for cert in ("high", "medium", "low") if garbled[cert + " guessed"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

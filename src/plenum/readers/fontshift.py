"""Runs of text whose glyphs a PDF text layer shows shifted by a constant offset, decoded back.

A font embedded without a usable encoding comes out of a text layer as its glyph numbers: every
letter moves by the same offset (``WLYH`` for ``tive``), characters below the offset fall into
control codes and reach us as U+FFFD (spaces, digits, most punctuation), and the font's extra
glyphs (ligatures, curly quotes) land on unrelated Latin-1 characters. `Decoder.learn` finds the
offset and the extra glyphs from the document's own plain text; `Decoder.runs` finds the shifted
runs of a line and decodes each into pieces: certain text, guessed punctuation (`unclear`) and
characters that cannot be recovered (`gap`).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from typing import Iterable

from .font_runs import (FontRun, Piece, guess_pieces, merge_pieces, pending_text, slot_piece, text_after_run,
                        text_before_run)
from .lost_punctuation import LOST, PunctuationModel, Punctuator

# Glyphs a text layer commonly loses: ligatures and typographic punctuation.
LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")
PUNCTUATION = ("\u201c", "\u201d", "\u2018", "\u2019", "\u2026", "\u2013", "\u2014")
# Glyphs that fonts and encodings keep next to each other, first -> second.
SUCCESSOR = {"fi": "fl", "\u201c": "\u201d", "\u2018": "\u2019", "\u2013": "\u2014"}
OPENING = "\u201c\u2018([\u00bf"
CLOSING = "\u201d\u2019)]"
# Prefixes that English joins to the next word with a hyphen.
HYPHEN_PREFIXES = frozenset({"anti", "non", "self", "co", "ex", "semi", "quasi", "multi", "pseudo"})
_WORD_CORE = re.compile(r"[^A-Za-z]*([A-Za-z](?:[A-Za-z\u2019'\-]*[A-Za-z])?)[^A-Za-z]*")
_TOKEN = re.compile(r"\ufffd|[ \t]+|[^\s\ufffd]+")


def core(word: str) -> str:
    """The letters of a word without surrounding punctuation, lower-cased ('' if none)."""
    match = _WORD_CORE.fullmatch(word)
    return match.group(1).lower() if match else ""


def has_lost(text: str) -> bool:
    return LOST in text


class Decoder:
    """Decodes shifted runs with an offset and extra glyphs learnt from one document."""

    def __init__(self, offset: int, glyphs: dict[str, str], vocabulary: Counter[str],
                 punctuator: Punctuator | None = None) -> None:
        self.offset = offset
        self.glyphs = glyphs
        self.vocabulary = vocabulary
        self.punctuator = punctuator or Punctuator(PunctuationModel([]))

    # --- learning -----------------------------------------------------------------------------

    @classmethod
    def learn(cls, lines: Iterable[str]) -> "Decoder | None":
        """The decoder for a document, or None when it has no shifted text."""
        lines = list(lines)
        plain = [line for line in lines if LOST not in line]
        vocabulary = Counter(c for line in plain for word in line.split() if (c := core(word)))
        candidates = [word for line in lines if LOST in line for word in _words(line)
                      if _could_be_shifted(word)]
        if not candidates or not vocabulary:
            return None
        distinct = Counter(candidates)
        scores = {offset: sum(count for word, count in distinct.items()
                              if core(_shift(word, offset, {})) in vocabulary)
                  for offset in range(0, 0x5F)}
        offset = max(scores, key=lambda o: (scores[o], -o))
        if offset == 0 or scores[offset] < max(3, scores[0] + 1):
            return None
        decoder = cls(offset, {}, vocabulary, Punctuator(PunctuationModel(plain)))
        decoder.glyphs = decoder._infer_glyphs(candidates, plain)
        return decoder

    def _infer_glyphs(self, candidates: list[str], plain: list[str]) -> dict[str, str]:
        """What each extra glyph stands for, judged by the words and letter sequences of plain text.

        A font has one code per glyph, so a glyph already identified is not a candidate again;
        and fonts keep pairs in standard order (fi before fl, “ before ”), so the code after an
        identified first member is presumed to hold the second unless the text says otherwise.
        """
        symbols = Counter(ch for word in candidates for ch in word if ord(ch) > 0x7E)
        model = _CharModel(plain)
        glyphs: dict[str, str] = {}
        for symbol, occurrences in symbols.most_common():
            options = [glyph for glyph in LIGATURES + PUNCTUATION if glyph not in glyphs.values()]
            votes: Counter[str] = Counter()
            paired = SUCCESSOR.get(glyphs.get(chr(ord(symbol) - 1), ""))
            if paired in options:
                votes[paired] += occurrences
            for word in candidates:
                decoded = _shift(word, self.offset, glyphs)
                if len(decoded) < 2:
                    continue
                for position in [i for i, ch in enumerate(decoded) if ch == symbol]:
                    votes.update(self._votes(decoded, position, model, options))
            if votes:
                glyphs[symbol] = votes.most_common(1)[0][0]
        return glyphs

    def _votes(self, decoded: str, position: int, model: "_CharModel", options: list[str]) -> dict[str, float]:
        """Votes for what the glyph at `position` of a decoded word stands for.

        Candidates that make a word of the document win (two votes, shared); otherwise the
        candidate whose letter sequence plain text makes likeliest gets one vote.
        """
        def put(glyph: str) -> str:
            return decoded[:position] + glyph + decoded[position + 1:]
        bare = core(decoded[:position] + " " + decoded[position + 1:])
        known = [glyph for glyph in options
                 if len(core(put(glyph))) > 1 and core(put(glyph)) in self.vocabulary and core(put(glyph)) != bare]
        if known:
            return {glyph: 2 / len(known) for glyph in known}
        best = max(options, key=lambda glyph: model.score(f" {decoded[:position]}", glyph, f"{decoded[position + 1:]} "))
        return {best: 1.0}

    def _kind(self, ch: str) -> str:
        """A character's class for context counts: letter case, 'lost' (would be U+FFFD), or itself."""
        if ch.islower():
            return "a"
        if ch.isupper():
            return "A"
        if ch == LOST or ch.isspace() or (" " <= ch < chr(0x20 + self.offset)):
            return "."
        return ch

    # --- decoding -----------------------------------------------------------------------------

    def lost_set(self) -> str:
        """The characters a U+FFFD may stand for: those the offset pushed below the printable range."""
        return "".join(chr(c) for c in range(0x20, 0x20 + self.offset))

    def runs(self, line: str) -> list[FontRun]:
        """The shifted runs of a line, decoded, their punctuation guessed from the line alone."""
        runs = self.slotted(line)
        return [self.punctuate(run, text_before_run(line, runs, index), text_after_run(line, runs, index) + LOST)
                for index, run in enumerate(runs)]

    def punctuate(self, run: FontRun, before: str, after: str) -> FontRun:
        """A run with its lost punctuation guessed; `before` and `after` are the reading text around it
        (lost characters after it may still be U+FFFD)."""
        pieces: list[Piece] = []
        for index, piece in enumerate(run.pieces):
            if piece.kind != "slot":
                pieces.append(piece)
                continue
            left = before + "".join(p.text for p in pieces if p.kind != "gap")
            right = "".join(pending_text(p) for p in run.pieces[index + 1:]) + after
            guess = self.punctuator.guess(piece.text.count(LOST), left, right)
            pieces.extend(guess_pieces(guess) if guess else piece.fallback)
        return FontRun(run.start, run.end, run.raw, tuple(merge_pieces(pieces)))

    def slotted(self, line: str) -> list[FontRun]:
        """The shifted runs of a line, decoded, the lost characters that may be punctuation left as slots."""
        tokens = self._tokens(line)
        runs: list[FontRun] = []
        i = 0
        while i < len(tokens):
            if tokens[i][2] not in ("S", "L"):
                i += 1
                continue
            j = i
            while j + 1 < len(tokens) and (tokens[j + 1][2] in ("S", "L") or (
                    tokens[j + 1][2] == " " and j + 2 < len(tokens) and tokens[j + 2][2] in ("S", "L"))):
                j += 1
            start, end = tokens[i][0], tokens[j][0] + len(tokens[j][1])
            pieces = self._decode(tokens[i:j + 1], _neighbour(line, start, -1), _neighbour(line, end, +1))
            runs.append(FontRun(start, end, line[start:end], tuple(pieces)))
            i = j + 1
        return runs

    def _tokens(self, line: str) -> list[tuple[int, str, str]]:
        """(offset, text, label) of each token: 'L' U+FFFD, ' ' spaces, 'S' shifted, 'P' plain."""
        raw = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
        no_lost = LOST not in line
        tokens: list[tuple[int, str, str]] = []
        for index, (start, token) in enumerate(raw):
            if token == LOST:
                tokens.append((start, token, "L"))
            elif token.isspace():
                tokens.append((start, token, " "))
            else:
                touching = any(0 <= k < len(raw) and raw[k][1] == LOST for k in (index - 1, index + 1))
                at_end = index == len(raw) - 1 or raw[index + 1][1].isspace() and index + 2 >= len(raw)
                tokens.extend(self._split(start, token, touching, at_end, no_lost))
        return self._enclosed(tokens)

    def _enclosed(self, tokens: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
        """Short plain-looking words set between U+FFFD inside a shifted run (initials like 'N.') are
        shifted too: such a word is enclosed when the nearest other words on both sides are shifted."""
        labels = [label for _, _, label in tokens]

        def candidate(i: int) -> bool:
            return (labels[i] == "P" and 0 < i < len(tokens) - 1 and labels[i - 1] == labels[i + 1] == "L"
                    and len(tokens[i][1]) <= 3 and _could_be_shifted(tokens[i][1]))

        def nearest(i: int, step: int) -> str:
            while 0 <= i < len(tokens) and (labels[i] in "L " or candidate(i)):
                i += step
            return labels[i] if 0 <= i < len(tokens) else ""

        return [(start, token, "S" if candidate(i) and nearest(i, -1) == nearest(i, 1) == "S" else label)
                for i, (start, token, label) in enumerate(tokens)]

    def _split(self, start: int, word: str, touching: bool, at_end: bool,
               no_lost: bool = False) -> list[tuple[int, str, str]]:
        """A word as one shifted or plain token, or split where a shifted bracket opens a plain word or a
        plain hyphen or note number follows a shifted word. A line without U+FFFD is taken as plain
        unless a word reads as nothing but shifted text."""
        whole = self._shifted_score(word, touching)
        if no_lost:
            strong = whole is not None and whole >= 3 and self._score(word, decoded=False) < 0
            return [(start, word, "S" if strong else "P")]
        plain = self._score(word, decoded=False)
        opening = _shift(word[0], self.offset, {}) in "[(" and re.search(r"[a-z]", word[1:])
        if opening:
            return [(start, word[0], "S"), (start + 1, word[1:], "P")]
        suffix = re.search(r"(?<=[^\d-])(\d{1,3}|-)$" if at_end else r"(?<=[^\d-])\d{1,3}$", word)
        if suffix:
            head = word[: suffix.start()]
            split = self._shifted_score(head, True)
            if split is not None and split > max(plain, whole if whole is not None else -9) and split >= 1:
                return [(start, head, "S"), (start + suffix.start(), suffix.group(), "P")]
        label = "S" if whole is not None and whole > plain else "P"
        return [(start, word, label)]

    def _shifted_score(self, word: str, touching_lost: bool) -> int | None:
        """How well a word reads shifted back (None when it cannot be shifted text)."""
        if not _could_be_shifted(word) or any(ord(ch) > 0x7E and ch not in self.glyphs for ch in word):
            return None
        return self._score(_shift(word, self.offset, self.glyphs), decoded=True) + (1 if touching_lost else 0)

    def _score(self, word: str, decoded: bool) -> int:
        """How much a word looks like text of this document (decoded: as shifted back)."""
        letters = core(word)
        if decoded and re.search(r"[a-z][A-Z]", word) or not decoded and any(ch in self.glyphs for ch in word):
            return -3
        if len(letters) > 1 and letters in self.vocabulary:
            return 3
        if decoded and re.search(r"[^A-Za-z\u2018-\u201d\u2026'.,;:!?()\[\]\-]", word):
            return -3
        if not decoded and re.fullmatch(r"[(\[]?[\d.,/:-]*\d[\d.,/:-]*[)\]]?[.,;:]?", word):
            return 3
        if re.fullmatch(r"[“‘(\[]*(?:[A-Z]?[a-z]+|[A-Z]+)(?:[’'-][A-Za-z]+)*[.,;:!?”’)\]]*"
                        + ("" if decoded else r"\d{0,3}"), word):
            return 1
        return -2

    def _decode(self, tokens: list[tuple[int, str, str]], before: str, after: str) -> list[Piece]:
        """The pieces of one run: shifted words decoded, lost characters resolved, guessed or gapped."""
        pieces: list[Piece] = []
        # Group tokens: words stay words; runs of U+FFFD and spaces become one separator group.
        groups: list[tuple[str, str]] = []
        for _, token, label in tokens:
            kind = "word" if label in ("S", "P") else "lost"
            text = _shift(token, self.offset, self.glyphs) if label == "S" else token
            if groups and groups[-1][0] == kind == "lost":
                groups[-1] = ("lost", groups[-1][1] + token)
            else:
                groups.append((kind, text))
        for index, (kind, text) in enumerate(groups):
            if kind == "word":
                pieces.extend(self._word(text))
                continue
            left = groups[index - 1][1] if index else before
            right = groups[index + 1][1] if index + 1 < len(groups) else after
            pieces.extend(self._separator(text, left, right))
        return merge_pieces(pieces)

    def _word(self, text: str) -> list[Piece]:
        """A decoded word; a glyph that could not be identified is a gap."""
        pieces = []
        for ch in text:
            if ord(ch) > 0x7E and ch not in self.glyphs.values() and not any(ch in g for g in self.glyphs.values()):
                pieces.append(Piece("gap", ch))
            else:
                pieces.append(Piece("text", ch))
        return pieces

    def _separator(self, text: str, left: str, right: str) -> list[Piece]:
        """What a run of U+FFFD (with any real spaces) between `left` and `right` stood for.

        Between two words one lost character is a space (a hyphen where the document writes the
        compound so), two are punctuation and a space (the punctuation guessed), more hold digits
        or symbols that cannot be recovered; at the edges of a run nothing is guessed.
        """
        lost = text.count(LOST)
        word_left = bool(left) and not left[-1].isspace()
        word_right = bool(right) and not right[0].isspace()
        if word_left and word_right:
            if lost == 1 and (right[0] in CLOSING or re.fullmatch(r"[\u201c\u2018(\[]?[A-Z]", left)):
                hyphen = text == LOST and self._hyphenated(left, right)
                return [slot_piece(text, [Piece("text", "-" if hyphen else " ")])]
            if lost == 1 and left[-1] not in OPENING:
                hyphen = text == LOST and self._hyphenated(left, right)
                return [Piece("text", "-" if hyphen else " ")]
            if lost == 2 and left[-1] not in OPENING and right[0] not in CLOSING:
                return [slot_piece(text, [Piece("unclear", "." if right[0].isupper() else ",", "low"), Piece("text", " ")])]
            fallback = [Piece("text", " "), Piece("gap", LOST * (lost - 2)), Piece("text", " ")] if lost > 2 \
                else [Piece("gap", LOST * lost)]
            return [slot_piece(text, fallback)] if lost == 3 else fallback
        if word_left:
            if lost == 1:
                return [Piece("text", " ")]
            fallback = [Piece("gap", LOST * (lost - 1)), Piece("text", " ")]
            return [slot_piece(text, fallback)] if lost == 2 else fallback
        if word_right and lost > 1:
            return [Piece("gap", LOST * (lost - 1)), Piece("text", " ")]
        spaced = text.replace(LOST, "") != ""
        return [Piece("gap", LOST * lost)] + ([Piece("text", " ")] if spaced or not word_right else [])

    def _hyphenated(self, left: str, right: str) -> bool:
        """Whether two words separated by one lost character are a hyphenated compound."""
        first = core(left.split()[-1]) if left.split() else ""
        second = core(right.split()[0]) if right.split() else ""
        if not first or not second:
            return False
        compound = f"{first}-{second}"
        return compound in self.vocabulary or first in HYPHEN_PREFIXES


class _CharModel:
    """Letter-trigram frequencies of a document's plain text, to weigh candidate readings."""

    def __init__(self, lines: list[str]) -> None:
        self.trigrams: Counter[str] = Counter()
        self.bigrams: Counter[str] = Counter()
        for line in lines:
            text = f"  {_normal(line)} "
            self.trigrams.update(text[i:i + 3] for i in range(len(text) - 2))
            self.bigrams.update(text[i:i + 2] for i in range(len(text) - 2))

    def score(self, left: str, middle: str, right: str) -> float:
        """Mean log-probability of the trigrams that touch `middle` placed between `left` and `right`."""
        left, middle, right = _normal(left)[-2:].rjust(2), _normal(middle), _normal(right)[:2]
        text = left + middle + right
        logs = [math.log((self.trigrams[text[i:i + 3]] + 0.1) / (self.bigrams[text[i:i + 2]] + 10))
                for i in range(max(0, len(left) - 2), min(len(text) - 2, len(left) + len(middle)))]
        return sum(logs) / len(logs) if logs else -99.0


def _normal(text: str) -> str:
    """Text as the character model counts it: letters lower-cased, digits as 0, spaces as one."""
    return re.sub(r"\s+", " ", re.sub(r"\d", "0", text.lower()))


def _words(line: str) -> list[str]:
    return [token for token in _TOKEN.findall(line) if token != LOST and not token.isspace()]


def _could_be_shifted(word: str) -> bool:
    """Shifted words hold no lower-case ASCII letters and no characters beyond Latin-1."""
    return not any("b" <= ch <= "z" or ord(ch) > 0xFF or ch.isspace() for ch in word)


def _shift(word: str, offset: int, glyphs: dict[str, str]) -> str:
    """The word with every printable ASCII character moved up by `offset`; extra glyphs mapped."""
    return word.translate(_shift_table(offset, tuple(glyphs.items())))


@functools.lru_cache(maxsize=1024)
def _shift_table(offset: int, glyphs: tuple[tuple[str, str], ...]) -> dict[int, str]:
    """The str.translate table of `_shift`: printable ASCII moved up by `offset` where it stays printable,
    the extra glyphs where it does not."""
    table = {ord(glyph): text for glyph, text in glyphs}
    table.update({code: chr(code + offset) for code in range(ord("!"), ord("~") + 1) if code + offset <= 0x7E})
    return table


def _neighbour(line: str, position: int, step: int) -> str:
    """The character just before `position` (step -1) or at it (step +1); '' at the line's ends."""
    index = position - 1 if step < 0 else position
    return line[index] if 0 <= index < len(line) else ""

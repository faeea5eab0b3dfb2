"""A mutation fuzzer over the seeds: small edits, mostly inside the conventions the readers turn into markup.

Each mutant is a seed (for the long dossier, a window of it from a document heading) with one to
three edits: a character inserted, deleted, replaced or swapped, a word inserted, dropped or
doubled, a convention's fixed words typed in. Edits go inside bracketed conventions
(``[handwritten …: …]``, ``[sic]``), field labels, speaker labels, Markdown and note markers more
often than elsewhere. A mutant must either convert with both nothing-lost checks passing (and, when asked, into TEI valid
against the project's schema), or be refused with a one-line InputError naming the file; anything
else is a crash, a hang, a loss or invalid TEI. The look-alike pages of ``tests/pages`` may be
mutated instead of the seeds.

Run many more than the test suite does: ``python -m tests.mutations --count 5000``
(``--pages --valid`` for the look-alike pages, each conversion validated).
"""

from __future__ import annotations

import argparse
import random
import re
import signal
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from plenum import pipeline, wordcheck
from plenum.errors import InputError, PlenumFault
from plenum.validate import Validator, blocking

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PAGES = sorted((ROOT / "tests" / "pages").glob("*/*.txt"))
# Where edits go more often: the source's conventions.
SITES = re.compile(
    r"\[[^\[\]\n]{1,160}\]"                                   # bracketed conventions, [sic], hand labels
    r"|^(?:####\s+\*\*)?[A-Z][A-Za-z ]{2,30}:(?:\*\*)?[ \t]*$"  # field labels
    r"|\*\*[^*\n]{1,80}\*\*|~~[^~\n]{1,80}~~|<(sup|u)>[^<\n]{0,80}</\1>"  # Markdown and HTML marks
    r"|\[\\\[\d+\\\]\]\(#\)"                                  # note markers
    r"|^(?:Cdes?\.\s+)*[A-ZА-Я][\w'’ .-]{1,40}?(?:\s\([^)\n]{1,40}\))?(?::|\s-)"  # speaker labels
    r"|^\s*-\s*\d+\s*-\s*$|Original Scan|DOCUMENT No\.\s*\d+|\[Source:"
    r"|^[ \t]*\|[^\n]*\|[ \t]*$",                             # a Markdown table's rows
    re.M)
CHARACTERS = "#[]:*~<>?-()\\/|_\n \u00a0\t\"'.,;!&aZ9жЁ\u200b\ufeff"
WORDS = ["NEVER AGREE", "b#elow", "handwritten", "handwritten in red ink", "inserted by hand", "Inserted",
         "sic", "SIC", "sic, should be", "- SIC", "above", "below the line", "in the margin", "in the upper right",
         "illegible", "faded", "Stamp:", "Citation:", "Summary:", "#### **Credits:**", "<sup>", "</sup>", "~~",
         "**", "<u>", "[", "]", "[[", "]]", "[?]", ":", "Cde.", "Chairman:", "insert!", "\n\n", "\n", "-2-",
         "[\\[9\\]](#)", "Original Scan", "DOCUMENT No. 7", "[Source:", "\u00a0", "| --- |", "\\|", " | "]
WINDOW = 220  # lines of the dossier a mutant keeps


class Hang(Exception):
    """A mutant's conversion ran past its time guard."""


@dataclass
class Mutant:
    """A mutated source: its name (seed, number), text and the edits made."""

    name: str
    text: str
    edits: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    """What the mutants did: counts per outcome, and a line for each failure."""

    counts: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    slowest: float = 0.0

    def __str__(self) -> str:
        c = self.counts
        return (f"{c['tried']} mutants tried: {c['converted']} converted, {c['refused']} refused, "
                f"{c['crash']} crashes, {c['hang']} hangs, {c['lost']} data lost, {c['invalid']} invalid "
                f"(slowest {self.slowest:.2f} s)")


def base(seed: Path, rng: random.Random) -> str:
    """The text a mutant starts from: the seed, or for a long dossier a window from a document heading."""
    text = seed.read_text(encoding="utf-8")
    lines = text.split("\n")
    headings = [i for i, line in enumerate(lines) if re.fullmatch(r"\s*DOCUMENT\s+No\.\s*\d+\s*", line)]
    if not headings or len(lines) <= WINDOW:
        return text
    start = rng.choice(headings)
    return "\n".join(lines[start:start + WINDOW]) + "\n"


def mutate(text: str, rng: random.Random) -> tuple[str, str]:
    """One edit of `text`, at a convention more often than not; the edited text and what was done."""
    sites = [m.span() for m in SITES.finditer(text)]
    if sites and rng.random() < 0.75:
        start, end = rng.choice(sites)
        position = rng.randint(start, end)
    else:
        position = rng.randint(0, len(text))
    operation = rng.choice(["insert", "delete", "replace", "swap", "word", "drop-word", "double"])
    if operation == "insert":
        new = rng.choice(CHARACTERS)
        return text[:position] + new + text[position:], f"insert {new!r} at {position}"
    if operation == "delete":
        size = rng.randint(1, 3)
        return text[:position] + text[position + size:], f"delete {text[position:position + size]!r} at {position}"
    if operation == "replace":
        new = rng.choice(CHARACTERS)
        return text[:position] + new + text[position + 1:], f"replace {text[position:position + 1]!r} by {new!r} at {position}"
    if operation == "swap" and position + 2 <= len(text):
        return (text[:position] + text[position + 1] + text[position] + text[position + 2:],
                f"swap {text[position:position + 2]!r} at {position}")
    if operation == "drop-word":
        match = re.compile(r"\S+\s*").search(text, position)
        if match:
            return text[:match.start()] + text[match.end():], f"drop {match.group()!r} at {match.start()}"
    if operation == "double" and sites:
        start, end = rng.choice(sites)
        return text[:end] + text[start:end] + text[end:], f"double {text[start:end]!r} at {start}"
    word = rng.choice(WORDS)
    return text[:position] + word + text[position:], f"insert {word!r} at {position}"


def mutants(count: int, seed: int = 14, sources: list[Path] = SEEDS) -> list[Mutant]:
    """`count` mutants, the same ones for the same count and seed, spread over the `sources`."""
    rng = random.Random(seed)
    made = []
    for number in range(count):
        source = sources[number % len(sources)]
        mutant = Mutant(f"{source.stem}-m{number:04d}.txt", base(source, rng))
        for _ in range(rng.choice([1, 1, 2, 3])):
            mutant.text, edit = mutate(mutant.text, rng)
            mutant.edits.append(edit)
        made.append(mutant)
    return made


def _alarm(signum, frame):
    raise Hang()


def run(mutants: list[Mutant], folder: Path, guard: float = 60.0, validator: Validator | None = None) -> Outcome:
    """Convert each mutant (the edition's personography linking persons), validating the TEI with
    `validator` when one is given; classify what happened."""
    outcome = Outcome()
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for mutant in mutants:
            outcome.counts["tried"] += 1
            path = folder / mutant.name
            path.write_text(mutant.text, encoding="utf-8")
            kind, detail = _try(path, guard, outcome, validator)
            outcome.counts[kind] += 1
            if kind not in ("converted", "refused"):
                outcome.failures.append(f"{kind}: {mutant.name} ({'; '.join(mutant.edits)}): {detail}")
            path.unlink()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return outcome


def _try(path: Path, guard: float, outcome: Outcome, validator: Validator | None) -> tuple[str, str]:
    """Convert one mutant under the time guard: (outcome kind, detail)."""
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, guard)
    try:
        conv = pipeline.convert(path, ROOT / "tei")
        lost = wordcheck.lost_words(conv)
    except Hang:
        return "hang", f"still converting after {guard:.0f} s"
    except PlenumFault as error:   # plenum's own fault, reported as the file's error: a crash
        return "crash", f"{type(error.__cause__).__name__}: {error.__cause__}"
    except InputError as error:
        message = str(error)
        if "\n" in message or not message.startswith(str(path)):
            return "crash", f"refused without a one-line message naming the file: {message!r}"
        return "refused", message
    except Exception as error:  # noqa: BLE001 - every other exception is what the fuzzer looks for
        return "crash", f"{type(error).__name__}: {error}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        outcome.slowest = max(outcome.slowest, time.perf_counter() - start)
    if lost:
        return "lost", "; ".join(lost[:3])
    for document in conv.documents if validator else ():
        # checked as if in the edition's folder, whose persons.xml its links name
        problems = validator.check_tree(document.tree, str(ROOT / "tei" / f"{document.name}.xml"))
        if blocking(problems):
            return "invalid", "; ".join(str(problem) for problem in problems[:3])
    return "converted", ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--pages", action="store_true", help="mutate the look-alike pages, not the seeds")
    parser.add_argument("--valid", action="store_true", help="validate each conversion against the schema")
    args = parser.parse_args()
    sources = PAGES if args.pages else SEEDS
    with tempfile.TemporaryDirectory(prefix="plenum-mutants-") as folder:
        outcome = run(mutants(args.count, args.seed, sources), Path(folder),
                      validator=Validator() if args.valid else None)
    print(outcome)
    for line in outcome.failures[:40]:
        print(" ", line[:400])


if __name__ == "__main__":
    main()

"""Pages composed of the kinds of block a record holds, in random orders (tests/combinations.py): each
converts losing no word into valid TEI, or is refused with a one-line error naming its file."""

from __future__ import annotations

from plenum.validate import Validator

from . import combinations
from .mutations import Mutant, run

# Pages per run: the same ones every run (fixed seeds), about 15 s of conversion and validation.
COUNT = 120


def test_composed_pages_convert_into_valid_tei_or_are_refused(tmp_path, capsys):
    outcome = run(combinations.pages(COUNT), tmp_path, validator=Validator())
    with capsys.disabled():
        print(f"\ncomposed pages: {outcome}")
    assert outcome.counts["tried"] == COUNT
    assert not outcome.failures, f"{outcome}\n" + "\n".join(line[:500] for line in outcome.failures[:10])
    assert outcome.counts["converted"] > COUNT * 3 // 4


def page(body: str) -> Mutant:
    """A composed page holding `body` as its text."""
    return Mutant("composed.txt", combinations.HEAD.format(title="Record of the Talks (test)") + body)


def test_the_blocks_it_found_invalid_side_by_side_give_valid_tei(tmp_path):
    """What the composer found: a second side's heading after the first side's names (a head after a
    list's items), a turn's stage direction in a block the closer took, a page mark in a docket's
    forme work, an omission after the head's paragraphs (a gap where the schema wants blocks)."""
    bodies = ["From the Soviet side:\nDeputy Minister I. S. Testov\nCounsellor V. A. Probin\n\n"
              "From the Testish side:\nMinister Pak Pro-il\n\nTestov: We agree.\n",
              "A: No.\n\nProbin: [laughs] Of course.\nFive copies printed\n1 - Testov\n2 - file\n",
              "SUBJECT: Grain\n\nReceived: 10.V 71. at 09.00\n[page 2]\n\nThe grain has come.\n",
              "Time: 10:00-11:30\n\nProbegrad, 5 May 1965\n\n[…]\n\nMEMORANDUM OF CONVERSATION\n\nThe talks began.\n"]
    outcome = run([page(body) for body in bodies], tmp_path, validator=Validator())
    assert outcome.counts["converted"] == len(bodies), "\n".join(outcome.failures)

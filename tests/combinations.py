"""A composer of made-up archive pages from the kinds of block a record's text holds, in random orders.

Each page is a plain-text export (date and title line, Citation, Summary, Original Language, Contents)
whose text is drawn from kinds of block in the order a record has them: its head (classification,
letterhead, number, date, addressee, docket), its title, its participants (a heading, sides, names a
line each or in a row), its body (turns in every label style, paragraphs, points, sections, brackets,
page marks, tables, stage directions) and its closer (greetings, signatures, copies, cipher notes).
Blocks are parted by blank lines or single breaks. Where the mutation fuzzer (mutations.py) edits
characters of known pages, this composes blocks no page put side by side: it found a participants
list made invalid by a second side's heading, a stage direction in a closer, a page break in forme
work and an omission after the head's paragraphs. Every page must convert losing nothing into valid
TEI, or be refused with a one-line error naming its file.

Run many more than the test suite does: ``python -m tests.combinations --count 2000 --seed 3``.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from plenum.validate import Validator

from .mutations import Mutant, run

HEAD = """March 9, 1977 {title}

Citation:

"{title}", March 9, 1977, Wilson Center Digital Archive, Made-up Archive. Translated by a Test Translator.

Summary:

A made-up page composed of kinds of block.

Original Language:

Russian

Contents:

Translation - English

"""
TITLES = ("Record of Conversation between Ambassador Testov and Premier Probin", "Telegram from Testov to the Ministry",
          "Minutes of the Meeting of the Politburo", "Letter from Testov to Comrade Probin",
          "Report on the Talks in Probegrad", "Memorandum of Conversation", "Journal of Ambassador I. Testov")
TOP = ("Top Secret", "TOP SECRET\nCopy No. 3", "Copy No. 2", "Probegrad, 5 May 1965", "5 May 1965", "TELEGRAM",
       "CIPHERED TELEGRAM No. 312", "[handwritten: Testov]", "Embassy of the USSR\nin Testland", "Secret\nNo. 12/s",
       "Ministry of Foreign Affairs:", "Received: 10.V 71. at 09.00", "[Stamp: Secret]", "To Comrade Probin",
       "Dear Comrade Testov,", "Date: 5 May 1965", "Place: Probegrad", "Time: 10:00-11:30", "Subject: The railway",
       "SUBJECT: Grain", "JOURNAL", "From the diary of I. Testov", "[…]", "Special Folder", "Working Draft",
       "From the journal of TOP SECRET I. TESTOV Copy no. 2\n16 May 1965\nre: no. 301", "- 5 May 1965 -",
       "Written: in 6 copies", "Secret Document 281", "Destroy after reading", "Comrade Ivan Probin",
       "Arrived at the 8D/GS on 10/02/50 at 7:40 a.m.", "Vice Minister Examov has read this")
TITLE_BLOCKS = ("RECORD OF CONVERSATION", "MEMORANDUM OF CONVERSATION", "MINUTES No. 4\nof the meeting of the Politburo",
                "REPORT", "Record of the talks between Testov and Pak Pro-il", "INFORMATION\non the visit",
                "Record of Conversation\nwith the Chairman of the Council\nIVAN PROBIN\n5 May 1965")
PART_HEADS = ("Participants:", "PARTICIPANTS:", "Present:", "Present at the talks were:", "Participating:",
              "The talks were attended by:", "Accompanying personnel from our side:", "Invitees:")
SIDES = ("From the Soviet side:", "From the Testish side:", "Soviet side:", "Testish side:", "US", "USSR", "North",
         "from the Service:", "from the Ministry of the Interior:", "For the Testish side –", "Interpreters:")
NAMES = ("Deputy Minister I. S. Testov", "Counsellor V. A. Probin", "Minister Pak Pro-il", "Section Chief Ri Sam-pyo",
         "Mr. Examson", "Ambassador Testov", "Comrade Samplova", "L. Examova (interpreter)")
BODY = ("Testov: We have read your note with attention.", "TESTOV: The question is closed.", "PROBIN:\nWe do not agree.",
        "Pak Pro-il: Our side accepts the first point.", "(laughter)", "[illegible]", "...", "1. On the grain deliveries.",
        "2. On the railway.", "- the first question;", "-The second question.", "* * *", "I. On Grain", "II. On Coal",
        "POINT 4", "[page 2]", "-2-", "Testov said that the embassy[1] would answer.",
        "| Item | Tons |\n|---|---|\n| Grain | 400 |", "Testov then spoke of the railway, saying: \"We shall build it.\"",
        "[Translator's note: the name is unclear.]", "The conversation lasted one hour.", "Comrades!",
        "Item 1\nThe report of Comrade Testov.", "RESOLVED:", "1. To approve the plan.", "Q: Will you go?", "A: No.",
        "Testov (interrupting): No!", "Mr. Probert: Yes.", "THE PRESIDENT: Good morning.",
        "Testov: Good.\nProbin: Fine.\nTestov: Then we agree.", "[The text breaks off here.]",
        "Testov informed Pak Pro-il that the train would leave on Monday.", "Attachment", "Attachment No. 1",
        "Testov [handwritten]", "[Stamp: Received]", "Probin: [laughs] Of course.", "(Probin reads the note.)",
        "Cde. Examov--we could hire a boat.", "P.: Another sixty wagons.", "Premier Testov said that the matter was closed.",
        "11. On the Probegrad canal.", "[A.B. PROBIN.]  You know, we agree.", "The Politburo accepted the information.")
CLOSE = ("Sincerely,", "With comradely greetings,", "Ambassador\nI. Testov", "I. TESTOV", "Recorded by V. Probin",
         "Signature: [signature]", "/Testov/", "Chairman of the Council of Ministers\nProbin",
         "Deciphered on 4.3 at 16:10 hours", "Distribution:\nTestov\nProbin", "Five copies printed\n1 - Testov\n2 - file",
         "End of document", "[1] The note of the translator.", "Source: file 12, sheet 4", "5 May 1965",
         "Probegrad, 5 May 1965", "Counsellor of the Embassy\n(V. Probin)", "– 47 – Examovics –",
         "Received: 4 November at 19:25; printed: 5 November at 0:55", "(ss)[Ambassador] Petru Probescu")


def pages(count: int, seed: int = 3) -> list[Mutant]:
    """`count` composed pages, the same ones for the same seed."""
    rng = random.Random(seed)
    return [Mutant(f"composed-{seed}-{number:04d}.txt", *_page(rng)) for number in range(count)]


def _page(rng: random.Random) -> tuple[str, list[str]]:
    """A page's text and the blocks it was composed of."""
    blocks = [rng.choice(TOP) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.7:
        blocks.append(rng.choice(TITLE_BLOCKS))
    if rng.random() < 0.6:
        blocks += _participants(rng)
    blocks += [rng.choice(BODY) for _ in range(rng.randint(2, 8))]
    blocks += [rng.choice(CLOSE) for _ in range(rng.randint(0, 3))]
    text = "".join(block + rng.choice(("\n\n", "\n\n", "\n")) for block in blocks)
    return HEAD.format(title=rng.choice(TITLES)) + text, [block.replace("\n", " / ") for block in blocks]


def _participants(rng: random.Random) -> list[str]:
    """A participants heading (most often), then one to three sides with their names."""
    blocks = [rng.choice(PART_HEADS)] if rng.random() < 0.7 else []
    for _ in range(rng.randint(1, 3)):
        names = rng.choice(("\n", ", ", "\n\n")).join(rng.sample(NAMES, rng.randint(1, 3)))
        side, between = rng.choice(SIDES) if rng.random() < 0.8 else None, rng.choice(("\n", " "))
        blocks.append(f"{side}{between}{names}" if side else names)
    return blocks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="plenum-composed-") as folder:
        outcome = run(pages(args.count, args.seed), Path(folder), validator=Validator())
    print(outcome)
    for line in outcome.failures[:40]:
        print(" ", line[:400])


if __name__ == "__main__":
    main()

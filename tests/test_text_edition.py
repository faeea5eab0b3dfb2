"""The plain-text edition (one .txt per document), checked as a careful e-text reader would: UTF-8 wrapped at
72 columns without trailing spaces, a header block and the legend, turns as hanging paragraphs led by the
speaker in capitals, pages as [p. 2], notes numbered [1] and given after the text, the reading text with
what it leaves out in the textual notes, the original then the translation, and no character lost.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plenum.conventions import names
from plenum.edition import tei_files
from plenum.engines import ELEMENT_ONLY
from plenum.tei import parse_file, q

from .test_peers import kept, text_nodes

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [path for path in tei_files([ROOT / "tei"]) if path.name != "persons.xml"]
WIDTH = 72


def text(site: Path, stem: str) -> str:
    return (site / f"{stem}.txt").read_bytes().decode("utf-8")


def body(edition: str) -> str:
    """The running text: after the rule under the header, before the notes."""
    running = edition.split("-" * WIDTH + "\n", 1)[1]
    return re.split(r"\n\n(?:NOTES|TEXTUAL NOTES|EXPORT DEBRIS)", running)[0]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_lines_are_wrapped_at_72_columns_without_trailing_spaces(site, path):
    edition = text(site, path.stem)
    assert edition.endswith("\n") and not edition.endswith("\n\n")
    for line in edition.split("\n"):
        assert line == line.rstrip(), repr(line)
        assert "\t" not in line
        assert len(line) <= WIDTH or " " not in line.strip(), line
    words = [len(line.split()) for line in body(edition).split("\n") if line.strip()]
    assert sum(words) / len(words) > 3, "a paragraph text, not a word list"


def test_the_header_block_gives_title_date_citation_translator_and_the_legend(site):
    edition = text(site, "000_ee6d509a4d5024c3")
    head = edition.split("-" * WIDTH)[0]
    assert head.startswith("CONVERSATION RECORDS BETWEEN CHAIRMAN MAO ZEDONG AND THE SOVIET\n")
    for field in ("Date: 18 September 1956", "Citation: \"Conversation records", "Translated by: Sergey Radchenko, Jeffrey Wang",
                  "Archive: Chinese Communist Party Central Archives", "Speakers: Chairman Mao (hereafter, Chairman): (Mao Zedong)"):
        assert "\n" + field in head, field
    assert "\nEDITORIAL SIGNS" in head and "\n  Supplied words: in square brackets" in head


def test_each_turn_is_a_hanging_paragraph_led_by_the_speaker_in_capitals(site):
    running = body(text(site, "000_ee6d509a4d5024c3"))
    turns = [paragraph for paragraph in running.split("\n\n") if re.match(r"[A-Z][A-Z .()',\[\]]+:", paragraph)]
    assert len(turns) == len(list(parse_file(ROOT / "tei" / "000_ee6d509a4d5024c3.xml").getroot().iter(q("sp"))))
    mikoyan = next(turn for turn in turns if turn.startswith("MIKOYAN: We have not studied it properly yet."))
    lines = mikoyan.split("\n")
    assert len(lines) > 3 and all(line.startswith("    ") and not line.startswith("     ") for line in lines[1:])
    assert "(At the beginning of the conversation, Chairman Mao asked Mikoyan" in running


def test_notes_are_numbered_in_the_text_and_given_after_it(site):
    edition = text(site, "000_ee6d509a4d5024c3")
    running = " ".join(body(edition).split())
    assert "one full, one candidate.[1] The new Central Committee" in running
    assert "You could live to the 21st century.[2]" in running
    notes = edition.split("\n\nNOTES\n\n", 1)[1].split("\n\nTEXTUAL NOTES")[0]
    assert re.findall(r"^\[(\d+)\]", notes, re.M) == ["1", "2"]
    assert "[1] There is lack of clarity in this sentence" in notes
    assert "[2] Mukhitdinov died in 2008." in notes


UNANCHORED = [p for p in DOCUMENTS if any(n.get("subtype") == "unanchored" for n in parse_file(p).iter(q("note")))]


@pytest.mark.parametrize("path", UNANCHORED, ids=lambda p: p.stem)
def test_a_note_whose_marker_is_missing_says_so_after_the_text(site, path):
    notes = text(site, path.stem).split("\n\nNOTES\n\n", 1)[1]
    unanchored = [n for n in parse_file(path).iter(q("note")) if n.get("subtype") == "unanchored"]
    assert " ".join(notes.split()).count("(The marker of this note is missing from the source.)") == len(unanchored)


def test_pages_are_marked_and_the_original_precedes_the_translation(site):
    edition = text(site, "003_b5736df9e90b2d57")
    running = body(edition)
    assert running.index("ORIGINAL (RUSSIAN)") < running.index("TRANSLATION (ENGLISH)")
    assert re.search(r"\n +\[p\. 2\] \[-2-\] \[fol\. 508\]\n", running)
    assert "не дали говорить, [p. 5] [-5.] [fol. 53] или выступили" in " ".join(running.split())


def test_the_reading_text_leaves_out_deletions_and_joins_hyphenated_words_the_textual_notes_keep_them(site):
    edition = text(site, "003_b5736df9e90b2d57")
    assert "Это ведь разные вещи." not in body(edition)
    textual = edition.split("\n\nTEXTUAL NOTES", 1)[1]
    assert "“Это ведь разные вещи.”: DELETED, STRIKETHROUGH" in " ".join(textual.split())
    dossier = " ".join(body(text(site, "004_4586cb435a2fc35a-doc01")).split())
    assert "mention anywhere." in dossier and "any-" not in dossier
    telegram = " ".join(text(site, "001_fddf3f08cfdc8dc7").split())
    assert ("“weakening” (ADDED BY HAND, PLACE NOT STATED) REPLACES “defending” (DELETED, NOT MARKED AS STRUCK IN THE "
            "SOURCE; CERTAINTY MEDIUM)") in telegram     # a handwritten replacement (readers/replacements.py)
    assert "Cde. Kim Il Sung in this" in telegram and "“Kim Il Sung”: REGULARISED BY THE EDITION; THE SOURCE HAS “Kim II Sung”" in telegram
    assert "HANDWRITING IN THE DOCUMENT" not in textual_notes(telegram)  # the header describes the hand once
    essay = " ".join(text(site, "004_4586cb435a2fc35a-essay1").split())
    assert "“colonial rule over Korea; the “domestic faction” of veteran com" in essay  # quoted words keep their case


def textual_notes(edition: str) -> str:
    """The textual notes of a plain-text edition (joined into one line)."""
    return edition.split("TEXTUAL NOTES", 1)[1] if "TEXTUAL NOTES" in edition else ""


def joined(root):
    """The TEI as the reading text joins it: no word break after a line break inside a word."""
    for lb in root.iter(q("lb")):
        if lb.get("break") == "no" and lb.tail:
            lb.tail = lb.tail.lstrip()
    return root


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_no_character_of_the_tei_text_is_lost_or_improved(site, path):
    edition = text(site, path.stem)
    result = kept(text_nodes(joined(parse_file(path).getroot())), edition)
    assert not result.lost and not result.glued, (result.lost[:5], result.glued[:5])
    source = re.split(r"<text[\s>]", path.read_text(encoding="utf-8"), maxsplit=1)[1:]   # not <textClass>
    source = source[0] if source else ""
    for straight, curly in (('"', "“"), ("'", "’"), ("--", "—")):
        if straight in source and curly not in source:
            assert curly not in body(edition), f"{straight} became {curly}"


# --- wrapping, against the rule it follows ------------------------------------------------------------

def greedy(text: str, first: str, indent: str) -> str:
    """The rule of the plain text's paragraphs, word by word: as many words on a line as fit in 72
    columns, at least one; the first line after `first`, the others after `indent`; no trailing spaces.
    A word longer than a line after `indent` is cut where each line ends."""
    lines, line, empty = [], first, True
    room = WIDTH - len(indent)
    for word in re.split(r"[ \t\n\r]+", text.strip(" \t\n\r")):
        if not word:
            continue
        if not empty and len(line) + 1 + len(word) <= WIDTH:
            line += " " + word
            continue
        if not empty:
            lines.append(line)
            line = indent
        while len(word) > WIDTH - len(line) >= 1 and len(word) > room:
            lines.append(line + word[:WIDTH - len(line)])
            line, word = indent, word[WIDTH - len(line):]
        line, empty = line + word, False
    return "\n".join(re.sub(r"[ \t\n\r]+$", "", text) for text in [*lines, line])


@pytest.fixture(scope="module")
def wrap(tmp_path_factory):
    """pl:wrap of the stylesheets, called on its own."""
    saxonche = pytest.importorskip("saxonche")
    lib = ROOT / "xslt" / "lib"
    stylesheet = tmp_path_factory.mktemp("wrap") / "wrap.xsl"
    stylesheet.write_text(
        '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
        'xmlns:pl="https://plenum.invalid/ns"><xsl:output method="text"/>'
        + "".join(f'<xsl:include href="{(lib / name).as_uri()}"/>'
                  for name in ("functions.xsl", "conventions.xsl", "counters.xsl", "edition.xsl"))
        + '<xsl:param name="text"/><xsl:param name="first"/><xsl:param name="indent"/>'
          '<xsl:template name="wrap"><xsl:value-of select="pl:wrap($text, $first, $indent)"/></xsl:template>'
          '</xsl:stylesheet>', encoding="utf-8")
    processor = saxonche.PySaxonProcessor(license=False)
    compiler = processor.new_xslt30_processor()
    compiler.set_parameter(ELEMENT_ONLY, processor.make_string_value(" ".join(names("content", "element-only"))))
    executable = compiler.compile_stylesheet(stylesheet_file=str(stylesheet))

    def call(text: str, first: str, indent: str) -> str:
        for name, value in (("text", text), ("first", first), ("indent", indent)):
            executable.set_parameter(name, processor.make_string_value(value))
        return executable.call_template_returning_string("wrap")
    return call


MARGINS = ["", "  ", "    ", "      ", "  - ", "[12] ", "MIKOYAN: ", "Translated by: ", "X" * 70 + " ", "$1 \\"]


@given(words=st.lists(st.text(alphabet="ab\u00a0\u0436\U0001d400-,.", min_size=1, max_size=80), max_size=40),
       first=st.sampled_from(MARGINS), indent=st.sampled_from(MARGINS), spaces=st.sampled_from([" ", "  ", " \n\t"]))
@settings(max_examples=300, deadline=None)
def test_paragraphs_are_wrapped_word_by_word_to_72_columns(wrap, words, first, indent, spaces):
    text = spaces.join(words)
    assert wrap(text, first, indent) == greedy(text, first, indent)

"""Punctuation a broken font lost, guessed from the kind of text around it (look-alike text, own words).

Between two decoded words, two lost characters are a mark and a space; the mark is guessed from context
rules and the document's own habits, and each guess says how certain it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plenum.readers.dossier_inline import DossierInline
from plenum.readers.fontshift import LOST, Decoder
from plenum.readers.lost_punctuation import PunctuationModel, Punctuator
from plenum.source import Source

L2 = LOST * 2
HABITS = ["The miller said that the river rose in spring and the boats came late to the quay. ",
          "Attachment: two pages of accounts from the mill. ",
          "Attachment: the list of the boatmen. ",
          "Attachment: a map of the quay. ",
          "However, the boats came. Indeed, the miller was glad. "]


@pytest.fixture
def punctuator():
    return Punctuator(PunctuationModel(HABITS * 3))


def guess(punctuator, lost, left, right):
    found = punctuator.guess(lost, left, right)
    return (found.text, found.cert) if found else None


def test_a_list_of_names_takes_commas(punctuator):
    right = f"Ma Tsen{L2}Wu Kai{L2}and the others came"
    assert guess(punctuator, 2, "The board named Lo Pan", right)[0] == ", "
    assert guess(punctuator, 2, "The board named Lo Pan, Ma Tsen", f"Wu Kai{L2}and the others came")[0] == ", "


def test_a_word_that_opens_sentences_follows_a_period(punctuator):
    assert guess(punctuator, 2, "The mill was closed for the winter", "The boatmen left for the south") \
        == (". ", "medium")


def test_a_connective_opening_a_sentence_takes_a_comma(punctuator):
    assert guess(punctuator, 2, "The mill was closed. However", "Lo Pan kept the keys") == (", ", "high")
    assert guess(punctuator, 2, "The boats were late. For example", "the ferry came in May")[0] == ", "


def test_initials_and_abbreviations_take_a_period(punctuator):
    assert guess(punctuator, 1, "the visit of P", f"R{L2}Loman to the mill") == (".", "high")
    assert guess(punctuator, 2, "the visit of P.R", "Loman to the mill") == (". ", "high")
    assert guess(punctuator, 2, "the letter was handed to Cde", "Loman at the quay") == (". ", "high")


def test_an_introductory_phrase_ends_in_a_comma_before_a_name(punctuator):
    assert guess(punctuator, 2, "Despite the long winter on the river", "Lo Pan opened the mill")[0] == ", "


def test_a_bracketed_label_before_a_quotation_takes_a_colon(punctuator):
    assert guess(punctuator, 2, "[Typed at the head of the first sheet", "“For the files.”]") == (": ", "high")


def test_a_mark_inside_a_closing_quotation_mark_follows_what_comes_after(punctuator):
    assert guess(punctuator, 1, "he called it a “trap", "” The boatmen laughed")[0] == "."
    assert guess(punctuator, 1, "the “old guard", "” who ran the quay")[0] == ","


def test_lost_parentheses_are_found_from_their_partners(punctuator):
    opening = guess(punctuator, 2, "the head of the quay Lo Pan", "formerly a clerk at the mill), and Ma Tsen")
    assert opening[0] == " ("
    closing = guess(punctuator, 3, "his deputy (head of the eastern quay", "The boats came")
    assert closing[0] == "). "
    assert guess(punctuator, 2, "the Eastern River Company", "ERC) ran the boats")[0] == " ("


def test_items_holding_commas_are_set_off_by_semicolons(punctuator):
    left = "The quay had three crews: the “river crew,” made up of boatmen from the south"
    assert guess(punctuator, 2, left, "the “hill crew” of the miners")[0] == "; "


def test_the_documents_habit_decides_a_colon(punctuator):
    assert guess(punctuator, 2, "Attachment", "Three pages of the mill accounts")[0] == ": "


def test_a_name_with_a_verb_of_saying_is_set_off(punctuator):
    assert guess(punctuator, 2, "The winter was hard on the river", f"Lo Pan said{L2}and the boats waited")[0] \
        == ", "


def test_nothing_is_guessed_where_more_is_lost_than_a_mark(punctuator):
    assert guess(punctuator, 2, "the boats came in", LOST * 4 + " and left") is None
    assert guess(punctuator, 4, "the boats came in", "and left") is None


def shift(text: str) -> str:
    """Text as a text layer shows a font shifted by 29: spaces and marks lost."""
    return "".join(chr(ord(ch) - 29) if ord(ch) - 29 >= 0x21 else LOST for ch in text)


def test_a_mark_lost_at_a_lines_end_is_read_with_the_next_line():
    plain = "the boatmen of the river and the miller of the quay sent their boats to the mill "
    lines = [shift("In the spring the boatmen came to the mill.")[:-1] + LOST + LOST,
             "The miller paid them in grain and the boats went back ",
             shift("The boats came back to the quay,") + LOST,
             "and the miller was glad of them "] + [plain] * 6
    text = "\n".join(lines) + "\n"
    decoder = Decoder.learn(text.splitlines())
    inline = DossierInline(Source(Path("river.txt"), text, ""), decoder, "")
    first = [piece for run in inline.runs(1) for piece in run.pieces if piece.kind == "unclear"]
    third = [piece for run in inline.runs(3) for piece in run.pieces if piece.kind == "unclear"]
    assert [piece.text for piece in first] == ["."] and first[0].cert in ("high", "medium", "low")
    assert [piece.text for piece in third] == [","]


def test_the_hand_checked_sample_of_the_dossier_is_at_least_97_percent_right():
    """benchmarks/punctuation_sample.tsv: places in seed 004's decoded runs and the punctuation a reader
    finds right there; the guesses must match at least 97 in 100 of them."""
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("punctuation_benchmark", root / "benchmarks" / "punctuation.py")
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    source = Source.read(next((root / "seeds").glob("004_*.txt")))
    inline = DossierInline(source, Decoder.learn(source.lines), "")
    counts, wrong = benchmark.sample_accuracy(inline, benchmark.SAMPLE)
    assert counts["places"] >= 150
    assert counts["right"] >= 0.97 * counts["places"], wrong

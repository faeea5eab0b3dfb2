"""The languages of a record's text: an original told from its English translation by its script, or in the
Latin script by its commonest words; the original's language as the page's field names it."""

from __future__ import annotations

import pytest

from plenum.readers.languages import script_language, split_languages
from plenum.readers.language_names import language_code
from plenum.readers.spans import Span
from plenum.readers.typed_notes import original_notes, unmarked_star_note


def paragraphs(*texts: str) -> list[Span]:
    spans, start = [], 0
    for text in texts:
        spans.append(Span(text, start))
        start += len(text) + 2
    return spans


def shape(parts) -> list[tuple[str, str, int]]:
    return [(language, kind, len(spans)) for language, kind, spans in parts]


ENGLISH = ("The ambassador visited the minister today and spoke about the trade talks.",
           "The minister said that the talks would open in June in the capital.")


@pytest.mark.parametrize("language, original", [
    ("de", "Der Botschafter besuchte heute den Minister und sprach mit ihm über den Handel."),
    ("pl", "Ambasador odwiedził dziś ministra i rozmawiał z nim o handlu, który jest ważny."),
    ("hu", "A nagykövet ma meglátogatta a minisztert, és azt mondta, hogy a tárgyalás júniusban kezdődik."),
])
def test_the_original_is_the_leading_run_in_its_language(language, original):
    parts = split_languages(paragraphs("Vermerk", original, original, *ENGLISH), language)
    assert shape(parts) == [(language, "original", 3), ("en", "translation", 2)]


def test_a_short_last_turn_of_a_german_original_stays_in_the_original():
    """'Genosse Wunderlich: Ich möchte noch etwas zum Termin sagen.' is German by its everyday words
    ('ich', 'noch', 'zum'), though none of the commonest articles stands in it."""
    original = "Der Botschafter besuchte heute den Minister und sprach mit ihm über den Handel."
    parts = split_languages(paragraphs(original, "Genosse Wunderlich: Ich möchte noch etwas zum Termin sagen.",
                                       *ENGLISH), "de")
    assert shape(parts) == [("de", "original", 2), ("en", "translation", 2)]


def test_a_german_heading_with_an_english_looking_word_stays_in_the_original():
    """'Besuch von AM Probinski in Probstadt' has 'in', a word English shares, but 'von' too: the original's
    heading, and the short German sentence under it with 'daß', stay in the German text."""
    original = "Der Botschafter besuchte heute den Minister und sprach mit ihm über den Handel."
    parts = split_languages(paragraphs(original, "2. Besuch von AM Probinski in Probstadt",
                                       "Ankündigung, daß Außenminister Probinski demnächst Probstadt besuchen werde."),
                            "de")
    assert shape(parts) == [("de", "original", 3)]


def test_a_page_in_english_alone_has_no_original_whatever_its_original_language():
    assert shape(split_languages(paragraphs("Memorandum", *ENGLISH), "de")) == [("en", "translation", 3)]


def test_a_list_of_names_first_is_no_original():
    names = "Kim Il Sung, Choe Yong-geon, Pak Chang-ok, Nam Il, Pak Ui-won, Kim Chang-man"
    assert shape(split_languages(paragraphs(names, *ENGLISH), "hu")) == [("en", "translation", 3)]


RUSSIAN = ("Посол сегодня посетил министра и говорил о торговых переговорах.",
           "Министр сказал, что переговоры начнутся в июне в столице.")


@pytest.mark.parametrize("named", ["ko", "und", "hu"])
def test_an_original_in_another_script_than_the_page_names_is_found_by_its_script(named):
    """'Original Language: Korean' over a Russian text of the original: the Russian paragraphs are the
    original (ru), not English translation."""
    assert shape(split_languages(paragraphs(*RUSSIAN, *ENGLISH), named)) == [("ru", "original", 2),
                                                                          ("en", "translation", 2)]


def test_a_paragraph_in_another_script_inside_an_english_text_makes_no_original():
    mixed = paragraphs(ENGLISH[0], "«Правда» за 5 июня.", ENGLISH[1])
    assert shape(split_languages(mixed, "ko")) == [("en", "translation", 3)]


@pytest.mark.parametrize("field, code", [("Russian", "ru"), ("Russian, Korean", "ru"), ("Chinese and Korean", "zh"),
                                         ("Korean; Russian", "ko"), ("Esperanto", "und"), ("English", "en"),
                                         ("Portuguese", "pt"), ("Serbo-Croatian", "sh"), ("Spanish, Russian", "es"),
                                         ("Dari", "prs")])
def test_a_language_field_naming_several_gives_the_first_plenum_knows(field, code):
    assert language_code(field) == code


@pytest.mark.parametrize("texts, note", [
    (("港口先修好。", "根据谈话记录稿刊印。", "* 这是谈话的一部分。"), True),
    (("港口先修好*。", "* 这是谈话的一部分。"), False),
    (("* 港口先修好。", "* 这是谈话的一部分。"), False),
    (("港口先修好。", "根据谈话记录稿刊印。"), False)])
def test_an_original_ending_on_a_note_on_an_asterisk_no_mark_calls_ends_on_that_note(texts, note):
    """'* 这是…的一部分。' ending a Chinese edition's text (its title's superscript lost) is the note whose mark the text
    does not give; not where an asterisk in the text calls it, nor where another paragraph opens on one."""
    assert (unmarked_star_note(paragraphs(*texts)) is not None) is note


@pytest.mark.parametrize("texts, found", [
    (("[2]一九五三年三月三日,测试夫批示:\"同意。\"", "To the Chairman:[1]", "The draft is enclosed.[2] Please decide.",
      "[1] Notes on persons are not translated.", "[2] On March 3 he wrote that it be sent."), [0]),
    (("[2]一九五三年三月三日,测试夫批示。", "The draft is enclosed.[2]"), []),
    (("港口先修好[1]。", "[1]这是谈话的一部分。", "The harbour first.[1]", "[1] This is part of a talk."), []),
    (("[1] Notes on persons are not translated.", "The draft is enclosed.[1]"), []),
    (("[2]一九五三年三月三日。", "[2]测试夫批示。", "[2] On March 3 he wrote that it be sent."), [])])
def test_a_note_in_the_originals_script_that_a_translations_note_renders_is_the_originals(texts, found):
    """'[2]一九五三年…' among an English text whose foot gives '[2] On March 3, …' is the original of that note;
    not without the English note, nor where a Chinese text calls its figure, nor where two Chinese notes share it."""
    spans = paragraphs(*texts)
    assert sorted(original_notes(spans, lambda text: script_language(text, "en"))) == found


@pytest.mark.parametrize("text, first, language", [("一九五三年三月三日", "en", "zh"), ("一九五三年三月三日", "ja", "ja"),
                                                   ("Посольство сообщает", "bg", "bg"), ("On March 3", "zh", None)])
def test_a_text_in_another_script_is_in_the_pages_original_language_where_it_shares_its_script(text, first, language):
    assert script_language(text, first) == language

"""Hypothesis strategies: documents in the archive's three export layouts, with arbitrary text."""

from __future__ import annotations

from hypothesis import strategies as st

MONTHS = "January February March April May June July August September October November December".split()

# Text as transcripts have it: Latin and Cyrillic letters, digits, punctuation, brackets, no-break spaces.
ALPHABET = st.characters(
    whitelist_categories=("Lu", "Ll", "Nd"),
    whitelist_characters=" \u00a0.,;:!?'\"()[]-–/#*<>~_&@\u2019\u201c\u201d",
    max_codepoint=0x4FF,
)
word = st.text(st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=10)
line_text = st.text(ALPHABET, min_size=1, max_size=120).map(str.strip).filter(
    lambda s: bool(s) and not s.endswith(":") and not s.startswith("#"))
date = st.builds(lambda m, d, y: f"{m} {d}, {y}", st.sampled_from(MONTHS), st.integers(1, 28),
                 st.integers(1900, 1999))
title = st.lists(word, min_size=2, max_size=8).map(" ".join)
# Names as credits print them: capitalised words (letters without a capital form are left out).
name_word = word.map(str.capitalize).filter(lambda w: w[:1].isupper())
names = st.lists(st.builds(lambda a, b: f"{a} {b}", name_word, name_word),
                 min_size=1, max_size=2).map(" and ".join)
paragraphs = st.lists(line_text, min_size=1, max_size=8)


@st.composite
def record(draw) -> dict:
    """The parts of an archive page: date, title, citation, summary, language, body paragraphs."""
    parts = {
        "date": draw(date),
        "title": draw(title),
        "translator": draw(names),
        "summary": draw(line_text),
        "language": draw(st.sampled_from(["Russian", "Chinese", "Korean"])),
        "body": draw(paragraphs),
        "record": draw(st.integers(100000, 999999)),
    }
    parts["citation"] = (f'"{parts["title"]}", {parts["date"]}, Wilson Center Digital Archive, '
                         f'GARF, Fond 5446, Opis 98c, Delo 718, Listy 1-5. Translated by {parts["translator"]}.')
    return parts


def markdown(parts: dict) -> str:
    """The Markdown export layout."""
    body = "\n\n".join(parts["body"])
    return (f'\n\n## **{parts["date"]}**\n\n### **{parts["title"]}**\n\n#### **Citation:**\n\n'
            f'{parts["citation"]} <https://digitalarchive.wilsoncenter.org/document/{parts["record"]}>\n\n'
            f'#### **Summary:**\n\n{parts["summary"]}\n\n#### **Original Language:**\n\n{parts["language"]}\n\n'
            f'#### **Contents:**\n\nTranslation - English\n\n{body}\n')


def plain(parts: dict) -> str:
    """The plain-text export layout."""
    body = "\n\n".join(parts["body"])
    return (f'{parts["date"]} {parts["title"]}\n\nCitation:\n\n{parts["citation"]} '
            f'https://digitalarchive.wilsoncenter.org/document/{parts["record"]}\n\n'
            f'Summary:\n\n{parts["summary"]}\n\nOriginal Language:\n\n{parts["language"]}\n\n'
            f'Contents:\n\nTranslation - English\n\n{body}\n')


def web(parts: dict) -> str:
    """The captured web page layout."""
    body = "\n\n\u00a0\n\n".join(parts["body"])
    return (f'Skip to content\n\n{parts["date"]}\n\n{parts["title"]}\n\n{body}\n\n\u00a0\n\n\u00a0\n\n'
            f'{parts["summary"]}\n\n\nDocument Information\n\nSource\n\nGARF, Fond 5446, Opis 98c, Delo 718, '
            f'Listy 1-5. Translated by {parts["translator"]}.\n\nRights\n\nReuse welcome.\n\n'
            f'Original Uploaded Date\n\n2015-03-27\n\nLanguage\n\nRecord ID\n\n{parts["record"]}')


LAYOUTS = {"archive-markdown": markdown, "archive-text": plain, "archive-web": web}

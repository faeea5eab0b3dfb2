"""Hypothesis strategies: documents in the archive's three export layouts, with arbitrary text."""

from __future__ import annotations

from hypothesis import strategies as st

from plenum.readers.citation import CREDIT_RANKS
from plenum.readers.fields import BODY_LABELS

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
# Names as credits print them: capitalised words (letters without a capital form are left out), never a rank
# before a name ('Dr A': the readers credit 'A', as they credit 'Probe' of 'Dr Probe'; hypothesis found).
name_word = word.map(str.capitalize).filter(lambda w: w[:1].isupper())
names = st.lists(st.builds(lambda a, b: f"{a} {b}", name_word.filter(lambda w: w not in CREDIT_RANKS), name_word),
                 min_size=1, max_size=2).map(" and ".join)
# A paragraph of text is never the web panel's heading (a page ending in it reads as a web capture).
paragraphs = st.lists(line_text.filter(lambda s: s.lower() != "document information"), min_size=1, max_size=8)
# Field names the header does not map: some the archive prints, some nobody has seen yet.
field_word = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=2, max_size=9).map(str.capitalize)
# (never a word that opens a document's own lines, 'Time:', 'Place:', 'Note:': the readers take no field by
# such a name, so that a record's meeting details stay its own; fields.BODY_LABELS)
unknown_name = st.one_of(st.sampled_from(["Original Archive", "Type", "Subjects", "Donors", "Original Classification"]),
                         st.lists(field_word, min_size=1, max_size=3).map(" ".join)).filter(
    lambda name: name.lower() not in {"citation", "summary", "credits", "contents", "source", "rights",
                                      "language", "record id", "original language", "original uploaded date"}
    and name.title() not in BODY_LABELS)
# (a field's value is never the web panel's heading either: a plain-text page holding 'Document Information' alone
# on a line reads as a web capture's panel, hypothesis found)
unknown_fields = st.dictionaries(unknown_name, st.lists(line_text.filter(lambda s: s.lower() != "document information"),
                                                        min_size=1, max_size=3), max_size=3)


@st.composite
def record(draw) -> dict:
    """The parts of an archive page: date, title, citation, summary, language, body paragraphs."""
    parts = {
        "date": draw(date),
        "title": draw(title),
        "translator": draw(names),
        "summary": draw(line_text.filter(lambda s: s.lower() != "document information")),  # the panel's heading
        "language": draw(st.sampled_from(["Russian", "Chinese", "Korean"])),
        "body": draw(paragraphs),
        "record": draw(st.integers(100000, 999999)),
        "fields": draw(unknown_fields),
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


# -- the variants of issue 16: each a (family, layout) of its own ----------------------------------

def _markdown_fields(parts: dict) -> str:
    return "".join(f"#### **{name}:**\n\n" + "\n\n".join(values) + "\n\n" for name, values in parts["fields"].items())


def _plain_fields(parts: dict, gap: str = "\n\n") -> str:
    return "".join(f"{name}:{gap}" + gap.join(values) + gap for name, values in parts["fields"].items())


def markdown_unknown_fields(parts: dict) -> str:
    """Markdown export with fields the header does not map, and no title heading (the citation's)."""
    return markdown(parts).replace(f'### **{parts["title"]}**\n\n', "").replace(
        "#### **Original Language:**", _markdown_fields(parts) + "#### **Original Language:**")


def plain_single_breaks(parts: dict) -> str:
    """Plain-text export of a staging page: blocks separated by single line breaks."""
    page = plain(parts).replace("Summary:", _plain_fields(parts) + "Summary:")
    return "\n".join(line for line in page.split("\n") if line)


def plain_oldest(parts: dict) -> str:
    """The oldest layout: the title in capitals over a rule, then the date; unknown fields first."""
    page = plain(parts).replace(f'{parts["date"]} {parts["title"]}\n',
                                f'{parts["title"].upper()}\n=====\n\n{parts["date"]}\n', 1)
    return page.replace("Citation:", _plain_fields(parts) + "Citation:", 1)


def plain_inline(parts: dict) -> str:
    """The archive's PDF as text: each label on the line of its value, one line per block."""
    page = plain_single_breaks(dict(parts, fields={}))
    for label in ("Citation", "Summary", "Original Language", "Contents"):
        page = page.replace(f"\n{label}:\n", f"\n{label}: ", 1)
    return page


def web_no_skip(parts: dict) -> str:
    """A live page captured without 'Skip to content', link lists and unknown fields in its panel."""
    page = web(parts).replace("Skip to content\n\n", "", 1)
    panel = "".join(f"{name}\n\n" + "\n\n".join(values) + "\n\n" for name, values in parts["fields"].items())
    return page.replace("\n\n\nDocument Information\n\n", "\n\nAssociated Places\n\nRelated Documents\n\n"
                        "Document Information\n\n" + panel, 1)


def web_single_breaks(parts: dict) -> str:
    """A staging page of single line breaks, opening with its summary sentence."""
    page = web_no_skip(parts).replace("\u00a0\n", "")
    lines = [line for line in page.split("\n") if line]
    return "\n".join([parts["summary"].rstrip(".") + "."] + lines)   # a sentence, not a title


def metadata_only(parts: dict) -> str:
    """A live page giving only the description of the document: no text."""
    return web(dict(parts, body=[]))


VARIANTS = {
    "markdown, unknown fields, title only in the citation": ("archive-markdown", markdown_unknown_fields),
    "plain text, staging, single line breaks": ("archive-text", plain_single_breaks),
    "plain text, oldest layout": ("archive-text", plain_oldest),
    "plain text, the archive's PDF, inline labels": ("archive-text", plain_inline),
    "web, no 'Skip to content', link lists": ("archive-web", web_no_skip),
    "web, staging, single line breaks, summary first": ("archive-web", web_single_breaks),
    "web, metadata only": ("archive-web", metadata_only),
}

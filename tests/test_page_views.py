"""What the reading editions show of pages beyond the seeds: the fields an archive page gives that the
header does not map, and a page that gives no text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html

from plenum.cli import main

from .conftest import ROOT

PAGES = Path(__file__).parent / "pages"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """Look-alike pages converted and rendered: one with unknown fields, one with no text, two closing in
    a signature, a date and a note of what was enclosed, one linking to other documents, one with lists
    in a list's items, a letter with a postscript, a memorandum with laughter recorded inside its turns, a
    report whose letterhead the translator left out and whose pages end in '(p. 1)', a memorandum holding
    a pipe table, a session's minutes with a table in a turn, a report whose docket lists its copies, a
    session's notes whose editor marks omissions by rows of dots, a telegram whose citation names three archives, a
    note whose source names an East European archive's file and pages, a record a ministry disclosed."""
    root = tmp_path_factory.mktemp("views")
    (root / "tei").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", root / "tei")
    pages = [PAGES / "archive-text" / "unknown-fields.txt", PAGES / "archive-web" / "metadata-only.txt",
             PAGES / "archive-text" / "cable-closing-lines-one-paragraph.txt",
             PAGES / "archive-web" / "journal-post-above-name.txt",
             PAGES / "archive-markdown" / "links-and-anchored-notes.txt",
             PAGES / "archive-markdown" / "lists-nested.txt", PAGES / "archive-web" / "letter-postscript.txt",
             PAGES / "archive-markdown" / "memcon-laughter-asides.txt",
             PAGES / "archive-web" / "report-page-numbers-in-parentheses.txt",
             PAGES / "archive-markdown" / "memo-pipe-table.txt",
             PAGES / "archive-markdown" / "session-bold-capitals-period.txt",
             PAGES / "archive-web" / "report-hungarian-docket.txt",
             PAGES / "archive-web" / "session-notes-omission-dots.txt",
             PAGES / "archive-markdown" / "citation-three-archives-semicolons.txt",
             PAGES / "archive-web" / "note-file-number-page-range-source.txt",
             PAGES / "archive-web" / "ciphergram-polish-ministry-file-reference.txt",
             PAGES / "archive-text" / "record-disclosure-number-diplomatic-archives.txt"]
    for command in (["convert", *pages, "-o", root / "tei"], ["render", root / "tei", "-o", root / "site"]):
        result = CliRunner().invoke(main, [str(arg) for arg in command])
        assert result.exit_code == 0, result.output
    return root / "site"


def test_a_field_the_header_does_not_map_is_shown_by_its_label_in_both_editions(site):
    page = html.parse(str(site / "unknown-fields.html")).getroot()
    facts = {dt.text_content(): dt.getnext().text_content() for dt in page.xpath("//dl[@class='facts']/dt")}
    assert facts["Original Archive"] == "Made-up Central Archives"
    assert facts["Subjects"] == "Ports; Shipping"
    text = (site / "unknown-fields.txt").read_text(encoding="utf-8")
    assert "\nOriginal Archive: Made-up Central Archives\n" in text and "\nSubjects: Ports; Shipping\n" in text


def test_a_page_without_text_says_so_where_the_text_would_be(site):
    page = html.parse(str(site / "metadata-only.html")).getroot()
    [body] = page.find_class("body")
    assert "gives no text of this document" in body.text_content()
    assert not body.find_class("noteref")
    text = (site / "metadata-only.txt").read_text(encoding="utf-8")
    body = text.split("-" * 72)[1]
    assert "gives no text of this document" in body and "[1]" not in body and "NOTES" not in body


def test_a_closers_lines_stand_a_line_each_in_both_editions(site):
    """The lines closing a text are one closer, and the editions set them as the page does: a line each
    (the signer's post, the signature, the name; the office, the date, what was enclosed), not run
    together as a paragraph's lines are."""
    text = (site / "journal-post-above-name.txt").read_text(encoding="utf-8")
    assert "\nUSSR AMBASSADOR IN THE DPRK\n⟨signature⟩\n(A. TESTOROV)\n" in text
    text = (site / "cable-closing-lines-one-paragraph.txt").read_text(encoding="utf-8")
    assert "\nChinese Embassy in Testland\n2 April 1961\nAttachment: on 2 pages.\n" in text
    page = html.parse(str(site / "journal-post-above-name.html")).getroot()
    [closer] = page.find_class("closer")
    assert len(closer.xpath(".//br[@class='line']")) == 2


def test_a_link_of_the_text_is_a_link_of_the_page_and_its_address_in_the_plain_text(site):
    """A Markdown export's '[Memorandum …](https://…)': the page links its words, the plain text gives the
    address after them; the note's link too."""
    page = html.parse(str(site / "links-and-anchored-notes.html")).getroot()
    links = {a.text_content(): a.get("href") for a in page.xpath("//a[@class='ref']")}
    assert links["Memorandum on the Border Question"] == "https://digitalarchive.wilsoncenter.org/document/999991"
    text = " ".join((site / "links-and-anchored-notes.txt").read_text(encoding="utf-8").split())
    assert "(see Memorandum on the Border Question <https://digitalarchive.wilsoncenter.org/document/999991>)" in text
    assert "see the record of that conversation <https://digitalarchive.wilsoncenter.org/document/999992>." in text
    assert "_ftn" not in text and "](" not in text


def test_a_list_inside_an_item_is_a_list_in_that_item_in_both_editions(site):
    """The page nests the list in the item above it; the plain text sets its items a step further in."""
    page = html.parse(str(site / "lists-nested.html")).getroot()
    inner = page.xpath("//li[starts-with(normalize-space(), 'specialists, namely:')]/ul/li")
    assert [" ".join(li.xpath("normalize-space(text())").split()) for li in inner] == [
        "three engineers for the power station;", "two chemists for the fertiliser works;"]
    assert [li.text_content() for li in inner[1].xpath("ul/li")] == ["one of them for a year;"]
    text = (site / "lists-nested.txt").read_text(encoding="utf-8")
    assert "\n  - specialists, namely:\n\n    - three engineers for the power station;\n" in text
    assert "\n      - one of them for a year;\n" in text


def test_a_postscript_follows_the_closer_in_both_editions(site):
    page = html.parse(str(site / "letter-postscript.html")).getroot()
    closer, postscript = page.xpath("//*[@class='closer']")[0], page.xpath("//div[@class='postscript']")[0]
    assert closer.getnext() is postscript
    assert postscript.xpath("normalize-space(p[1])").endswith("P.S. The specialists will bring their own instruments.")
    text = (site / "letter-postscript.txt").read_text(encoding="utf-8")
    assert text.index("K. Probin") < text.index("P.S. The specialists") < text.index("They will need rooms")


def test_a_stage_direction_inside_a_turn_stays_in_its_sentence_in_both_editions(site):
    """'(Laughter)' between two sentences of a turn is marked as a stage direction where it stands."""
    page = html.parse(str(site / "memcon-laughter-asides.html")).getroot()
    [turn] = page.xpath("//p[contains(., 'long road')]")
    [stage] = turn.find_class("stage")
    assert stage.text_content() == "(Laughter)" and stage.tail.startswith(" We thought you would come by sea.")
    text = (site / "memcon-laughter-asides.txt").read_text(encoding="utf-8")
    assert "the long road again. (Laughter) We thought" in text


def test_an_omission_above_the_title_and_a_page_foot_inside_a_sentence_in_both_editions(site):
    """'[…]' where the letterhead was stands before the heading; '(p. 1)' between two lines of a sentence
    is the page's number and a page break inside the one paragraph."""
    page = html.parse(str(site / "report-page-numbers-in-parentheses.html")).getroot()
    [gap] = page.find_class("gap")
    assert gap.text_content() == "[…]" and gap.getnext().text_content() == "Report"
    [sentence] = page.xpath("//p[contains(., 'of the opinion that')]")
    assert "the meeting should be wider" in sentence.text_content()
    text = (site / "report-page-numbers-in-parentheses.txt").read_text(encoding="utf-8")
    assert text.index("\n[…]\n") < text.index("\nReport\n") < text.index("of the opinion")


def test_a_pipe_table_is_a_table_on_the_page_and_a_row_a_line_in_the_plain_text(site):
    page = html.parse(str(site / "memo-pipe-table.html")).getroot()
    [table] = page.xpath("//div[@class='table']/table")
    rows = [[cell.text_content() for cell in row] for row in table.xpath("tr")]
    assert rows[0] == ["Goods", "1955", "1956"] and rows[2] == ["Tractors | wheeled", "340", "410"]
    assert [cell.tag for cell in table.xpath("tr[1]/*")] == ["th"] * 3
    assert {cell.tag for cell in table.xpath("tr[position() > 1]/*")} == {"td"}
    text = (site / "memo-pipe-table.txt").read_text(encoding="utf-8")
    assert "\nGoods | 1955 | 1956\nFertiliser (tons) | 12,500 | 14,200\nTractors | wheeled | 340 | 410\n" in text


def test_a_table_in_a_turn_is_set_in_with_the_turn_a_row_a_line(site):
    text = (site / "session-bold-capitals-period.txt").read_text(encoding="utf-8")
    assert "in time. At the depots:\n\n    Depot | Wagons waiting\n    Northern | 42\n    Eastern | 17\n" in text


def test_an_image_of_a_markdown_export_is_a_link_to_it_in_words_and_its_address_in_the_plain_text(site):
    page = html.parse(str(site / "memo-pipe-table.html")).getroot()
    [image] = page.find_class("graphic")
    assert (image.tag, image.get("href"), image.text_content()) == (
        "a", "https://digitalarchive.wilsoncenter.org/test-images/round-stamp.png", "[image: The department's round stamp]")
    assert not page.xpath("//img[contains(@src, 'round-stamp')]")
    text = (site / "memo-pipe-table.txt").read_text(encoding="utf-8")
    # (the address, too long for the line, wraps onto the next)
    assert "\n[image: The department's round stamp\n<https://digitalarchive.wilsoncenter.org/test-images/round-stamp.png>]\n" in text


def test_a_dockets_list_of_copies_stands_above_the_title_in_both_editions(site):
    """The list is in a note at the top (so that the report's kind and subject may be headings), shown
    where it stands as a list, not among the notes after the text."""
    page = html.parse(str(site / "report-hungarian-docket.html")).getroot()
    [note] = page.xpath("//div[@class='note-document'][.//li]")
    assert note.xpath("normalize-space(.//*[@class='head'])") == "Produced in 6 copies for:"
    assert len(note.xpath(".//ul/li")) == 6
    assert page.xpath("//h2[normalize-space() = 'Record'] | //h3[normalize-space() = 'Record']")
    text = (site / "report-hungarian-docket.txt").read_text(encoding="utf-8")
    listed, title = text.index("Produced in 6 copies for:\n\n  - Comrade Testai"), text.index("\nRecord\n")
    assert listed < title < text.index("On July 2")
    assert "NOTES" not in text


def test_an_omission_the_source_marks_by_dots_alone_shows_its_dots_without_brackets(site):
    """'. . . .' alone is the source's omission (a gap): both editions print the dots as the page has them,
    not the brackets of a translator's '[…]', and the page explains it on hover."""
    page = html.parse(str(site / "session-notes-omission-dots.html")).getroot()
    gaps = page.find_class("gap")
    assert [gap.text_content() for gap in gaps] == [". . . .", ". . . ."]
    assert all("row of dots" in gap.get("title") for gap in gaps)
    text = (site / "session-notes-omission-dots.txt").read_text(encoding="utf-8")
    assert "\n. . . .\n" in text and "[. . . .]" not in text


def test_every_archive_a_citation_names_is_shown_and_filters_the_search(site):
    """The further archives (altIdentifier) after the first, in both editions, and each a search filter."""
    page = html.parse(str(site / "citation-three-archives-semicolons.html")).getroot()
    facts = {dt.text_content(): dt.getnext().text_content() for dt in page.xpath("//dl[@class='facts']/dt")}
    assert facts["Archive"].startswith("APRF (Archive of the President of the Russian Federation), Moscow, Fond 45, Opis 1, "
                                       "Delo 995, folios 31-33; AVP RF (Archive of Foreign Policy of the Russian "
                                       "Federation), Moscow, Fond 059a")
    assert facts["Archive"].endswith("; RGASPI (Russian State Archive of Social and Political History), Moscow, "
                                     "Fond 558, Opis 11, Delo 996, folios 0101-0103")
    filters = page.xpath("//div[@class='facets']/span/@data-pagefind-filter")
    assert [value for value in filters if value.startswith("archive:")] == ["archive:APRF", "archive:AVP RF", "archive:RGASPI"]
    text = " ".join((site / "citation-three-archives-semicolons.txt").read_text(encoding="utf-8").split())
    assert "Archive: APRF (Archive of the President of the Russian Federation), Moscow, Fond 45, Opis 1, Delo 995, " \
           "folios 31-33; AVP RF (Archive of Foreign Policy of the Russian Federation), Moscow, Fond 059a, Opis 5a, " \
           "Delo 7, folios 80-82; RGASPI (Russian State Archive of Social and Political History), Moscow, Fond 558" in text


def test_the_file_s_number_as_cited_is_shown_with_its_archive(site):
    """The shelfmark (a file's number in an archive's own form) in the Archive field of both editions."""
    page = html.parse(str(site / "ciphergram-polish-ministry-file-reference.html")).getroot()
    facts = {dt.text_content(): dt.getnext().text_content() for dt in page.xpath("//dl[@class='facts']/dt")}
    assert facts["Archive"] == "MAFA, Warsaw, 6/77, w-102, t-999"
    text = " ".join((site / "ciphergram-polish-ministry-file-reference.txt").read_text(encoding="utf-8").split())
    assert "Archive: MAFA, Warsaw, 6/77, w-102, t-999 " in text


def test_a_disclosure_s_number_is_shown_with_the_archive_named_after_it(site):
    """The number a ministry disclosed the file under, named as such, after the archive in both editions."""
    page = html.parse(str(site / "record-disclosure-number-diplomatic-archives.html")).getroot()
    facts = {dt.text_content(): dt.getnext().text_content() for dt in page.xpath("//dl[@class='facts']/dt")}
    assert facts["Archive"] == "Diplomatic Archives of the Ministry of Foreign Affairs of Probeland, disclosure 2009-417"
    text = " ".join((site / "record-disclosure-number-diplomatic-archives.txt").read_text(encoding="utf-8").split())
    assert "Archive: Diplomatic Archives of the Ministry of Foreign Affairs of Probeland, disclosure 2009-417 " in text


def test_a_named_fond_and_its_file_are_shown_as_units(site):
    """A fond by its name, the file and its pages (an East European archive's units) in the Archive field of both
    editions, as the Russian units are shown."""
    page = html.parse(str(site / "note-file-number-page-range-source.html")).getroot()
    facts = {dt.text_content(): dt.getnext().text_content() for dt in page.xpath("//dl[@class='facts']/dt")}
    assert facts["Archive"] == "Made-up National Archives (MNA), Fond CC of the PTP – Foreign Relations, Delo 77/1966, " \
                               "folios 3-9"
    text = " ".join((site / "note-file-number-page-range-source.txt").read_text(encoding="utf-8").split())
    assert "Archive: Made-up National Archives (MNA), Fond CC of the PTP – Foreign Relations, Delo 77/1966, folios 3-9" \
           in text

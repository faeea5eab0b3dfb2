"""The inline parser on the bracket conventions of archive pages beyond the seeds (issue 16.6): what TEI
each bracket becomes, and that every character is either kept as text or consumed as declared markup."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from plenum.readers import Conversion
from plenum.readers.archive_text import ArchiveTextReader
from plenum.readers.inline import InlineParser, lines_run
from plenum.readers.spans import Span
from plenum.source import Source
from plenum.tei import E, NS

HAND = "#d-hw"


def parse(text: str) -> tuple[etree._Element, Conversion, InlineParser]:
    """`text` as one paragraph of a translation, parsed into a <p>; the markup it consumed checked
    against the archive readers' vocabulary, and every other character found in the <p>."""
    reader = ArchiveTextReader()
    conv = Conversion(Source.from_bytes("page.txt", text.encode("utf-8")), reader)
    parser = InlineParser(conv, "#d-plenum", "#d-translation", hand=HAND)
    p = parser.parse(lines_run(conv, Span(text, 0)), E.p())
    vocabulary = reader.vocabulary()
    for markup in conv.markup:
        assert vocabulary[markup.kind].fullmatch(text[markup.start:markup.end]), markup
    consumed = {i for markup in conv.markup for i in range(markup.start, markup.end)}
    kept = "".join(char for i, char in enumerate(text) if i not in consumed)
    assert kept.split() == text_of(p).split()
    return p, conv, parser


def text_of(element: etree._Element) -> str:
    """The element's text, a line break read as a space; plenum's own remarks are none of the source's."""
    if element.get("resp") == "#d-plenum":
        return ""
    pieces = [" " if element.tag == f"{{{NS['tei']}}}lb" else element.text or ""]
    for child in element:
        pieces += [text_of(child), child.tail or ""]
    return "".join(pieces)


def xml(element: etree._Element) -> str:
    """The element as XML, without the TEI namespace declaration."""
    return re.sub(r' xmlns="[^"]+"', "", etree.tostring(element, encoding="unicode"))


def one(p: etree._Element, path: str) -> etree._Element:
    found = p.findall(path, NS)
    assert len(found) == 1, xml(p)
    return found[0]


@pytest.mark.parametrize("bracket", ["[handwriting: to be filed]", "[in handwriting: to be filed]",
                                     "[Handwriting: to be filed]"])
def test_handwriting_is_an_insertion_in_the_documents_hand(bracket):
    p, _, parser = parse(f"The letter {bracket} arrived.")
    add = one(p, "tei:add")
    assert add.get("hand") == HAND and add.text == "to be filed" and len(add) == 0
    assert parser.hands_used == {HAND}


@pytest.mark.parametrize("bracket, words, place, hand", [
    ("[Margin note: to be filed]", "Margin note", "margin", None),
    ("[Note in the left margin: to be filed]", "Note in the left margin", "margin-left", None),
    ("[Marginalia: to be filed]", "Marginalia", None, None),
    ("[a note by hand: to be filed]", "a note by hand", None, HAND),
    ("[handwritten note in the margin: to be filed]", "handwritten note in the margin", "margin", HAND)])
def test_a_note_in_the_margin_or_by_hand_is_an_insertion_not_words_the_translator_supplied(bracket, words, place, hand):
    """The translator names the note (kept as the translator's words inside the insertion); its place is
    the margin the note's name gives ('in the left margin')."""
    p, _, _ = parse(f"The letter {bracket} arrived.")
    add = one(p, "tei:add")
    assert (add.get("place"), add.get("hand")) == (place, hand)
    assert add[0].text == words and add[0].tail == "to be filed"
    assert p.findall("tei:supplied", NS) == []


@pytest.mark.parametrize("bracket", ["[Handwritten note]", "[handwritten remark in the left margin]",
                                     "[handwritten resolution]"])
def test_a_bracket_naming_what_a_hand_wrote_shifts_to_the_hand_for_the_words_after_it(bracket):
    p, _, parser = parse(f"{bracket}: Comrade Testov’s copy went by courier.")
    assert one(p, "tei:note").text == bracket[1:-1]
    assert one(p, "tei:handShift").get("new") == HAND and p.findall("tei:supplied", NS) == []
    assert parser.hands_used == {HAND}


def test_words_underlined_by_hand_stay_an_underline_not_an_insertion():
    p, _, _ = parse("We have [underlined by hand: no objections] to it.")
    assert p.findall("tei:add", NS) == []
    assert one(p, "tei:hi").get("rend") == "underline"


def test_in_the_handwritten_version_keeps_its_words_as_the_translators_note():
    p, _, _ = parse("It arrived [in the handwritten version: on Tuesday] by post.")
    add = one(p, "tei:add")
    assert add.get("hand") == HAND and add.get("place") is None
    assert add[0].tag == f"{{{NS['tei']}}}note" and add[0].text == "in the handwritten version"
    assert add[0].tail == "on Tuesday"


@pytest.mark.parametrize("bracket, place", [("[handwritten at the bottom:]", "at the bottom"),
                                            ("[handwritten in the left margin:]", "in the left margin"),
                                            ("[handwritten:]", None)])
def test_a_bracket_announcing_handwriting_is_a_change_of_hand_after_the_translators_words(bracket, place):
    p, _, parser = parse(f"{bracket} Send copies to all. K.")
    shift = one(p, "tei:handShift")
    assert shift.get("new") == HAND and parser.hands_used == {HAND}
    assert shift.tail == " Send copies to all. K."
    notes = p.findall("tei:note", NS)
    assert [note.text for note in notes] == ([place] if place else [])
    assert all(note.get("type") == "translator" and note.get("place") == "inline" for note in notes)
    assert p.find("tei:add", NS) is None


def test_an_empty_insertion_not_said_to_be_handwritten_is_no_change_of_hand():
    p, _, _ = parse("[inserted at the bottom:] Send copies.")
    assert p.find("tei:handShift", NS) is None
    assert one(p, "tei:add").get("place") == "bottom"


def test_an_insertion_over_several_lines_holds_its_line_breaks_and_the_translators_supplied_words():
    p, _, _ = parse("[handwritten: agreed with\n[[the]] comrades\non the spot]")
    add = one(p, "tei:add")
    assert add.get("hand") == HAND and add.get("cert") is None
    assert len(add.findall("tei:lb", NS)) == 2
    assert one(add, "tei:supplied").text == "the"
    assert " ".join(text_of(add).split()) == "agreed with the comrades on the spot"


def test_an_insertion_no_bracket_closes_runs_to_the_paragraphs_end_with_low_certainty_and_a_finding():
    p, conv, _ = parse("The end [handwritten: to be returned\nby Friday")
    add = one(p, "tei:add")
    assert add.get("hand") == HAND and add.get("cert") == "low"
    assert " ".join(text_of(add).split()) == "to be returned by Friday"
    assert p.find("tei:surplus", NS) is None
    [finding] = conv.findings
    assert finding.kind == "unclosed-insertion" and finding.source == "src:L1-L2"
    assert "[handwritten:" in finding.message


@pytest.mark.parametrize("text", ["the city [of Kaesong was quiet", "the list [in the appendix: see page 4"])
def test_an_unmatched_bracket_without_a_hand_labels_words_stays_surplus(text):
    p, conv, _ = parse(text)
    assert one(p, "tei:surplus").text == "[" and conv.findings == [] and p.find("tei:add", NS) is None


@pytest.mark.parametrize("bracket, words", [("[stamp]", "stamp"), ("[Stamp]", "Stamp"),
                                            ("[round stamp of the Ministry]", "round stamp of the Ministry"),
                                            ("[seal]", "seal"), ("[seal of the Embassy]", "seal of the Embassy")])
def test_a_stamp_without_text_holds_the_translators_words_for_it(bracket, words):
    p, _, _ = parse(f"{bracket} The enclosed papers follow.")
    stamp = one(p, "tei:stamp")
    assert len(stamp) == 1 and stamp[0].text == words and stamp[0].get("type") == "translator"
    assert stamp[0].tail is None


@pytest.mark.parametrize("word", ["stamped", "sealed"])
def test_a_bracket_merely_containing_stamp_letters_is_supplied(word):
    p, _, _ = parse(f"The papers were [{word}] and sent.")
    assert p.find("tei:stamp", NS) is None and one(p, "tei:supplied").text == word


@pytest.mark.parametrize("bracket, reason, unit", [("[signature]", "signature", None),
                                                   ("[Signature]", "signature", None),
                                                   ("[illegible signature]", "illegible", "signature"),
                                                   ("[signature illegible]", "illegible", "signature"),
                                                   ("[signed]", "signature", None),
                                                   ("[initials]", "signature", None),
                                                   ("[handwritten signature]", "signature", None),
                                                   ("[illegible handwritten signature]", "illegible", "signature")])
def test_a_signature_is_a_gap_keeping_the_brackets_words(bracket, reason, unit):
    p, _, _ = parse(f"A. Gromyko {bracket}")
    gap = one(p, "tei:gap")
    assert (gap.get("reason"), gap.get("unit")) == (reason, unit)
    assert one(gap, "tei:desc").text == bracket[1:-1]


@pytest.mark.parametrize("bracket", ["[sic.]", "[SIC]", "[sic!]", "[ sic ]"])
def test_sic_in_any_of_its_spellings_marks_the_word_before(bracket):
    p, _, _ = parse(f"The deputy answered {bracket} at once.")
    assert one(p, "tei:sic").text == "answered"
    assert "".join(p.itertext()) == "The deputy answered at once."


@pytest.mark.parametrize("word", ["iy", "yu", "ya"])
def test_two_letters_alone_are_words_supplied_not_the_originals(word):
    """A Russian letter group alone ('[iy]', hypothesis drew it inside a hand's bracket) is no word of an original."""
    p, _, _ = parse(f"He said [{word}] it was late.")
    assert one(p, "tei:supplied").text == word and p.find("tei:note", NS) is None


@pytest.mark.parametrize("remark", ["SIC, a caret marks an insertion here", "sic. T.R.", "sic: Testburg"])
def test_sic_with_the_translators_remark_after_it_is_the_translators_note(remark):
    p, _, _ = parse(f"We met Probo Dyk [{remark}], the deputy.")
    note = one(p, "tei:note")
    assert (note.get("type"), note.text) == ("translator", remark)
    assert p.find("tei:supplied", NS) is None


@pytest.mark.parametrize("label", ["trans. note: ", "Trans. Note: ", "Translator's note: ", "Translator’s Note: ",
                                   "translator note:"])
def test_a_translators_note_is_a_note_where_it_stands_its_label_markup(label):
    p, _, _ = parse(f"He went to the [{label}literally: the big house] at noon.")
    note = one(p, "tei:note")
    assert (note.get("type"), note.get("place"), note.get("resp")) == ("translator", "inline", "#d-translation")
    assert note.text == "literally: the big house"


@pytest.mark.parametrize("label", ["translator's note: ", "Trans. note: ", "translation note— "])
def test_a_translators_note_in_parentheses_so_labelled_is_his_note_where_it_stands(label):
    p, _, _ = parse(f"They served kvass ({label}a fermented bread drink) at dinner, and tea (hot).")
    note = one(p, "tei:note")
    assert (note.get("type"), note.get("place"), note.text) == ("translator", "inline", "a fermented bread drink")
    assert note.tail == " at dinner, and tea (hot)."


@pytest.mark.parametrize("placeholder", ["[email protected]", "[email\u00a0protected]"])
def test_the_archives_obfuscated_address_is_a_gap_keeping_the_placeholder(placeholder):
    p, _, _ = parse(f"Write to {placeholder} for copies.")
    gap = one(p, "tei:gap")
    assert gap.get("reason") == "obfuscated" and one(gap, "tei:desc").text == placeholder[1:-1]


@pytest.mark.parametrize("mark", ["[…]", "[...]", "[. . .]", "[ … ]", "[….]", "[....]"])
def test_an_omission_the_translator_marks_is_a_gap_keeping_its_dots(mark):
    """'[…]' is text left out, not words supplied: a gap, its dots kept as its description."""
    p, _, _ = parse(f"The delegation {mark} left on Monday.")
    gap = one(p, "tei:gap")
    assert gap.get("reason") == "omitted" and one(gap, "tei:desc").text == mark[1:-1]
    assert not p.findall(".//tei:supplied", NS)


@pytest.mark.parametrize("words, reason", [
    ("list of participants in the conversation omitted", "omitted"), ("remainder not translated", "omitted"),
    ("two lines redacted", "redacted"), ("excised", "redacted"), ("blacked out", "redacted"),
    ("name blacked out", "redacted"), ("Passage excised by the Testian Foreign Ministry", "redacted"),
    ("Two lines withheld by the archive", "redacted"), ("one paragraph not declassified", "redacted")])
def test_what_was_left_out_said_in_words_is_a_gap_described_by_them(words, reason):
    """What the translator or an editor left out is an omission; what the archive or a censor withheld from the copy
    (blacked out, redacted, excised, not declassified) a redaction: the edition's choice is not the archive's."""
    p, _, _ = parse(f"The delegation of [{words}] left on Monday.")
    gap = one(p, "tei:gap")
    assert gap.get("reason") == reason and one(gap, "tei:desc").text == words
    assert not p.findall(".//tei:supplied", NS)


@pytest.mark.parametrize("text, words", [
    ("He was born [MM/DD REDACTED] 1932 in Testburg.", "MM/DD REDACTED"),
    ("Summary of (redacted)'s debrief on Probeland.", "redacted"),
    ("Our group (name withheld) was met by Kim.", "name withheld"),
    ("Our group (REDACTED) was met by Kim.", "REDACTED")])
def test_a_redaction_naming_a_dates_parts_or_in_parentheses_is_a_gap(text, words):
    """'[MM/DD REDACTED]' (the parts of a date named) and '(redacted)' (the copy's parentheses, its marks) are the
    archive's redactions, as '[NAME REDACTED]' is: no words the translator supplied, no text of the document."""
    p, _, _ = parse(text)
    gap = one(p, "tei:gap")
    assert gap.get("reason") == "redacted" and one(gap, "tei:desc").text == words
    assert not p.findall(".//tei:supplied", NS) and "(" not in text_of(p)


@pytest.mark.parametrize("text", ["The text (as redacted in 1990) was printed.", "The copy (redactions) is poor."])
def test_a_parenthesis_that_is_more_than_a_redaction_stays_text(text):
    p, _, _ = parse(text)
    assert not p.findall(".//tei:gap", NS) and text_of(p) == text


@pytest.mark.parametrize("mark", ["[…]", "[...]", "[. . .]", "[ … ]"])
def test_an_omission_alone_at_a_texts_end_is_no_closing_line(mark):
    """The readers' closer rule reads an omission as the brackets do: text left out, not a bracketed
    remark closing the document (they disagreed on '[. . .]')."""
    from plenum.readers.closers import closing_line
    assert not closing_line(mark) and closing_line("[signature]")


@pytest.mark.parametrize("text, encoded", [
    ("[illegible]", '<gap reason="illegible"><desc>illegible</desc></gap>'),
    ("[Inserted: With respect to]", "<add>With respect to</add>"),
    ("[Anastas]", '<supplied reason="omitted-in-original" resp="#d-translation">Anastas</supplied>'),
    ("[agitprom - SIC]", '<note type="translator" place="inline">agitprom - SIC</note>'),
])
def test_the_seeds_brackets_keep_their_encoding(text, encoded):
    p, _, _ = parse(text)
    assert xml(p) == f"<p>{encoded}</p>"


# A bracketed name after a name, and what it is: another romanisation of it (the translator's note; the systems write
# some first sounds with other letters, 'Baek' and 'Paek', 'Jo' and 'Cho'), or a name's missing part or a name unlike
# the one before it (supplied).
BRACKETED_NAMES = {
    "Vice Minister Ri Dong-geon [Ri Tong Gon] told us.": ("note", "Ri Tong Gon"),
    "the delegation of Kim Seok-hyeong [Kim Sok-hyong] arrived.": ("note", "Kim Sok-hyong"),
    "the chairman Baek Sam-un [Paek Sam Un] arrived.": ("note", "Paek Sam Un"),
    "and Jo Sam-pil [Cho Sam Pil] wrote.": ("note", "Cho Sam Pil"),
    "minister Gim Dong-il [Kim Tong Il] replied.": ("note", "Kim Tong Il"),
    "Comrade Testov [Ivan Probin] spoke.": ("supplied", "Ivan Probin"),
    "the deputy minister Kim [Gwan] left.": ("supplied", "Gwan"),
    "and Premier Chu [Zhu] laughed.": ("note", "Zhu"),                 # (one word: Wade-Giles and pinyin)
    "Vice Premier Teng [Deng] arrived.": ("note", "Deng"),
    "raided the guards at Probetown [Probeton], as before.": ("note", "Probeton"),   # (one word spelt otherwise)
    "and Comrade Testarov [Testov] spoke.": ("supplied", "Testov"),               # (another name)
    "a TESTPLAN [Probian State Planning Office] group came.": ("note", "Probian State Planning Office"),  # (capitals)
    "Comrade Mao [Zedong] spoke.": ("supplied", "Zedong"),
    "Comrade Kim [Il Sung] spoke.": ("supplied", "Il Sung"),
    "the Ministry of Foreign Affairs [Foreign Ministry] replied.": ("supplied", "Foreign Ministry"),
    "[Anastas Ivanovich] Mikoyan arrived.": ("supplied", "Anastas Ivanovich"),
}


@pytest.mark.parametrize("text", BRACKETED_NAMES)
def test_a_bracketed_name_is_another_romanisation_of_the_name_before_it_or_a_missing_part(text):
    p, _, _ = parse(text)
    found = [(etree.QName(child).localname, child.text) for child in p if etree.QName(child).localname in ("note", "supplied")]
    assert found == [BRACKETED_NAMES[text]]


def test_a_copy_note_is_a_line_not_a_text_that_mentions_copies():
    """'Five copies printed' closes a document; a paragraph that speaks of printed copies does not
    (a page's whole text, read as one paragraph, had been taken for a copy note)."""
    from plenum.readers.closers import closing_line
    prose = ("I visited the printing works, where the manager showed me the new presses. Two thousand copies "
             "of the brochure were printed there last week, and the rest will follow before the congress opens, "
             "so that every delegation receives its own in time.")
    assert closing_line("Five copies printed") and closing_line("Typed in 3 copies") and not closing_line(prose)


def test_a_copy_note_with_the_typists_initials_and_ordinals_to_where_the_copies_went_close_a_text():
    """'2 copies mp' is a copy note with the typist's initials; '1st to the addressee', '2nd to file' say where each
    copy went, with no dash; a copy note ending on a word of a sentence ('Two copies to') is none."""
    from plenum.readers.block_patterns import DISTRIBUTION
    from plenum.readers.closers import closing_line
    assert closing_line("2 copies mp") and not closing_line("Two copies to")
    assert DISTRIBUTION.fullmatch("1st to the addressee") and DISTRIBUTION.fullmatch("2nd to file")
    assert not DISTRIBUTION.fullmatch("1st of May")


def test_a_covering_documents_list_of_what_it_attaches_and_its_year_close_it():
    """'Attached:' over its numbered items, the year alone and the distribution under them close a covering
    document, the year its date; numbered lines with no such heading above are its text, and so is a year alone
    with no closing line under it."""
    from plenum.readers.closers import _Line, mark_closers
    text = "If you agree, please clear the attached draft reply."
    lines = [_Line(line) for line in (text, "Attached:", "1. Letter from the Samplia Chess Union", "2. Draft reply",
                                      "1965", "Distribution: State Council, Ministry of Foreign Affairs")]
    mark_closers(lines, None)
    assert [line.kind for line in lines] == ["p", "closer", "closer", "closer", "closer-dateline", "closer"]
    lines = [_Line(line) for line in (text, "1. Letter from the Samplia Chess Union", "2. Draft reply", "1965")]
    mark_closers(lines, None)
    assert [line.kind for line in lines] == ["p"] * 4


def test_a_file_number_alone_under_a_journals_distribution_closes_it():
    """The number a record was filed under, alone last ('412-V'), is a closing line under the distribution and the
    dated signature; under the text's last sentence it stays the text's."""
    from plenum.readers.closers import _Line, mark_closers
    text = "I told him that the note was being studied."
    lines = [_Line(line) for line in (text, "3 April 1953 [signature]", "Distributed to", "Cdes. Testorin", "Probalin",
                                      "412-V")]
    mark_closers(lines, None)
    assert [line.kind for line in lines] == ["p", "closer-signed"] + ["closer"] * 4
    lines = [_Line(line) for line in (text, "412-V")]
    mark_closers(lines, None)
    assert [line.kind for line in lines] == ["p", "p"]


def test_a_stamps_date_and_incoming_number_under_it_are_the_stamps_lines():
    """'[Stamp:] …' over its date and incoming number a line each: the stamp's lines, no closer; the closing lines
    above the stamp are still read (the file's number alone over it too)."""
    from plenum.readers.closers import _Line, mark_closers
    lines = [_Line(line) for line in ("The conversation lasted ten minutes.", "Distributed to", "Cdes. Testorin",
                                      "412-V", "[Stamp:] Secretariat of P. Testarin", "21 May 1952",
                                      "Incoming Nº M-6843s")]
    mark_closers(lines, None)
    assert [line.kind for line in lines] == ["p", "closer", "closer", "closer", "p", "closer-stamp", "closer-stamp"]


def test_the_number_a_paper_answers_after_a_transliterated_k_closes_it():
    """'k # 25-C-517' (the Russian 'к №', to No.) under a post and a date with its day quoted is a closing line, as
    'to Nº 419/OP' is; 'k' alone before figures is not."""
    from plenum.readers.closers import _Line, closing_line, mark_closers
    assert closing_line("k # 25-C-517") and closing_line("K Nº 12/3") and not closing_line("k 25")
    lines = [_Line("Herewith the plan."), _Line("Head of the sector of the International Department of CC CPSU"),
             _Line('"14" April 1983'), _Line("k # 31-C-208")]
    mark_closers(lines, None)
    assert [line.kind for line in lines] == ["p", "closer-signed", "closer-dateline", "closer"]


def test_the_signatures_mark_in_slashes_alone_over_the_typed_name_closes_the_text():
    """'/Signature/' alone, the typed name and the date under it: one closer, the mark and name signed; the mark
    inside a sentence is still text."""
    from plenum.readers.closers import _Line, closing_line, mark_closers
    lines = [_Line("I am sending you four copies."), _Line("/Signature/"), _Line("(O. Testarenko)"), _Line("9 March 1962")]
    mark_closers(lines, None)
    assert [line.kind for line in lines] == ["p", "closer-signed", "closer-signed", "closer-dateline"]
    assert closing_line("/Signature/") and not closing_line("He wrote /signature/s in the margin of the draft.")


@pytest.mark.parametrize("text, encoded", [
    ("the [crossed out: old] terms", 'the <del rend="strikethrough">old</del> terms'),
    ("the [Struck out: old] terms", 'the <del rend="strikethrough">old</del> terms'),
    ("the [deleted: old] terms", 'the <del rend="strikethrough">old</del> terms'),
    ("the [crossed out by hand: old] terms", 'the <del rend="strikethrough" hand="#d-hw"><note type="translator" '
                                             'place="inline">by hand</note>old</del> terms'),
    ('[This portion of the text is crossed out: "a trip"]', '<del rend="strikethrough"><note type="translator" '
                                                           'place="inline">This portion of the text is</note>"a trip"</del>'),
    ("the [The following was deleted: old] terms", 'the <del rend="strikethrough"><note type="translator" '
                                                   'place="inline">The following was</note>old</del> terms'),
    ("over [two lines crossed out].", 'over <del rend="strikethrough"><gap reason="cancelled"><desc>two lines '
                                      'crossed out</desc></gap></del>.'),
    ("the [crossed out: will arrive] [handwritten: arrived] goods", 'the <subst><del rend="strikethrough">will '
                                                                    'arrive</del><add hand="#d-hw">arrived</add>'
                                                                    '</subst> goods'),
    ("we have [underlined: no objections]", 'we have <hi rend="underline">no objections</hi>'),
    ("terms apply [added by hand: from June].", 'terms apply <add hand="#d-hw">from June</add>.'),
])
def test_struck_and_underlined_words_are_deletions_substitutions_and_underlining(text, encoded):
    """A translator's words for what a hand or a typist struck or underlined become del, subst and hi:
    they were supplied words (the words 'crossed out' printed as if the translator had added them)."""
    p, _, _ = parse(text)
    assert xml(p) == f"<p>{encoded}</p>"


def test_a_deletion_apart_from_an_insertion_is_no_substitution():
    """Only the spaces between them make a deletion and the insertion after it one substitution."""
    p, _, _ = parse("the [crossed out: old] and [handwritten: new] terms")
    assert p.find("tei:subst", NS) is None and one(p, "tei:del").text == "old"


@pytest.mark.parametrize("text, encoded", [
    ("the [page 2 missing] plan", 'the <gap reason="missing"><desc>page 2 missing</desc></gap> plan'),
    ("agreed. [pages missing-ed.]", 'agreed. <gap reason="missing"><desc>pages missing-ed.</desc></gap>'),
    ("the good [omission in the source text] steady",
     'the good <gap reason="missing"><desc>omission in the source text</desc></gap> steady'),
    ("the [word unclear — Ed.] plan", 'the <gap reason="illegible"><desc>word unclear — Ed.</desc></gap> plan'),
    ("the [two words unclear] plan", 'the <gap reason="illegible"><desc>two words unclear</desc></gap> plan'),
    ("sent on [date not given].", 'sent on <note type="translator" place="inline">date not given</note>.'),
    ("[End of document]", '<note type="translator" place="inline">End of document</note>'),
    ("forty tons [?] arrived", 'forty tons <note type="translator" place="inline">?</note> arrived'),
    ("Copy Nº [left blank]", 'Copy Nº <space><desc>left blank</desc></space>'),
    ("[date left blank] April", '<space><desc>date left blank</desc></space> April'),
    ("[two tables follow which duplicate those of the previous memo]",
     '<note type="translator" place="inline">two tables follow which duplicate those of the previous memo</note>'),
    ("held [Editor's note: in Moscow] then", 'held <note type="editorial" place="inline">Editor\'s note: in Moscow</note> then'),
    ("the plan [NKIDP note: the Five-Year Plan]", 'the plan <note type="editorial" place="inline">NKIDP note: the Five-Year '
                                                 'Plan</note>'),
    ("[SOURCE: Probe Thought, a Student Publication.]", '<note type="editorial" place="inline">SOURCE: Probe Thought, '
                                                        'a Student Publication.</note>'),
    ("held [Translator's comment: in Moscow]", 'held <note type="translator" place="inline">Translator\'s comment: in '
                                               'Moscow</note>'),
    ("what did they do [?] For they", 'what did they do <supplied reason="omitted-in-original" resp="#d-translation">'
                                      '?</supplied> For they'),
    ("the obkom [provincial party committee--trans.] met", 'the obkom <note type="translator" place="inline">'
                                                         'provincial party committee--trans.</note> met'),
    ("He said [in English]: no.", 'He said <note type="translator" place="inline">in English</note>: no.'),
    ("Comrade Vlad [Testov's wartime pseudonym] spoke", 'Comrade Vlad <note type="translator" place="inline">Testov\'s '
                                                        'wartime pseudonym</note> spoke'),
    ("talks [in Moscow] began", 'talks <supplied reason="omitted-in-original" resp="#d-translation">in Moscow</supplied>'
                                ' began'),
])
def test_a_translators_words_on_missing_text_are_gaps_and_remarks(text, encoded):
    """What the source lacks or the translator could not read is a gap, a remark on the text a note of
    the translator: none of these are words the translator supplied."""
    p, _, _ = parse(text)
    assert xml(p) == f"<p>{encoded}</p>"


def test_a_hand_label_alone_that_no_bracket_closes_is_a_change_of_hand():
    """'[handwritten:' alone in its paragraph, the hand's lines in the paragraphs below and no closing
    bracket: what follows is in the hand (a handShift), flagged for review; nothing is left as a stray
    bracket."""
    p, conv, _ = parse("[handwritten:")
    assert one(p, "tei:handShift").get("new") == HAND and p.find("tei:surplus", NS) is None
    assert [finding.kind for finding in conv.findings] == ["unclosed-insertion"]


@pytest.mark.parametrize("text", ["Approved", "Agreed", "Correct", "Верно"])
def test_a_word_of_approval_alone_last_is_no_signature(text):
    """A surname alone under a text is its signature ('Testov'); a word of approval is not ('Approved')."""
    from plenum.readers.signers import signer_kind
    assert signer_kind(text, None, "") is None and signer_kind("Testov", None, "") == "closer-signed"


@pytest.mark.parametrize("text", ["AMBASSADOR:", "First Secretary:", "Prepared by: [signature]"])
def test_a_signers_label_and_its_colon_over_his_name_is_the_signatures(text):
    """The signer's post and its colon, in capitals too, or who prepared the text and the signature's bracket, over
    the name ('AMBASSADOR:' / '(I. Probanski)'): a line of the signature; last, or as a turn's words, none."""
    from plenum.readers.signers import signer_kind
    assert signer_kind(text, "closer-signed", "(I. Probanski)") == "closer-signed"
    assert signer_kind(text, None, "") is None and signer_kind("Premier Testov: The Probeland", "closer-signed") is None


def test_a_figure_in_double_brackets_is_a_supplied_figure_not_a_note_mark():
    """'2[[7]] June': the translator's reading of a faded figure in a stamp's bracket, a word of the date, not
    the mark of a note the page lacks (the date read '2 June')."""
    p, _, _ = parse("[stamp: 13 June 1960 2[[7]] June 1960]")
    assert "".join(p.itertext()).endswith("13 June 1960 27 June 1960") and not p.xpath(".//tei:note[@n]", namespaces=NS)


@pytest.mark.parametrize("text", ["The harbour question was read with care.[1] It remains open.",
                                  "The letter[2] came late."])
def test_a_note_mark_whose_note_the_page_lacks_is_plenums_note_not_a_supplied_figure(text):
    """'…with care.[1]' where the page (a capture cut before its notes) gives no note 1: the mark's place,
    plenum's editorial note saying so; the figure is no word the translator supplied."""
    p, _, _ = parse(text)
    note = one(p, "tei:note")
    assert note.get("type") == "editorial" and note.get("n") in ("1", "2") and "gives no note text" in note.text
    assert not p.findall(".//tei:supplied", NS)


@pytest.mark.parametrize("text", ["In 195[7] the harbour was rebuilt.", "The delegation of [2] came."])
def test_a_figure_in_brackets_inside_a_number_or_after_a_space_stays_supplied(text):
    p, _, _ = parse(text)
    assert p.findall(".//tei:supplied", NS) and not p.findall(".//tei:note", NS)


@pytest.mark.parametrize("text, words", [
    ("the offensive [nastuplenie] began", "nastuplenie"), ("they were scolded [rugali] again", "rugali"),
    ("the question is not ripe [ne sozrel] yet", "ne sozrel"),
])
def test_a_russian_word_of_the_original_in_latin_letters_is_the_translators_note(text, words):
    """A noun in '-enie', a past tense in '-ali', Russian's 'ne' before a word: words of the original after their
    translation, the translator's note, never words supplied."""
    p, _, _ = parse(text)
    assert [(etree.QName(child).localname, child.text) for child in p] == [("note", words)]


@pytest.mark.parametrize("text, words", [
    ("The letter of s. [comrade] Lubor Testral came.", "comrade"),
    ("Major-Gen. Probko [phonetic spelling] arrived.", "phonetic spelling"),
])
def test_a_title_abbreviated_in_the_original_and_a_remark_on_a_spelling_are_the_translators_notes(text, words):
    """'s. [comrade]': a title the original abbreviates in its own language, written out in English; '[phonetic
    spelling]': a remark on the name before it. Neither is words the original left out."""
    p, _, _ = parse(text)
    assert [(etree.QName(child).localname, child.text) for child in p] == [("note", words)]


@pytest.mark.parametrize("text, words", [
    ("A delegation of the Central Committee [KB] came.", "KB"),
    ("the Ministry of National Defense [MNO] and others", "MNO"),
    ("the Central Committee of the Party [ÚV KSČ] met", "ÚV KSČ"),
    ("the Plenum of the Central Committee of the Probish Communist Party [CC of the PCP], held", "CC of the PCP"),
    ("the League of Communists of Samplia (LCS) [Samplia Kommunistáinak Szövetsége, SKSZ] is", "Samplia Kommunistáinak "
                                                                                               "Szövetsége, SKSZ"),
])
def test_an_institutions_initials_or_name_in_the_original_after_its_english_name_are_the_translators_note(text, words):
    """'Central Committee [KB]': the original's initials (or its name and initials) after the institution's name in
    English, the translator's gloss, never words the sentence needs."""
    p, _, _ = parse(text)
    assert [(etree.QName(child).localname, child.text) for child in p] == [("note", words)]


@pytest.mark.parametrize("text, words", [
    ("Participating: T. Testov [Bu], A. Probny and J. Samplar [Cz], A. Testygin [USSR].", ["Bu", "Cz", "USSR"]),
    ("Present: Cde. Gh. Probescu [Ro], W. Examler [GDR]", ["Ro", "GDR"]),
    ("Delegates: Probe [MfS] and Testmann [SED].", ["MfS", "SED"]),
])
def test_the_tags_of_whom_the_names_of_a_list_came_for_are_the_translators_notes(text, words):
    """'T. Testov [Bu], A. Probny [Cz]': a country's or party's tag after each delegation's names, two or more in a
    line, the translator's note on whom they came for, never words supplied."""
    p, _, _ = parse(text)
    assert [note.text for note in p.findall("tei:note", NS)] == words and p.find("tei:supplied", NS) is None


@pytest.mark.parametrize("text, words", [
    ("I was sent to accompany [Samplestan leader] com. Van Test to a school.", "Samplestan leader"),
    ("Then [secretary of the PWP CC] Comrade Próbai remarked that", "secretary of the PWP CC"),
    ("between [Chairman of the Ministerial Council] Comrade Mehmet Testu and", "Chairman of the Ministerial Council"),
    ("a letter to [Politburo Members] Comrade Walter Samplicht", "Politburo Members"),
    ("which we sent to [PCU CC Secretary] Comrade [Ivan Petrovich] Testov.", "PCU CC Secretary"),
    ("[Foreign Minister] Probyko was also present.", "Foreign Minister"),
    ("a talk with [Testish Prime Minister] Macsample, and", "Testish Prime Minister"),
])
def test_the_post_of_the_titled_person_after_a_bracket_is_the_translators_note(text, words):
    """'[Samplestan leader] com. Van Test': who the person is, said before his title and name, the translator's note;
    the sentence lacks no word there."""
    p, _, _ = parse(text)
    assert one(p, "tei:note").text == words and words not in [supplied.text for supplied in p.iter(f"{{{NS['tei']}}}supplied")]


@pytest.mark.parametrize("text, words", [
    ("Comrade [Deputy Premier] Kim came.", "Deputy Premier"), ("He met [the] Comrade Minister.", "the"),
    ("He spoke to [the head of the section] about it.", "the head of the section"),
    ("the letter of [Deputy] Minister Testov", "Deputy"), ("we sent [Head of Planning Ivan] Testkin", "Head of Planning Ivan"),
])
def test_a_post_no_titled_name_follows_stays_supplied(text, words):
    p, _, _ = parse(text)
    assert one(p, "tei:supplied").text == words and p.find("tei:note", NS) is None


@pytest.mark.parametrize("text, words", [
    ("They went to Korea [North] by train.", "North"), ("Delegates: T. Testov [Bu], A. Probny.", "Bu"),
    ("L. Probnev and A. Testygin [USSR] spoke.", "USSR"), ("The Minister gave [me] the file.", "me"),
    ("Comrade [Zoltán] Próbás came.", "Zoltán"), ("The Central Committee [of the PCP] met.", "of the PCP"),
])
def test_a_word_after_a_name_that_is_no_institutions_initials_stays_supplied(text, words):
    p, _, _ = parse(text)
    assert one(p, "tei:supplied").text == words and p.find("tei:note", NS) is None


@pytest.mark.parametrize("text, place", [
    ("[Handwritten at the bottom of page one] Not reviewed by A.P. Testov", "bottom"),
    ("[handwritten in the left margin:] To the file", "margin-left"),
    ("[handwriting] No. 2421/55", "top"), ("[stamp and handwriting] Cabinet No. 2114/55", "top"),
])
def test_a_hands_note_at_the_head_stands_where_its_bracket_says(text, place):
    """A hand's note above the text stands at the top, where it is found, unless the bracket opening it names its
    place as an insertion's description does ('[Handwritten at the bottom of page one]')."""
    from plenum.readers.bracket_blocks import minute_place
    assert minute_place(text) == place


@pytest.mark.parametrize("bracket, words, place", [
    ("[Handwritten notations: to file]", "Handwritten notations", None),
    ("[handwriting partly off the page: to file]", "handwriting partly off the page", None),
    ("[handwritten below the line: to file]", "below the line", "below"),
    ("[handwritten in red ink: to file]", "in red ink", None)])
def test_a_hand_label_whose_words_qualify_the_fixed_ones_is_the_translators_note_whole(bracket, words, place):
    """'[Handwritten notations: …': the words after the fixed ones qualify them, the whole label is the translator's
    note in the insertion; words saying where or how the hand wrote ('below the line') are the note alone."""
    p, _, _ = parse(f"The letter {bracket} arrived.")
    add = one(p, "tei:add")
    assert (add.get("hand"), add.get("place")) == (HAND, place)
    assert add[0].text == words and add[0].tail == "to file"


@pytest.mark.parametrize("bracket", ["[sic; translator's note: unable to confirm the spelling of the name]",
                                     "[sic, translator's note: unable to confirm the spelling of the name]",
                                     "[SIC; Trans. note: unable to confirm the spelling of the name]"])
def test_sic_with_the_translators_labelled_note_marks_the_word_and_keeps_the_note(bracket):
    """'Probo Dyk [sic; translator's note: …]': the word before is the source's reading, and the translator's note
    after it stands where the bracket stands; 'sic' and the note's label are markup."""
    p, _, _ = parse(f"We met Probo Dyk {bracket}, the deputy.")
    assert [(etree.QName(child).localname, child.text) for child in p] == [
        ("sic", "Dyk"), ("note", "unable to confirm the spelling of the name")]
    assert (p[1].get("type"), p[1].get("resp")) == ("translator", "#d-translation")


@pytest.mark.parametrize("text, sic, corr", [
    ("at the invitation of Marshal Ya. R. [sic, R. Ya. is correct] Testovsky.", "Ya. R.", "R. Ya."),
    ("the delegation of Probov [sic, Probnov is correct] came.", "Probov", "Probnov"),
    ("on the 4th [SIC, the 10th is right] of May", "4th", "the 10th")])
def test_sic_with_the_correct_reading_is_a_choice_of_sic_and_the_correction(text, sic, corr):
    """'Ya. R. [sic, R. Ya. is correct]': the correction as '[sic, should be …]' gives it; the sic holds the words
    the correction gives in another order, else the word before."""
    p, _, _ = parse(text)
    choice = one(p, "tei:choice")
    assert (one(choice, "tei:sic").text, one(choice, "tei:corr").text) == (sic, corr)
    assert not p.findall(".//tei:note", NS)


@pytest.mark.parametrize("lines, kinds", [
    (["(stamped confidential)", "MEETING BETWEEN THE ROWING FEDERATIONS – Samplestadt, 9th March 1988", "_________"],
     ["stamp", "head", "docket"]),
    (["(stamped confidential)", "The chairman opened the meeting. He welcomed the delegations."], [])])
def test_a_described_stamp_over_the_title_and_its_rule_in_one_paragraph_is_read_line_by_line(lines, kinds):
    """'(stamped confidential)' / the title in capitals / a typed rule, one paragraph: the stamp's forme work, the
    heading and the letterhead's rule (they had been one heading); over sentences, no head's lines."""
    from plenum.readers.bracket_blocks import stamp_lines

    assert stamp_lines(lines) == kinds


@pytest.mark.parametrize("text, kept", [
    ("Mr. Examo Ken*[2]*, and Probin", "Mr. Examo Ken, and Probin"),
    ("from Mr. Sampo Ichi*[2]** the office", "from Mr. Sampo Ichi the office"),
    ("THE FERRIES LATER *[2]", "THE FERRIES LATER ")])
def test_the_asterisks_around_a_notes_figure_are_part_of_its_mark(text, kept):
    """'Examo Ken*[2]*,': the asterisks a capture left of the figure's superscript are markup with it, the note
    where the figure stands; none stays text beside it."""
    reader = ArchiveTextReader()
    conv = Conversion(Source.from_bytes("page.txt", text.encode("utf-8")), reader)
    parser = InlineParser(conv, "#d-plenum", note=lambda mark: E.note({"n": "2"}) if mark == "[2]" else None)
    parser.expect_plain_marks()
    p = parser.parse(lines_run(conv, Span(text, 0)), E.p())
    assert [child.get("n") for child in p] == ["2"] and p.text + (p[0].tail or "") == kept
    vocabulary = reader.vocabulary()
    assert all(vocabulary[markup.kind].fullmatch(text[markup.start:markup.end]) for markup in conv.markup)

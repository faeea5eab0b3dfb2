"""Dates a document contradicts itself on are kept as written, marked uncertain and flagged."""

from __future__ import annotations

import pytest
from lxml import etree

from plenum.readers import Document, Finding
from plenum.readers.citation import cited_date, heading_dating, iso_date
from plenum.readers.written_dates import hour_first, is_dateline, time_range, written_when
from plenum.tei import TEI_NS
from plenum.transforms.date_checks import CheckDates
from plenum.transforms.entry_years import DateEntries


class Findings:
    """What a transform flags (the part of a Conversion it uses)."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def flag(self, document: str, kind: str, message: str, source: str = "") -> None:
        self.findings.append(Finding(document, kind, message, source))


def record(dateline: str, when: str, heading: str, header: str) -> Document:
    """A record with a header date, a Russian dateline and an English heading."""
    xml = f"""<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><sourceDesc>
      <bibl type="heading"><date when="{header}" source="src:L2">the page's date</date></bibl></sourceDesc></fileDesc>
      <profileDesc><creation><date when="{header}">the page's date</date></creation></profileDesc></teiHeader>
      <text><group><text type="original"><body><div><p source="src:L9">Текст</p>
        <dateline source="src:L10"><date when="{when}">{dateline}</date></dateline></div></body></text>
      <text type="translation"><body><div><head source="src:L20">{heading}</head><p>Text</p></div></body></text>
      </group></text></TEI>"""
    return Document("record", etree.ElementTree(etree.fromstring(xml)))


def dates(document: Document) -> list[tuple[str, str | None]]:
    return [(date.get("when"), date.get("cert")) for date in document.root.iter(f"{{{TEI_NS}}}date")]


def test_a_dateline_a_year_off_and_a_header_the_texts_disagree_with_are_flagged():
    document, conv = record("3 мая 1958г.", "1958-05-03", "Talks with the delegation, 3 May 1957", "1957-05-04"), Findings()
    CheckDates().apply(document, conv)
    assert dates(document) == [("1957-05-04", None), ("1957-05-04", "low"), ("1958-05-03", "low")]
    [year, header] = conv.findings
    assert "'3 мая 1958г.' gives the year 1958" in year.message and year.source == "src:L10"
    assert "its texts date it 1957-05-03" in header.message and header.source == "src:L2"


def test_dates_that_agree_are_left_alone():
    document, conv = record("3 мая 1957г.", "1957-05-03", "Talks with the delegation, 3 May 1957", "1957-05-03"), Findings()
    CheckDates().apply(document, conv)
    assert dates(document) == [("1957-05-03", None)] * 3 and not conv.findings


def test_a_dateline_at_an_hour_of_the_header_s_day_agrees_with_it():
    """A cable's '10:00, 2 November 1956' dates it at an hour of the header's day: no disagreement."""
    document, conv = record("10:00, 2 ноября 1956г.", "1956-11-02T10:00:00", "Cable from the embassy", "1956-11-02"), Findings()
    CheckDates().apply(document, conv)
    assert [cert for _, cert in dates(document)] == [None] * 3 and not conv.findings


def test_figures_read_day_first_are_read_month_first_where_so_they_give_the_header_s_day():
    """'9. 4. 1963' under a page dated 4 September 1963 (the translator kept an American order): month first,
    @cert medium and flagged; where neither reading is the header's day, or the figures cannot be swapped, as read."""
    document, conv = record("9. 4. 1963", "1963-04-09", "Notes on a conversation", "1963-09-04"), Findings()
    CheckDates().apply(document, conv)
    assert dates(document)[2] == ("1963-09-04", "medium")
    assert [finding.message for finding in conv.findings] == [
        "'9. 4. 1963' read month first, 1963-09-04, as the header dates the document (day first it would be another day)"]
    for dateline, when, header in (("9. 4. 1963", "1963-04-09", "1963-09-05"), ("13.4.1963", "1963-04-13", "1963-04-13"),
                                   ("5 April 1963", "1963-04-05", "1963-05-04")):
        document = record(dateline, when, "Notes", header)
        CheckDates().apply(document, Findings())
        assert dates(document)[2][0] == when


def test_figures_with_a_two_figure_year_left_undated_take_the_reading_that_is_the_header_s_day():
    """'10.04.63 at 11:10' (both figures twelve or less, the year of two: the readers leave it undated) under a page
    dated 4 October 1963: month first, at its hour, @cert medium and flagged; under another day, undated still."""
    for header, expected in (("1963-10-04", ("1963-10-04T11:10:00", "medium")), ("1963-04-10", ("1963-04-10T11:10:00", "medium")),
                             ("1963-10-05", (None, None))):
        document, conv = record("10.04.63 at 11:10", "", "Telegram", header), Findings()
        dateline = document.root.find(f".//{{{TEI_NS}}}dateline/{{{TEI_NS}}}date")
        del dateline.attrib["when"]
        CheckDates().apply(document, conv)
        assert (dateline.get("when"), dateline.get("cert")) == expected
        assert len(conv.findings) == (expected[0] is not None)


def test_a_heading_s_days_with_a_dash_are_a_period_the_header_s_day_agrees_with():
    """'(Probegrad, 11-12 July 1967)' under a title, the page dated the first day: the heading gives the period, not
    its last day against the header; the first day is the text's own."""
    document, conv = record("без даты", "1967", "Minutes of a conference (Probegrad, 11-12 July 1967)", "1967-07-11"), Findings()
    CheckDates().apply(document, conv)
    assert (dates(document)[1], header_evidence(document)) == (("1967-07-11", None), "internal") and not conv.findings


def test_figures_with_slashes_left_undated_take_the_reading_that_is_the_header_s_day():
    """'2/4/1981' (both figures twelve or less: the readers leave it undated) under a page of 4 February 1981: month
    first, @cert medium and flagged; under a page of another year, undated still."""
    for header, expected in (("1981-02-04", ("1981-02-04", "medium")), ("1981-04-02", ("1981-04-02", "medium")),
                             ("1982-02-04", (None, None))):
        document, conv = record("2/4/1981", "", "Cable received", header), Findings()
        dateline = document.root.find(f".//{{{TEI_NS}}}dateline/{{{TEI_NS}}}date")
        del dateline.attrib["when"]
        CheckDates().apply(document, conv)
        assert (dateline.get("when"), dateline.get("cert")) == expected
    # a form's hour after it, spaces round its colon ('Arrived: 9/2/64 3 : 00 pm'), at that hour
    document = record("9/2/64 3 : 00 pm", "", "Telegram", "1964-09-02")
    dateline = document.root.find(f".//{{{TEI_NS}}}dateline/{{{TEI_NS}}}date")
    del dateline.attrib["when"]
    CheckDates().apply(document, Findings())
    assert dateline.get("when") == "1964-09-02T15:00:00"


def test_a_remark_in_parentheses_after_the_date_is_the_dateline_s():
    """'5 May 1960 (partially illegible)': what the translator says of the line, outside the date."""
    assert is_dateline("5 May 1960 (partially illegible)") and is_dateline("5 May 1960 [place not provided]")
    assert not is_dateline("5 May 1960 (a Thursday of rain)")


def header_evidence(document: Document) -> str | None:
    return document.root.find(f".//{{{TEI_NS}}}creation/{{{TEI_NS}}}date").get("evidence")


def test_the_header_date_says_whether_the_text_itself_gives_it():
    agreeing = record("3 мая 1957г.", "1957-05-03", "Talks with the delegation, 3 May 1957", "1957-05-03")
    CheckDates().apply(agreeing, Findings())
    assert header_evidence(agreeing) == "internal"
    # a heading that gives the day without its year is evidence too
    yearless = record("без даты", "1957", "Talks with the delegation on 3 May", "1957-05-03")
    CheckDates().apply(yearless, Findings())
    assert header_evidence(yearless) == "internal"
    # only the archive page's heading gives the day the header states
    contradicted = record("3 мая 1958г.", "1958-05-03", "Talks with the delegation, 3 May 1957", "1957-05-04")
    CheckDates().apply(contradicted, Findings())
    assert header_evidence(contradicted) == "external"


def test_a_dateline_s_date_as_read_is_evidence_but_not_one_read_month_first_to_agree():
    """A dateline whose words are more than its date, or in figures ('28.8.62'), gives the day the readers read there;
    figures read month first because so they give the header's day give nothing of their own."""
    figures = record("28.8.62", "1962-08-28", "Ciphered telegram", "1962-08-28")
    CheckDates().apply(figures, Findings())
    assert header_evidence(figures) == "internal"
    swapped = record("9. 4. 1963", "1963-04-09", "Notes on a conversation", "1963-09-04")
    CheckDates().apply(swapped, Findings())
    assert (dates(swapped)[2], header_evidence(swapped)) == (("1963-09-04", "medium"), "external")


def journal(header: str, *entries: str) -> Document:
    """A journal sent on `header` whose entries are dated by day and month alone."""
    paragraphs = "".join(f"<p><date>{entry}</date></p><p>Text</p>" for entry in entries)
    xml = f"""<TEI xmlns="{TEI_NS}"><teiHeader><profileDesc><creation><date when="{header}">the page's date</date>
      </creation></profileDesc></teiHeader><text><body><div>{paragraphs}</div></body></text></TEI>"""
    return Document("journal", etree.ElementTree(etree.fromstring(xml)))


def test_a_day_and_month_alone_take_the_year_the_header_s_date_puts_them_in():
    document = journal("1959-01-10", "28 December", "January 3", "30 February", "the next day")
    DateEntries().apply(document, Findings())
    assert dates(document)[1:] == [("1958-12-28", "medium"), ("1959-01-03", "medium"), (None, None), (None, None)]
    DateEntries().apply(document, Findings())   # run again: nothing more
    assert dates(document)[1:3] == [("1958-12-28", "medium"), ("1959-01-03", "medium")]


def test_a_form_s_day_and_abbreviated_month_take_the_header_s_year():
    """'Date: Mar 9th' of a telegram's form, the month abbreviated with its stop or without it: the header's year."""
    document = journal("1981-03-09", "Mar 9th", "Dec. 30", "3 Sept")
    DateEntries().apply(document, Findings())
    assert dates(document)[1:] == [("1981-03-09", "medium"), ("1980-12-30", "medium"), ("1980-09-03", "medium")]


def test_a_cable_s_closing_hour_and_day_take_the_header_s_year_and_keep_the_hour():
    document = journal("1949-01-10", "11:00 p.m., 2 January", "3 A.M., 4 September", "2 January, 23:00 hours")
    DateEntries().apply(document, Findings())
    assert dates(document)[1:] == [("1949-01-02T23:00:00", "medium"), ("1948-09-04T03:00:00", "medium"),
                                   ("1949-01-02T23:00:00", "medium")]


@pytest.mark.parametrize("text", ["September 97, 1956", "31 February 1957", "31.2.1968", "1971 May 45",
                                  "45 сентября 1957", "1973-13-15", "一九五六年二月三十日", "1956년 13월 5일"])
def test_a_day_the_calendar_has_not_gives_no_when(text):
    """A damaged date ('September 97, 1956' where the page had 17) gives no @when rather than one the
    schema refuses: the page stays valid, its date kept as written."""
    assert iso_date(text) is None and written_when(text) is None


def test_days_of_the_calendar_in_each_form_are_read():
    assert [written_when(text) for text in ("September 17, 1956", "12.3.1968", "1971 May 3", "16 сентября 1957г.",
                                            "1973-3-15")] == ["1956-09-17", "1968-03-12", "1971-05-03", "1957-09-16",
                                                              "1973-03-15"]


@pytest.mark.parametrize("text, when", [("23.VII.1960", "1960-07-23"), ("5/III-53", "1953-03-05"),
                                        ("Pyongyang, 23.VII.1960", "1960-07-23"), ("July 23rd, 1960", "1960-07-23"),
                                        ("12.3.1968", "1968-03-12")])
def test_a_roman_month_an_ordinal_and_a_numbered_date_are_datelines(text, when):
    """Soviet and East European papers date themselves with the month in Roman numerals ('23.VII.1960');
    an English date may bear an ordinal after the month ('July 23rd, 1960'); a date of figures with its
    year is a dateline alone too."""
    assert is_dateline(text) and written_when(text) == when


@pytest.mark.parametrize("text, when", [("March 3rd 1974", "1974-03-03"), ("14 March 74", "1974-03-14"),
                                        ("21 December '89", "1989-12-21"), ("3 May ’71", "1971-05-03"),
                                        ("10/14/50", "1950-10-14"), ("23/8/1983", "1983-08-23"),
                                        ("Berlin, 8/23/1983", "1983-08-23"), ("2.24.72", "1972-02-24"),
                                        ("14.8.51", "1951-08-14"), ("[3 March 1974]", "1974-03-03"),
                                        ("Warsaw, 10.27.1962", "1962-10-27"), ("04.09.1962", "1962-09-04"),
                                        ("Nº 1258 22 September 1950 2030*", "1950-09-22"), ("June 9,1959", "1959-06-09"),
                                        ("Probegrad [30 June 1963]", "1963-06-30"), ("Bonn, den 22. Februar 1991", "1991-02-22"),
                                        ("February 7, 1979 (Wednesday), 9:10 to 9:45, at the Harbour Residence", "1979-02-07"),
                                        ("3/4/72", None), ("27 April 1986 Nº 382s", "1986-04-27")])
def test_an_ordinal_without_comma_figures_a_two_figure_year_and_a_supplied_date_are_datelines(text, when):
    """The figure past twelve is the day ('10/14/50' American, '23/8/1983' European, '10.27.1962'); where both
    could be the month ('3/4/72') the line is a dateline without @when, but figures between stops with a year of
    four are day first ('04.09.1962', as the European papers date); a year of two figures is of the 1900s, an
    apostrophe for its century too ('21 December '89', as a diarist heads his entry)."""
    assert is_dateline(text) and written_when(text) == when


@pytest.mark.parametrize("text, when", [("27 May 1945, 23:00 hours.", "1945-05-27T23:00:00"),
                                        ("27.V.45, 23:00 hours.", "1945-05-27T23:00:00"),
                                        ("In the Kremlin, 27 May 1945.", "1945-05-27"),
                                        ("27 May 1945 at 23:00 hours[1]", "1945-05-27T23:00:00"),
                                        ("4 November 1946 at 2200", "1946-11-04T22:00:00")])
def test_an_hour_after_the_date_and_a_building_before_it_are_a_dateline_s(text, when):
    """A record's closing line with the hour after the date, a stop after the hours and a note's mark too, or the
    building it was written in before it ('In the Kremlin, …'): a dateline, the hour its @when's time."""
    assert is_dateline(text) and hour_first(text, written_when(text)) == when


def test_a_roman_month_the_calendar_has_not_and_figures_without_a_year_are_no_dates():
    assert written_when("31.II.1960") is None and not is_dateline("1.2.3")


@pytest.mark.parametrize("text, when", [("一九六二年三月十四日", "1962-03-14"), ("一九五六年十二月三十一日", "1956-12-31"),
                                        ("一九五〇年十月一日。", "1950-10-01"), ("1962年3月14日", "1962-03-14"),
                                        ("1956년 10월 5일", "1956-10-05")])
def test_an_original_s_chinese_or_korean_date_is_a_dateline_of_the_calendar(text, when):
    """An original in Chinese or Korean dates itself in its own way: a dateline (a closer at its end)
    whose @when is the day, the numerals Chinese or Arabic."""
    assert is_dateline(text) and written_when(text) == when


@pytest.mark.parametrize("text, attributes", [
    ("September 18, 1956", {"when": "1956-09-18"}),
    ("September 1956", {"when": "1956-09"}),
    ("1971", {"when": "1971"}),
    ("1962-1963", {"from": "1962", "to": "1963"}),
    ("1956 – 1958", {"from": "1956", "to": "1958"}),
    ("1950s", {"notBefore": "1950", "notAfter": "1959"}),
    ("1950s-1960s", {"notBefore": "1950", "notAfter": "1969"}),
    ("Spring 1956", {"notBefore": "1956-03", "notAfter": "1956-05"}),
    ("Late 1971", {"notBefore": "1971-09", "notAfter": "1971-12"}),
    ("c. 1950", {}),            # about a year: no bounds are printed, none are invented
    ("Winter 1956", {}),        # which winter: its months span two years
    ("1963-1962", {}),          # a range backwards is no range
    ("1955s", {}),              # no decade
    ("September 24-25, 1956", {"from": "1956-09-24", "to": "1956-09-25"}),
    ("November 30 - December 2, 1970", {"from": "1970-11-30", "to": "1970-12-02"}),
    ("December 31, 1960 - January 2, 1961", {"from": "1960-12-31", "to": "1961-01-02"}),
    ("24-25 September 1956", {"from": "1956-09-24", "to": "1956-09-25"}),
    ("September 25-24, 1956", {}),  # days backwards are no range
    ("February 28-30, 1956", {}),   # a day the month has not
])
def test_a_pages_date_gives_the_bounds_it_prints_and_no_others(text, attributes):
    assert heading_dating(text) == attributes


@pytest.mark.parametrize("text, date", [
    ('"The Party\'s 6th Congress," 1980, History and Public Policy Program Digital Archive, MOL.', "1980"),
    ('"Record of a Talk," September 18, 1956, Wilson Center Digital Archive, GARF.', "September 18, 1956"),
    ('"Notes," 1956-1957, Wilson Center Digital Archive.', "1956-1957"),
    ("A summary, not a citation.", None),
])
def test_the_date_a_citation_gives_after_its_title(text, date):
    """What dates a page that prints no date of its own: the citation's date after the quoted title."""
    assert cited_date(text) == date


@pytest.mark.parametrize("text, bounds", [
    ("Monday, February 12, 1973, 5:30 - 7:10 p.m.", ("1973-02-12T17:30:00", "1973-02-12T19:10:00")),
    ("May 3, 1970, 10:00 - 1:00 p.m.", ("1970-05-03T10:00:00", "1970-05-03T13:00:00")),
    ("May 3, 1970, 2:10 p.m. - 6:00 p.m.", ("1970-05-03T14:10:00", "1970-05-03T18:00:00")),
    ("September 18, 1956, 18:00 - 21:10", ("1956-09-18T18:00:00", "1956-09-18T21:10:00")),
    ("Monday, February 21, 1972 - 2:50-3:55pm", ("1972-02-21T14:50:00", "1972-02-21T15:55:00")),
    ("May 3, 1970, 10:00 - 1:00", ("1970-05-03T10:00:00", "1970-05-03T13:00:00")),
    ("Saturday, February 17, 1973, 11:30 p.m. Sunday, February 18, 1973, 1:20 a. m.",
     ("1973-02-17T23:30:00", "1973-02-18T01:20:00")),
    ("December 31, 1970, 23:00 - 0:30", ("1970-12-31T23:00:00", "1971-01-01T00:30:00")),
    ("19 December 1963, 5:30 p.m. to 10 p.m.", ("1963-12-19T17:30:00", "1963-12-19T22:00:00")),
    ("3 p.m. to 5 p.m., 3 June 1963", ("1963-06-03T15:00:00", "1963-06-03T17:00:00")),
    ("21 June, 1975, 4.10pm to 5.20pm", ("1975-06-21T16:10:00", "1975-06-21T17:20:00")),
    ("3 May 1960, 10.30 a.m. - 12.15 p.m.", ("1960-05-03T10:30:00", "1960-05-03T12:15:00")),
])
def test_a_meeting_s_hours_read_the_afternoon_for_both_times_when_the_second_says_so(text, bounds):
    """'5:30 - 7:10 p.m.' is an afternoon meeting, and so is '2:50-3:55pm' (no space before 'pm');
    '10:00 - 1:00 p.m.' began in the morning, as '10:00 - 1:00' did on a clock of twelve hours; a meeting
    past midnight ends the next day; an hour alone is a time when 'a.m.' or 'p.m.' follows it ('to 10 p.m.'); a stop
    between the hour and its minutes with 'pm' after them is the time's ('4.10pm', never '10pm': 22:00)."""
    found = time_range(text)
    assert (found["from"], found["to"]) == bounds


@pytest.mark.parametrize("text, when", [
    ("Nov. 3, 1972", "1972-11-03"), ("3 Nov. 1972", "1972-11-03"), ("Sept. 5, 1960", "1960-09-05"),
    ("Date and Time: Feb. 21, 1972, 2:50", "1972-02-21"),
])
def test_a_month_abbreviated_with_its_stop_is_read(text, when):
    """A meeting's details may abbreviate the month ('Nov. 3, 1972 10:15-12:20'); a word only beginning
    as one does is no month ('Novak 3, 1972')."""
    assert iso_date(text) == when
    assert iso_date(text.replace("Nov.", "Novak").replace("Sept.", "Septimus").replace("Feb.", "Febo")) is None


@pytest.mark.parametrize("text", ["Jan. 10, 1945", "Moscow, Jan. 10, 1945", "10 Jan. 1945"])
def test_a_dateline_may_abbreviate_its_month(text):
    """'Jan. 10, 1945' over a phone call's notes is the notes' dateline, the month abbreviated with its stop."""
    assert is_dateline(text) and written_when(text) == "1945-01-10"


def test_a_meeting_s_time_reads_the_year_the_translator_supplied():
    """'Time: 11:00 A.M, 5 August [1961]': the year in the translator's brackets is the date's, as a dateline's is."""
    assert time_range("11:00 A.M, 5 August [1961]") == {"when": "1961-08-05T11:00:00"}


@pytest.mark.parametrize("text, when", [("Showa 48 June 14", "1973-06-14"), ("Showa 50 (1975) August 11", "1975-08-11"),
                                        ("Heisei 2 (1990), March 5", "1990-03-05")])
def test_a_japanese_era_date_is_a_dateline_with_the_western_year_in_parentheses_too(text, when):
    """A date by the emperor's era counts from the era's first year; the Western year the translator or the page
    put in parentheses after the era's does not keep it from being a dateline."""
    assert is_dateline(text) and written_when(text) == when


def test_a_venue_and_its_hour_under_the_date_are_a_dateline_s():
    """'Château de Probe 16.00 hours' under '20th January 1986': the place, then its hour (with its suffix or
    colon); a sentence, or a name and a bare number, is none."""
    from plenum.readers.dateline_shapes import VENUE_HOUR
    found = [VENUE_HOUR.fullmatch(text) for text in ("Château de Probe 16.00 hours", "Hotel Testhof, 10:30 a.m.",
                                                     "Testgrad Town Hall at 9 p.m.")]
    assert [match["hour"] for match in found] == ["16.00 hours", "10:30 a.m.", "9 p.m."]
    assert not any(VENUE_HOUR.fullmatch(text) for text in ("The meeting opened at 16.00 hours", "Room 16.00",
                                                           "Persons present : 10:30"))


def test_a_sentence_saying_when_the_talk_began_by_the_hours_is_a_meeting_detail():
    """'The conversation began at 1140' and '… started at 16:15 and ended at 16:55' give the talk's hours, each
    a date as 'Beginning: 10:00 Hours' gives it; a sentence going on past them, or saying what began, does not."""
    from plenum.readers.meeting_patterns import HOURS_SENTENCE
    found = [HOURS_SENTENCE.fullmatch(text) for text in ("The conversation began at 1140",
                                                         "The conversation started at 16:15 and ended at 16:55",
                                                         "The meeting opened at 10.30 hours.")]
    assert [(match["start"], match["end"]) for match in found] == [("1140", None), ("16:15", "16:55"),
                                                                   ("10.30 hours", None)]
    assert not any(HOURS_SENTENCE.fullmatch(text) for text in ("The conversation began at 1140 with greetings.",
                                                               "The war began at 1940", "The session began at noon."))


@pytest.mark.parametrize("text, days", [("16/17 August 1957", {"from": "1957-08-16", "to": "1957-08-17"}),
                                        ("30-31 August 1956", {"from": "1956-08-30", "to": "1956-08-31"})])
def test_a_date_over_a_night_with_a_slash_is_a_dateline_of_two_days(text, days):
    """A letter written over a night gives both days with a slash ('16/17 August 1957', under an embassy's
    letterhead): a dateline as a meeting's two days are, from the one to the other (it had been a paragraph, which
    ended the head: the embassy's name had stayed the heading and the journal's title under it a paragraph)."""
    from plenum.readers.written_dates import written_days

    assert is_dateline(text) and written_days(text) == days


@pytest.mark.parametrize("heading, flagged", [("Journal of the Ambassador for the period 1 July through 20 July 1961", 0),
                                              ("Journal of the Ambassador during the period 14 to 30 July 1961", 0),
                                              ("Journal of the Ambassador for the period 15 through 31 July 1961", 1),
                                              ("Meeting of the Secretariat on 12, 14 and 20 July 1961", 0),
                                              ("Meeting of the Secretariat on 15, 16 and 20 July 1961", 1)])
def test_a_header_day_within_the_period_a_heading_gives_is_not_contradicted_by_its_last_day(heading, flagged):
    """A journal's entry of 14 July under 'for the period 1 July through 20 July 1961', a sitting's title giving its
    days one by one ('on 12, 14 and 20 July 1961'): the period's last day is no date of the document, the header's
    day within the period is not flagged; outside it, it is."""
    document = record("20 июля 1961г.", "1961-07-20", heading, "1961-07-14")
    document.root.find(f".//{{{TEI_NS}}}dateline").getparent().remove(document.root.find(f".//{{{TEI_NS}}}dateline"))
    findings = Findings()
    CheckDates().apply(document, findings)
    assert len([found for found in findings.findings if "the header dates" in found.message]) == flagged


@pytest.mark.parametrize("text", ['"4" July 1961 TOP SECRET Copy No. 2', "“15” January 1963 Copy No. 1",
                                  "4 July 1961 Secret", "4 July 1961 Top Secret, Copy No. 2"])
def test_a_column_s_classification_and_copy_after_the_date_are_the_dateline_s(text):
    """A docket whose columns the capture ran together on one line, the day, the classification and the copy
    ('"4" July 1961 TOP SECRET Copy No. 2'): a dateline with its day, never a letterhead's line (it had been one
    forme work line, no date)."""
    from plenum.readers.letterheads import letterhead

    class Block:
        run, classified = None, False

        def __init__(self, text):
            self.text = text

    assert is_dateline(text) and written_when(text) in ("1961-07-04", "1963-01-15")
    assert not letterhead([Block("From the Diary of PROBENKO K.L."), Block(text)], 1, False)


def test_whose_journal_before_the_date_is_the_dateline_s_label():
    """A journal's docket on one line, whose journal, the date and the classification between commas ('From the
    Journal of O. V. Probanov, 3 October 1958, Secret'): whose journal the dateline's label, the rest its date with
    the classification after it; a journal's name with no date after it is none."""
    from plenum.readers.dateline_shapes import JOURNAL_DATED

    text = "From the Journal of O. V. Probanov, 3 October 1958, Secret"
    dated = JOURNAL_DATED.match(text)
    assert dated and is_dateline(text[dated.end():]) and written_when(text[dated.end():]) == "1958-10-03"
    assert JOURNAL_DATED.match("From the Journal of O. V. Probanov, Ambassador in Probeland") is None


def test_a_journal_docket_day_over_the_title_confirms_the_header_date():
    """'14 June 1951' alone in the docket over the title, the talk's '12 June 1951' the dateline: the header's day, the
    docket's, is the text's (internal) and not flagged as contradicted."""
    xml = f"""<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><sourceDesc>
      <bibl type="heading"><date when="1951-06-14" source="src:L1">June 14, 1951</date></bibl></sourceDesc></fileDesc>
      <profileDesc><creation><date when="1951-06-14">June 14, 1951</date></creation></profileDesc></teiHeader>
      <text><body><div><fw type="header" source="src:L21">“14” June 1951</fw><head source="src:L25">RECEPTION</head>
        <opener><dateline source="src:L27"><date when="1951-06-12">12 June 1951</date></dateline></opener><p>Text</p>
      </div></body></text></TEI>"""
    document, findings = Document("record", etree.ElementTree(etree.fromstring(xml))), Findings()
    CheckDates().apply(document, findings)
    header = document.root.find(f".//{{{TEI_NS}}}creation/{{{TEI_NS}}}date")
    assert header.get("evidence") == "internal" and header.get("cert") is None and findings.findings == []


@pytest.mark.parametrize("text, number", [("16.11.91 2671", "2671"), ("12.05.92 311/2prb", "311/2prb"),
                                          ("3 June 1971, No. 1235-A", "No. 1235-A"), ("27 April 1986 Nº 382s", "Nº 382s")])
def test_a_letter_s_outgoing_number_after_its_date_is_apart_from_it(text, number):
    """A ministry's letter dates itself and gives its outgoing number on one line ('16.11.91 2671'): the number, its sign
    with it, is the dateline's idno, apart from the date (it had been the dateline's plain text)."""
    from plenum.readers.dateline_shapes import DATE_NUMBER

    assert DATE_NUMBER.fullmatch(text)["number"] == number and is_dateline(text)


def test_an_office_s_code_before_the_place_is_no_part_of_it():
    """'HA II/10 Samplestadt, 8/24/1984': the place after the office's code is the city alone, its placeName."""
    from plenum.readers.dateline_shapes import CODED_PLACE, OFFICE_CODE_FIRST

    text = "HA II/10 Samplestadt, 8/24/1984"
    coded = OFFICE_CODE_FIRST.match(text)
    assert coded and CODED_PLACE.match(text, coded.end())["place"] == "Samplestadt" and is_dateline(text)


def test_a_docket_s_date_alone_is_tagged_and_read_by_the_header_s_day():
    """'04.10.91' alone in a letterhead's stack under its number ('2044'): forme work holding its date, which, its day
    and month either way round, takes the reading that is the header's day, as a dateline's does; a number alone and
    a line with more than a date stay plain."""
    from plenum.readers.datelines import dated_forme
    from plenum.tei import E

    lines = [E.fw({"type": "header"}, text) for text in ("04.10.91", "2044", "04.10.91 Top Secret")]
    for fw in lines:
        dated_forme(fw)
    assert [len(fw) for fw in lines] == [1, 0, 0]
    document = record("20 июля 1991г.", "1991-10-04", "Record", "1991-10-04")
    document.root.find(f".//{{{TEI_NS}}}dateline").getparent().append(lines[0])
    CheckDates().apply(document, Findings())
    assert (lines[0][0].get("when"), lines[0][0].get("cert")) == ("1991-10-04", "medium")


def test_an_hour_before_a_day_and_month_and_a_sending_line_with_no_word_of_it_are_datelines():
    """A report closing on its hour, then its day and month with no year ('20:00, August 18'), the year of the header's
    date at that hour; a ciphered telegram's place, hour and date with no word of sending or receipt ('From SAMPLEGRAD
    01:30 27.8.1951'), its moment; a place and an hour with no date is none."""
    from plenum.readers.routing import TRANSMITTED

    assert is_dateline("20:00, August 18") and hour_first("20:00, August 18", "1952-08-18") == "1952-08-18T20:00:00"
    sent = TRANSMITTED.match("From SAMPLEGRAD 01:30 27.8.1951")
    assert sent and (sent["early"], sent["date"]) == ("01:30", "27.8.1951")
    assert not is_dateline("20:00, Room 18") and not TRANSMITTED.match("From SAMPLEGRAD 01:30 the troops")

"""A cable's routing lines in one paragraph or a paragraph each (readers/routing.py): each line's part of the opener,
only when every line routes the cable."""

from __future__ import annotations

from plenum.readers.routing import FURTHER, routing_lines, routing_paragraphs, sent_by


def test_the_sender_and_each_addressee_line_with_the_lines_that_go_on_with_it():
    lines = ["FM AMEMBASSY TESTGRAD", "TO SECSTATE WASHDC IMMEDIATE 1234", "AMCONSUL PROBETOWN",
             "INFO AMEMBASSY SAMPLEVILLE PRIORITY"]
    assert routing_lines(lines) == ["sender", "addressee", FURTHER, "addressee"]


def test_a_paragraph_with_a_line_that_routes_nothing_is_no_opener():
    assert routing_lines(["FM AMEMBASSY TESTGRAD", "TO SECSTATE WASHDC", "We shall report again."]) == []


def test_addressees_without_a_sender_or_a_sender_alone_are_no_routing_block():
    assert routing_lines(["TO SECSTATE WASHDC", "INFO AMEMBASSY SAMPLEVILLE"]) == []
    assert routing_lines(["FROM PYONGYANG"]) == []


def test_routing_lines_a_paragraph_each_from_the_first_to_the_last_that_routes():
    paragraphs = ["From Testovsk Sent 3.3.51 Received", "3.3. 16:05",
                  "Sent to the 8th Department of the General Staff 3.3 16:20.", "By telegraph.",
                  "Probegrad—Ministry of Made-up Fisheries.", "The fleet left this morning."]
    assert routing_paragraphs(paragraphs) == ["sender", FURTHER, "transmitted", FURTHER, "addressee"]


def test_paragraphs_open_on_a_line_of_sending_and_capitals_alone_are_no_further_addressee():
    assert routing_paragraphs(["By telegraph.", "From Testovsk Sent 3.3.51 Received"]) == []
    assert routing_paragraphs(["FM AMEMBASSY TESTGRAD", "TO SECSTATE WASHDC", "RECORD OF A TALK"]) == ["sender", "addressee"]
    assert routing_lines(["FM AMEMBASSY TESTGRAD", "TO SECSTATE WASHDC", "AMCONSUL PROBETOWN"]) == \
        ["sender", "addressee", FURTHER]


def test_two_lines_of_sending_and_receipt_route_a_cable_without_a_sender_line():
    assert routing_lines(["from TESTGRAD sent at 2140 1 October 1950", "received at 2355 1 October", "by wire"]) == \
        ["transmitted", "transmitted", FURTHER]


def test_a_receipt_line_may_give_its_place_in_the_translators_brackets():
    assert routing_lines(["from [TESTGRAD] sent at 2140 1 October 1950", "received at 2355 1 October"]) == \
        ["transmitted", "transmitted"]


def test_a_sender_that_names_an_office_a_post_or_a_person_is_no_place():
    for line in ["From: Embassy in Samplegrad", "From: Head of the Fourth Direction", "FM AMEMBASSY TESTGRAD",
                 "Produced by: General Directory for Estuary Surveys", "From the Station in Testland",
                 "From cde. PROBOV", "From Ivan K. Testov", "FROM: EUR - Ivo Probin"]:
        assert sent_by(line), line
    for line in ["From: Probegrad", "FROM: PYONGYANG", "From Samplegrad.", "Sender: Testgrad",
                 "From Probegrad Sent 3.10.50 Received"]:
        assert not sent_by(line), line

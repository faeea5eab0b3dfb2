"""An American cable's routing lines in one paragraph (readers/routing.py): each line's part of the opener,
only when every line routes the cable."""

from __future__ import annotations

from plenum.readers.routing import FURTHER, routing_lines


def test_the_sender_and_each_addressee_line_with_the_lines_that_go_on_with_it():
    lines = ["FM AMEMBASSY TESTGRAD", "TO SECSTATE WASHDC IMMEDIATE 1234", "AMCONSUL PROBETOWN",
             "INFO AMEMBASSY SAMPLEVILLE PRIORITY"]
    assert routing_lines(lines) == ["sender", "addressee", FURTHER, "addressee"]


def test_a_paragraph_with_a_line_that_routes_nothing_is_no_opener():
    assert routing_lines(["FM AMEMBASSY TESTGRAD", "TO SECSTATE WASHDC", "We shall report again."]) == []


def test_addressees_without_a_sender_or_a_sender_alone_are_no_routing_block():
    assert routing_lines(["TO SECSTATE WASHDC", "INFO AMEMBASSY SAMPLEVILLE"]) == []
    assert routing_lines(["FROM PYONGYANG"]) == []

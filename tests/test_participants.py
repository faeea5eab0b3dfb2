"""The participants of a record: the names of a sentence that says who was present, not every name
of a paragraph that uses the word 'present'."""

from __future__ import annotations

from plenum.tei import NS

from .test_persons import convert, edition, page  # noqa: F401 (edition is a fixture)

MINUTES = page("""Top Secret

Members of the presidium, Cdes. Nam Il and Pak Ui-won, and the Soviet Ambassador Cde. Ivanov were present at the session. The talk opened at noon.

At the present time Cde. Mao Zedong is in Beijing, and the present leadership of Cde. Rakosi was discussed at length.

Cde. Nam Il said the session would go on in the evening.""", language="English")


def participants(tmp_path, edition) -> list[str]:
    conv = convert(tmp_path, edition, "minutes.txt", MINUTES)
    found = conv.documents[0].root.xpath("//tei:particDesc/tei:listPerson[@type='participants']/tei:person/@sameAs", namespaces=NS)
    return [value.split("#")[1] for value in found]


def test_a_sentence_saying_who_was_present_names_the_participants(tmp_path, edition):
    assert participants(tmp_path, edition) == ["nam-il", "pak-ui-won", "ivanov-vasily"]


def test_the_present_time_and_a_present_leadership_name_no_participant(tmp_path, edition):
    found = participants(tmp_path, edition)
    assert "mao-zedong" not in found and "rakosi-matyas" not in found


RECORD = page("""Top Secret

Record of the conversation with Cde. Pak Ui-won, 5 June 1956

Present: Cde. Ivanov.

I received Cde. Pak Ui-won at his request. He spoke about Cde. Kim Il Sung's plans.""", language="English")


def test_whom_a_records_title_says_it_met_is_a_participant_and_whom_they_talk_about_is_not(tmp_path, edition):
    conv = convert(tmp_path, edition, "record.txt", RECORD)
    found = conv.documents[0].root.xpath("//tei:particDesc/tei:listPerson[@type='participants']/tei:person/@sameAs", namespaces=NS)
    assert sorted(value.split("#")[1] for value in found) == ["ivanov-vasily", "pak-ui-won"]


DIARY = page("""Top Secret

14 May. I received the counsellor of the embassy, Comrade Qiao Xiaoguang, with the aim of telling him about a talk with Cde. Kim Il Sung.

He asked about Cde. Pak Ui-won.""", language="English")


def test_whom_the_writer_received_is_a_participant_not_whom_they_talked_about(tmp_path, edition):
    conv = convert(tmp_path, edition, "diary.txt", DIARY)
    found = conv.documents[0].root.xpath("//tei:particDesc/tei:listPerson[@type='participants']/tei:person/@sameAs", namespaces=NS)
    assert [value.split("#")[1] for value in found] == ["qiao-xiaoguang"]


def test_a_heading_said_twice_and_a_side_with_no_one_make_one_valid_list(tmp_path):
    """'Participants to the talks:' twice (run together) is one head; a side's label with no names
    after the groups is a label with an empty item: one list the schema accepts, every word kept."""
    from lxml import etree

    from plenum import lossless, pipeline
    from plenum.validate import Validator

    from .conftest import ROOT
    text = (ROOT / "tests/pages/archive-web/minutes-participants-dashed-sides.txt").read_text(encoding="utf-8")
    assert "\nParticipants to the talks:\n" in text and "\n\nComrade Kim Il Sung:\n" in text
    text = text.replace("\nParticipants to the talks:\n", "\nParticipants to the talks:Participants to the talks:\n")
    source = tmp_path / "minutes.txt"
    source.write_text(text.replace("\n\nComrade Kim Il Sung:\n", "\n\n- On the Testland side:\n\nComrade Kim Il Sung:\n", 1),
                      encoding="utf-8")
    conv = pipeline.convert(source, ROOT / "tei")
    assert lossless.check(conv).ok
    root = conv.documents[0].root
    listing = root.find(".//tei:list[@type='participants']", NS)
    assert [etree.QName(child).localname for child in listing] == ["head", "label", "item", "label", "item", "label", "item"]
    assert listing[0].text == "Participants to the talks:Participants to the talks:"
    assert listing[-1].text is None and listing[-2].text == "On the Testland side:"
    (tmp_path / "persons.xml").write_bytes((ROOT / "tei" / "persons.xml").read_bytes())
    (tmp_path / "minutes.xml").write_bytes(pipeline.serialize(conv.documents[0]))
    assert [str(problem) for problem in Validator().check(tmp_path / "minutes.xml")] == []


def test_a_bodys_line_alone_heads_its_members_but_a_sentence_does_not():
    """'For the Sports Committee of Probeland :' alone on its line heads the members under it, as a side's line
    does; a sentence opening the same way is none."""
    from plenum.readers.meeting_patterns import SIDE_ALONE
    assert all(SIDE_ALONE.fullmatch(line) for line in ("For the Sports Committee of Probeland :", "For the PGC",
                                                       "For the GC of Testland:"))
    assert not any(SIDE_ALONE.fullmatch(line) for line in ("For the Soviet side this is new.", "For the first time"))


def test_a_side_s_persons_divided_by_semicolons_are_its_participants_but_a_sentence_s_clauses_are_not():
    """'Dr. Abdul Testam[4] , Chairman …; and Abdul Probker, Ambassador …' under 'From the Probian side:' alone:
    the side's persons; clauses of a sentence divided the same way are none."""
    from plenum.readers.participant_lines import participant_lines
    assert participant_lines("Dr. Abdul Testam[4] , Chairman of the Council of Ministers; and Abdul Razak Probker, "
                             "Ambassador of Probia to Testia.")
    assert not participant_lines("The talks went well; and the sides agreed to meet again in the autumn.")


def test_persons_a_line_under_a_sentence_introducing_them_are_a_list_but_an_agendas_lines_are_not(tmp_path, edition):
    """'He introduced the members of the delegation, as follows:' over a person a line, each with his title or surname
    in capitals: a participants list of its own, a person an item; 'The agenda was approved as follows:' over its
    points: a paragraph."""
    text = page("He introduced the members of the Testish delegation, as follows:\n\nMr. Karl TESTBERG, Chairman\n"
                "Dr. Ola PROBST, Secretary\n\nThe agenda was approved as follows:\n\nRegatta Dates\nExchange of Coaches",
                language="English", title="Memorandum of a Meeting")
    conv = convert(tmp_path, edition, "memo.txt", text)
    lists = conv.documents[0].root.xpath("//tei:body//tei:list[@type='participants']", namespaces=NS)
    assert [["".join(item.itertext()) for item in listing] for listing in lists] == [
        ["Mr. Karl TESTBERG, Chairman", "Dr. Ola PROBST, Secretary"]]


def test_two_delegations_wrapped_under_one_label_split_at_the_stop_but_one_wrapped_list_does_not():
    """'Present: comrs. Examov, Samplov,' / 'Probov, Mockin.' / 'Li Testing, Zhang Sample,' / 'Su Probe, Shi Mock': two
    sides, split after the stop; one side wrapped, or a sentence after the stop, is no such list."""
    from plenum.readers.block_lists import _sides_wrapped
    from plenum.readers.inline import BREAK, Run

    def sides(*lines: str) -> list[str]:
        text = BREAK.join(lines)
        run = Run(text, [0], [0])
        return [text[start:end].replace(BREAK, "/") for start, end in _sides_wrapped(run, len("Present: "))]
    assert sides("Present: comrs. Examov, Samplov,", "Probov, Mockin.", "Li Testing, Zhang Sample,", "Su Probe, Shi Mock") \
        == ["comrs. Examov, Samplov,/Probov, Mockin.", "Li Testing, Zhang Sample,/Su Probe, Shi Mock"]
    assert sides("Present: comrs. Examov, Samplov,", "Probov, Mockin.") == []
    assert sides("Present: comrs. Examov, Samplov.", "The talk began at noon, as agreed.") == []


ABSENTEES = page("""Top Secret

Minutes of the session of the presidium, 5 June 1956

Present: Cdes. Nam Il, Ivanov.

Absent: Cde. Pak Ui-won.

Cde. Nam Il said the session would go on in the evening.""", language="English")


def test_those_a_list_gives_as_absent_are_a_group_of_it_named_but_no_participants(tmp_path, edition):
    """'Absent: Cde. …' under 'Present: …': a label and item of the participants list, its persons listed as
    mentioned (TEI's particDesc holds those who take part), never as participants."""
    conv = convert(tmp_path, edition, "absent.txt", ABSENTEES)
    root = conv.documents[0].root
    labels = root.xpath("//tei:body//tei:list[@type='participants']/tei:label/text()", namespaces=NS)
    assert labels == ["Present:", "Absent:"]

    def listed(kind: str) -> list[str]:
        found = root.xpath(f"//tei:particDesc/tei:listPerson[@type='{kind}']/tei:person/@sameAs", namespaces=NS)
        return [value.split("#")[1] for value in found]
    assert listed("participants") == ["nam-il", "ivanov-vasily"] and listed("mentioned") == ["pak-ui-won"]

"""Speaker labels (readers/labels.py): each style the archive's pages use gives the speaker's name (and
alias, side or addressee); the lines that look like labels but head meeting details, lists or a
journal's characterisations give none."""

from __future__ import annotations

import pytest

from plenum.readers.inline import Run
from plenum.readers.label_names import plain_names
from plenum.readers.labels import parse_label, recognise
from plenum.readers.spans import Span
from plenum.readers.turn_labels import turn_labels
from plenum.readers.turn_narration import follows_quotation, reports_speaker


def label(text: str):
    return recognise(Span(text, 0), "latin")


@pytest.mark.parametrize("text, name, written", [
    ("MAO ZEDONG. We shall see the dam in May.", "MAO ZEDONG", "MAO ZEDONG."),
    ("N.S. KHRUSHCHEV. The harvest was good.", "N.S. KHRUSHCHEV", "N.S. KHRUSHCHEV."),
    ("U TESTU. Mister Chairman! Let me thank you.", "U TESTU", "U TESTU."),
    ("Han Ik-su : We agree to the date.", "Han Ik-su", "Han Ik-su :"),
    ("Deng [Xiaoping]: Welcome.", "Deng [Xiaoping]", "Deng [Xiaoping]:"),
    ("Han [Ik-su] [Han Ik Su]: Thank you.", "Han [Ik-su] [Han Ik Su]", "Han [Ik-su] [Han Ik Su]:"),
    ("Premier: How was the journey?", "Premier", "Premier:"),
    ("JEONG: Our side proposes Tuesday.", "JEONG", "JEONG:"),
    ("Cde. Novak -- The plan is too high.", "Novak", "Cde. Novak --"),
    ("Cde. Mikoyan - We cannot agree.", "Mikoyan", "Cde. Mikoyan -"),
    ("Kim Dong-gyu:", "Kim Dong-gyu", "Kim Dong-gyu:"),
    ("VASNETSOV - Let us begin.", "VASNETSOV", "VASNETSOV -"),
    ("Com. Gorelov: The report is short.", "Gorelov", "Com. Gorelov:"),
    ("Cde. Lapin speaks:", "Lapin", "Cde. Lapin speaks:"),
    ("Yu. Bataar: Was your journey a good one?", "Yu. Bataar", "Yu. Bataar:"),
    ("L. Dashzeveg: The draft is ready.", "L. Dashzeveg", "L. Dashzeveg:"),
    ("General Secretary Kim Jong Il: We agree.", "General Secretary Kim Jong Il", "General Secretary Kim Jong Il:"),
    ("Comrade Kádár: We agree.", "Kádár", "Comrade Kádár:"),
    ("RÁKOSI: The plan is ready.", "RÁKOSI", "RÁKOSI:"),
    ("Gomułka: Yes.", "Gomułka", "Gomułka:"),
    ("Phạm Văn Đồng: We agree.", "Phạm Văn Đồng", "Phạm Văn Đồng:"),
    ("Comrade Lê Duẩn: Yes.", "Lê Duẩn", "Comrade Lê Duẩn:"),
    ("Ceaușescu: Da.", "Ceaușescu", "Ceaușescu:"),
    ("Tesztelő elvtárs: Egyetértünk.", "Tesztelő", "Tesztelő elvtárs:"),
    ("Genosse Probst: Wir sind einverstanden.", "Probst", "Genosse Probst:"),
    ("Tov. Ceaușescu: Suntem de acord.", "Ceaușescu", "Tov. Ceaușescu:"),
    ("Soudruh Novotný: Souhlasíme.", "Novotný", "Soudruh Novotný:"),
    ("Amb. Testov: We shall answer next week.", "Amb. Testov", "Amb. Testov:"),
    ("[Oskar] Fichtner.The letter was handed over.", "[Oskar] Fichtner", "[Oskar] Fichtner."),
    ("PROBOV. cde. Examov has the figures.", "PROBOV", "PROBOV."),
    ("cde. Probov: The figures are ready.", "Probov", "cde. Probov:"),
])
def test_each_label_style_gives_the_name_and_the_label_as_written(text, name, written):
    found = label(text)
    assert found is not None and found.name == name and found.label.text == written
    assert text[len(written):].strip() == found.rest.text


@pytest.mark.parametrize("text, alias", [
    ("Premier Zhou Enlai (hereafter abbreviated Zhou): Welcome.", "Zhou"),
    ("Ambassador Oh Sang-min (hereafter referred to as Oh): Thank you.", "Oh"),
    ("Pak Sun-hwa (hereafter Pak): Yes.", "Pak"),
    ("Chairman Mao (hereafter, Chairman): Yes.", "Chairman"),
    ("Premier Zhou Enlai (hereinafter Zhou): We agree.", "Zhou"),
    ("Ambassador Testov (hereinafter referred to as Testov): Yes.", "Testov"),
    ("Vice Minister Ri Tae-gil (to be abbreviated as Ri): Friday.", "Ri"),
])
def test_an_alias_declared_in_a_label_is_the_short_name_alone(text, alias):
    found = label(text)
    assert found.alias == alias and found.to == ""


def test_initials_in_a_russian_label_are_part_of_the_name():
    found = recognise(Span("А. И. Петров: Мы согласны.", 0), "cyrillic")
    assert (found.name, found.label.text) == ("А. И. Петров", "А. И. Петров:")


@pytest.mark.parametrize("text, name, plain", [
    ("Secretary of State Rogtest: We agree.", "Secretary of State Rogtest", "Rogtest"),
    ("Deputy Minister of Foreign Affairs Testov: Yes.", "Deputy Minister of Foreign Affairs Testov", "Testov"),
    ("Chief of General Staff Probin: No.", "Chief of General Staff Probin", "Probin"),
    ("P.M. Samplu: Then ask it.", "P.M. Samplu", "Samplu"),
    ("Miss Tang: The Chairman asks.", "Miss Tang", "Tang"),
])
def test_an_office_of_several_words_or_a_form_of_address_is_left_out_of_the_name_looked_up(text, name, plain):
    found = recognise(Span(text, 0), "latin")
    assert found.name == name and plain_names(found.name)[-1] == plain


@pytest.mark.parametrize("text, script, name, written", [
    ("Probnev L.I.: We have read it.", "latin", "L. I. Probnev", "Probnev L.I.:"),
    ("Gomółtest W.: So have we.", "latin", "W. Gomółtest", "Gomółtest W.:"),
    ("Петров А. И.: Мы согласны.", "cyrillic", "А. И. Петров", "Петров А. И.:"),
])
def test_initials_after_a_surname_are_the_name_s_initials(text, script, name, written):
    """Russian lists write the surname first ('Брежнев Л.И.'): the name is looked up initials first."""
    found = recognise(Span(text, 0), script)
    assert (found.name, found.label.text) == (name, written)
    assert parse_label(written, script).name == name


@pytest.mark.parametrize("text, script, name", [
    ("Voice from the floor: And the barley?", "latin", "Voice from the floor"),
    ("A voice: Whose fault is that?", "latin", "A voice"),
    ("Voices from the hall: Enough!", "latin", "Voices from the hall"),
    ("Голос с места: Правильно!", "cyrillic", "Голос с места"),
    ("Голоса: Хватит.", "cyrillic", "Голоса"),
])
def test_the_voices_of_the_room_label_a_turn_although_their_words_are_no_name(text, script, name):
    """A stenogram gives what the room calls out as a turn ('Voice from the floor: …'): its label's
    words in lower case had left it words of the speaker's turn before it."""
    found = recognise(Span(text, 0), script)
    assert found is not None and (found.name, found.style) == (name, "colon")
    assert parse_label(found.label.text, script).name == name


@pytest.mark.parametrize("text", ["Voice of America: a radio station.", "Voices in the hall grew louder: all agreed."])
def test_words_that_only_begin_as_a_voice_give_no_label(text):
    assert label(text) is None


@pytest.mark.parametrize("text, script, name", [
    ("张副部长：渔业谈判可以在四月开始吗？", "han", "张副部长"),
    ("周恩来: 我们同意。", "han", "周恩来"),
    ("김철수: 회의는 내일 열립니다.", "hangul", "김철수"),
])
def test_a_chinese_or_korean_label_is_a_name_and_a_colon(text, script, name):
    found = recognise(Span(text, 0), script)
    assert found is not None and found.name == name and found.style == "colon"


@pytest.mark.parametrize("text, written", [("**Mikoyan:** Has the date been set?", "**Mikoyan:**"),
                                            ("**Choe Yong-geon**: It has.", "**Choe Yong-geon**:")])
def test_a_label_a_markdown_export_set_in_bold_is_read_inside_its_asterisks(text, written):
    found = label(text)
    assert found.label.text == written and found.name in ("Mikoyan", "Choe Yong-geon") and found.style == "colon"


def test_a_name_in_capitals_and_its_period_set_in_bold_is_a_label_as_it_is_unmarked():
    found = label("**TESTANOV.** Comrades, the trains are late.")
    assert (found.label.text, found.name, found.style, found.rest.text) == (
        "**TESTANOV.**", "TESTANOV", "capitals", "Comrades, the trains are late.")


@pytest.mark.parametrize("text", ["**Important** news reached us today.", "**Present:** Cdes. Orlov, Belkin",
                                  "**The plan.** It was late.", "**TESTANOV. Comrades,** the trains are late."])
def test_bold_words_that_are_no_label_give_none(text):
    assert label(text) is None


@pytest.mark.parametrize("text, written", [("*Testarenko:* When?", "*Testarenko:*"), ("_Prober_: Soon.", "_Prober_:"),
                                            ("***Prober:*** Sixty.", "***Prober:***")])
def test_a_label_set_in_italics_is_read_inside_its_marks(text, written):
    found = label(text)
    assert found.label.text == written and found.style == "colon"


@pytest.mark.parametrize("text", ["Kim Il Sung [interrupting]: One more thing.", "Mikoyan [to Kim Il Sung]: Please."])
def test_the_translators_words_on_how_one_spoke_stay_in_the_label(text):
    """'Kim Il Sung [interrupting]:' labels Kim Il Sung's turn (it had run on in the turn before)."""
    found = label(text)
    assert found is not None and found.name in ("Kim Il Sung", "Mikoyan") and found.style == "colon"


def test_a_translators_bracket_after_the_name_says_to_whom_or_the_alias_as_parentheses_do():
    assert label("Kim Il Sung [to Mikoyan]: Please.").to == "Mikoyan"
    assert label("Chairman Mao Zedong [hereafter Mao]: Yes.").alias == "Mao"


def test_a_titled_initial_ended_by_a_period_is_no_label():
    """'Cde. N. PROBIN', an addressee's initial and name, is no speaker 'N.' saying 'PROBIN' (the whole
    letter under it had become his turn): the line is a name alone, which only a dialogue makes a turn."""
    alone = label("Cde. N. PROBIN")
    assert (alone.name, alone.style, alone.rest.text) == ("N. PROBIN", "alone", "")
    assert label("Cde. Orlov. We agree.").name == "Orlov"


def test_a_name_ending_in_an_initial_is_no_label_ended_by_a_period():
    """'Cde. T. A. TESTOV presiding.' is the chair of a session, not a speaker 'T. A.' saying 'TESTOV
    presiding.'"""
    assert label("Cde. T. A. TESTOV presiding.") is None
    assert label("Cde. Kim Il. We agree.").name == "Kim Il"


@pytest.mark.parametrize("text, name", [
    ("SUSLOV The comrades have all read the request.", "SUSLOV"),
    ("PROBOV I agree with the draft.", "PROBOV"),
    ("KIM IL SUNG A short remark on the harvest.", "KIM IL SUNG"),
])
def test_a_name_in_capitals_with_no_mark_before_the_words_is_a_spaced_label(text, name):
    """Working notes of a session print a speaker's name in capitals and his words with nothing between;
    turn_labels.py makes it a turn only where such names label several turns."""
    found = label(text)
    assert (found.name, found.style, found.label.text) == (name, "spaced", name)
    assert found.rest.text == text[len(name):].strip()


@pytest.mark.parametrize("text, name, written", [
    ("Ligachev. We will muddle through.", "Ligachev", "Ligachev."),
    ("Chebrikov [KGB chairman]. Some things must stay secret.", "Chebrikov [KGB chairman]", "Chebrikov [KGB chairman]."),
    ("Gorbachev. ...Some time ago I read the letters.", "Gorbachev", "Gorbachev."),
])
def test_a_bare_name_and_a_period_is_a_bare_period_label(text, name, written):
    """An aide's notes of a session print a speaker's surname and a period; turn_labels.py makes it a
    turn only where such names label several turns and never stand in lower case in the text."""
    found = label(text)
    assert (found.name, found.style, found.label.text) == (name, "bare-period", written)
    assert plain_names(found.name)[0] == name.split(" [")[0]    # the editor's description is not looked up


@pytest.mark.parametrize("text", ["Mr. Testov arrived on Monday.", "Gen. Probin spoke first.", "Cde. Orlov is ill.",
                                  "Sept. The harvest began.", "Ambassador. The car waited.", "A. Testov left."])
def test_abbreviations_titles_and_initials_are_no_bare_period_labels(text):
    found = label(text)
    assert found is None or found.style != "bare-period"


def test_a_bare_period_label_is_one_its_speaker_reads_back():
    """A doubled description ('Examenko [KGB chairman][KGB chairman]. …', found by the mutation fuzzer)
    is no label: its speaker could not be read back to a name, and the turn had no @who."""
    assert label("Examenko [KGB chairman][KGB chairman]. Some things must stay secret.") is None


@pytest.mark.parametrize("text", ["USSR Embassy in Pyongyang", "CC CPSU Department", "II. The harvest",
                                  "TOP SECRET Copy 2"])
def test_acronyms_sections_and_classifications_in_capitals_are_no_spaced_labels(text):
    assert label(text) is None


def test_reported_speech_in_capitals_is_no_spaced_label():
    """'KIM stated that …' is reported speech, whose turn the document decides (turn_labels), never a name in
    capitals with the words run on ('SUSLOV The comrades …')."""
    assert label("KIM stated that the bridge was ready.").style == "reported"


def test_a_group_label_names_its_speaker_and_keeps_the_side():
    found = label("North (KIM): We accept the agenda.")
    assert (found.name, found.side, found.label.text) == ("KIM", "North", "North (KIM):")
    assert label("Chairman (to Mukhitdinov): Sit down.").to == "Mukhitdinov"


@pytest.mark.parametrize("text", [
    "Present: Cdes. Zhang, Orlov, Mikoyan.",
    "Participants: the members of the committee",
    "Time: 11 February 1957, 10:00",
    "Place: the county hall",
    "Interpreter: Wu Xiaolan",
    "Recorded by: Imre Lakatos",
    "Attending Personnel:",
    "Chinese Personnel: Chen Yi, Huang Hua",
    "From China: Chen Yi",
    "Dear Comrade Lee:",
    "Subject: the film exchange",
    "Presenter: Ferenc Nagy",
    "Signed: A. Sokolov",
    "Those Taking Part: Cdes. Novak, Szabo",
    "In Attendance: the ministers",
    "On the Soviet side: Cdes. Orlov, Belkin",
    "FROM: PYONGYANG",
    "He said:",
    "Cdes: Deputy Chairmen of the CC Probin Wei and Testo Lin.",
    "They declared: the harbour is closed.",
    "1 - to Cde. Sokolov",
    "- Comrade Fadeev",
    "Cde. Bak Yong-su - a capable organiser, formerly a teacher;",
    "Cde. Ri Chol (head of the farm department) - my right hand in every campaign;",
    "II. The harvest of the eastern counties",
    "North",
    "USSR - 500 tonnes",
    "TASS - reported on Monday",
    "No: TSL-0-12/4-14-83",
    "Att: – Sheet: 1",
    "Recipients:",
])
def test_lines_that_only_look_like_labels_give_none(text):
    assert label(text) is None


@pytest.mark.parametrize("written, name", [
    ("MAO ZEDONG.", "MAO ZEDONG"), ("N.S. KHRUSHCHEV.", "N.S. KHRUSHCHEV"), ("Han Ik-su :", "Han Ik-su"),
    ("Cde. Novak --", "Novak"), ("North (KIM):", "KIM"), ("Chairman [sic]:", "Chairman"),
    ("Ligachev.", "Ligachev"), ("Chebrikov [KGB chairman].", "Chebrikov [KGB chairman]"), ("SUSLOV", "SUSLOV"),
    ("Tesztelő elvtárs:", "Tesztelő"), ("RÁKOSI:", "RÁKOSI"), ("Genosse Probst:", "Probst"),
    ("Amb. Testov:", "Amb. Testov"), ("[Oskar] Fichtner.", "[Oskar] Fichtner"),
])
def test_a_label_kept_in_speaker_reads_back_to_the_same_name(written, name):
    assert parse_label(written, "latin").name == name


@pytest.mark.parametrize("name, forms", [
    ("Deng [Xiaoping]", ["Deng Xiaoping"]),
    ("Han [Ik-su] [Han Ik Su]", ["Han Ik-su"]),
    ("Premier Zhou Enlai", ["Premier Zhou Enlai", "Zhou Enlai"]),
    ("Premier", ["Premier"]),
    # (a title of office alone outside the bracket: the bracket names its holder)
    ("Chairman [Probe Zedong]", ["Chairman Probe Zedong", "Probe Zedong"]),
    ("Probish Ambassador [A.K. EXAMENKO]", ["Probish Ambassador A.K. EXAMENKO", "A.K. EXAMENKO"]),
    ("Testov Minghua [Testov Ming-hua]", ["Testov Minghua"]),
])
def test_a_name_is_looked_up_completed_without_its_alternative_and_its_office(name, forms):
    assert list(plain_names(name)) == forms


def test_reported_speech_under_a_name_in_capitals_is_labelled_by_the_name():
    found = label("N.S. KHRUSHCHEV says that the pumps could be sent.")
    assert (found.name, found.style, found.label.text) == ("N.S. KHRUSHCHEV", "reported", "N.S. KHRUSHCHEV")
    assert found.rest.text == "says that the pumps could be sent."
    assert label("KIM TAE-HO stated that the bridge would be repaired.").style == "reported"
    clause = label("TESTOV, opening the talk on the dues, says that his side agrees.")     # the comma the label's
    assert (clause.name, clause.label.text, clause.rest.text) == ("TESTOV", "TESTOV,", "opening the talk on the dues, says that his side agrees.")
    assert parse_label("TESTOV,", "latin").name == "TESTOV"


@pytest.mark.parametrize("verb", ["considers", "believes", "thinks", "reminds", "observes", "describes",
                                  "clarifies", "reiterates", "warns", "acknowledged", "argued"])
def test_reported_speech_reads_every_verb_of_the_one_list(verb):
    """The labels under names in capitals and the narration between turns read one list of reporting verbs
    (reporting_verbs.py), those of thought too ('MAO ZEDONG considers that …')."""
    assert label(f"TESTLUND {verb} that the ferry could sail.").style == "reported"
    assert reports_speaker(f"Testlund {verb} that the ferry could sail.", {0: label("TESTLUND: Yes.")})


def test_the_plain_verb_reports_two_speakers_only():
    """'Examov and Testlund agree …' is the recorder's narration; a name alone with the plain form is none."""
    labels = {0: label("EXAMOV: Yes."), 1: label("TESTLUND: No.")}
    assert reports_speaker("Examov and Testlund agree to meet again.", labels)
    assert not reports_speaker("Examov agree to meet again.", labels)


def test_the_speaker_named_after_his_closed_quotation_is_the_diarists_narration():
    """'[…] Park Probe-sun then comes to the treaty.' under 'Park Probe-sun:' and his quoted words, closed on
    the line above, is the diarist's; a quotation still open, or a paragraph in the first person, goes on."""
    blocks = _blocks(["Park Probe-sun:", '"The works go well.', 'We thank you."', "[…] Park Probe-sun then comes to the treaty."])
    labels = {0: label("Park Probe-sun:")}
    assert follows_quotation(3, blocks[3].text, labels, blocks)
    assert not follows_quotation(2, "Park Probe-sun then comes to the treaty.", labels, blocks[:2] + blocks[3:])
    assert not follows_quotation(3, "Park Probe-sun and I then came to the treaty.", labels, blocks)
    assert not follows_quotation(3, "The treaty comes next.", labels, blocks)


def test_a_bare_name_and_a_period_is_the_turn_of_a_party_the_narration_has_speak():
    """'Samplov. The boats are a small thing.' once, in a record whose title names Samplov and whose narration has
    him speak ('Samplov thanks …'), is his turn; under a title that does not name him, or with no such narration,
    it is a paragraph; the other party's narration after it ends the turn."""
    lines = ["Samplov thanks Petr Examin for the boats.", "Samplov. The boats are a small thing.", "Examin agrees."]
    title = "Minutes of Conversation between A.K. Samplov and Petr Examin"
    assert [found.name for found in turn_labels(_blocks(lines), "latin", title).values()] == ["Samplov"]
    assert turn_labels(_blocks(lines), "latin", "Minutes of Conversation in Probegrad") == {}
    assert turn_labels(_blocks(lines[1:]), "latin", title) == {}
    assert reports_speaker("Petr Examin agrees that this is true.", {1: label("Samplov. The boats …")}, title)


def test_a_wrapped_title_line_in_capitals_is_no_label():
    """'OF CDE. A.B. TESTOV' under 'RECORD OF A CONVERSATION' is the title's line, never the speaker 'OF CDE.';
    'THE PREMIER' may speak."""
    assert label("OF CDE. A.B. TESTOV") is None
    assert label("WITH A DELEGATION. Then the talk") is None
    assert label("THE PREMIER. We shall see.").name == "THE PREMIER"


def test_a_first_name_abbreviated_without_a_vowel_ends_no_label():
    """'Cde. Wl. Gorski.', an addressee's line, is no label 'Cde. Wl.' (a name has a vowel); 'Cde. Li. Yes.' speaks."""
    assert label("Cde. Zb. Testowski.") is None
    assert label("Cde. Zb. Testowski. We agree.").name == "Zb. Testowski"
    assert label("Cde. Li. Yes.").name == "Li"


def test_reported_speech_once_or_twice_in_a_telegram_is_no_turn():
    """A telegram's narrative tells what a name in capitals stated once or twice: no record in reported speech,
    no turns (a record so told has three such paragraphs or more, two names)."""
    lines = ["Today KIM TAE-HO received me at his request.", "KIM TAE-HO stated that the bridge would be repaired.",
             "PAK remarked that the rails had come.", "I thanked them and left."]
    assert turn_labels(_blocks(lines), "latin") == {}


def test_the_last_name_of_a_list_of_names_alone_is_no_turn_either():
    """'Com. Kucza' closing a list of names a line each, a hand's bracket under it, is the list's item as
    the names above it are; with the addressee's 'Com. Kucza' at the head it had made a turn of the text."""
    class Block:
        def __init__(self, text):
            self.kind, self.text, self.run = "p", text, Run(text)

    lines = ["Com. Kucza", "Com. Testecki reports:", "The minister will come in May.", "Recipients:",
             "Com. Samplewicz", "Com. Testowska", "Com. Kucza", "[handwritten]"]
    assert turn_labels([Block(line) for line in lines], "latin") == {}


def _blocks(lines):
    class Block:
        def __init__(self, text):
            self.kind, self.text, self.run = "p", text, Run(text)
    return [Block(line) for line in lines]


def test_a_name_and_a_long_dash_labels_a_turn_in_working_notes_only():
    """'Samplin—the engine …': working notes run a member's words on after a long dash, in lower case.
    A turn where the participants name him or where such labels speak turn after turn; in a report the
    same shape is a sentence ('Moscow—the capital—…')."""
    assert label("Samplin—the engine came late.").style == "notes-dash"
    assert label("Cde. Examov—we could hire a boat.").name == "Examov"
    noted = turn_labels(_blocks(["Those taking part: Testov, Samplin", "Samplin—the engine came late.",
                                 "Cde. Testov: Then we wait."]), "latin")
    assert sorted(found.name for found in noted.values()) == ["Samplin", "Testov"]
    report = ["The delegation reached the city in May.", "Moscow—the capital was quiet that week.",
              "Cde. Testov: We shall see.", "Cde. Probin: Indeed."]
    assert [found.name for found in turn_labels(_blocks(report), "latin").values()] == ["Testov", "Probin"]


def test_a_name_in_capitals_speaking_once_is_a_speaker_where_the_attendance_names_him_in_any_case():
    """'GROMYKO.' speaks once; 'Attended by Coms. … Gromyko, A.A.' names him as a member spells it."""
    lines = ["Attended by Coms. Probin, I.V., Gromyko, A.A.", "Cde. Testov: The commission has reported.",
             "GROMYKO. The situation there has not worsened."]
    assert sorted(found.name for found in turn_labels(_blocks(lines), "latin").values()) == ["GROMYKO", "Testov"]


def test_bare_names_speaking_once_are_speakers_where_the_documents_title_names_both():
    """'Testov:' and 'Probin:' speak once each: turns under 'Telephone Conversation between Testov and
    Probin'; under another title the same lines are no dialogue (one name may be a place's: 'Moscow: …')."""
    lines = ["Testov: I thank you for receiving our engineers.", "Probin: Thank you. The bridge will be finished."]
    title = "Record of a Telephone Conversation between Testov and Probin"
    assert sorted(found.name for found in turn_labels(_blocks(lines), "latin", title).values()) == ["Probin", "Testov"]
    assert turn_labels(_blocks(lines), "latin", "Report on the Bridge") == {}
    dotted = ["Probin. I am glad to hear you.", "Testov. That is good news."]
    assert len(turn_labels(_blocks(dotted), "latin", title)) == 2


def test_a_speakers_initial_alone_speaks_where_it_begins_one_other_speakers_name_only():
    """'P.:' after 'Probin:' is Probin's turn; beside 'Probin:' and 'Petrov:' it is no one's, a paragraph."""
    lines = ["Testov: Did the wagons leave?", "Probin: Forty left this morning.", "Testov: How many more?",
             "P.: Sixty more are needed."]
    assert [found.name for found in turn_labels(_blocks(lines), "latin").values()] == ["Testov", "Probin", "Testov", "P."]
    ambiguous = [*lines[:3], "Petrov: And the coal?", "P.: Sixty more are needed."]
    assert "P." not in [found.name for found in turn_labels(_blocks(ambiguous), "latin").values()]


def test_a_signatures_placeholder_in_parentheses_is_no_stage_direction():
    """'(illegible signature)' under a cover note in a record of turns says what stands where the signature
    was: a paragraph, never the room's stage direction."""
    from plenum.readers.block_kinds import BodyBlock, classify

    texts = ["Hereby I send you the record.", "(illegible signature)", "Testov: We agree.", "Probin: So do we.",
             "Testov: Then it is settled."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert blocks[1].kind not in ("stage", "stage-setting") and blocks[2].kind == "turn"


def test_attended_is_a_participants_heading_never_a_speaker():
    """'Attended: Comrades A.A. Probin, …' lists those present; it had made a person 'Attended' speak."""
    assert recognise(Span("Attended: Comrades A.A. Probin, B.B. Examov.", 0), "latin") is None


@pytest.mark.parametrize("text", ["Translator's Note:", "Translator’s Note: 1 Only this fragment was found.",
                                  "Editor's Notes:", " Level: Secret 512", "Precedence: Urgent"])
def test_a_notes_heading_or_a_telegram_form_s_field_is_no_speaker(text):
    """'Translator's Note:' over the note, a receiving office's 'Level: Secret 512': no person speaks."""
    assert label(text.lstrip()) is None


@pytest.mark.parametrize("divider", ["x x x", "xxx", "* * *", "***", "======", "———————", "_____", "- - - -"])
def test_a_divider_is_no_heading_nor_paragraph_and_over_the_letterhead_its_forme_work(divider):
    """A rule or crosses alone between a journal's entries ('x x x') is a divider (ab), no paragraph; at the top,
    over more of the head ('2 May 1958' / '=====' / 'SOVIET EMBASSY …'), the letterhead's rule, forme work."""
    from plenum.readers.block_kinds import BodyBlock, classify

    texts = ["Nº 317", "2 May 1958", divider, "JOURNAL", "I received the chairman at his request.", divider,
             "In the evening I attended a concert of the choir."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][2:] == ["docket", "head", "narrative", "divider", "narrative"]


@pytest.mark.parametrize("title, kinds", [
    ("Request Clearance for a Reply to the Testland Chess Federation", ["docket", "head"]),
    ("Operative Group Samplegrad", ["head", "narrative"]),   # a department under the office: no title
    ("Telespresso no. 4471/1180", ["head", "narrative"]),])
def test_a_title_under_an_office_s_name_alone_is_the_heading_and_the_office_its_letterhead(title, kinds):
    """'Probeland Chess Committee' over 'Request Clearance for …': the title the heading, the office the letterhead's
    (the office had taken the heading, the title under it a paragraph); a name or a number under it is no title."""
    from plenum.readers.block_kinds import BodyBlock, classify

    texts = ["Probeland Chess Committee", title, "We propose to accept the invitation and have drafted a reply."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][:2] == kinds


def test_a_committee_s_document_form_with_its_initials_and_printing_line_are_its_docket():
    """'Committee for … [CFCR] Document' / 'General Office, CFCR, Printed and Distributed …' over the record's title:
    forme work both, the title the heading (the form had taken the heading, the title a paragraph)."""
    from plenum.readers.block_kinds import BodyBlock, classify

    texts = ["Committee for Foreign Cultural Relations [CFCR] Document",
             "General Office, CFCR, Printed and Distributed 22 October 1962",
             "Record of Conversation from Premier Zhou Testai's Reception of the Rowing Delegation",
             "Zhou: How did your crews find the river?", "Pak: Wide and calm, thank you."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][:3] == ["docket", "docket", "head"]


def test_a_registry_stamp_s_date_and_number_at_the_top_is_a_stamp():
    """'21 FEB 79 09999' (a registry's stamp, the month cut short, the year in two figures, the incoming number) over
    a letter's date and number is the stamp's forme work, no heading; the date line under it the dateline."""
    from plenum.readers.block_kinds import BodyBlock, classify

    texts = ["21 FEB 79 09999", "21 February 1979 Nº 346s", "To the CPSU CC",
             "According to information held by the committee, the designs were departed from."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][:2] == ["stamp", "dateline"]


@pytest.mark.parametrize("cut", ["for the period", "during the period"])
def test_a_journal_s_title_cut_before_its_period_goes_on_in_the_period(cut):
    """'of USSR AMBASSADOR … during the period' / '11 to 25 June 1962': the period a line of the title, the place under
    it the dateline's (the period had become a paragraph, which ended the head)."""
    from plenum.readers.block_kinds import BodyBlock, classify

    texts = ["JOURNAL", f"of USSR AMBASSADOR IN TESTLAND B. K. SAMPLOV {cut}", "11 to 25 June 1962", "Testgrad",
             "I visited the new harbour with the Minister of Transport."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][:4] == ["head", "head", "head", "sender"]


def test_a_letterhead_s_bracket_and_a_return_stamp_s_legend_leave_the_title_the_heading():
    """'[KGB Letterhead]' is the letterhead's forme work, 'Subject to return to the' / 'CPSU CC General Department' the
    stamp's legend cut over two lines; the title under the addressee is the heading (the bracket had taken it)."""
    from plenum.readers.block_kinds import BodyBlock, classify

    texts = ["[KGB Letterhead]", "21 FEB 79 09999", "Subject to return to the", "CPSU CC General Department",
             "21 February 1979 Nº 346-A", "[to the] CPSU CC", "Shortcomings in the Construction of the Dam",
             "According to information held by the committee, the designs were departed from."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][:7] == ["docket", "stamp", "stamp", "stamp", "dateline", "addressee", "head"]


@pytest.mark.parametrize("letterhead, addressee", [
    ("[Probish Ministry of Roads letterhead]", "addressee"), (None, "docket")])
def test_a_party_s_central_committee_under_a_letterhead_s_date_is_the_addressee(letterhead, addressee):
    """'Central Committee of the Probish Party' under the report's date and number, a letterhead over them: the
    addressee (it had been the letterhead's forme work); with no letterhead above the date it may be the letterhead."""
    from plenum.readers.block_kinds import BodyBlock, classify

    texts = [*([letterhead] if letterhead else []), "3 May 1981 Nº 212s", "Central Committee of the Probish Party",
             "REPORT", "On the order of the Council of Ministers the depots sent their buses to the district."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][-4:-1] == ["dateline", addressee, "head"]


def test_what_a_letterhead_leaves_of_its_office_over_the_body_it_is_attached_to_is_its_letterhead():
    """'For State Security' / 'At the USSR Council of Ministers' / the date: the letterhead's lines (the first had been
    a salutation, the second the heading)."""
    from plenum.readers.block_kinds import BodyBlock, classify

    texts = ["For State Security", "At the USSR Council of Ministers", "15 November 1976", "No. 2577-A",
             "About the Hostile Actions of the So-called Group", "In recent years, the services have been busy."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][:3] == ["docket", "docket", "dateline"]


@pytest.mark.parametrize("texts, kinds", [
    (["Meeting of the Party Leaders of the Harbour Pact (HP) at the Central Committee (CC) of the Probish United Party "
      "(PUP), evening of 14 March 1967", "(record of the talks)", "Cde. Testarek began by greeting the guests."],
     ["head", "head"]),
    (["Protocol No. 47", "Meeting of the Secretariat on 3, 4 and 5 May 1962",
      "(during a pause in proceedings at the IV Congress)", "The Secretariat approves the following communiqué:",
      "Comrade Testik: I propose that we keep the old composition.", "Comrade Probarski: I agree with that."],
     ["head", "head", "head"]),
    (["Protocol No. 47", "Minutes of the Secretariat of the Probish Party",
      "(during a pause in proceedings at the IV Congress)", "The Secretariat approves the following communiqué:",
      "Comrade Testik: I propose that we keep the old composition.", "Comrade Probarski: I agree with that."],
     ["head", "head", "stage-setting"])])
def test_a_sitting_s_title_closing_on_its_date_and_what_it_was_under_it_are_the_heading(texts, kinds):
    """'Meeting of … (PUP), evening of 14 March 1967', first or under the protocol's number, and its parenthesis under
    it, long too where turns follow ('(during a pause in proceedings at the IV Congress)'): the heading (the title had
    been a paragraph and the parenthesis a stage direction); such a parenthesis under another heading stays the
    stage's."""
    from plenum.readers.block_kinds import BodyBlock, classify

    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][:len(kinds)] == kinds


@pytest.mark.parametrize("office, whose", [("Embassy 17/3/P/54", "of the Testish Republic"),
                                           ("Embassy", "of the Testish Republic [added by hand]"),
                                           ("Embassy 17/3/P/54", "of the Testish Republic [added by hand]")])
def test_a_letterhead_broken_over_lines_with_its_number_and_a_hand_s_remark_leaves_the_title_the_heading(office, whose):
    """'Embassy 17/3/P/54' (its outgoing number beside the office's word) / 'of the Testish Republic [added by hand]' (the
    translator's remark on its words) / 'in Probia': the letterhead's lines, the report's title under it the heading
    (the letterhead had been the heading and the title paragraphs)."""
    from plenum.readers.block_kinds import BodyBlock, classify

    texts = [office, whose, "in Probia", "REPORT No. 7", "of the Embassy of the Testish People's Republic",
             "The trade agreement signed in May has brought the first shipments of machine tools."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][:5] == ["docket", "docket", "docket", "head", "head"]


def test_a_title_of_what_a_letter_is_on_over_four_lines_under_its_addressee_is_the_heading():
    """'to the TSSR Council of Ministers' / 'Concerning measures being taken' / 'to move the population …' / … (more
    than twenty-five words, no stop): the title is the heading, never a second salutation."""
    from plenum.readers.block_kinds import BodyBlock, classify
    from plenum.readers.inline import BREAK

    title = BREAK.join(["Concerning measures being taken", "to move the population and the livestock of the flooded",
                        "districts along the lower course of the river Probka",
                        "to the villages on the higher ground above Samplegrad"])
    texts = ["Copy Nº 2", "to the TSSR Council of Ministers", title,
             "Since 9 May 1986 the ministry has sent forty buses to the flooded districts."]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert [block.kind for block in blocks][1:3] == ["addressee", "head"]


@pytest.mark.parametrize("place, kinds", [("OLD SAMPLEPUR-220044", ["dateline", "dateline"]),
                                          ("Samplegrad 220044", ["dateline", "dateline"]),
                                          ("Conference of the Party leaders of the Lake Treaty", ["head", "dateline"])])
def test_a_place_with_its_postcode_over_the_date_is_the_dateline_s(place, kinds):
    """'OLD SAMPLEPUR-220044' / '14th August 1986.' in one paragraph: the place and date one dateline (the place had been
    the heading); a title over the date stays the heading."""
    from plenum.readers.head_lines import headed_dateline
    from plenum.readers.inline import BREAK

    assert headed_dateline(place + BREAK + "14th August 1986.") == kinds


def test_a_sitting_of_a_committee_over_its_place_and_days_is_the_title_no_letterhead():
    """'The meeting of the Harbour Committee of …' / 'Probeburg, 14 – 15 May 1981' in one paragraph: the title over the
    dateline (the committee's name had made it the letterhead's office); 'GDR Embassy in Probeland' / its place and date
    stays the letterhead's."""
    from plenum.readers.head_lines import dated_letterhead, headed_dateline
    from plenum.readers.inline import BREAK

    sitting = "The meeting of the Harbour Committee of the Samplegrad Pact member countries" + BREAK + "Probeburg, 14 – 15 May 1981"
    assert dated_letterhead(sitting) == [] and headed_dateline(sitting) == ["head", "dateline"]
    assert dated_letterhead("GDR Embassy in Probeland" + BREAK + "Probeburg, 2 April 1965") == ["docket", "dateline"]


def test_an_office_over_a_title_in_one_paragraph_is_the_letterhead_and_the_title_the_heading():
    """'Ministry of Foreign Affairs' / 'Memorandum of Conversation between …, 14 May 1975': the office the letterhead's
    line, the title the heading; an office over a sentence is neither."""
    from plenum.readers.head_lines import office_over_title
    from plenum.readers.inline import BREAK

    title = "Memorandum of Conversation between Ivan Probov and Karim Al-Testi, 14 May 1975"
    assert office_over_title("Ministry of Foreign Affairs" + BREAK + title) == ["docket", "head"]
    assert office_over_title("Ministry of Foreign Affairs" + BREAK + "The minister came. He spoke.") == []
    assert office_over_title(title) == []


def test_a_title_the_capture_printed_twice_under_itself_is_the_source_s_surplus():
    """'REPORT No. 9' / 'of the Embassy …' over 'Report No. 9' / 'of the Embassy …': the copy 'repeated' (it had been the
    text's first paragraphs); a paragraph that only opens as the title does stays the text's."""
    from plenum.readers.block_kinds import BodyBlock, classify

    title = ["REPORT No. 9", "of the Embassy of the Testish People's Republic for the period of 1 October 1955"]
    for copy, kinds in ((["Report No. 9", title[1]], ["repeated", "repeated"]),
                        (["Report No. 9 was written in haste.", title[1]], ["narrative", "narrative"])):
        texts = title + copy + ["The new trade agreement was signed in November."]
        blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
        classify(blocks, "latin", False)
        assert [block.kind for block in blocks][:4] == ["head", "head", *kinds]


@pytest.mark.parametrize("signature, kind", [("(Ina Probstova)", "closer-salute"),
                                             ("I was glad to hear of your visit to our committee.", "narrative")])
def test_an_inside_address_typed_under_the_signature_is_the_closer_s_salute(signature, kind):
    """'(Ina Probstova)' over 'H.E. Mr. Otto Samplinger' / 'President PGC' / 'CH-9998 Samplestadt' in one paragraph: the
    addressee's inside address, the closer's salute (it had been a paragraph); with no signature above it, the text's."""
    from plenum.readers.block_kinds import BodyBlock, classify
    from plenum.readers.inline import BREAK

    address = BREAK.join(["H.E. Mr. Otto Samplinger", "President PGC", "CH-9998 Samplestadt"])
    texts = ["Testburg, 3rd May 1984.", "I enclose the minutes of our committee's meeting on the Games.", signature,
             address]
    blocks = [BodyBlock(Run(text), [Span(text, 0)]) for text in texts]
    classify(blocks, "latin", False)
    assert blocks[-1].kind == kind


@pytest.mark.parametrize("line, place", [("Examzhou: The Examzhou Guest House, Examzhou", True),
                                         ("Samplegrad: The Probe Hotel, Testburg", False),
                                         ("Examzhou: The Examzhou Hotel was full, so we slept on the train.", False),
                                         ("Testov: The Testov Hall is ready.", False)])
def test_a_place_line_labelled_by_its_city_is_a_meeting_detail(line, place):
    """'Examzhou: The Examzhou Guest House, Examzhou': a place line labelled by its city, the building in capitalised
    words with the city again, a detail of the meeting (it had been the turn of a speaker 'Examzhou'); a sentence
    after a name, or a building's name that is not the city's, stays a label's words."""
    from plenum.readers.meeting_patterns import SETTING

    assert (SETTING.match(line) is not None) == place

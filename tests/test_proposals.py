"""Speakers persons.xml does not know: proposed in the document, listed by the review and by
`plenum persons`, adopted into persons.xml by --accept, --rename and --merge; and `plenum init`, an
edition of one's own that builds pages whose speakers no one registered."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, html

from plenum.cli import main
from plenum.persons import local_persons, person_key, pointer
from plenum.tei import NS, parse_file
from plenum.siteconfig import UNTITLED, identity

PAGES = Path(__file__).parent / "pages" / "archive-text"


def plenum(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def edition(tmp_path, monkeypatch) -> Path:
    """A new edition (plenum init) holding two look-alike pages whose speakers are all unknown."""
    folder = tmp_path / "mine"
    assert plenum("init", str(folder)).exit_code == 0
    for name in ("alias-to-be-abbreviated.txt", "bracket-in-label.txt", "../archive-markdown/original-unknown-speakers.txt"):
        shutil.copy(PAGES / name, folder / "seeds" / Path(name).name)
    monkeypatch.chdir(folder)
    return folder


def speakers(path: Path) -> dict[str, list[str]]:
    """Each turn's speaker (persons.xml#id, followed through the document's own person, or a
    proposal's #id), with the labels of its turns."""
    found: dict[str, list[str]] = {}
    root = parse_file(path).getroot()
    local = local_persons(root)
    for sp in root.iterfind(".//tei:sp", NS):
        who = pointer(pid) if (pid := person_key(sp.get("who"), local)) else sp.get("who")
        found.setdefault(who, []).append(" ".join("".join(sp.find("tei:speaker", NS).itertext()).split()))
    return found


def test_init_makes_the_layout_and_refuses_a_folder_with_files(tmp_path):
    folder = tmp_path / "new"
    result = plenum("init", str(folder))
    assert result.exit_code == 0
    assert (folder / "seeds").is_dir() and (folder / "tei" / "persons.xml").is_file()
    assert identity(folder).title == UNTITLED   # CITATION.cff, which the editors complete
    assert "seeds/" in (folder / "README.md").read_text(encoding="utf-8")
    before = (folder / "README.md").read_bytes()
    again = plenum("init", str(folder))
    assert again.exit_code == 2 and "not an empty folder" in again.output
    assert (folder / "README.md").read_bytes() == before


def test_init_names_the_edition_in_its_citation_file_and_the_build_in_every_file(tmp_path, monkeypatch):
    folder = tmp_path / "talks"
    assert plenum("init", str(folder), "--title", 'Talks in "Pyongyang"').exit_code == 0
    assert identity(folder).title == 'Talks in "Pyongyang"'
    shutil.copy(PAGES / "alias-to-be-abbreviated.txt", folder / "seeds")
    monkeypatch.chdir(folder)
    assert plenum("build").exit_code == 0
    authority = parse_file(folder / "tei" / "alias-to-be-abbreviated.xml").findtext(".//tei:authority", namespaces=NS)
    assert authority == 'Talks in "Pyongyang"'
    assert '<h1>Talks in "Pyongyang"</h1>' in (folder / "site" / "index.html").read_text(encoding="utf-8")


def test_unknown_speakers_convert_to_valid_documents_with_one_proposal_per_person(edition):
    result = plenum("build")
    assert result.exit_code == 0, result.output
    turns = speakers(edition / "tei" / "alias-to-be-abbreviated.xml")
    assert sorted(map(sorted, turns.values())) == [
        ["Pak Sun-hwa (hereafter Pak):", "Pak:", "Pak:"],
        ["Ri:", "Ri:", "Vice Minister Ri Tae-gil (to be abbreviated as Ri):"]]
    root = parse_file(edition / "tei" / "alias-to-be-abbreviated.xml").getroot()
    people = root.findall(".//tei:particDesc//tei:person", NS)
    assert {person.get("n") for person in people} == {"ri-tae-gil", "pak-sun-hwa"}
    assert all(person.get("cert") and person.get("resp") for person in people)
    assert {"#" + person.get("{http://www.w3.org/XML/1998/namespace}id") for person in people} == set(turns)
    review = json.loads((edition / "review" / "alias-to-be-abbreviated.json").read_text(encoding="utf-8"))
    listed = [item["encoded"] for item in review["interventions"] if item["kind"] == "proposed-person"]
    assert len(listed) == 2 and any("Ri Tae-gil" in item for item in listed)


def test_a_proposed_speaker_links_to_its_entry_on_the_page_and_the_review_to_it(edition):
    assert plenum("build").exit_code == 0
    page = html.parse(str(edition / "site" / "alias-to-be-abbreviated.html")).getroot()
    proposed = {element.get("id") for element in page.find_class("proposed")}
    links = {link.get("href") for speaker in page.find_class("speaker") for link in speaker.iter("a")}
    assert len(proposed) == 2 and links == {"#" + id for id in proposed}
    review = json.loads((edition / "review" / "alias-to-be-abbreviated.json").read_text(encoding="utf-8"))
    targets = {item["id"] for item in review["interventions"] if item["kind"] == "proposed-person"}
    assert targets == proposed


def test_persons_lists_proposals_and_adopts_them(edition):
    assert plenum("build").exit_code == 0
    listing = json.loads(plenum("persons", "--format", "json").stdout)
    assert {proposal["n"] for proposal in listing["proposed"]} == {"ri-tae-gil", "pak-sun-hwa", "deng-xiaoping", "han-ik-su", "chen-yi", "orlov", "belkin"}
    done = plenum("persons", "--accept", "ri-tae-gil", "--rename", "han-ik-su=han-iksu", "--merge", "chen-yi=han-iksu")
    assert done.exit_code == 0, done.output
    assert plenum("build").exit_code == 0
    turns = speakers(edition / "tei" / "bracket-in-label.xml")
    assert len(turns["persons.xml#han-iksu"]) == 4      # Han's two turns and Chen's two, merged
    assert len(speakers(edition / "tei" / "alias-to-be-abbreviated.xml")["persons.xml#ri-tae-gil"]) == 3
    after = json.loads(plenum("persons", "--format", "json").stdout)
    assert {proposal["n"] for proposal in after["proposed"]} == {"pak-sun-hwa", "deng-xiaoping", "orlov", "belkin"}


def test_an_original_follows_its_translation_to_a_proposal_and_to_the_person_accepted(edition):
    assert plenum("build").exit_code == 0
    document = edition / "tei" / "original-unknown-speakers.xml"
    root = parse_file(document).getroot()
    for text in ("original", "translation"):
        assert len({sp.get("who") for sp in root.iterfind(f".//tei:text[@type='{text}']//tei:sp", NS)}) == 2
    original = root.find(".//tei:text[@type='original']//tei:sp", NS)
    assert original.get("who") == root.find(".//tei:text[@type='translation']//tei:sp", NS).get("who")
    assert plenum("persons", "--accept", "orlov").exit_code == 0
    # before any build, the document's proposal already points to the person accepted
    assert "orlov" in local_persons(parse_file(document).getroot()).values()
    persons = parse_file(edition / "tei" / "persons.xml").getroot()
    forms = persons.xpath(".//tei:person[@xml:id='orlov']/tei:persName[@xml:lang='ru']/text()", namespaces=NS)
    assert forms == ["Орлов"]
    assert plenum("build").exit_code == 0
    assert len(speakers(document)["persons.xml#orlov"]) == 4


@pytest.mark.parametrize("args, message", [
    (("--accept", "nobody"), "no document proposes a person nobody"),
    (("--merge", "chen-yi=nobody"), "there is no person nobody"),
    (("--rename", "chen-yi=Chen Yi"), "cannot be an id"),
    (("--accept", "chen-yi", "--rename", "han-ik-su=chen-yi"), "the id chen-yi is taken"),
])
def test_a_request_that_cannot_be_met_writes_nothing(edition, args, message):
    assert plenum("build").exit_code == 0
    before = (edition / "tei" / "persons.xml").read_bytes()
    result = plenum("persons", *args)
    assert result.exit_code == 2 and message in result.output
    assert (edition / "tei" / "persons.xml").read_bytes() == before


def test_one_person_one_proposal_and_different_people_different_ones():
    from plenum.tei import E
    from plenum.transforms.proposals import Proposals

    proposals = Proposals(E.TEI({"{http://www.w3.org/XML/1998/namespace}id": "doc"}))
    chen = proposals.resolve("Chen [Yi]")
    assert proposals.resolve("Chen") == proposals.resolve("CHEN YI") == chen == "#doc-proposed-chen-yi"
    assert proposals.resolve("Premier Zhou Enlai") == proposals.resolve("Zhou") != chen
    assert len({proposals.resolve("Орлов"), proposals.resolve("Белкин"), chen}) == 3
    assert proposals.resolve("Ли") != proposals.resolve("Li")        # the same letters, two people


def test_a_participants_list_names_a_proposal_only_by_a_name():
    """'Premier Zhang:' is proposed under the list's 'Zhang Testing'; each line of an item is read, a
    romanisation in parentheses left out; a line of a name and post past four words names no one."""
    from lxml import etree

    from plenum.transforms.proposals import listed_participants
    body = etree.fromstring(
        '<div xmlns="http://www.tei-c.org/ns/1.0"><list type="participants"><head>PARTICIPANTS:</head>'
        '<item>Premier Zhang Testing, Premier of the State Council</item><item>Dr. Henry Sample</item>'
        '<item>PARK Min-ho Co-chairman of the Test Committee<lb/>YOON Jae-sik Assistant to the co-chairman</item>'
        '<item>Chou En-test (Zhou Entest), Premier of the State Council<lb/>Wang Hai-test, Assistant Minister'
        '</item></list></div>')
    assert listed_participants(body) == ["Zhang Testing", "Henry Sample", "Chou En-test", "Wang Hai-test"]


def test_a_line_of_names_after_a_party_title_lists_each_name_without_the_title():
    """'Also taking part: Cdes. P. R. Probov, K. L. Examov and N. N. Samplin.' lists three persons,
    none of them 'Cdes. P. R. Probov'; a line with a surname alone among the names lists its first; offices
    and roles before a name are left out, and parts that name no one ('Ambassador of the USSR')."""
    from lxml import etree

    from plenum.transforms.proposals import listed_participants
    body = etree.fromstring(
        '<div xmlns="http://www.tei-c.org/ns/1.0"><list type="participants"><label>Also taking part:</label>'
        '<item>Cdes. P. R. Probov, K. L. Examov and N. N. Samplin.</item>'
        '<item>Comrades Ivan Testov, Orlov, Petrov</item>'
        '<item>Comrade A. I. Testorov, Chairman Li Probo, interpreter Wang Sample, Ambassador of the USSR</item>'
        '</list></div>')
    assert listed_participants(body) == ["P. R. Probov", "K. L. Examov", "N. N. Samplin", "Ivan Testov",
                                         "A. I. Testorov", "Li Probo", "Wang Sample"]


def test_initials_after_a_name_are_declared_for_that_name_alone():
    """'Soviet journalist Victor Louis (VL)' and 'General Director Mordechai Gazit (MG)' declare the
    initials of the words before them (accented letters too); initials that are not those words' first
    letters declare nothing."""
    from lxml import etree

    from plenum.transforms.proposals import declared_initials
    text = etree.fromstring(
        '<p xmlns="http://www.tei-c.org/ns/1.0">A talk between General Director Oren Testman (OT) and the '
        'Soviet journalist Pavel Sampler (PS), at the Made-up Ministry (UN) on Testing Square (KIS), with '
        'Kim Il Sung (KIS) listening, and Ödön Próbás (ÖP) taking notes.</p>')
    assert declared_initials(text) == {"OT": "Oren Testman", "PS": "Pavel Sampler", "KIS": "Kim Il Sung",
                                       "ÖP": "Ödön Próbás"}


def test_initials_declared_in_a_first_label_resolve_to_that_speaker_every_time():
    """'Pavel Sampler (PS): …' then 'PS: …' twice: one proposal, not a second 'pavel-sampler-2' for the
    initials (the full name had been met already)."""
    from lxml import etree

    from plenum.transforms.proposals import Proposals
    root = etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="doc"><text><body><sp><speaker>'
                            'Pavel Sampler (PS):</speaker></sp></body></text></TEI>')
    proposals = Proposals(root)
    first = proposals.resolve("Pavel Sampler")
    assert proposals.resolve("PS") == first and proposals.resolve("PS") == first
    assert first == "#doc-proposed-pavel-sampler"


def test_an_originals_label_unlike_every_person_is_proposed_not_attributed(tmp_path):
    """A turn of a Latin-script original that the translation lacks, its label like no person of
    persons.xml: proposed as a person of the document, not given to the least unlike one with @cert low."""
    from plenum import pipeline
    from plenum.tei import NS

    from .conftest import ROOT
    page = (ROOT / "tests/pages/archive-markdown/german-original-dialogue.txt").read_text(encoding="utf-8")
    extra = "Genosse Wunderlich: Ich möchte noch sagen, dass wir mit dem Termin und mit der Zahl der Gäste einverstanden sind.\n\n"
    assert "\nNote on a Conversation" in page
    source = tmp_path / "note.txt"
    source.write_text(page.replace("\nNote on a Conversation", "\n" + extra + "Note on a Conversation", 1), encoding="utf-8")
    root = pipeline.convert(source, ROOT / "tei").documents[0].root
    sp = root.xpath("//tei:text[@xml:lang = 'de']//tei:sp[tei:speaker = 'Genosse Wunderlich:']", namespaces=NS)[0]
    assert sp.get("who").endswith("-proposed-wunderlich") and sp.get("cert") is None


@pytest.mark.parametrize("name, identifier", [("Władysław Gomułka", "wladyslaw-gomulka"),
                                              ("Lê Đức Mẫu", "le-duc-mau"), ("Ødegård", "odegard"),
                                              ("Nicolae Ceaușescu", "nicolae-ceausescu"), ("А. И. Микоян", "a-i-mikoyan")])
def test_a_proposed_persons_identifier_keeps_every_letter_in_ascii(name, identifier):
    """Letters no Unicode decomposition takes to ASCII (ł, đ, ø) are written as their base letters."""
    from plenum.transforms.proposals import slug
    assert slug(name) == identifier


def test_a_label_whose_name_is_only_an_editors_bracket_is_proposed_as_written():
    """'[KGB chairman]. …' names no one outside its bracket: the proposal takes the bracket's words (the
    conversion had failed on the empty name)."""
    from lxml import etree

    from plenum.transforms.proposals import Proposals
    root = etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="doc"><text><body/></text></TEI>')
    assert Proposals(root).resolve("[KGB chairman]") == "#doc-proposed-kgb-chairman"


def test_a_label_read_back_keeps_its_brackets_and_one_that_reads_as_no_name_is_taken_as_written():
    """'Examenko [illegible].': the gap stands in its brackets, so the name is still Examenko; a label the
    reader took that reads back as no name is proposed by its words, never left without a speaker."""
    from lxml import etree

    from plenum.readers.labels import parse_label
    from plenum.transforms.proposals import label_text, written_label
    speaker = etree.fromstring('<speaker xmlns="http://www.tei-c.org/ns/1.0">Examenko <gap reason="illegible">'
                               '<desc>KGB chai illegible rman</desc></gap>.</speaker>')
    assert label_text(speaker) == "Examenko [KGB chai illegible rman]."
    assert parse_label(label_text(speaker), "latin").name.startswith("Examenko")
    odd = etree.fromstring('<speaker xmlns="http://www.tei-c.org/ns/1.0">12 - 14 Mr:</speaker>')
    assert parse_label(label_text(odd), "latin") is None and written_label(odd).name == "12 - 14 Mr"


def _titled(title: str):
    """A TEI document whose header gives `title` alone, as a transform reads the document's title."""
    return etree.fromstring(f'<TEI xmlns="{NS["tei"]}"><teiHeader><fileDesc><titleStmt><title>{title}</title>'
                            f'</titleStmt></fileDesc></teiHeader></TEI>')


@pytest.mark.parametrize("title, office, name", [
    ("Record of Conversation between Premier Zhou Testlai and Minister Probe", "Premier", "Zhou Testlai"),
    ("Record of Conversation from Premier Zhou's Reception of a Delegation", "Premier", "Zhou"),
    ("Record of Conversation between Premier Zhou Testlai and Minister Probe", "Minister", "Probe"),
    ("Minutes of the Talks between Premier Zhou Testlai and Premier Kim Probe-song", "Premier", None),
    ("Record of Conversation between Premier Zhou Testlai and Minister Probe", "Chairman", None),
    ("Record of Conversation between Premier Zhou Testlai and Minister Probe", "Zhou", None),
    # (where the holder is posted, between the office and his name)
    ("Record of Premier Zhou's Reception of Ambassador to Probeland Examir Sampleton", "Ambassador", "Examir Sampleton"),
    ("Journal of Testian Ambassador to the DPRK Probin, 19 May 1958", "Ambassador", "Probin"),
    ("Reception of the Ambassador to the Democratic Republic of Probeland Testov", "Ambassador", None),
])
def test_a_title_of_office_alone_names_the_one_person_the_documents_title_gives_after_it(title, office, name):
    from plenum.transforms.proposals import titled_in_title
    root = _titled(title)
    assert titled_in_title(root, office) == name


@pytest.mark.parametrize("title, label, name", [
    ("Record of Premier Probe's Talk with Prime Minister Testam Van Dong", "Prime Minister Testam", "Testam Van Dong"),
    ("Record of Premier Probe's Talk with Prime Minister Testam Van Dong", "Premier Probe", None),
    ("Conversation between Chairman Testo Zedong With the Probish Delegation", "Chairman Testo", "Testo Zedong"),
    ("Record of Talks between Premier Zhou and Minister Probe", "Premier Zhou", None),
    ("Record of Talks between Premier Zhou Testlai and Minister Probe", "Testlai", None),
])
def test_a_titled_label_names_the_fuller_name_the_documents_title_goes_on_with(title, label, name):
    """'Prime Minister Testam (hereafter, Testam):' under '… with Prime Minister Testam Van Dong': the title's fuller
    name (his turns had been proposed as 'Testam', cert low); a possessive, a joining word or no title in the label none."""
    from plenum.transforms.proposals import named_on_in_title
    root = _titled(title)
    assert named_on_in_title(root, label) == name


@pytest.mark.parametrize("title, word, name", [
    ("Record of Conversation between Premier Probe Enlai and Foreign Minister Testo", "probe", "Probe Enlai"),
    ("Record of Conversation between Premier Probe Enlai and Foreign Minister Testo", "testo", None),
    ("Talks between Premier Kim Il and Marshal Kim Tu-bong", "kim", None),
    ("Record of Conversation between Premier Probe Enlai With the Delegation", "enlai", "Probe Enlai"),
])
def test_a_one_word_label_names_the_one_titled_name_of_the_documents_title_it_begins_or_ends(title, word, name):
    """'PROBE:' under '… between Premier Probe Enlai and …': the title's name (his turns had been proposed as 'PROBE',
    cert low); a one-word name there, or two names the word may be, none."""
    from plenum.transforms.proposals import surname_in_title
    root = _titled(title)
    assert surname_in_title(root, word) == name


def test_a_label_of_initials_and_a_surname_is_proposed_under_the_participant_listed_in_full():
    """'R. PROBANI.' where the list gives 'Radha Probani, Prime Minister …': proposed as Radha Probani (it had been
    'R. PROBANI', cert medium, unlinked); 'T. PROBANI.' is another man."""
    from plenum.tei import E
    from plenum.transforms.proposals import Proposals

    proposals = Proposals(E.TEI({"{http://www.w3.org/XML/1998/namespace}id": "doc"}))
    proposals.list_participant("Radha Probani")
    assert proposals.resolve("R. PROBANI") == "#doc-proposed-radha-probani"
    assert proposals.resolve("T. PROBANI") == "#doc-proposed-t-probani"

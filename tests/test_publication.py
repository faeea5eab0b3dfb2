"""Licence, identity and kind of document: what each file of the edition says about itself."""

from __future__ import annotations

import json
import re

import pytest
from lxml import html as lxml_html
from plenum import publication, runner, tei
from plenum.edition import Edition, tei_files
from plenum.errors import InputError
from plenum.render import Renderer
from plenum.siteconfig import UNTITLED

from .conftest import ROOT, cases_project

DOCUMENTS = [path for path in tei_files([ROOT / "tei"]) if path.name != "persons.xml"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_each_file_licenses_its_encoding_apart_from_its_source(path):
    statement = tei.parse_file(path).find("tei:teiHeader/tei:fileDesc/tei:publicationStmt", tei.NS)
    encoding = statement.findall("tei:availability[@n='encoding']", tei.NS)
    source = statement.findall("tei:availability[@n='source']", tei.NS)
    assert len(encoding) == 1 and len(source) == 1
    assert encoding[0].get("status") == "free"
    assert encoding[0].find("tei:licence", tei.NS).get("target") == "https://creativecommons.org/licenses/by/4.0/"
    assert source[0].find("tei:licence", tei.NS) is None and source[0].findtext("tei:p", namespaces=tei.NS).strip()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_each_file_records_its_kind_in_a_taxonomy_of_its_own_header(path):
    tree = tei.parse_file(path)
    refs = tree.findall("tei:teiHeader/tei:profileDesc/tei:textClass/tei:catRef", tei.NS)
    assert len(refs) == 1
    taxonomy = tree.find("tei:teiHeader/tei:encodingDesc/tei:classDecl/tei:taxonomy", tei.NS)
    assert refs[0].get("scheme") == "#" + taxonomy.get(tei.XML_ID)
    category = taxonomy.xpath("tei:category[@xml:id = $id]", namespaces=tei.NS, id=refs[0].get("target")[1:])
    assert len(category) == 1 and category[0].findtext("tei:catDesc", namespaces=tei.NS)


def test_the_reading_edition_shows_the_kind_the_header_records(tmp_path):
    path = ROOT / "tei" / "001_fddf3f08cfdc8dc7.xml"
    tree = tei.parse_file(path)
    ref = tree.find(".//tei:textClass/tei:catRef", tei.NS)
    other = next(slug for slug, _, _ in publication.GENRES if not ref.get("target").endswith("-" + slug))
    ref.set("target", re.sub(r"-genre-\w+$", f"-genre-{other}", ref.get("target")))
    label = dict((slug, label) for slug, label, _ in publication.GENRES)[other]
    renderer = Renderer()
    html = renderer.render(renderer.load_tree(tree, tmp_path / path.name), "html")
    assert f'class="kicker">{label}' in html


@pytest.mark.parametrize("title, kind", [
    ("Memorandum of Conversation with Choe Changik, 5 June 1956", "conversation"),
    ("CPSU CC Memo on the Situation in the KWP, 17 October 1956", "memorandum"),
    ("Record of a Meeting between the Sino-Soviet Delegation and the Presidium", "minutes"),
    ("Letter, Li Sangjo to the KWP CC, 12 October 1956", "letter"),
    ("Cable from the Chinese Embassy in North Korea, 'A Fishing Agreement'", "telegram"),
    ("From the Journal of a Soviet Ambassador: Record of Conversation with a Premier", "conversation"),
    ("Journal of a Soviet Ambassador for 1 to 14 June 1957", "journal"),
    ("From the Diary of a Counsellor, 1-4 July 1955", "journal"),
    ("Speech by a First Secretary at the Plenum", "speech"),
    ("Resolution of the Presidium on the Delegation's Visit", "resolution"),
    ("Agreement on Cultural Cooperation between a Made-up Union and Testland", "agreement"),
    ("Made-up Agreement Regarding Technical Personnel Studying Abroad", "agreement"),
    ("Joint Communiqué of the Two Governments", "agreement"),
    ("Report on the Agreement of 1953", "report"),
    ("Report on the Resolution of the Plenum", "report"),
    ("Talks between a Leader and a Visiting First Secretary", "conversation"),
    ("[Uncorrected] Transcript of a Meeting of the Party Group on 8 February 1955", "minutes"),
    ("CPSU CC Protocol, 'Record of Proceedings of the Joint Meeting'", "minutes"),
    ("Information about the State Visit of a Delegation", "report"),
    ("Instructions to the Soviet Ambassador in Pyongyang", "directive"),
    ("Excerpt from a Letter of the Acting Ambassador", "letter"),
    ("Made-up Bureau Transcript (excerpt)", "minutes"),
    ("Session of the Made-up Bureau, 4 June 1979 (excerpt)", "minutes"),
    ("Notes from a Meeting of the Politburo on a Made-up Question", "minutes"),
    ("Stenographic Record of a Made-up Conference", "minutes"),
    ("Transcript of a Conversation between Two Made-up Premiers", "conversation"),
    ("Report on the Meeting of the Presidium", "report"),
    ("Record of a Talk between a Made-up Vice Minister and a Counsellor", "conversation"),
    ("Notes of a Talk with a Made-up Correspondent", "conversation"),
    ("Note about the Meeting between Two Made-up Secretaries", "memorandum"),
    ("Ministry of Foreign Affairs, Note of a Made-up Department, 'Relations'", "memorandum"),
    ("Note Number 12 from a Made-up Department", "memorandum"),
    ("Footnote to a Made-up History", "document"),
    ("Discussion between Two Made-up Premiers", "conversation"),
    ("Record of the Second Meeting between a Premier and a Prime Minister", "minutes"),
    ("Fifth Official Meeting Between Two Made-up Delegations", "minutes"),
    ("Meeting with Comrade Testo Probaev on 5 May 1966", "conversation"),
    ("[Testo Probaev's] Audience with Representatives of a Made-up Youth League", "conversation"),
    ("Comrade Testo Probaev, Comrade Li Sample Receive the Made-up Ambassador", "conversation"),
    ("Premier Probe Meets with a Made-up Delegation", "conversation"),
    ("Cable, Summary of a Made-up Envoy's Meeting with a Premier", "telegram"),
    ("Report to the Committee on the Consultation Meeting With a Made-up Secretary", "report"),
    ("Record of a Made-up Party's Politburo Discussion, 26 June 1963", "minutes"),
    ("Made-up Politburo Decision to Adopt the Attached Draft Reply", "resolution"),
    ("Assessment of a Made-up General Staff on the Border", "report"),
    ("Meeting of a Made-up Prime Minister and a Premier at the Guest House", "minutes"),
    ("From the Meeting of a Made-up Delegation with a Chairman on 13 May 1959", "minutes"),
    ("Talk Given by the Minister at a Made-up Conference [Excerpts]", "speech"),
    ("Address by a Made-up First Secretary to the Youth Congress", "speech"),
    ("Talks with a Made-up Minister", "conversation"),
    ("L. Testov to Cde. V.M. Probov", "letter"),
    ("I. Testov to Cde. B.N. Probov, 'On the Situation (Memorandum)'", "memorandum"),
    ("A Made-up Embassy, 'Informational Letter on Trade'", "letter"),
    ("Document No. 12", "document"),
    ("Cable from a Made-up Ambassador to the Minister, 'Visit (Conversation with a Chairman)'", "telegram"),
    ("Cryptogram No 777 from a Made-up Embassy, Trade Delegation", "telegram"),
    ("Hand-delivered letter, Testov to a Made-up Premier", "letter"),
    ("Draft Letter from a Made-up Secretary to the Plenum", "letter"),
    ("Oral Message from a Made-up President to the President of Testland", "letter"),
    ("Message of a Made-up Secretary General to a President", "letter"),
    ("Interview with a Made-up Premier by an Editor", "conversation"),
    ("Toast by a Made-up Premier at the Banquet", "speech"),
    ("Radio Address by President Testinen, 'The Ferries and the Frontier'", "speech"),
    ("Record of Negotiations between Minister Testov and Prime Minister Probert, Probeton", "conversation"),
    ("Protocol on Trade between Testland and a Made-up Republic for 1956", "agreement"),
    ("Protocol No. 43 of a Made-up Bureau's Session", "minutes"),
    ("Record of Meeting of Comrade Testov with Comrade Probin", "minutes"),
    ("Summary of a Made-up CC Meeting", "minutes"),
    ("A Made-up Faculty, 'Resolution Adopted by the Faculty Organization'", "resolution"),
    ("Memorandum for the Record, 'Meeting Between a Minister and an Adviser'", "memorandum"),
    ("Airgram from a Made-up Embassy to the Department, 'Harbour Dues'", "telegram"),
    ("P. Testov to the Made-up Foreign Minister [Probin]", "letter"),
    ("P. Testov to the Harbour Board", "document"),
    ("Made-up Politburo Decision with report by the Commission", "resolution"),
    ("A Made-up Premier, 'Seven Years of Building: Address by the Premier'", "speech"),
    ("State Minister Probin's Meeting with a Made-up Ambassador", "conversation"),
    ("Made-up Ministry, Information to the President on the Harbour", "report"),
    ("Protocol Guiding Cooperation between the Testian and Probian Services", "agreement"),
    ("Protocol of the Meeting between the Made-up Delegations", "minutes"),
    ("Made-up Central Committee Draft Resolution on the Probian Party", "resolution"),
    ("Testov Report to the CC on Talks with Made-up Leaders", "report"),
    ("The Political Adviser for Testland (Probewell) to the Secretary of State", "letter"),
    ("Resolution, Made-up Council of Ministers with draft letters to Testov and directive to the delegation", "resolution"),
    ("Decision of the Made-up Bureau on the Record of Conversation with Probin", "resolution"),
    ("Testish-Probish Talks in Probegrad: January 18, 1967", "conversation"),
    ("Record of Testish-Probish Talks", "conversation"),
    ("Minutes of Testish-Probish Talks", "minutes"),
    ("Telex from the Made-up Embassy on the Missiles", "telegram"),
    ("Telephonogram from Testov and Probin to the Ministry", "telegram"),
    ("Action Memoranda for the Made-up Secretary", "memorandum"),
    ("Record of the Second Contact between Premier Testlai and Minister Probinh", "conversation"),
    ("Testo Probaev to Examov", "letter"),
    ("Testo Probaev to Examov [Probin]", "letter"),
    ("Testo Probaev's Visit to Examgrad", "document"),
    ("Reception of a Made-up Delegation, Guests of the Council, by Cde. Testov", "conversation"),
    ("Reception by Deputy Foreign Minister I. Testov for the Director of the Probish Foreign Ministry", "conversation"),
    ("Probian Record of Meeting of Made-up Party Leaders in Testgrad", "minutes"),
    ("Made-up Party CC Decree, 'Information for the Testian Leadership'", "resolution"),
    ("Testian Foreign Ministry Report, Excerpts of a General's Conversations", "report"),
    ("Testov's Discussion with a Made-up President on the Canal", "conversation"),
    ("Record of Discussion between Two Made-up Ministers", "conversation"),
    ("Letter to Minister Probin, Report on 'The Harbour Agents'", "letter"),
    ("Made-up Committee, Information Nr. 2955 on the Harbour", "report"),
    ("Informational Message of a Made-up Directorate", "report"),
    ("Notice of the Made-up Committee on the Flood", "report"),
    ("Exchange of Notes between Testland and Probeland on Consulates", "agreement"),
    ("Aide-Mémoire of the Made-up Government", "memorandum"),
    ("Additional Instructions Regarding the Made-up Talks at Testgrad", "directive"),
    ("Secret Testian Instructions, 'Measures to Be Taken in the Northern Provinces'", "directive"),
    ("Order of the People's Commissar of the Made-up Fleet No. 0101, 'On Training'", "directive"),
    ("Order of Merit Given to the Testov Collective Farm", "document"),
    ("National Intelligence Estimate NIE 99-1, 'Testian Capabilities through 1970'", "report"),
    ("Made-up Security Ministry, 'Single Information about a Rally at the Embassy'", "report"),
    ("Several Notices from the Made-up Committee regarding the Harbour", "report"),
    ("Premier Testov's Extemporaneous Toast", "speech"),
    ("TSKP Resolution on the Present Stage of the Testian Revolution", "resolution"),
    ("Protocol of the Interrogation of the Accused V. P. Testov", "interrogation"),
    ("Testimony of Anton Probin on the Events of 12 May", "interrogation"),
    ("Report on the Interrogation of Made-up Prisoners of War", "report"),
    ("Transcript of Premier Testo's News Conference in Probegrad", "conversation"),
    ("Press Conference by the Made-up Foreign Minister", "conversation"),
    ("Appeal of Made-up Citizens to the Supreme Council", "letter"),
    ("Petition from the Testian Villagers to the Ministry", "letter"),
    ("Memoirs of a Made-up Ambassador, Chapter Three", "memoir"),
    ("Testov's Recollections of the Harbour Talks", "memoir"),
])
def test_the_kind_comes_from_the_title_s_words(title, kind):
    assert publication.genre(title) == kind


def test_the_project_states_its_licences_and_how_to_cite_it():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "CC BY 4.0" in licence
    citation = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert re.search(r"^version: \"?\d+\.\d+\.\d+\"?$", citation, re.M)
    assert re.search(r"^date-released: \"?\d{4}-\d{2}-\d{2}\"?$", citation, re.M)


def _titles(folder) -> dict[str, set[str]]:
    """The edition's title as each kind of file of a built project shows it: the TEI documents'
    authority, the pages' site title, the CSL-JSON files' collection title."""
    documents = [path for path in tei_files([folder / "tei"]) if path.name != "persons.xml"]
    return {
        "authority": {tei.parse_file(path).findtext(".//tei:publicationStmt/tei:authority", namespaces=tei.NS)
                      for path in documents},
        "site title": {title for page in (folder / "site").glob("*.html") if page.name != "search.html"
                       for title in lxml_html.parse(str(page)).xpath("//p[@class='site-title']/a/text()")},
        "collection": {json.loads(path.read_bytes())[0]["collection-title"] for path in (folder / "site").glob("*.csl.json")},
    }


def test_an_edition_is_named_by_the_title_of_its_citation_file_and_no_other(tmp_path):
    cases_project(tmp_path)
    edition = Edition.of(tmp_path / "tei", [tmp_path / "seeds"], tmp_path / "site")
    assert not runner.build(edition, jobs=1).errors
    assert _titles(tmp_path) == {"authority": {UNTITLED}, "site title": {UNTITLED}, "collection": {UNTITLED}}
    made = [*tei_files([tmp_path / "tei"]), *(tmp_path / "site").glob("*.*")]
    assert not [path.name for path in made if path.name != "persons.xml" and "August Plenum" in path.read_text(encoding="utf-8")]
    (tmp_path / "CITATION.cff").write_text('cff-version: 1.2.0\ntitle: "Talks in Pyongyang, 1957 \\u2013 \\"A\\" test"\n',
                                           encoding="utf-8")
    assert not runner.build(edition, jobs=1).errors   # every file names the edition: all made again
    title = 'Talks in Pyongyang, 1957 – "A" test'
    assert _titles(tmp_path) == {"authority": {title}, "site title": {title}, "collection": {title}}


def test_a_title_xml_cannot_carry_is_refused_with_the_file_that_holds_it(tmp_path):
    cases_project(tmp_path)
    (tmp_path / "CITATION.cff").write_text('title: "Talks \\u0007"\n', encoding="utf-8")
    edition = Edition.of(tmp_path / "tei", [tmp_path / "seeds"], tmp_path / "site")
    with pytest.raises(InputError, match=r"CITATION\.cff.*U\+0007"):
        runner.build(edition, jobs=1)
    assert [path.name for path in (tmp_path / "tei").iterdir()] == ["persons.xml"] and not (tmp_path / "site").exists()

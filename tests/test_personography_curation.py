"""The editors' personography as the edition uses it: duplicates resolved, the dossier's people listed."""

from __future__ import annotations

from collections import defaultdict

import pytest
from lxml import etree

from plenum import tei
from plenum.persons import Personography, local_persons, person_key
from plenum.tei import NS, TEI_NS, XML_ID
from plenum.transforms.real_names import code_names, real_name_notes

from .conftest import ROOT

PERSONS = ROOT / "tei" / "persons.xml"


def mentions() -> dict[str, set[str]]:
    """Each name as the committed documents write it -> the persons its mentions point to."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in sorted((ROOT / "tei").glob("0*.xml")):
        root = tei.parse_file(path).getroot()
        local = local_persons(root)
        for name in root.iterfind(".//tei:text//tei:persName", NS):
            found[" ".join(" ".join(name.itertext()).split())].add(person_key(name.get("ref") or "", local))
    return found


def test_a_person_marked_the_same_as_another_points_to_a_listed_person_and_says_why():
    root = tei.parse_file(PERSONS).getroot()
    ids = {person.get(XML_ID) for person in root.iterfind(".//tei:person", NS)}
    marked = root.xpath(".//tei:listPerson/tei:person[@sameAs]", namespaces=NS)
    assert marked
    for person in marked:
        assert person.get("sameAs").removeprefix("#") in ids - {person.get(XML_ID)}
        assert person.get("cert") in ("medium", "low")       # an identification, not a fact
        assert person.find("tei:note[@type='editorial']", NS) is not None


def test_a_merged_duplicate_leaves_one_person_and_its_form():
    persons = Personography.load(PERSONS)
    assert "qiao-wanguang" not in persons.persons
    assert persons.lookup("Qiao Wanguang", "latin") == {"qiao-xiaoguang"}
    assert mentions()["Qiao Wanguang"] == {"qiao-xiaoguang"}


@pytest.mark.parametrize("name, pid", [
    ("Bak Yeongbin", "pak-yong-bin"), ("Gim Yeongju", "kim-yong-ju"), ("I. Shcherbakov", "shcherbakov-i-s"),
    ("Kurdyukov", "kurdyukov"), ("Chao Kaelyan", "chao-kaelyan"), ("Chao", "chao-kaelyan"),
])
def test_people_the_dossier_names_are_listed_and_linked(name, pid):
    assert mentions()[name] == {pid}


def test_a_code_name_s_real_name_in_brackets_is_the_translator_s_note_and_still_names_him_when_linked_again():
    """'FILIPPOV [Stalin]' in a telegram's text: the bracket is the translator's note of who the code name is (no
    words missing from the original), and linking the document again still reads the code name as Stalin."""
    root = etree.fromstring(f'<TEI xmlns="{TEI_NS}" xml:id="doc"><text><body><div><p>Yours, FILIPPOV '
                            '<supplied reason="omitted-in-original">Stalin</supplied></p><p>HE <supplied '
                            'reason="omitted-in-original">Stalin</supplied></p></div></body></text></TEI>')
    persons = Personography.load(PERSONS)
    stalin = code_names(root, persons)["filippov"]
    real_name_notes(root, persons)
    notes = root.findall(f".//{{{TEI_NS}}}note")
    assert [(note.get("type"), note.get("place"), note.get(XML_ID), note.text) for note in notes] == [
        ("translator", "inline", "doc-n1", "Stalin")]
    assert len(root.findall(f".//{{{TEI_NS}}}supplied")) == 1        # ('HE [Stalin]': a pronoun is no code name)
    real_name_notes(root, persons)
    assert code_names(root, persons) == {"filippov": stalin} and len(root.findall(f".//{{{TEI_NS}}}note")) == 1

"""The personography: speakers, aliases, prefix-sharing names, alignment of originals, curation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from plenum.transforms.local_persons import delocalise
from plenum import pipeline, review, runner
from plenum.edition import Edition
from plenum.cli import main
from plenum.tei import NS, XML_ID

from .conftest import ROOT


def page(body: str, language: str = "Russian", title: str = "Conversation", record: int = 900001) -> str:
    """An archive page in the Markdown export layout, around the given document text."""
    return (f"## **September 17, 1956**\n\n### **{title}**\n\n#### **Citation:**\n\n"
            f'"{title}", September 17, 1956, Wilson Center Digital Archive, GARF, Fond 5446, Opis 98c, '
            f"Delo 718, Listy 1-2. Translated by Gary Goldberg. <https://digitalarchive.wilsoncenter.org/document/{record}>"
            f"\n\n#### **Original Language:**\n\n{language}\n\n#### **Contents:**\n\nOriginal Scan  \nTranslation - English\n\n"
            f"{body}\n")


@pytest.fixture
def edition(tmp_path) -> Path:
    """A tei/ folder holding a copy of the edition's personography."""
    folder = tmp_path / "tei"
    folder.mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", folder / "persons.xml")
    return folder


def convert(tmp_path: Path, edition: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    conv = pipeline.convert(path, edition)
    for document in conv.documents:     # the persons the turns and names point to, as persons.xml#id
        delocalise(document.root)
    return conv


def turns(conv, kind: str) -> list:
    return conv.documents[0].root.xpath(f"//tei:text[@type='{kind}']//tei:sp", namespaces=NS)


BILINGUAL = page("""Сов. секретно

тов. Микоян - Как себя чувствует т. Ким Ир Сен?

тов. Чой Ён Ген - Он собирался приехать в Пекин, но заболел.

тов. Микодор - Встречались ли вы с китайскими товарищами?

тов. Лим Хэ - Нет, еще не встречались.

Top Secret

Cde. Mikoyan - How does Cde. Kim Il Sung feel?

Cde. Choe Yong-geon - He planned to come to Peking, but fell ill.

Cde. Mikoyan - Have you met with the Chinese comrades?

Cde. Choe Yong-geon - No, we haven't yet met.""")


def test_a_garbled_russian_label_is_resolved_by_alignment_with_the_translation(tmp_path, edition):
    conv = convert(tmp_path, edition, "bilingual.txt", BILINGUAL)
    russian, english = turns(conv, "original"), turns(conv, "translation")
    assert len(russian) == len(english) == 4
    # Every original turn points to the translation turn in the same position.
    assert [sp.get("corresp") for sp in russian] == ["#" + sp.get(XML_ID) for sp in english]
    garbled = russian[2]
    assert garbled.findtext("tei:speaker", namespaces=NS) == "тов. Микодор -"
    assert garbled.get("who") == "persons.xml#mikoyan-anastas"


def test_where_label_and_translation_disagree_the_turn_is_uncertain_and_reported(tmp_path, edition):
    conv = convert(tmp_path, edition, "bilingual.txt", BILINGUAL)
    disputed = turns(conv, "original")[3]          # the original says Rim Hae, the translation Choe
    assert disputed.get("cert") in ("medium", "low")
    assert disputed.get("who") in ("persons.xml#rim-hae", "persons.xml#choe-yong-geon")
    reports = [f.message for f in conv.findings if f.kind == "speaker"]
    assert any("Лим Хэ" in message and "choe-yong-geon" in message for message in reports)
    assert all(sp.get("cert") is None for sp in turns(conv, "original")[:3])


def test_an_alias_holds_only_in_the_document_that_declares_it(tmp_path, edition):
    declaring = page("Chairman Mao (hereafter, Chairman): As you see.\n\nMikoyan: All right!\n\nChairman: Have you seen it?"
                     "\n\nMikoyan: Not yet.", language="Chinese")
    other = page("Mikoyan: All right!\n\nChairman: Have you seen it?\n\nMikoyan: Yes.", language="Chinese", record=900002)
    first = convert(tmp_path, edition, "declaring.txt", declaring)
    second = convert(tmp_path, edition, "other.txt", other)
    assert [sp.get("who") for sp in turns(first, "translation")] == [
        "persons.xml#mao-zedong", "persons.xml#mikoyan-anastas", "persons.xml#mao-zedong",
        "persons.xml#mikoyan-anastas"]
    chairman = turns(second, "translation")[1]
    assert chairman.get("who").startswith("#") and "chairman" in chairman.get("who")   # proposed, not Mao
    assert any("'Chairman' is not in persons.xml" in f.message for f in second.findings)


def test_kim_il_and_kim_il_sung_are_two_people(tmp_path, edition):
    text = page("Cde. Kim Il. We all found out about the purpose.\n\n"
                "Cde. Kim Il Sung notes: Kim Il Sung and Kim Il agree, as Cde. Kim Il said.", language="Korean")
    conv = convert(tmp_path, edition, "kims.txt", text)
    root = conv.documents[0].root
    assert [sp.get("who") for sp in turns(conv, "translation")] == ["persons.xml#kim-il", "persons.xml#kim-il-sung"]
    mentions = [(name.text, name.get("ref")) for name in root.iterfind(".//tei:sp[2]//tei:persName", NS)]
    assert mentions == [("Kim Il Sung", "persons.xml#kim-il-sung"), ("Kim Il", "persons.xml#kim-il"),
                        ("Kim Il", "persons.xml#kim-il")]


def test_two_forms_of_one_person_that_overlap_are_one_name(tmp_path, edition):
    """'Chairman Mao' and 'Mao Zedong' are both forms of Mao: 'Chairman Mao Zedong' is one name, not
    'Chairman Mao' with 'Zedong' left over."""
    conv = convert(tmp_path, edition, "mao.txt", page("Cde. Mikoyan - Chairman Mao Zedong received us.", language="Chinese"))
    names = conv.documents[0].root.iterfind(".//tei:p/tei:persName", NS)
    assert [(name.text, name.get("ref")) for name in names] == [("Chairman Mao Zedong", "persons.xml#mao-zedong")]


def test_a_surname_label_is_the_one_person_the_text_names_in_full_with_it(tmp_path, edition):
    """'Premier Deng:' where the text names Deng Xiaoping is Deng Xiaoping, with medium certainty; 'Kim:' where it
    names Kim Il Sung stays a proposal (Kim begins the forms of more than one person)."""
    text = page("We met Deng Xiaoping and Kim Il Sung.\n\nPremier Deng: Welcome.\n\nKim: Thank you.\n\n"
                "Premier Deng: Sit down, please.", language="Chinese")
    turns_ = turns(convert(tmp_path, edition, "deng.txt", text), "translation")
    assert [(sp.get("who"), sp.get("cert")) for sp in turns_[:2]] == [("persons.xml#deng-xiaoping", "medium"),
                                                                     (turns_[1].get("who"), None)]
    assert "proposed" in turns_[1].get("who")


def test_an_ocr_misreading_of_a_name_is_kept_and_regularised(tmp_path, edition):
    conv = convert(tmp_path, edition, "ocr.txt", page("Cde. Mikoyan - We talked with Cde. Kim II Sung.", language="Korean"))
    name = conv.documents[0].root.find(".//tei:p/tei:persName", NS)
    assert name.get("ref") == "persons.xml#kim-il-sung"
    assert name.findtext("tei:choice/tei:orig", namespaces=NS) == "Kim II Sung"
    assert name.findtext("tei:choice/tei:reg", namespaces=NS) == "Kim Il Sung"


def test_an_unknown_titled_name_is_tagged_without_ref_and_reported(tmp_path, edition):
    conv = convert(tmp_path, edition, "unknown.txt", page("Cde. Mikoyan - Cde. Choe is not drinking.", language="Korean"))
    unresolved = conv.documents[0].root.xpath("//tei:p/tei:persName[not(@ref)]", namespaces=NS)
    assert [name.text for name in unresolved] == ["Choe"]
    assert [review.kind(name) for name in unresolved] == ["unresolved-name"]  # the review lists it


def test_an_unknown_titled_name_stops_at_the_next_title_where_a_stop_was_lost(tmp_path, edition):
    conv = convert(tmp_path, edition, "titles.txt", page("Cde. Mikoyan - At the request of Cde. Probin Cde. Testov spoke.",
                                                          language="Korean"))
    unresolved = conv.documents[0].root.xpath("//tei:p/tei:persName[not(@ref)]", namespaces=NS)
    assert [name.text for name in unresolved] == ["Probin", "Testov"]


def test_an_unknown_titled_name_stops_at_the_post_a_list_runs_it_into(tmp_path, edition):
    conv = convert(tmp_path, edition, "posts.txt", page("Cde. Mikoyan - Present were Comrade Samplov Head of Representation "
                                                         "and Comrade Testenko Interpreter.", language="Korean"))
    unresolved = conv.documents[0].root.xpath("//tei:p/tei:persName[not(@ref)]", namespaces=NS)
    assert [name.text for name in unresolved] == ["Samplov", "Testenko"]


def test_an_office_after_comrade_is_no_name_with_the_country_before_it_too(tmp_path, edition):
    """Hungarian reports write 'the Comrade Soviet Ambassador': an office, as 'Comrade Premier' is."""
    conv = convert(tmp_path, edition, "office.txt",
                   page("Cde. Mikoyan - I told the Comrade Soviet Ambassador and Comrade Premier so.", language="Korean"))
    assert conv.documents[0].root.xpath("//tei:p/tei:persName", namespaces=NS) == []


def test_a_professors_and_doctors_titles_before_a_name_are_no_name(tmp_path, edition):
    conv = convert(tmp_path, edition, "professor.txt",
                   page("Cde. Mikoyan - The delegation was led by Comrade Prof. Dr. Kurt Probemann.", language="Korean"))
    assert [name.text for name in conv.documents[0].root.xpath("//tei:p/tei:persName", namespaces=NS)] == ["Kurt Probemann"]


def test_the_files_copy_in_a_list_of_copies_is_no_name(tmp_path, edition):
    """A cable's copies go to comrades and to the file: '3. Comr. Copy' names no one."""
    conv = convert(tmp_path, edition, "copies.txt",
                   page("Cde. Mikoyan - Copies: 1. Comr. Samplov 2. Comr. Copy 3. Comr. File", language="Korean"))
    assert [name.text for name in conv.documents[0].root.xpath("//tei:p/tei:persName", namespaces=NS)] == ["Samplov"]


def test_an_unknown_titled_name_keeps_its_initials(tmp_path, edition):
    """'Cde. Yu. V. Testrov' is the name 'Yu. V. Testrov', not a person 'Yu'; 'Cde. A. A. Gromtest' is
    marked as the titled name it is."""
    conv = convert(tmp_path, edition, "initials.txt",
                   page("Cde. Mikoyan - Copies went to Cde. Yu. V. Testrov and Cde. A. A. Gromtest.", language="Korean"))
    unresolved = conv.documents[0].root.xpath("//tei:p/tei:persName[not(@ref)]", namespaces=NS)
    assert [name.text for name in unresolved] == ["Yu. V. Testrov", "A. A. Gromtest"]


def test_each_name_of_a_list_a_plural_title_opens_is_a_name(tmp_path, edition):
    """'Comrades Mikoyan, Testrov and Probin': each name of the list, not the first alone; a list a
    singular title opens, or an office in it, names no further person."""
    text = ("Cde. Mikoyan - Copies to Comrades Mikoyan, Testrov and Probin; Cdes. Lozkin, Samplov. "
            "Comrade Testrov, Korea's envoy, spoke with Comrades Probin and Ambassador Li.")
    conv = convert(tmp_path, edition, "listed.txt", page(text, language="Korean"))
    names = conv.documents[0].root.xpath("//tei:p/tei:persName", namespaces=NS)
    assert [(name.text, name.get("ref") is not None) for name in names] == [
        ("Mikoyan", True), ("Testrov", False), ("Probin", False), ("Lozkin", False), ("Samplov", False),
        ("Testrov", False), ("Probin", False)]
    assert {review.kind(name) for name in names if name.get("ref") is None} == {"unresolved-name"}


def test_a_titled_names_possessive_is_not_part_of_the_name(tmp_path, edition):
    """'Cde. Testrov's request': the name is 'Testrov', the possessive's 's the sentence's; a name's hyphen
    stays in it ('Probin-Samplov's')."""
    conv = convert(tmp_path, edition, "possessive.txt",
                   page("Cde. Mikoyan - At Cde. Testrov's request and Comrade Probin-Samplov's, we met.", language="Korean"))
    names = conv.documents[0].root.xpath("//tei:p/tei:persName[not(@ref)]", namespaces=NS)
    assert [name.text for name in names] == ["Testrov", "Probin-Samplov"]


def test_a_titled_names_typographic_apostrophes_stay_in_it(tmp_path, edition):
    """'Cde. Il’nyts’kyi': a transliteration's soft signs typed as curly apostrophes are the name's ('Il' was
    taken for it); a possessive's ’s stays the sentence's ('Cde. Testrov’s')."""
    conv = convert(tmp_path, edition, "apostrophes.txt",
                   page("Cde. Mikoyan - Cde. Il’nyts’kyi met Cde. Testrov’s deputy.", language="Korean"))
    names = conv.documents[0].root.xpath("//tei:p/tei:persName[not(@ref)]", namespaces=NS)
    assert [name.text for name in names] == ["Il’nyts’kyi", "Testrov"]


def test_first_names_the_translator_supplied_after_a_title_are_the_names(tmp_path, edition):
    """'Comrade [Pyotr Ivanovich] Testrov': the name holds the supplied first names, also where the
    personography knows the surname; a supplied office ('Comrade [Deputy Premier] Probin') is no name's."""
    text = ("Cde. Mikoyan - Comrade [Pyotr Ivanovich] Testrov met Comrade [Anastas Ivanovich] Mikoyan "
            "and Comrade [Deputy Premier] Probin.")
    conv = convert(tmp_path, edition, "supplied.txt", page(text, language="Korean"))
    names = conv.documents[0].root.xpath("//tei:p//tei:persName", namespaces=NS)
    assert [("".join(name.itertext()), name.get("ref") is not None) for name in names] == [
        ("Pyotr Ivanovich Testrov", False), ("Anastas Ivanovich Mikoyan", True)]
    assert [len(name.findall("tei:supplied", NS)) for name in names] == [1, 1]


def test_an_editors_additions_to_persons_xml_survive_a_build(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    edition = tmp_path / "tei"
    edition.mkdir()
    persons = (ROOT / "tei" / "persons.xml").read_text(encoding="utf-8")
    added = ('        <person xml:id="gromyko-andrei">\n          <persName type="main">Andrei Gromyko</persName>\n'
             '          <note type="editorial">Added by an editor.</note>\n        </person>\n      </listPerson>')
    persons = persons.replace("      </listPerson>", added)
    persons = persons.replace("<occupation>Soviet ambassador to the DPRK</occupation>",
                              "<occupation>Soviet ambassador to the DPRK</occupation>\n"
                              "          <note type=\"editorial\">An editor's remark on Ivanov.</note>")
    (edition / "persons.xml").write_text(persons, encoding="utf-8")
    runner.build(Edition.of(edition, [tmp_path / "seeds"], tmp_path / "site"))
    after = (edition / "persons.xml").read_text(encoding="utf-8")
    assert "Andrei Gromyko" in after and "Added by an editor." in after
    assert "An editor's remark on Ivanov." in after
    assert after.count('type="attestations"') == persons.count('type="attestations"') or 'type="attestations"' in after
    # The compiled parts are compiled again: running the build once more changes nothing.
    runner.build(Edition.of(edition, [tmp_path / "seeds"], tmp_path / "site"))
    assert (edition / "persons.xml").read_text(encoding="utf-8") == after


def test_plenum_persons_prints_the_index(tmp_path):
    result = CliRunner().invoke(main, ["persons", "--tei", str(ROOT / "tei")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = lines.index("Choe Yong-geon (choe-yong-geon)")
    block = lines[start:start + 8]
    assert any(line.startswith("  forms: Choe Yong-geon;") for line in block)
    assert any("Уайт Эн Ген" in line for line in block if line.startswith("  attested:"))
    assert any(line.startswith("  003_b5736df9e90b2d57.xml: ") and "turns" in line for line in block)
    assert "unresolved" in result.stderr
    listed = [line for line in lines if line.startswith("unresolved: ")]   # each name no form recognises
    counted = int(re.search(r"(\d+) unresolved", result.stderr).group(1))
    assert sum(int(m.group(1)) if (m := re.search(r", (\d+) times\)$", line)) else 1 for line in listed) == counted


def test_an_alias_of_punctuation_only_names_no_one(tmp_path, edition):
    """'(hereafter, -)' declares nothing: the document converts and the turn keeps its speaker."""
    conv = convert(tmp_path, edition, "dash.txt", page("Chairman Mao (hereafter, -): As you see.\n\n"
                                                       "Mikoyan: All right!\n\nChairman Mao: Have you seen it?",
                                                       language="Chinese"))
    assert [sp.get("who") for sp in turns(conv, "translation")] == [
        "persons.xml#mao-zedong", "persons.xml#mikoyan-anastas", "persons.xml#mao-zedong"]


def test_each_name_in_a_document_counts_once_in_its_attestations():
    """A document holding the original and its translation (texts in a group) counts each name once."""
    from lxml import etree

    from plenum.attestations import attest_tree
    from plenum.persons import local_persons, person_key

    nested = [path for path in sorted((ROOT / "tei").glob("0*.xml"))
              if etree.parse(str(path)).xpath("//tei:text//tei:text//tei:persName[@ref]", namespaces=NS)]
    assert nested, "no document of the edition holds a text within a text"
    for path in nested:
        tree = etree.parse(str(path))
        record = attest_tree(tree, path.name)
        for pid, (_, mentions) in record["places"].items():
            named = [ref for ref in tree.xpath("//tei:text//tei:persName/@ref", namespaces=NS) if person_key(ref, local_persons(tree.getroot())) == pid]
            assert mentions == len(named), (path.name, pid)


def test_a_surname_that_comes_first_with_another_given_name_is_another_person(tmp_path, edition):
    """'Mao Anying' is not Mao Zedong, whose forms put the surname first: the surname alone is his ('Mao said'),
    and so it is before a heading's word in title case ('Mao About'); his full name is his."""
    text = "Mao Zedong met Mao Anying at the station. Then Mao said that the Talks With Mao About Korea go on."
    conv = convert(tmp_path, edition, "surname.txt", page(text, language="Chinese"))
    names = conv.documents[0].root.xpath("//tei:p/tei:persName[@ref]", namespaces=NS)
    assert [name.text for name in names] == ["Mao Zedong", "Mao", "Mao"]
    assert "Mao Anying" in "".join(conv.documents[0].root.xpath("//tei:p//text()", namespaces=NS))

"""Persons on the reading text: a name a line end splits is one person ('Kim Il' / 'Sung' is Kim Il Sung,
not Kim Il), and names in runs decoded from a shifted font are found too."""

from __future__ import annotations

import shutil

from plenum.transforms.local_persons import delocalise
from plenum import pipeline, tei

from .conftest import ROOT
from .dossiers import shifted

NS = {"t": tei.TEI_NS}


def convert(tmp_path, lines: list[str]):
    """The body of document No. 5 of a one-document dossier made of `lines`."""
    return document(tmp_path, lines).find(".//t:body", NS)


def document(tmp_path, lines: list[str], title: str = "Record of the Council of Ministers, 3 April 1957"):
    """Document No. 5 of a one-document dossier with this title and these lines."""
    source = tmp_path / "dossier.txt"
    heading = [" his short essay introduces one record of the council of ministers.", "", "DOCUMENT No. 5", "",
               title, "",
               "[Source: RGANI, Fond 5, Opis 29, Delo 7, Listy 1-2. ",
               "Obtained and translated for CWIHP by A. Reader.]", ""]
    source.write_text("\n".join(heading + lines + [""]), encoding="utf-8")
    out = tmp_path / "tei"
    out.mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", out / "persons.xml")
    pipeline.write(pipeline.convert(source, out), out)
    root = tei.parse_file(out / "dossier-doc05.xml").getroot()
    delocalise(root)                        # the persons the names point to, as persons.xml#id
    return root


def test_the_longer_name_wins_across_a_line_end(tmp_path):
    body = convert(tmp_path, [
        "The council met in the capital. Its chairman, Comrade Kim Il ",
        "Sung, opened the meeting, and then Kim Il spoke about the plan ",
        "for the coal mines of the north, and Kim Il Sung closed it after ",
        "a speech by Peng ",
        "Dehuai about the harvest that the ministers heard with Kim Il ",
        "and the others.",
    ])
    names = [(name.get("ref").split("#")[1], " ".join("".join(name.itertext()).split()),
              name.find("t:lb", NS) is not None) for name in body.iter(tei.q("persName"))]
    assert names == [("kim-il-sung", "Kim Il Sung", True), ("kim-il", "Kim Il", False),
                     ("kim-il-sung", "Kim Il Sung", False), ("peng-dehuai", "Peng Dehuai", True),
                     ("kim-il", "Kim Il", False)]


def test_names_in_decoded_runs_are_found(tmp_path):
    plain = "the ministers of the council spoke about the plan for the coal mines of the north and the harvest "
    body = convert(tmp_path, [
        "The council met in the capital and " + plain,
        shifted("and then Kim Il Sung spoke about the plan for the coal ") + "mines of the north.",
        plain + "and the ministers of the council spoke about the plan.",
    ])
    [reg] = [reg for reg in body.iter(tei.q("reg")) if reg.get("type") == "font-decoded"]
    assert [(name.get("ref"), name.text) for name in reg.iter(tei.q("persName"))] == \
        [("persons.xml#kim-il-sung", "Kim Il Sung")]


def test_names_in_a_documents_title_are_found_and_whom_it_met_is_a_participant(tmp_path):
    root = document(tmp_path, ["The minister spoke about the harvest. Nam Il was away in the north."],
                    title="Memorandum of Conversation with Vice Premier Bak Uiwan, 3 April 1957")
    title = root.find(".//t:front//t:titlePart", NS)
    assert [name.get("ref") for name in title.iterfind(".//t:persName", NS)] == ["persons.xml#pak-ui-won"]
    assert root.xpath("//t:listPerson[@type='participants']/t:person/@sameAs", namespaces=NS) == ["persons.xml#pak-ui-won"]
    assert root.xpath("//t:listPerson[@type='mentioned']/t:person/@sameAs", namespaces=NS) == ["persons.xml#nam-il"]


def test_a_name_a_line_end_splits_at_the_edge_of_a_decoded_run_is_one_name_in_two_parts(tmp_path):
    plain = "the ministers of the council spoke about the plan for the coal mines of the north and the harvest "
    body = convert(tmp_path, [
        "The council met in the capital and " + plain,
        shifted("and the ministers agreed to ask Kim "),
        "Il Sung about the plan for the coal mines, and Peng ",
        shifted("Dehuai spoke after him about the coal mines of the north "),
        plain + "and the ministers of the council spoke about the plan.",
    ])
    parts = [(name.get("ref").split("#")[1], name.text, name.get("next"), name.get("prev"), name.get(tei.XML_ID))
             for name in body.iter(tei.q("persName"))]
    assert [(pid, text) for pid, text, *_ in parts] == [("kim-il-sung", "Kim"), ("kim-il-sung", "Il Sung"),
                                                         ("peng-dehuai", "Peng"), ("peng-dehuai", "Dehuai")]
    for (_, _, following, _, first), (_, _, _, previous, second) in (parts[0:2], parts[2:4]):
        assert following == "#" + second and previous == "#" + first


def test_a_surname_alone_is_linked_only_where_it_can_be_one_person(tmp_path):
    body = convert(tmp_path, [
        "The ambassador Qiao Xiaoguang came in the morning. Qiao said that the talks went well, and ",
        "Ban Hosan agreed. Later Ban Hakse spoke, and in Ban's view the plan was sound. Kim Il Sung ",
        "was away; Kim had left on Monday.",
        "",
        "Copies: 1-Fedorenko 2-Kurdyukov",
    ])
    names = [(name.text, (name.get("ref") or "#").split("#")[1], name.get("cert")) for name in body.iter(tei.q("persName"))]
    assert ("Qiao", "qiao-xiaoguang", "medium") in names            # one Qiao in the text and the personography
    assert not [text for text, *_ in names if text in ("Ban", "Kim")]  # Ban Hakse is named too; Kim is many
    assert ("Fedorenko", "fedorenko-nikolai", None) in names and ("Kurdyukov", "kurdyukov", None) in names

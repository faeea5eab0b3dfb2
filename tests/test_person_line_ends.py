"""A name a line end splits is one person: 'Kim Il' / 'Sung' is Kim Il Sung, not Kim Il."""

from __future__ import annotations

import shutil

from plenum import pipeline, tei

from .conftest import ROOT

NS = {"t": tei.TEI_NS}


def test_the_longer_name_wins_across_a_line_end(tmp_path):
    source = tmp_path / "dossier.txt"
    source.write_text("\n".join([
        " his short essay introduces one record of the council of ministers.",
        "",
        "DOCUMENT No. 5",
        "",
        "Record of the Council of Ministers, 3 April 1957",
        "",
        "[Source: RGANI, Fond 5, Opis 29, Delo 7, Listy 1-2. ",
        "Obtained and translated for CWIHP by A. Reader.]",
        "",
        "The council met in the capital. Its chairman, Comrade Kim Il ",
        "Sung, opened the meeting, and then Kim Il spoke about the plan ",
        "for the coal mines of the north, and Kim Il Sung closed it after ",
        "a speech by Peng ",
        "Dehuai about the harvest that the ministers heard with Kim Il ",
        "and the others.",
        "",
    ]), encoding="utf-8")
    out = tmp_path / "tei"
    out.mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", out / "persons.xml")
    pipeline.write(pipeline.convert(source, out), out)
    body = tei.parse_file(out / "dossier-doc05.xml").getroot().find(".//t:body", NS)
    names = [(name.get("ref").split("#")[1], " ".join("".join(name.itertext()).split()),
              name.find("t:lb", NS) is not None) for name in body.iter(tei.q("persName"))]
    assert names == [("kim-il-sung", "Kim Il Sung", True), ("kim-il", "Kim Il", False),
                     ("kim-il-sung", "Kim Il Sung", False), ("peng-dehuai", "Peng Dehuai", True),
                     ("kim-il", "Kim Il", False)]

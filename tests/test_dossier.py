"""The journal dossier reader: the seed dossier, a small hand-made one, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from plenum import pipeline, review, tei
from plenum.errors import InputError
from plenum.readers.fontshift import LOST
from plenum.validate import Validator

from .dossiers import shifted

from .conftest import ROOT, SHARED

SEED = ROOT / "seeds" / "004_4586cb435a2fc35a.txt"
STEM = SEED.stem
NS = {"t": tei.TEI_NS, "xi": tei.XI_NS}
# Read off the seed: the document headings it prints, and the two essays before them.
DOCUMENTS = [1, 2, 4, 6, 7, 16, 24, 25, 26, 29, 30]
# Read off the seed: the source lines each document holds, in its reading order, the nine whose headings
# the text layer lost named after the printed number before them. doc04 (Li Sangjo, 29 May) breaks off
# at line 665; its middle, printed after doc07 (Choe Changik, 5 June), goes on from there. Li Pilgyu's and
# Nam Il's talks and Ivanov's diary of 1 September follow doc07; after doc16 (Qiao Xiaoguang) come the
# reception of Li Sangjo on 5 September, his letter to Khrushchev, a record of what he wrote and was told,
# and the translation of his letter to the KWP CC; after doc26 Ivanov's diary of 26 October.
LINES = {"doc01": [(416, 474)], "doc02": [(475, 543)], "doc04": [(544, 665), (833, 893), (666, 678)],
         "doc06": [(680, 764)], "doc07": [(766, 832)], "doc07a": [(894, 910)], "doc07b": [(911, 968)],
         "doc07c": [(969, 1009)], "doc16": [(1011, 1074)], "doc16a": [(1075, 1094)], "doc16b": [(1095, 1149)],
         "doc16c": [(1150, 1279)], "doc16d": [(1281, 1855)], "doc24": [(1856, 1890)], "doc25": [(1892, 1920)],
         "doc26": [(1922, 2239)], "doc26a": [(2240, 2352)], "doc29": [(2353, 2385)], "doc30": [(2387, 2624)]}
SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    path = SHARED / "tei-all" / "tei_all.rng"
    if not path.exists():
        pytest.skip(f"TEI schema not found: {path}")
    return etree.RelaxNG(etree.parse(str(path)))


@pytest.fixture(scope="module")
def seed(tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("tei")
    conv = pipeline.convert(SEED, out)
    pipeline.write(conv, out)
    return out, conv


def load(out: Path, name: str) -> etree._Element:
    return tei.parse_file(out / f"{name}.xml").getroot()


def text_outside_orig(root: etree._Element) -> str:
    """All text of the TEI except inside orig (where printed U+FFFD may stay)."""
    parts = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if any(tei.local(a) == "orig" for a in element.iterancestors()) or tei.local(element) == "orig":
            parts.append(element.tail or "" if tei.local(element) == "orig" else "")
            continue
        parts += [element.text or "", element.tail or ""]
    return "".join(parts)


def test_seed_gives_essays_documents_and_corpus(seed):
    out, conv = seed
    expected = {f"{STEM}-essay1", f"{STEM}-essay2", STEM} | {f"{STEM}-{name}" for name in LINES}
    assert {path.stem for path in out.glob("*.xml")} == expected
    corpus = load(out, STEM)
    assert tei.local(corpus) == "teiCorpus"
    order = [include.get("href") for include in corpus.findall("xi:include", NS)]
    assert order == [f"{STEM}-essay1.xml", f"{STEM}-essay2.xml"] + [f"{STEM}-{name}.xml" for name in LINES]


def test_each_document_holds_its_own_lines_in_reading_order(seed):
    out, _ = seed
    for name, runs in LINES.items():
        assert _runs(load(out, f"{STEM}-{name}")) == runs, name


def _runs(root: etree._Element) -> list[tuple[int, int]]:
    """The runs of source lines a document's text holds, in its order; blank lines between blocks join."""
    runs: list[tuple[int, int]] = []
    for element in root.iterfind(".//t:text//*[@source]", NS):
        first, last = _lines(element.get("source"))
        if runs and runs[-1][0] <= first <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], last))
        elif runs and first > runs[-1][1] and not any(line.strip() for line in SEED_LINES[runs[-1][1]:first - 1]):
            runs[-1] = (runs[-1][0], last)
        else:
            runs.append((first, last))
    return runs


def test_documents_without_headings_say_how_they_were_found(seed):
    out, _ = seed
    for name in (name for name in LINES if name[-1].isalpha()):
        root = load(out, f"{STEM}-{name}")
        assert root.find("t:text/t:front/t:head", NS) is None and root.find(".//t:body/t:div", NS).get("n") is None
        assert root.findtext(".//t:titleStmt/t:title", namespaces=NS).startswith("Document without its printed heading")
        assert root.find(".//t:analytic/t:idno", NS) is None
        notes = [note.text for note in root.findall(".//t:notesStmt/t:note[@type='conversion']", NS)]
        assert any("lost this document's heading" in note and "Its number is not known" in note for note in notes)
    doc16a = " ".join(note.text for note in load(out, f"{STEM}-doc16a").iterfind(".//t:notesStmt/t:note", NS))
    assert "first-page archive note" in doc16a and "one of Nos. 17–23" in doc16a
    assert load(out, f"{STEM}-doc16a").find(".//t:creation/t:date", NS).get("when") == "1956-09-05"
    record = " ".join(note.text for note in load(out, f"{STEM}-doc16c").iterfind(".//t:notesStmt/t:note", NS))
    assert "reports what Li Sangjo writes or was told" in record and "guess" in record
    assert "with whom the document without its heading (doc16a) was held" in record


def test_a_displaced_middle_is_put_back_where_its_document_breaks_off(seed):
    out, _ = seed
    notes = {note.get("source"): note.text for note in load(out, f"{STEM}-doc04").iterfind(".//t:notesStmt/t:note", NS)}
    placed = notes["src:L833-L893"]
    assert "after line 665" in placed and "printed them after Document No. 7" in placed and "guess" in placed
    assert "printed from line 833 is taken to end at line 893" in notes["src:L894"]
    ends = [note for note in load(out, f"{STEM}-doc07").iterfind(".//t:notesStmt/t:note", NS)
            if "taken to end at line 832" in note.text]
    assert ends and ends[0].get("source") == "src:L833" and "displaced part of Document No. 4" in ends[0].text


def _lines(pointer: str) -> list[int]:
    first, _, last = pointer.removeprefix("src:L").partition("-L")
    return [int(first), int(last or first)]


def test_every_document_has_its_header(seed):
    out, _ = seed
    ids = set()
    for number in DOCUMENTS:
        root = load(out, f"{STEM}-doc{number:02d}")
        ids.add(root.get(tei.XML_ID))
        header = root.find("t:teiHeader", NS)
        assert header.findtext("t:fileDesc/t:titleStmt/t:title", namespaces=NS)
        assert header.find("t:fileDesc/t:sourceDesc/t:biblStruct/t:monogr/t:title[@level='j']", NS).text \
            == "Cold War International History Project Bulletin"
        assert header.find("t:fileDesc/t:sourceDesc/t:biblStruct//t:biblScope[@unit='issue']", NS).text == "16"
        assert header.find("t:fileDesc/t:sourceDesc/t:biblStruct/t:analytic/t:idno", NS).text == str(number)
        assert header.find("t:fileDesc/t:sourceDesc/t:msDesc/t:msIdentifier/t:repository", NS) is not None
        assert root.find("t:text/t:front/t:head", NS).get("n") == str(number)
    assert len(ids) == len(DOCUMENTS)


@pytest.mark.parametrize("number, when, repository, folios, obtained, translated", [
    (4, "1956-05-29", "RGANI", "190-196", ["Nobuo Shimotomai"], ["Gary Goldberg"]),
    (16, "1956-09-04", "RGANI", "322-325", ["James F. Person"], ["James F. Person"]),
    (24, "1956-10-17", "RGANI", "298", ["James F. Person"], ["Yuliya Zeynalova"]),
    (30, "1957-01-09", "RGANI", "1-17", ["James F. Person"], ["Gary Goldberg"]),
])
def test_header_fields_as_the_source_note_gives_them(seed, number, when, repository, folios, obtained, translated):
    out, _ = seed
    header = load(out, f"{STEM}-doc{number:02d}").find("t:teiHeader", NS)
    assert header.find("t:profileDesc/t:creation/t:date", NS).get("when") == when
    identifier = header.find("t:fileDesc/t:sourceDesc/t:msDesc/t:msIdentifier", NS)
    assert identifier.findtext("t:repository", namespaces=NS) == repository
    assert identifier.findtext("t:idno[@type='folios']", namespaces=NS) == folios
    assert identifier.find("t:collection[@type='fond']", NS).get("n") == "5"
    people = {}
    for resp in header.findall("t:fileDesc/t:titleStmt/t:respStmt", NS):
        people.setdefault(resp.findtext("t:resp", namespaces=NS), []).append(
            resp.findtext("t:persName", namespaces=NS) or resp.findtext("t:name", namespaces=NS))
    assert people == {"Obtained by": obtained, "Translated by": translated, "Converted to TEI and encoded by": ["plenum"]}


def test_library_shelfmark_and_broken_source_note(seed):
    out, conv = seed
    identifier = load(out, f"{STEM}-doc26").find(".//t:msIdentifier", NS)
    assert identifier.findtext("t:repository", namespaces=NS) == "Library of Congress"
    assert identifier.findtext("t:idno[@type='shelfmark']", namespaces=NS) == "DK949.32 K6 Korea Cage"
    notes = load(out, f"{STEM}-doc01").findall(".//t:notesStmt/t:note[@type='conversion']", NS)
    assert any("breaks off" in (note.text or "") for note in notes)


def test_no_replacement_character_outside_orig(seed):
    out, _ = seed
    for path in out.glob("*.xml"):
        assert LOST not in text_outside_orig(tei.parse_file(path).getroot()), path.name
    essay = load(out, f"{STEM}-essay1")
    reg = essay.find(".//t:choice/t:reg", NS)
    assert "".join(reg.itertext()).startswith("tive positions in northern Korea")


def test_lost_digits_are_gaps_and_decoded_runs_keep_the_print(seed):
    out, _ = seed
    essay = load(out, f"{STEM}-essay1")
    first = essay.find(".//t:choice", NS)
    assert first.findtext("t:orig", namespaces=NS).startswith("WLYH\ufffdSRVLWLRQV")
    gap = first.find("t:reg/t:gap", NS)
    assert gap.get("reason") == "font-encoding" and gap.get("quantity") == "5"


def test_hyphenation_joins_words_and_keeps_compounds(seed):
    out, _ = seed
    paragraph = load(out, f"{STEM}-essay1").find(".//t:body//t:p", NS)
    soft = paragraph.find("t:lb[@rend='hyphen']", NS)
    assert soft.get("break") == "no" and (soft.getprevious().tail or "").endswith("epi")
    doc7 = load(out, f"{STEM}-doc07b")  # Nam Il's talk, where "Soviet-/Koreans" is printed
    hard = [lb for lb in doc7.iter(tei.q("lb")) if lb.get("break") == "no" and lb.get("rend") is None]
    assert any((lb.getprevious().tail if lb.getprevious() is not None else lb.getparent().text or "")
               .rstrip().endswith("Soviet-") for lb in hard)


def test_note_markers_and_notes(seed):
    out, conv = seed
    for name in (f"{STEM}-essay1", f"{STEM}-essay2"):
        root = load(out, name)
        ids = {element.get(tei.XML_ID) for element in root.iter() if element.get(tei.XML_ID)}
        for ref in root.iter(tei.q("ref")):
            if ref.get("type") == "noteref" and ref.get("target"):
                assert ref.get("target")[1:] in ids
    notes = load(out, f"{STEM}-essay2").findall(".//t:back/t:div[@type='notes']/t:note", NS)
    assert [int(note.get("n")) for note in notes] == [13, 14, 15, 16, 69, 70, 71, 73, 74, 75, 80, 81, 82, 83]
    markers = [int(ref.text) for ref in load(out, f"{STEM}-essay1").iter(tei.q("ref"))
               if ref.get("type") == "noteref"]
    assert markers == [1, 2, 3, 4, 5, 6, 7, 8, 14, 15]
    unmatched = {f.message for f in conv.findings if f.kind == "marker-without-note"}
    assert "note 1 is not in the source" in unmatched


def test_document_references_resolve(seed):
    out, conv = seed
    refs = [ref for ref in load(out, f"{STEM}-essay1").iter(tei.q("ref")) if ref.get("type") == "document"]
    assert [ref.text for ref in refs] == ["#4", "#10", "#7", "#9", "#6", "#21"]
    for ref in refs:
        if ref.get("target"):
            assert (out / ref.get("target")).exists()
    assert {ref.get("n") for ref in refs if not ref.get("target")} == {"9", "10", "21"}
    assert {f.message for f in conv.findings if f.kind == "reference-without-document"} == \
        {"Document #9 is not in the source", "Document #10 is not in the source", "Document #21 is not in the source"}


def test_unplaced_fragments_are_kept_and_listed(seed):
    out, conv = seed
    kept = load(out, f"{STEM}-essay2").findall(".//t:back/t:div[@type='unplaced']/t:ab", NS)
    sources = [ab.get("source") for ab in kept]
    assert sources == ["src:L369", "src:L389-L390", "src:L401-L402"]   # L385 ends note 69 (before note 70)
    assert [review.kind(ab) for ab in kept] == ["unplaced-fragment"] * 3  # the review lists each


def test_every_file_is_valid_tei(seed, tei_all):
    out, _ = seed
    for path in sorted(out.glob("*.xml")):
        tree = tei.parse_file(path)
        tree.xinclude()
        assert tei_all.validate(tree), f"{path.name}: {tei_all.error_log.last_error}"


# --- a small dossier made for the test ----------------------------------------------------------

def small_dossier() -> str:
    """An essay with two markers and their notes, a fragment of a note, and two documents."""
    plain = ("the party leadership of Korea was criticized at the plenum and members who spoke "
             "against the cult were expelled ")
    return "\n".join([
        " his essay reads the documents of the plenum.1 The party leadership of Korea ",
        shifted("was criticized at the plenum and members who spoke against "),
        "the cult were expelled, as Documents #1 and #3 show.2 The anti-",
        "party group and the Soviet-",
        "Koreans were criti-",
        "cized. " + plain,
        plain,
        "",
        " 1. Record of the talks, RGANI, Fond 5, Opis 28, Delo 410, l. 3.",
        "2. Ibid., l. 4.",
        " Delo 412, l. 9.",
        "",
        "DOCUMENT No. 1",
        "",
        "Memorandum of Conversation with the Ambassador, 5 June 1956",
        "",
        "[Source: RGANI, Fond 5, Opis 28, Delo 410, Listy 206-207. ",
        "Obtained for CWIHP by James F. Person and translated for ",
        "CWIHP by Gary Goldberg.]",
        "",
        "The ambassador said " + shifted("the party was criticized ") + "at the plenum.",
        "",
    ])


@pytest.fixture
def small(tmp_path) -> tuple[Path, object]:
    source = tmp_path / "dossier.txt"
    source.write_text(small_dossier(), encoding="utf-8")
    out = tmp_path / "tei"
    out.mkdir()
    conv = pipeline.convert(source, out)
    pipeline.write(conv, out)
    return out, conv


def test_small_dossier_links_markers_to_notes(small):
    out, conv = small
    essay = load(out, "dossier-essay1")
    refs = {ref.text: ref.get("target") for ref in essay.iter(tei.q("ref")) if ref.get("type") == "noteref"}
    notes = {note.get("n"): note.get(tei.XML_ID) for note in essay.iter(tei.q("note"))}
    assert set(refs) == {"1", "2"} and refs == {n: f"#{notes[n]}" for n in refs}
    documents = {ref.text: ref.get("target") for ref in essay.iter(tei.q("ref")) if ref.get("type") == "document"}
    assert documents == {"#1": "dossier-doc01.xml", "#3": None}
    [unplaced] = essay.findall(".//t:div[@type='unplaced']/t:ab", NS)
    assert "".join(unplaced.itertext()).strip() == "Delo 412, l. 9."


def test_small_dossier_rejoins_words_and_keeps_compounds(small):
    out, _ = small
    paragraph = load(out, "dossier-essay1").find(".//t:body/t:div/t:p", NS)
    breaks = [(lb.get("break"), lb.get("rend")) for lb in paragraph.iter(tei.q("lb"))]
    assert breaks[2:5] == [("no", None), ("no", None), ("no", "hyphen")]
    reading = "".join(paragraph.xpath(".//text()[not(ancestor::t:orig)]", namespaces=NS))
    assert "anti-\nparty" in reading and "Soviet-\nKoreans" in reading and "criti" in reading
    assert paragraph.find("t:gap[@reason='drop-cap']", NS) is not None


def test_small_dossier_document_header(small):
    out, _ = small
    header = load(out, "dossier-doc01").find("t:teiHeader", NS)
    assert header.find(".//t:creation/t:date", NS).get("when") == "1956-06-05"
    assert [p.text for p in header.findall(".//t:respStmt/t:persName", NS)] == ["James F. Person", "Gary Goldberg"]
    reg = load(out, "dossier-doc01").find(".//t:body//t:reg", NS)
    assert reg.text.strip() == "the party was criticized"


def test_a_dossier_without_its_journal_masthead_is_valid(small):
    """The small dossier prints no journal title nor issue: the imprint is an empty date, which the
    project's schema allows as tei_all does (it refused it: the page's TEI was invalid, exit 1)."""
    out, _ = small
    assert load(out, "dossier-doc01").find(".//t:monogr/t:imprint/t:date", NS) is not None
    validator = Validator()
    for path in sorted(out.glob("dossier*.xml")):
        assert [str(problem) for problem in validator.check(path)] == []


def test_repeated_document_number_is_a_clear_error(tmp_path):
    source = tmp_path / "dossier.txt"
    source.write_text(small_dossier() + "\nDOCUMENT No. 1\n\nAgain\n\n[Source: RGANI, Fond 5.]\n",
                      encoding="utf-8")
    with pytest.raises(InputError) as error:
        pipeline.convert(source, tmp_path)
    assert "document number 1 appears twice" in str(error.value) and error.value.line

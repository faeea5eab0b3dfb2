"""One source view: the nothing-lost check, the review's source marks and the person attestations read
the same text of a block as the source's, on the cases where their former copies of the rule differed."""

from __future__ import annotations

from lxml import etree

from plenum import lossless
from plenum.attestations import attest_tree
from plenum.persons import name_text
from plenum.sourcemarks import MarkedBlock

# Source lines 1-9; the turn is lines 3-4, its footnote line 9.
LINES = [
    "Record of conversation",
    "",
    "Mikoyan: I told Stalin* at the 4th [sic, should be 10th] Congress about Kim",
    "Ir Sung and Cho-",
    "e. Choe, Kim and Stalin agreed.",
    "",
    "",
    "",
    "* He was ill.",
]

DOCUMENT = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A test</title>
<respStmt xml:id="t-translation"><resp>Translated by</resp><name>A translator</name></respStmt>
<respStmt xml:id="t-plenum"><resp>Converted to TEI and encoded by</resp><name>plenum</name></respStmt>
</titleStmt></fileDesc></teiHeader><text><body>
<sp source="src:L3-L5" who="persons.xml#mikoyan"><speaker>Mikoyan:</speaker>
<p>I told <persName ref="persons.xml#stalin">Stalin<note place="foot" n="1" source="src:L9">He was ill.</note></persName>
at the <choice><sic>4th</sic><corr source="src:L3" resp="#t-translation">10th</corr></choice> Congress about
<persName ref="persons.xml#kim">Kim<lb/><choice><orig>Ir</orig><reg resp="#t-plenum">Il</reg></choice> Sung</persName>
and <persName ref="persons.xml#choe">Cho<lb break="no" rend="hyphen"/>e</persName>.
<persName ref="persons.xml#choe">Choe<note type="conversion" resp="#t-plenum">a name plenum checked</note></persName>,
<persName ref="persons.xml#kim">Kim</persName> and
<persName ref="persons.xml#stalin">Stalin</persName> agreed.</p></sp>
</body></text></TEI>"""


def parsed() -> etree._Element:
    return etree.fromstring(DOCUMENT)


def words(text: str) -> list[str]:
    return text.split()


def test_the_nothing_lost_check_reads_the_turn_and_its_footnote_as_two_blocks_in_source_order():
    turn, note = lossless.source_view(parsed())
    assert "He was ill" not in turn and words(note) == ["He", "was", "ill."]
    assert words(turn) == words("Mikoyan: I told Stalin at the 4th10th Congress about Kim Ir Sung and Cho-e. "
                                "Choe, Kim and Stalin agreed.")


def test_the_review_reads_the_turn_as_the_nothing_lost_check_does():
    root = parsed()
    sp = root.find(".//{*}sp")
    assert words(MarkedBlock(sp, LINES).view) == words(lossless.source_view(root)[0])


def test_a_name_is_attested_in_the_form_the_source_view_gives_it():
    """A footnote placed at its marker and plenum's own note are not part of a name; a regularised
    name counts in its original form; a line end is a space between words, and a hyphen that only
    split a word at a line end no part of the name."""
    forms = {(pid, form) for pid, _, form, _ in attest_tree(etree.ElementTree(parsed()), "t.xml")["forms"]}
    assert forms == {("mikoyan", "Mikoyan"), ("stalin", "Stalin"), ("kim", "Kim Ir Sung"), ("kim", "Kim"), ("choe", "Choe")}


def test_each_name_is_marked_in_the_review_on_the_words_it_is_attested_with():
    root = parsed()
    block = MarkedBlock(root.find(".//{*}sp"), LINES)
    for name in root.iter("{*}persName"):
        start, end = block.mark(name)
        assert words(block.text[start:end].replace("-\n", "")) == words(name_text(name)), name_text(name)


def test_a_correction_printed_in_the_source_counts_for_the_check_and_the_review():
    root = parsed()
    corr = root.find(".//{*}corr")
    block = MarkedBlock(root.find(".//{*}sp"), LINES)
    start, end = block.mark(corr)
    assert block.text[start:end] == "10th"
    assert "4th10th" in lossless.source_view(root)[0]

"""The bracket conventions of issue 16.6 in generated documents of every export layout: each bracket gives
its TEI wherever it stands among arbitrary words, and nothing of the source is lost."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plenum import lossless, wordcheck
from plenum.transforms import sequence
from plenum.readers.bracket_words import blank, gap_reason, original_words, remark
from plenum.readers.deletions import DELETION_WORDS
from plenum.readers.layouts import detect
from plenum.source import Source
from plenum.tei import NS

from .layouts import LAYOUTS, record

# Each bracket form ({} a word) and the TEI it must give, as an XPath counting one per bracket.
FORMS = [
    ("[handwriting: {}]", "//tei:add[@hand][not(@cert or @place or tei:supplied)]"),
    ("[in the handwritten version: {}]", "//tei:add[@hand][not(@cert or @place or tei:supplied)]"),
    ("[handwritten in the left margin: {}\n{}]", "//tei:add[@hand][@place='margin-left']"),
    ("[handwritten: {} [[{}]] {}]", "//tei:add[@hand]/tei:supplied"),
    ("[handwritten at the bottom:]", "//tei:handShift"),
    ("[stamp]", "//tei:stamp[not(text()[normalize-space()])]"),
    ("[faded image of a stamp: {}]", "//tei:stamp[text()[normalize-space()]]"),
    ("[signature]", "//tei:gap[@reason='signature']"),
    ("[illegible signature]", "//tei:gap[@unit='signature']"),
    ("[email protected]", "//tei:gap[@reason='obfuscated']"),
    ("{} [sic.]", "//tei:sic"),
    ("{} [SIC]", "//tei:sic"),
    ("[trans. note: {}]", "//tei:note[@type='translator'][@resp]"),
    ("[Translator's note: {}]", "//tei:note[@type='translator'][@resp]"),
]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
lower = st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
# A word the translator supplies: never one spelt as a Russian word in Latin letters ('nazhim'), which a bracket after
# a word quotes from the original (bracket_words.original_words), nor one that says why words are missing or remarks
# on them ('illegible', 'redacted', 'blank': a gap or a note), nor one that says words were struck ('[[erased]]': a
# cancelled passage, deletions.py).
supplied_word = lower.filter(lambda word: not (original_words(word, "[") or gap_reason(word) or remark(word) or blank(word)
                                               or word in DELETION_WORDS))


@st.composite
def bracketed(draw) -> tuple[list[str], dict[str, int]]:
    """Sentences each holding one bracket form among words, a last one whose insertion never closes;
    and how many of each XPath they must give."""
    sentences, expected = [], {"//tei:add[@cert='low']": 1}
    for form, xpath in draw(st.lists(st.sampled_from(FORMS), min_size=1, max_size=6)):
        words = [draw(supplied_word if "[[{}]]" in form and at == 1 else lower) for at in range(form.count("{}"))]
        before, after = draw(lower).capitalize(), draw(lower)
        sentences.append(f"{before} {draw(lower)} {form.format(*words)} {after}.")
        expected[xpath] = expected.get(xpath, 0) + 1
    sentences.append(f"{draw(lower).capitalize()} {draw(lower)} [handwritten: {draw(lower)} {draw(lower)}")
    return sentences, expected


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@SETTINGS
@given(parts=record(), brackets=bracketed())
def test_each_bracket_gives_its_tei_and_nothing_is_lost(layout, parts, brackets):
    sentences, expected = brackets
    text = LAYOUTS[layout](dict(parts, body=sentences))
    source = Source.from_bytes("generated.txt", text.encode("utf-8"))
    conv = detect(source).read(source)
    sequence.run(conv)
    report = lossless.check(conv)
    assert report.ok, str(report)
    assert wordcheck.lost_words(conv) == []
    [root] = [document.root for document in conv.documents]
    for xpath, count in expected.items():
        assert len(root.xpath(xpath, namespaces=NS)) == count, (xpath, text)

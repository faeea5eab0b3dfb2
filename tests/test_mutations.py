"""The mutation fuzzer (tests/mutations.py) over the seeds and the look-alike pages: every mutant converts
losing no word (a page's into valid TEI), or is refused with a one-line error naming its file; none
crashes or hangs (issue 14)."""

from __future__ import annotations

from plenum import pipeline
from plenum.tei import TEI_NS as TEI
from plenum.validate import Validator

from . import mutations

# Mutants per run: a few hundred, the same ones every run (a fixed seed), about 15 s of conversion.
COUNT = 400


def test_mutants_of_the_seeds_convert_without_loss_or_are_refused(tmp_path, capsys):
    outcome = mutations.run(mutations.mutants(COUNT), tmp_path)
    with capsys.disabled():
        print(f"\nmutation fuzzer: {outcome}")
    assert outcome.counts["tried"] == COUNT
    assert not outcome.failures, f"{outcome}\n" + "\n".join(line[:500] for line in outcome.failures[:10])
    assert outcome.counts["converted"] > COUNT // 2   # the mutants stay close enough to the seeds to convert


def test_mutants_of_the_look_alike_pages_convert_into_valid_tei_or_are_refused(tmp_path, capsys):
    """The same edits over the pages of every layout, each conversion also validated (RELAX NG and
    Schematron): a page an export damaged must not give TEI the edition cannot publish."""
    outcome = mutations.run(mutations.mutants(COUNT // 2, 5, mutations.PAGES), tmp_path, validator=Validator())
    with capsys.disabled():
        print(f"\nmutation fuzzer, look-alike pages: {outcome}")
    assert not outcome.failures, f"{outcome}\n" + "\n".join(line[:500] for line in outcome.failures[:10])
    assert outcome.counts["converted"] > COUNT // 4


def test_a_no_break_space_after_an_omission_above_the_title_leaves_no_text_in_the_division():
    """A mutant the fuzzer found (seed 284): '[…]' and a no-break space above a report's title. The tree the
    conversion validates held the space as text in `div`, which the schema forbids (a serialised file lost it)."""
    page = mutations.ROOT / "tests" / "pages" / "archive-web" / "report-omission-nbsp-above-title.txt"
    conv = pipeline.convert(page, mutations.ROOT / "tei")
    [document] = conv.documents
    assert Validator().check_tree(document.tree, str(mutations.ROOT / "tei" / f"{document.name}.xml")) == []


def test_a_field_label_with_odd_spaces_inside_is_read_as_markup_the_vocabulary_allows(tmp_path):
    """Mutants the fuzzer found (seeds 303, 304): a space inside a Markdown field's bold ('#### ** Citation:**') or a
    tab between a label's words ('Original \tLanguage:'). The readers took the label as a field's, which the
    markup vocabulary did not allow, and refused the page; the vocabulary now allows any spaces there, and the
    field is read."""
    pages = mutations.ROOT / "tests" / "pages"
    markdown = (pages / "archive-markdown" / "minute-initials-over-date.txt").read_text(encoding="utf-8")
    text = (pages / "archive-text" / "agreement-lettered-tasks-and.txt").read_text(encoding="utf-8")
    for name, source in (("md.txt", markdown.replace("#### **Citation:**", "#### **\u00a0Citation:**", 1)),
                         ("text.txt", text.replace("Original Language:", "Original \tLanguage:", 1))):
        assert source != (markdown if name == "md.txt" else text)
        (tmp_path / name).write_text(source, encoding="utf-8")
        [document] = pipeline.convert(tmp_path / name, tmp_path).documents
        assert document.root.find(f".//{{{TEI}}}sourceDesc/{{{TEI}}}bibl[@type='citation']") is not None

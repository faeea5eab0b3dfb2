"""The mutation fuzzer (tests/mutations.py) over the seeds and the look-alike pages: every mutant converts
losing no word (a page's into valid TEI), or is refused with a one-line error naming its file; none
crashes or hangs (issue 14)."""

from __future__ import annotations

from plenum import pipeline
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

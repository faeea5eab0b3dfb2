"""The mutation fuzzer (tests/mutations.py) over the seeds and the look-alike pages: every mutant converts
losing no word (a page's into valid TEI), or is refused with a one-line error naming its file; none
crashes or hangs (issue 14)."""

from __future__ import annotations

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

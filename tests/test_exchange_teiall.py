"""The tei_all loader: where it looks, in which order, and that only the pinned file is ever used."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from plenum import teiall
from plenum.cli import main
from plenum.errors import PlenumError

from .conftest import shared


@pytest.fixture
def nowhere(tmp_path, monkeypatch):
    """No $PLENUM_TEI_ALL, an empty cache, and no ../shared/tei-all/."""
    monkeypatch.delenv(teiall.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(teiall, "shared_path", lambda: tmp_path / "shared" / "tei_all.rng")
    monkeypatch.setattr(teiall, "schema", teiall.locate)  # the compiled schema is cached for the process
    return tmp_path


def official():
    return shared("tei-all", "tei_all.rng")


def test_without_the_schema_one_line_says_where_to_get_it(nowhere):
    with pytest.raises(PlenumError) as missing:
        teiall.locate()
    message = str(missing.value)
    assert "\n" not in message and "not found" in message
    assert teiall.ENV in message and "make tei-all" in message


def test_validate_with_tei_all_but_no_schema_is_one_line_and_exit_2(nowhere):
    file = nowhere / "doc.xml"
    file.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>', encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--schema", "tei_all", str(file)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith("plenum: the official TEI schema tei_all")


def test_the_environment_variable_comes_first(nowhere, monkeypatch):
    mine = nowhere / "mine.rng"
    shutil.copyfile(official(), mine)
    (nowhere / "cache" / "plenum").mkdir(parents=True)
    shutil.copyfile(official(), teiall.cache_path())
    monkeypatch.setenv(teiall.ENV, str(mine))
    assert teiall.locate() == mine


def test_the_cache_comes_before_shared(nowhere, monkeypatch):
    teiall.cache_path().parent.mkdir(parents=True)
    shutil.copyfile(official(), teiall.cache_path())
    monkeypatch.setattr(teiall, "shared_path", lambda: official())
    assert teiall.locate() == teiall.cache_path()


def test_shared_is_the_last_fallback(nowhere, monkeypatch):
    monkeypatch.setattr(teiall, "shared_path", lambda: official())
    assert teiall.locate() == official()


def test_shared_is_found_beside_the_project_not_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert teiall.shared_path() == teiall.PROJECT.parent / "shared" / "tei-all" / "tei_all.rng"


def test_a_file_with_another_hash_is_refused(nowhere, monkeypatch):
    forged = nowhere / "tei_all.rng"
    forged.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><text/></start></grammar>')
    monkeypatch.setenv(teiall.ENV, str(forged))
    with pytest.raises(PlenumError, match=f"not the official tei_all.*expected {teiall.SHA256}"):
        teiall.locate()


def test_a_cached_file_with_another_hash_is_refused_not_skipped(nowhere, monkeypatch):
    teiall.cache_path().parent.mkdir(parents=True)
    teiall.cache_path().write_text("<grammar/>")
    monkeypatch.setattr(teiall, "shared_path", lambda: official())
    with pytest.raises(PlenumError, match="SHA-256"):
        teiall.locate()


def test_a_missing_file_named_by_the_environment_is_an_error(nowhere, monkeypatch):
    monkeypatch.setenv(teiall.ENV, str(nowhere / "nope.rng"))
    with pytest.raises(PlenumError, match="no such file"):
        teiall.locate()


def test_the_schema_is_compiled_once_per_process():
    try:
        first = teiall.schema()
    except PlenumError as exc:
        pytest.skip(str(exc))
    assert teiall.schema() is first

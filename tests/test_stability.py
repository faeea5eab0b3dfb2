"""Same input, same bytes; writes are atomic; the committed edition is what a build produces."""

from __future__ import annotations

import os

import pytest

from plenum import pipeline, runner
from plenum.edition import Edition
from plenum.fileio import write_atomic

from .conftest import ROOT, SEEDS


def snapshot(folder):
    """Every file of a folder but Pagefind's search bundle (the same index, its filter files in its own order)."""
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.relative_to(folder).parts[0] != "pagefind"}


def test_two_builds_give_byte_identical_tei_and_site(tmp_path):
    first = runner.build(Edition.of(tmp_path / "a" / "tei", [ROOT / "seeds"], tmp_path / "a" / "site"))
    second = runner.build(Edition.of(tmp_path / "b" / "tei", [ROOT / "seeds"], tmp_path / "b" / "site"))
    assert not first.errors and not second.errors
    for output in ("tei", "site"):
        assert snapshot(tmp_path / "a" / output) == snapshot(tmp_path / "b" / output)


def test_a_rebuild_rewrites_nothing(tmp_path):
    runner.build(Edition.of(tmp_path / "tei", [ROOT / "seeds"], tmp_path / "site"))
    times = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    summary = runner.build(Edition.of(tmp_path / "tei", [ROOT / "seeds"], tmp_path / "site"))
    assert summary.changed == 0
    assert times == {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_the_committed_edition_is_the_conversion_of_the_seeds(seed):
    """tei/ holds exactly what plenum makes of seeds/ (run `plenum build` and commit when this fails)."""
    conv = pipeline.convert(seed, ROOT / "tei")
    for document in conv.documents:
        committed = pipeline.output_path(document, ROOT / "tei")
        assert committed.is_file(), f"{committed} is missing: run `plenum build`"
        assert committed.read_bytes() == pipeline.serialize(document), (
            f"{committed} differs from the conversion of {seed.name}")


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "doc.xml"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, b"new content")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.xml"]


def test_atomic_write_gives_files_the_usual_permissions(tmp_path):
    """Published files are readable like any other file (not private to the writer)."""
    target = tmp_path / "page.html"
    write_atomic(target, b"<p>x</p>")
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_atomic_write_skips_identical_content(tmp_path):
    target = tmp_path / "doc.xml"
    assert write_atomic(target, b"same") is True
    assert write_atomic(target, b"same") is False

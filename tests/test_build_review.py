"""`plenum build` writes the encoding review beside the site, as `plenum review` does, and redoes a
document's review only when its TEI file or the source file it shows changed, the overview only when
a review changed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from plenum import runner
from plenum.edition import Edition, tei_files
from plenum.summary import Summary

from .conftest import cases_project

OVERVIEW = {"index.json", "index.html", "uncertain.html"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project of the golden cases' sources and the personography, built once."""
    cases_project(tmp_path)
    build(tmp_path)
    return tmp_path


def build(project: Path) -> Summary:
    summary = runner.build(Edition.of(project / "tei", [project / "seeds"], project / "site"), jobs=1)
    assert not summary.errors, summary.errors
    return summary


def stamps(folder: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}


def rewritten(folder: Path, before: dict[str, int]) -> set[str]:
    after = stamps(folder)
    return {name for name in after.keys() | before.keys() if after.get(name) != before.get(name)}


def documents(project: Path) -> list[Path]:
    return [path for path in tei_files([project / "tei"]) if path.name != "persons.xml"]


def test_the_build_writes_what_plenum_review_writes(project):
    summary = Summary()
    runner.review(documents(project), project / "again", project / "site", summary)
    built = {path.name: path.read_bytes() for path in (project / "review").iterdir()}
    assert built == {path.name: path.read_bytes() for path in (project / "again").iterdir()}
    assert OVERVIEW | {f"{path.stem}.{kind}" for path in documents(project) for kind in ("json", "html")} == set(built)


def test_a_rebuild_with_nothing_changed_reviews_nothing(project):
    before = stamps(project / "review")
    again = build(project)
    assert again.reviewed == len(documents(project)) and "review" not in again.timings
    assert rewritten(project / "review", before) == set()


def test_an_edited_tei_file_redoes_its_review_and_the_overview(project):
    before = stamps(project / "review")
    tei = project / "tei" / "archive-text-telegram.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace('<title type="main">', '<title type="main">Revised: ', 1), encoding="utf-8")
    build(project)
    redone = rewritten(project / "review", before)
    assert redone - OVERVIEW == {"archive-text-telegram.json", "archive-text-telegram.html"}
    assert {"index.json", "index.html"} <= redone
    assert "Revised: " in (project / "review" / "index.html").read_text(encoding="utf-8")


def test_a_change_in_the_code_makes_the_overview_again(project, monkeypatch):
    """The overview is made by a stylesheet: a new version of plenum makes it again, even when no
    document's listing changed (and a rebuild with nothing changed does not)."""
    asked = []
    together = runner.Runner.together
    monkeypatch.setattr(runner.Runner, "together", lambda self, *phases: asked.extend(
        phase.name for phase in phases if phase and phase.todo) or together(self, *phases))
    build(project)
    assert "overview" not in asked
    monkeypatch.setattr(runner, "code_digest", lambda: "another version of plenum")
    build(project)
    assert "overview" in asked


def test_a_changed_source_of_a_kept_file_is_said_in_its_review(project):
    tei = project / "tei" / "archive-text-telegram.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace("<body>", "<body>\n", 1), encoding="utf-8")
    build(project)
    before = stamps(project / "review")
    source = project / "seeds" / "archive-text-telegram.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nA line added later.\n", encoding="utf-8")
    summary = build(project)
    assert rewritten(project / "review", before) - OVERVIEW == {"archive-text-telegram.json", "archive-text-telegram.html"}
    report = json.loads((project / "review" / "archive-text-telegram.json").read_text(encoding="utf-8"))
    assert report["source"]["status"] == "changed"
    assert any(note.endswith(report["source"]["message"]) for note in summary.notes)


def test_a_deleted_review_page_is_made_again_and_nothing_else(project):
    (project / "review" / "archive-text-telegram.html").unlink()
    (project / "review" / "uncertain.html").unlink()
    before = stamps(project / "review")
    build(project)
    assert rewritten(project / "review", before) == {"archive-text-telegram.html", "uncertain.html"}


def test_the_review_of_a_removed_document_leaves_the_review_and_its_overview(project):
    (project / "tei" / "archive-web-minutes.xml").unlink()
    (project / "seeds" / "archive-web-minutes.txt").unlink()
    build(project)
    assert not list((project / "review").glob("archive-web-minutes.*"))
    assert "archive-web-minutes" not in (project / "review" / "index.html").read_text(encoding="utf-8")


def test_a_document_whose_review_would_overwrite_the_overview_is_reported_and_not_reviewed(project):
    """A document named like one of the overview's pages (uncertain.html) gets no review; the build
    names it and exits 2, and reviews the others."""
    own = (project / "tei" / "archive-text-telegram.xml").read_text(encoding="utf-8")
    written_by_hand = re.sub(r'<change type="conversion".*?</change>', "", own, count=1, flags=re.S)
    (project / "tei" / "uncertain.xml").write_text(written_by_hand, encoding="utf-8")
    summary = runner.build(Edition.of(project / "tei", [project / "seeds"], project / "site"), jobs=1)
    assert summary.errors == [f"{project / 'tei' / 'uncertain.xml'}: its pages would overwrite the review's "
                              f"uncertain.html; rename it"] and summary.exit_code == 2
    assert not (project / "review" / "uncertain.json").exists()
    assert summary.reviewed == len(documents(project)) - 1

"""The incremental, parallel build as an editor rebuilding many times a day meets it: a rebuild with
nothing changed does nothing, a changed source redoes its document and the pages listing it, a
change in the code redoes everything, and the work on several cores gives what one core gives."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from plenum import persons, runner, state, tasks
from plenum.edition import Edition
from plenum.summary import Summary

from .conftest import CASES, cases_project

WORK_STAGES = {"read+convert", "transforms", "RELAX NG", "Schematron", "HTML", "text"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project of four small sources (one per layout and convention group) and the personography."""
    cases_project(tmp_path)
    return tmp_path


def build(project: Path, **options) -> Summary:
    options.setdefault("jobs", 1)
    summary = runner.build(Edition.of(project / "tei", [project / "seeds"], project / "site"), **options)
    assert not summary.errors, summary.errors
    return summary


def stamps(folder: Path) -> dict[str, int]:
    """Each file's modification time: what a rebuild rewrote (the build itself decides by content)."""
    return {path.name: path.stat().st_mtime_ns for path in folder.iterdir() if path.is_file()}


def test_a_rebuild_with_nothing_changed_converts_checks_and_renders_nothing(project):
    first = build(project)
    assert first.converted == len(CASES) and first.rendered == len(CASES) and first.valid == len(CASES) + 1
    before = stamps(project / "tei") | stamps(project / "site")
    again = build(project)
    assert (again.converted, again.unchanged, again.unchanged_documents) == (0, len(CASES), len(CASES))
    assert not WORK_STAGES & set(again.timings), again.timings
    assert again.valid == first.valid and again.rendered == first.rendered
    assert stamps(project / "tei") | stamps(project / "site") == before


def test_one_changed_source_redoes_its_document_and_the_pages_that_list_it(project):
    build(project)
    before = stamps(project / "site")
    source = project / "seeds" / "archive-web-minutes.txt"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("(test of label styles)", "(test of label styles, revised)", 1), encoding="utf-8")
    again = build(project)
    assert (again.converted, again.unchanged) == (1, len(CASES) - 1)
    assert again.unchanged_documents == len(CASES) - 1
    after = stamps(project / "site")
    rewritten = {name for name in after if after[name] != before.get(name)}
    # its title changed: so did the previous and next links of the pages beside it
    neighbours = set(re.findall(r'rel="(?:prev|next)" href="([^"]+)"',
                                (project / "site" / "archive-web-minutes.html").read_text(encoding="utf-8")))
    assert neighbours and rewritten == {"archive-web-minutes.html", "archive-web-minutes.txt", "archive-web-minutes.xml",
                                        "archive-web-minutes.csl.json", "index.html", "persons.xml", *neighbours}
    # the person index gives counts, not titles; the pages of the persons the document names list its title
    naming = {path.name for path in (project / "site" / "persons").glob("*.html")
              if "archive-web-minutes.html" in path.read_text(encoding="utf-8")}
    assert naming and {name for name in naming if "revised" in
                       (project / "site" / "persons" / name).read_text(encoding="utf-8")} == naming


def test_a_change_that_leaves_the_summary_as_it_was_leaves_the_edition_pages_alone(project):
    build(project)
    before = stamps(project / "site")
    source = project / "seeds" / "archive-web-minutes.txt"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("I have just arrived from China.", "I have just arrived from Beijing.", 1),
                      encoding="utf-8")
    again = build(project)
    after = stamps(project / "site")
    assert {name for name in after if after[name] != before.get(name)} == {
        "archive-web-minutes.html", "archive-web-minutes.txt", "archive-web-minutes.xml"}
    assert "Beijing" in (project / "site" / "archive-web-minutes.html").read_text(encoding="utf-8")
    assert again.converted == 1 and "edition pages" not in again.timings


def test_an_edit_that_keeps_the_size_and_the_modification_time_is_still_seen(project, monkeypatch):
    """The record reuses a file's hash while the file is as it was when hashed; restoring the
    modification time does not hide an edit of the same length (its change time moved)."""
    monkeypatch.setattr(state, "SETTLED", 0)  # every hash trusted at once: the test need not wait
    build(project)
    source = project / "seeds" / "archive-web-minutes.txt"
    before, text = source.stat(), source.read_text(encoding="utf-8")
    time.sleep(0.05)  # past the file system's clock tick
    source.write_text(text.replace("I have just arrived from China.", "I have just arrived from Korea.", 1),
                      encoding="utf-8")
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert source.stat().st_size == before.st_size and source.stat().st_mtime_ns == before.st_mtime_ns
    again = build(project)
    assert again.converted == 1
    assert "from Korea." in (project / "site" / "archive-web-minutes.html").read_text(encoding="utf-8")


def test_a_record_whose_parts_are_gone_makes_the_same_pages_again(project):
    """Summaries, attestations and review listings are kept beside the record; without them the
    documents are checked and reviewed again, and the edition's pages come out as they were."""
    build(project)
    made = {(folder, path.name): path.read_bytes() for folder in ("site", "review", "tei")
            for path in (project / folder).iterdir() if path.is_file()}   # pagefind/: not byte-stable
    shutil.rmtree(project / ".plenum" / "build.parts")
    for page in ("site/index.html", "site/persons.html", "review/index.html", "review/uncertain.html"):
        (project / page).unlink()
    again = build(project)
    assert again.converted == 0 and again.unchanged_documents == 0
    assert {(folder, path.name): path.read_bytes() for folder in ("site", "review", "tei")
            for path in (project / folder).iterdir() if path.is_file()} == made


def test_a_change_in_the_code_redoes_everything(project, monkeypatch):
    build(project)
    monkeypatch.setattr(runner, "code_digest", lambda: "another version of plenum")
    again = build(project)
    assert again.converted == len(CASES) and again.unchanged == 0 and again.unchanged_documents == 0


def test_a_page_deleted_from_the_site_is_made_again_and_nothing_else(project):
    build(project)
    (project / "site" / "archive-text-telegram.html").unlink()
    again = build(project)
    assert again.converted == 0 and again.unchanged_documents == len(CASES) - 1
    assert (project / "site" / "archive-text-telegram.html").is_file()


def test_findings_are_reported_again_until_the_file_is_fixed(project):
    build(project)
    tei = project / "tei" / "archive-text-telegram.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace('when="', 'when="19', 1), encoding="utf-8")
    for _ in range(2):
        summary = build(project)
        assert summary.invalid == 1 and summary.exit_code == 1
        assert any(problem.rule == "plenum.sch:date-iso" for problem in summary.problems)
        assert any("changed by an editor, kept" in note for note in summary.notes)
    assert not (project / "site" / "archive-text-telegram.html").exists(), "an invalid document has no page"


def test_one_record_converted_from_two_sources_is_named_at_every_build(project):
    """Two exports of one archive page give two TEI files with one identifier (the record's number): the
    build says so, naming both sources, until one of them goes."""
    seeds = project / "seeds"
    shutil.copyfile(seeds / "archive-text-telegram.txt", seeds / "telegram-again.txt")
    for _ in range(2):
        [note] = [note for note in build(project).notes if "telegram-again" in note]
        assert note.startswith(f"{seeds / 'archive-text-telegram.txt'} and {seeds / 'telegram-again.txt'}: one archive record")
    (seeds / "telegram-again.txt").unlink()
    assert not [note for note in build(project).notes if "telegram-again" in note and "one archive record" in note]


def test_a_file_an_editor_changed_is_also_checked_against_the_xml_schema(project):
    build(project)
    tei = project / "tei" / "archive-text-telegram.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace("<body>", "<body>\n", 1), encoding="utf-8")
    summary = build(project)
    assert summary.timings.get("XSD", 0) > 0 and summary.invalid == 0


def test_the_pages_of_a_removed_document_leave_the_site(project):
    build(project)
    (project / "tei" / "archive-web-minutes.xml").unlink()
    (project / "seeds" / "archive-web-minutes.txt").unlink()
    build(project)
    assert not list((project / "site").glob("archive-web-minutes.*"))
    assert "archive-web-minutes" not in (project / "site" / "index.html").read_text(encoding="utf-8")


def test_worker_processes_make_exactly_what_one_process_makes(project, tmp_path_factory):
    other = tmp_path_factory.mktemp("other")
    shutil.copytree(project / "seeds", other / "seeds")
    shutil.copytree(project / "tei", other / "tei")
    build(project, jobs=1)
    parallel = build(other, jobs=2)
    assert parallel.converted == len(CASES) >= tasks.SMALL, "enough tasks to start the worker processes"
    for folder in ("tei", "site", "review"):
        ours = {path.name: path.read_bytes() for path in (project / folder).iterdir() if path.is_file()}
        theirs = {path.name: path.read_bytes() for path in (other / folder).iterdir() if path.is_file()}
        assert ours == theirs


def test_the_pages_of_a_large_edition_made_apart_are_those_made_in_one_process(project, tmp_path_factory,
                                                                                monkeypatch):
    """From runner.LARGE documents on, the edition-wide pages, the review's overview and persons.xml's
    attestations are made in a worker process from the parts kept beside the record (never in this
    one), even when the documents are too few to start the workers for them: the same bytes as in one
    process."""
    for source in sorted((project / "seeds").iterdir())[tasks.SMALL - 1:]:  # too few to start the workers
        source.unlink()
    other = tmp_path_factory.mktemp("other")
    shutil.copytree(project / "seeds", other / "seeds")
    shutil.copytree(project / "tei", other / "tei")
    build(project, jobs=1)
    monkeypatch.setattr(runner, "LARGE", 1)
    monkeypatch.setattr(persons.Personography, "update", None)  # not here: the worker processes spawned have theirs
    assert build(other, jobs=2).converted < tasks.SMALL
    for folder in ("tei", "site", "review"):
        ours = {path.name: path.read_bytes() for path in (project / folder).iterdir() if path.is_file()}
        theirs = {path.name: path.read_bytes() for path in (other / folder).iterdir() if path.is_file()}
        assert ours == theirs


def test_a_rebuild_naming_the_folders_another_way_keeps_every_page(project, monkeypatch):
    """The same edition built with absolute paths, then from its folder with the default relative ones:
    the record knows the documents under other names, but their pages are theirs and stay."""
    build(project)
    pages = sorted(path.name for path in (project / "site").iterdir())
    monkeypatch.chdir(project)
    again = runner.build(Edition.of(Path("tei"), [Path("seeds")], Path("site")), jobs=1)
    assert not again.errors and again.rendered == len(CASES)
    assert sorted(path.name for path in (project / "site").iterdir()) == pages

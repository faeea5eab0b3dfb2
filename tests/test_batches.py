"""The build's batches: a phase of one long task (the edition-wide pages, the review's overview) runs
beside a phase of many that does not depend on it (the reviews, the search index's shards), so that
no core idles; the progress display follows each phase's own tasks, and a few tasks run here."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pytest

from plenum import pool, runner, tasks
from plenum.edition import Edition

from .conftest import CASES, cases_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    cases_project(tmp_path)
    return tmp_path


def _build(project: Path, progress=None):
    options = {"progress": progress} if progress else {}
    summary = runner.build(Edition.of(project / "tei", [project / "seeds"], project / "site"), jobs=2, **options)
    assert not summary.errors, summary.errors
    return summary


def test_the_edition_wide_pages_run_beside_the_reviews_and_the_overview_beside_the_index(project, monkeypatch):
    batches = []
    run = pool.Pool.run

    def recording(self, function, todo, *args, **kwargs):
        batches.append(sorted({task[0] for task in todo}) if function is tasks.perform else [function.__name__])
        return run(self, function, todo, *args, **kwargs)

    monkeypatch.setattr(pool.Pool, "run", recording)
    _build(project)
    assert ["edition", "review"] in batches
    assert ["index", "overview"] in batches
    assert batches.index(["edition", "review"]) < batches.index(["search"]) < batches.index(["index", "overview"])


def test_the_progress_display_follows_each_phase_s_own_tasks(project):
    shown = []

    @contextmanager
    def counting(items, label):
        shown.append((label, len(items)))
        yield iter(items)

    summary = _build(project, counting)
    counts = dict(shown)
    assert len(counts) == len(shown), shown  # one display per phase that has tasks
    assert counts["Converting"] == counts["Checking"] == len(CASES) >= tasks.SMALL
    assert counts["Reviewing"] == summary.reviewed == len(CASES)  # the edition-wide pages' task is not counted
    assert set(counts) == {"Converting", "Checking", "Reviewing", "Indexing"}


def _seen(progress_items: list):
    """A progress display that notes what it follows as it goes (it reads its items once, as click's does)."""
    @contextmanager
    def progress(items, label):
        yield (progress_items.append(item) or item for item in items)
    return progress


def test_a_few_tasks_of_a_batch_run_here_the_hidden_first_their_results_last():
    seen: list = []
    ran: list = []

    def noted(base, power):
        ran.append((base, power))
        return base ** power

    with pool.Pool(tasks.Settings(None), jobs=2) as here:
        assert list(here.run(noted, [(2, 1), (2, 2), (2, 3)], _seen(seen), "Powers", hidden=1)) == [4, 8, 2]
        assert list(here.run(os.getpid, [()] * (tasks.SMALL - 1), _seen([]), "Here")) == [os.getpid()] * (tasks.SMALL - 1)
    assert seen == [(2, 2), (2, 3)]
    assert ran == [(2, 1), (2, 2), (2, 3)]


def test_a_batch_on_the_worker_processes_gives_every_result_in_order_the_hidden_last_and_shows_only_its_followed_tasks():
    seen: list = []
    todo = [(3, power) for power in range(tasks.SMALL + 2)]
    with pool.Pool(tasks.Settings(None), jobs=2) as workers:
        assert list(workers.run(pow, todo, _seen(seen), "Powers", hidden=2)) == [3 ** power for power in range(2, len(todo))] + [1, 3]
        assert os.getpid() not in list(workers.run(os.getpid, [()] * tasks.SMALL, _seen([]), "Elsewhere"))
    assert len(seen) == len(todo) - 2


def test_a_batch_of_hidden_tasks_only_shows_nothing():
    seen: list = []
    with pool.Pool(tasks.Settings(None), jobs=1) as here:
        assert list(here.run(pow, [(5, 2)], _seen(seen), "Hidden", hidden=1)) == [25]
    assert seen == []

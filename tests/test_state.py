"""The build record (plenum.state) and how the runner reads the results it records (plenum.pool,
plenum.runner): a record read back is the record written, the parts it names are found whether kept
by this build or an earlier one, and the results of a batch reach the runner one by one, none kept
once read, each phase's in its order however they are read."""

from __future__ import annotations

import gc
import weakref
from concurrent.futures import Future
from pathlib import Path

from plenum import pool, tasks
from plenum.runner import PhaseResults
from plenum.state import State


class Result:
    """A task's result as the runner reads it: its stage times, and something to tell it by."""

    def __init__(self, name: str) -> None:
        self.name, self.timings = name, {"stage": 1.0}


def test_a_record_read_back_is_the_record_written(tmp_path):
    record = State(tmp_path / "build.json")
    source = tmp_path / "a.txt"
    source.write_text("one", encoding="utf-8")
    digest = record.file_digest(source)
    record.sources[str(source)] = {"key": "k", "files": {"a.xml": digest}, "notes": ["kept"]}
    record.documents["a.xml"] = {"key": "d", "pages": {"html": "a.html"}, "summary": record.keep("summary"),
                                 "attested": None, "problems": [], "links": [], "corpus": False, "unreadable": False}
    record.save()
    again = State.load(tmp_path / "build.json")
    assert (again.sources, again.documents, again.reviews, again.pages) == \
        (record.sources, record.documents, record.reviews, record.pages)
    assert again.file_digest(source) == digest
    assert again.part(again.documents["a.xml"]["summary"]).read_text(encoding="utf-8") == "summary"


def test_the_parts_a_record_names_are_found_kept_before_or_during_the_build(tmp_path):
    first = State(tmp_path / "build.json")
    earlier = first.keep("an earlier build's summary")
    later = State.load(tmp_path / "build.json")
    assert later.has_parts([earlier, None])
    assert not later.has_parts([earlier, "0" * 64])
    now = later.keep("this build's summary")
    assert later.has_parts([earlier, now])
    assert State.load(tmp_path / "build.json").has_parts([earlier, now])


def test_a_batch_on_the_workers_lets_each_result_go_once_read_and_hands_out_a_few_tasks_ahead():
    handed: list[str] = []
    watched: list[weakref.ref] = []

    def submit(task: tuple) -> Future:
        handed.append(task[0])
        future: Future = Future()
        future.set_result(Result(task[0]))
        watched.append(weakref.ref(future.result()))
        return future

    arriving = iter(pool.Arriving(submit, [(str(index),) for index in range(6)], 2))
    for index in range(6):
        name = next(arriving).name
        gc.collect()
        assert name == str(index)
        assert watched[index]() is None, "a result read is not held any longer"
        assert len(handed) == min(6, index + 3), "two tasks handed out beyond the one read"
    assert next(arriving, None) is None


def test_a_batch_here_runs_each_task_when_its_result_is_read():
    ran: list[str] = []

    def task(name: str) -> str:
        ran.append(name)
        return name

    with pool.Pool(tasks.Settings(None), jobs=1) as here:
        results = here.run(task, [("a",), ("b",), ("c",)], pool.quiet, "Here")
        assert next(results) == "a" and ran == ["a"]
        assert list(results) == ["b", "c"] and ran == ["a", "b", "c"]


def test_each_phase_of_a_batch_gets_its_results_in_order_whichever_is_read_first():
    timings: dict[str, float] = {}
    batch = PhaseResults(iter([Result(name) for name in ("a1", "a2", "b1", "c1", "c2")]), [2, 1, 2], timings)
    assert [done.name for done in batch.read(2)] == ["c1", "c2"]
    assert [done.name for done in batch.read(0)] == ["a1", "a2"]
    assert [done.name for done in batch.read(1)] == ["b1"]
    assert timings == {"stage": 5.0}


def test_a_phase_read_as_it_comes_reads_no_result_of_the_next_phase_before_its_own(tmp_path):
    read: list[str] = []

    def coming():
        for name in ("a1", "a2", "b1"):
            read.append(name)
            yield Result(name)

    batch = PhaseResults(coming(), [2, 1], {})
    first = batch.read(0)
    assert next(first).name == "a1" and read == ["a1"]
    assert [done.name for done in first] == ["a2"] and read == ["a1", "a2"]
    assert [done.name for done in batch.read(1)] == ["b1"]


def test_a_record_without_a_folder_for_its_parts_has_none(tmp_path):
    record = State(None)
    record.parts = Path(tmp_path / "missing")
    assert not record.has_parts(["0" * 64])
    assert record.has_parts([None])

"""Tasks run on every core: a pool of spawned worker processes, started once per build and only when
there is enough work to pay for it; a few tasks run in this process instead."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import AbstractContextManager

from . import workers

# Below this many tasks, starting worker processes (each compiles its stylesheets and schemas)
# costs more than it saves: the tasks run in this process.
SMALL = 4


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Completed:
    """Futures in the order they complete, their number known in advance (for a progress bar)."""

    def __init__(self, futures: list[Future]) -> None:
        self._futures = futures

    def __len__(self) -> int:
        return len(self._futures)

    def __iter__(self) -> Iterator[Future]:
        return as_completed(self._futures)


class Pool(AbstractContextManager):
    """The build's workers: `run` hands tasks to them and yields the results as they come."""

    def __init__(self, settings: workers.Settings, jobs: int | None = None) -> None:
        self.settings = settings
        self.jobs = max(1, jobs or cores())
        self._executor: ProcessPoolExecutor | None = None

    def run(self, function: Callable, tasks: list[tuple], progress, label: str) -> list:
        """The results of `function(*task)` for every task, in the order they complete."""
        if not tasks:
            return []
        if self._executor is None and (self.jobs == 1 or len(tasks) < SMALL):
            self.local()
            with progress(tasks, label) as bar:
                return [function(*task) for task in bar]
        executor = self._start()
        futures = [executor.submit(function, *task) for task in tasks]
        with progress(Completed(futures), label) as bar:
            return [future.result() for future in bar]

    def local(self) -> workers.Context:
        """This process's own worker context (for small batches and the edition-wide pages)."""
        if workers.current() is None or workers.current().settings != self.settings:
            workers.start(self.settings)
        return workers.context()

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=workers.start, initargs=(self.settings,))
        return self._executor

    def __exit__(self, *exc_info) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)

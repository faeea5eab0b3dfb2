"""Tasks run on every core: a pool of spawned worker processes, started once per run and only when
there is enough work to pay for it; a few tasks run in this process instead."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager

from . import tasks as work
from .errors import PlenumError
from .summary import quiet

# From this many documents, a task that holds them all (the edition-wide pages, the search page, the
# review's overview, persons.xml's check) runs in a worker process, so that this process's memory does not grow with the edition; below it,
# starting one would cost more than it saves.
LARGE = 50


# Tasks handed out per worker process ahead of the one whose result is read next: enough that none idles
# while a longer task ahead of them runs, few beside the edition's documents.
AHEAD = 32


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Arriving:
    """The results of tasks handed out to the worker processes, in the tasks' order, each let go of once
    given; at most `ahead` handed out and not yet read, the next handed out as one is read (so that this
    process holds a few tasks and results, not one of each per document); their number known in advance
    (for a progress bar)."""

    def __init__(self, submit: Callable[[tuple], Future], tasks: list[tuple], ahead: int) -> None:
        self._submit, self._tasks, self._ahead = submit, tasks, ahead
        self._futures: deque[Future] = deque()
        self._handed = 0
        self._hand_out()

    def __len__(self) -> int:
        return len(self._tasks)

    def __iter__(self) -> Iterator:
        while self._futures:
            yield self._take()

    def _take(self):
        """The next result, once the task `ahead` after it is handed out."""
        future = self._futures.popleft()
        self._hand_out()
        return future.result()

    def _hand_out(self) -> None:
        while self._handed < len(self._tasks) and len(self._futures) < self._ahead:
            self._futures.append(self._submit(self._tasks[self._handed]))
            self._handed += 1


class Pool(AbstractContextManager):
    """The runner's execution backend: `run` hands tasks to the worker processes and gives back their results."""

    def __init__(self, settings: work.Settings, jobs: int | None = None) -> None:
        self.settings = settings
        self.jobs = max(1, jobs or cores())
        self._executor: ProcessPoolExecutor | None = None
        self._local: work.Context | None = None

    def run(self, function: Callable, tasks: list[tuple], progress, label: str, apart: bool = False,
            hidden: int = 0) -> Iterator:
        """The results of `function(*task)` for every task, one by one, each let go of once read: in the
        tasks' order, but for the first `hidden` (another phase's, started first, which the progress
        display does not follow), whose come last. On the worker processes the tasks are handed out at
        once and their results read as they come; in this process a task runs when its result is read,
        the hidden first. `apart`: in a worker process however few they are (a task holding LARGE
        documents or more), unless there is to be one process only (jobs 1)."""
        if not tasks:
            return iter(())
        shown = progress if len(tasks) > hidden else quiet
        if self._executor is None and (self.jobs == 1 or (not apart and len(tasks) < work.SMALL)):
            return self._here(function, tasks, shown, label, hidden)
        executor = self._start()

        def submit(task: tuple) -> Future:
            with _ctrl_c_held():  # worker processes start on submit and ignore Ctrl-C: this process stops them
                return executor.submit(function, *task)

        first = Arriving(submit, tasks[:hidden], hidden)
        return _arriving(first, Arriving(submit, tasks[hidden:], AHEAD * self.jobs), shown, label)

    def _here(self, function: Callable, tasks: list[tuple], shown, label: str, hidden: int) -> Iterator:
        """The results of the tasks run in this process, each when read (the hidden first, their results
        last)."""
        _give_back()  # what the steps before freed, before the engines here may be compiled
        self.local()
        first = [function(*task) for task in tasks[:hidden]]
        with shown(tasks[hidden:], label) as bar:
            for task in bar:
                yield function(*task)
        yield from first

    def local(self) -> work.Context:
        """This process's own worker context for this run (small batches, the edition-wide pages): its
        engines compiled anew, as a worker process's are, the first time the run needs them here."""
        if self._local is None or work.current() is not self._local:
            work.start(self.settings)
            self._local = work.context()
        return self._local

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_start_worker, initargs=(self.settings, os.getpid()))
        return self._executor

    def __exit__(self, kind, error, traceback) -> None:
        """Wait for the workers; after an error or Ctrl-C, stop them first (what they make is not wanted).
        The memory the run freed in this process goes back to the system."""
        _give_back()
        if self._executor is None:
            return
        if error is not None:
            for process in list((self._executor._processes or {}).values()):  # no public way before Python 3.14
                process.terminate()
        self._executor.shutdown(cancel_futures=True)


def _arriving(first: Arriving, rest: Arriving, shown, label: str) -> Iterator:
    """The results of the worker processes' tasks in order, the progress display following `rest`, those
    of `first` last; one error when a worker process ended abruptly."""
    try:
        with shown(rest, label) as bar:
            yield from bar
        yield from first
    except BrokenProcessPool as exc:
        raise PlenumError(f"{label}: a worker process ended abruptly (killed, or out of memory); "
                          f"nothing more was made, run the command again") from exc


def _give_back() -> None:
    """Return the heap memory this process freed to the system (glibc keeps it for reuse otherwise): a
    process that builds again, or goes on with other work, starts from what it holds, not from the
    results and records the run held at once."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)
        except AttributeError:  # a C library without malloc_trim (not glibc)
            pass


# prctl(2) option: the signal a process receives when its parent ends (Linux).
PR_SET_PDEATHSIG = 1


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) back while worker processes start: they inherit the blocked signal and set it
    aside for good; this process receives a Ctrl-C pressed meanwhile as soon as they are started."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _start_worker(settings: work.Settings, parent: int) -> None:
    """A worker process's initializer: it ends with the process that started it (even one killed
    with kill -9), leaves Ctrl-C to it, and holds the build's worker context."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # discards a Ctrl-C held back while it started
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _end_with(parent)
    work.start(settings)


def _end_with(parent: int) -> None:
    """End this process when `parent` ends: on Linux the kernel sends SIGKILL, elsewhere a thread
    watches for the parent to change."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    else:
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # it ended before the line above
        os._exit(1)


def _watch(parent: int) -> None:
    """Poll for the parent process to end, then end this one."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)

"""The build on a Dask distributed cluster: a backend of the runner beside the worker pool (plenum.pool).

Workers need no shared filesystem. Before each batch, the files its tasks may read (the TEI folder, the
source folders, and any file a task names) travel once to every worker as bytes, into a sandbox folder
there that mirrors them; each task runs in it with the files it writes and removes recorded
(plenum.fileio.recording) and sent back as bytes, which this process writes. A task whose worker dies
is run again on another (Dask's resilience); results are the local pool's, byte for byte.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import re
import shutil
import signal
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from . import fileio, tasks as work
from .errors import InputError, PlenumError
from .summary import quiet

try:
    import distributed
except ModuleNotFoundError:  # the optional extra plenum[dask] is not installed
    distributed = None

# `--cluster local:N`: a cluster of N worker processes on this machine.
LOCAL = re.compile(r"local:([1-9][0-9]*)")


def local_workers(spec: str) -> int:
    """The number of worker processes `local:N` asks for; InputError for anything else."""
    match = LOCAL.fullmatch(spec)
    if not match:
        raise InputError("--cluster", f"{spec!r} is not local:N (N worker processes on this machine, e.g. local:4)")
    return int(match.group(1))


class Cluster(AbstractContextManager):
    """The runner's Dask backend: `run` hands tasks to the workers of a scheduler (`scheduler`, an
    address like tcp://host:8786) or of a local cluster of `workers` processes, started for this run
    on 127.0.0.1 only and closed with it. Fewer than tasks.SMALL tasks run on `here` (a pool of this process
    only), as with the pool."""

    def __init__(self, settings: work.Settings, here, scheduler: str | None = None, workers: int | None = None) -> None:
        if distributed is None:
            raise PlenumError("a build on a Dask cluster needs the Python packages dask and distributed: "
                              "pip install 'plenum[dask]'")
        self.settings = settings
        self._here = here
        self._run = uuid.uuid4().hex
        self._futures: list = []
        self._local = None
        try:
            if workers:
                self._local = distributed.LocalCluster(
                    n_workers=workers, processes=True, threads_per_worker=1, host="127.0.0.1",
                    dashboard_address=None, silence_logs=logging.CRITICAL,  # failures surface here as errors
                    scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"})
            self._client = distributed.Client(self._local or scheduler, timeout="20s")
            if self._local:  # its workers share this terminal: Ctrl-C is this process's, which stops them
                self._client.register_plugin(Undisturbed(), name="plenum")
        except (OSError, TimeoutError) as exc:
            self._close()
            raise PlenumError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc

    def run(self, function: Callable, tasks: list[tuple], progress, label: str, apart: bool = False,
            hidden: int = 0) -> list:
        """The results of `function(*task)` for every task, in the tasks' order but for the first `hidden`
        (another phase's, started first, which the progress display does not follow), whose come last (as
        plenum.pool.Pool.run's); the files they wrote written here as each completes. `apart`: on the
        cluster however few they are."""
        if not tasks:
            return []
        if len(tasks) < work.SMALL and not apart:
            return self._here.run(function, tasks, progress, label, hidden=hidden)
        files = bundle(self.settings, tasks)
        key = hashlib.sha256(b"".join(path.encode() + b"\0" + hashlib.sha256(data).digest()
                                      for path, data in sorted(files.items()))).hexdigest()
        [shared] = self._client.scatter([files], broadcast=True, hash=False)
        self._futures = futures = [
            self._client.submit(remote, function, self._run, self.settings, os.getcwd(), key, shared, task,
                                pure=False) for task in tasks]
        order, results = {future.key: index for index, future in enumerate(futures)}, [None] * len(tasks)
        with (progress if len(tasks) > hidden else quiet)(Arrivals(futures[hidden:]), label) as bar:
            for future in bar:
                results[order[future.key]] = _written(future)
        for future in futures[:hidden]:
            results[order[future.key]] = _written(future)
        self._futures = []
        return results[hidden:] + results[:hidden]

    def __exit__(self, kind, error, traceback) -> None:
        """Stop what is still running (after an error or Ctrl-C), clear the workers' sandboxes, close
        the connection and the local cluster."""
        if self._futures:
            self._client.cancel(self._futures)
        try:
            self._client.run(forget, self._run)
        except Exception:  # a worker that is gone has nothing left to clear
            pass
        self._close()

    def _close(self) -> None:
        if getattr(self, "_client", None) is not None:
            self._client.close()
        if self._local is not None:
            self._local.close()


class Undisturbed(distributed.WorkerPlugin if distributed else object):
    """On each worker of a local cluster, now and when started again: Ctrl-C ignored (pressed in the
    terminal, it reaches them too), for the build's process to stop them, as pool's workers."""

    def setup(self, worker) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)


class Arrivals:
    """Dask futures in the order they complete, their number known in advance (for a progress bar)."""

    def __init__(self, futures: list) -> None:
        self._futures = futures

    def __len__(self) -> int:
        return len(self._futures)

    def __iter__(self) -> Iterator:
        return iter(distributed.as_completed(self._futures))


def bundle(settings: work.Settings, tasks: list[tuple]) -> dict[str, bytes]:
    """What a batch's tasks may read, by absolute path: every file of the TEI folder and of the source
    folders, and each file a task names."""
    files = {}
    for folder in (settings.tei_dir, *settings.sources):
        if folder is not None and Path(folder).is_dir():
            files.update((os.path.abspath(path), path.read_bytes()) for path in sorted(Path(folder).rglob("*"))
                         if path.is_file())
    for name in _strings(tasks):
        if name not in files and os.path.isfile(name):
            files[os.path.abspath(name)] = Path(name).read_bytes()
    return files


def _strings(value) -> Iterator[str]:
    """The strings in a task's arguments (lists and tuples of them too)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _written(future) -> object:
    """A task's result, once what it wrote on its worker is written here (and what it removed removed)."""
    result, written = future.result()
    for name, data in written.items():
        if data is None:
            fileio.remove(Path(name))
        else:
            fileio.write_atomic(Path(name), data)
    return result


# -- on a worker -----------------------------------------------------------------------------------

_held = threading.Lock()  # one task at a time per worker process: the worker context is the process's
_sandboxes: dict[str, Sandbox] = {}


def remote(function: Callable, run: str, settings: work.Settings, cwd: str, key: str, files: dict[str, bytes],
           task: tuple) -> tuple[object, dict[str, bytes | None]]:
    """Run one task on a worker, in the run's sandbox filled with `files`: its result and the files it
    wrote (None: removed), their paths and contents as they are in the process that runs the build."""
    with _held:
        sandbox = _sandboxes.get(run) or _sandboxes.setdefault(run, Sandbox(settings, cwd))
        sandbox.fill(key, files)
        return sandbox.run(function, task)


def forget(run: str) -> None:
    """Remove a run's sandbox from this worker (it ended)."""
    with _held:
        sandbox = _sandboxes.pop(run, None)
        if sandbox is not None:
            shutil.rmtree(sandbox.root, ignore_errors=True)


class Sandbox:
    """A folder of a worker mirroring the files of the build's machine a run's tasks read: an absolute
    path P is root/P, a relative one is relative to root/cwd, the task's working folder."""

    def __init__(self, settings: work.Settings, cwd: str) -> None:
        self.root = tempfile.mkdtemp(prefix="plenum-cluster-", dir=_scratch())
        self.cwd = self.inside(cwd)
        os.makedirs(self.cwd, exist_ok=True)
        self.settings = dataclasses.replace(settings, **{
            field.name: self.inside(getattr(settings, field.name)) for field in dataclasses.fields(settings)
            if isinstance(getattr(settings, field.name), Path)},
            sources=tuple(self.inside(folder) for folder in settings.sources))
        self.key: str | None = None
        self.context: work.Context | None = None

    def inside(self, value):
        """A path (Path or str) of the build's machine as it is in the sandbox; other values as they are."""
        if isinstance(value, (str, Path)) and os.path.isabs(value):
            return type(value)(self.root + os.path.normpath(str(value)))
        return value

    def fill(self, key: str, files: dict[str, bytes]) -> None:
        """Give the sandbox these files' contents, unless it holds them already."""
        if key == self.key:
            return
        for name, data in files.items():
            fileio.write_atomic(Path(self.inside(name)), data)
        self.key = key

    def run(self, function: Callable, task: tuple) -> tuple[object, dict[str, bytes | None]]:
        """The task's result and the files it wrote, as the build's machine names them."""
        os.chdir(self.cwd)
        if self.context is None or work.current() is not self.context:
            work.start(self.settings)
            self.context = work.context()
        outside = self.root.encode()
        with fileio.recording() as written:
            try:
                result = function(*(_deep(self.inside, item) for item in task))
            except Exception as exc:  # the run's error, naming the files as the build's machine does
                exc.args, exc.__dict__ = _deep(self.outside, exc.args), _deep(self.outside, vars(exc))
                raise
        return (_deep(self.outside, result),
                {name.replace(self.root, ""): None if data is None else data.replace(outside, b"")
                 for name, data in written.items()})

    def outside(self, value):
        """A value of a task's result or error with the sandbox's paths as the build's machine names them."""
        return value.replace(self.root, "") if isinstance(value, str) else value


def _scratch() -> str | None:
    """The worker's own folder, which Dask removes when the worker stops and, after a worker was killed,
    when the next one starts (its workspace's purge of stale folders); outside a worker the system's."""
    try:
        return distributed.get_worker().local_directory
    except ValueError:  # not on a worker
        return None


def _deep(change: Callable, value):
    """`value` with `change` applied to every string in it (in lists, tuples, dicts and dataclasses)."""
    if isinstance(value, (list, tuple)):
        return type(value)(_deep(change, item) for item in value)
    if isinstance(value, dict):
        return {_deep(change, name): _deep(change, item) for name, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{field.name: _deep(change, getattr(value, field.name))
                                             for field in dataclasses.fields(value) if field.init})
    return change(value)

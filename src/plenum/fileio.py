"""Atomic file writes: a file is either its old self or completely new, never half written."""

from __future__ import annotations

import errno
import filecmp
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

# While a task runs on a cluster's worker (plenum.cluster): every file written (path -> bytes) or
# removed (path -> None) through this module, to be written by the process that runs the build.
_recorded: dict[str, bytes | None] | None = None


@contextmanager
def recording() -> Iterator[dict[str, bytes | None]]:
    """Record the files written and removed through this module meanwhile, in their order."""
    global _recorded
    _recorded = {}
    try:
        yield _recorded
    finally:
        _recorded = None


def remove(path: Path) -> None:
    """Remove a file plenum wrote (nothing when it is gone), recorded as removed."""
    path.unlink(missing_ok=True)
    _record(path, None)


def all_present(folder: Path, names) -> bool:
    """Whether every file `names` (relative to `folder`) is there."""
    folder = os.fspath(folder)
    return all(os.path.isfile(os.path.join(folder, name)) for name in names)  # os.path: no Path per name


def total_size(folder: Path, names) -> int:
    """The bytes of the files `names` (relative to `folder`) that are there: one stat each, no Path per name
    (a build asks it of every page of the site)."""
    folder, total = os.fspath(folder), 0
    for name in names:
        try:
            status = os.stat(os.path.join(folder, name))
        except (FileNotFoundError, NotADirectoryError):
            continue
        total += status.st_size if stat.S_ISREG(status.st_mode) else 0
    return total


def file_names(folder: Path) -> set[str]:
    """The names of the files in `folder` (none when it is missing): one listing to check many files
    against, instead of a look-up per file."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name for entry in entries if entry.is_file()}
    except FileNotFoundError:
        return set()


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to `path` through a temporary file and a rename; False when already identical.

    An OSError (a folder that is a file, no permission, a full disk) names `path` or its folder."""
    _make_parent(path)
    try:
        changed = _replace(path, data)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    _record(path, data)
    return changed


@contextmanager
def writing(path: Path) -> Iterator[BinaryIO]:
    """A file written piece by piece (a page too large to hold whole), as write_atomic writes: into a
    temporary file put in place when all of it is written (`path` untouched when it is identical), and
    nothing of it when the writing fails. An OSError that names no file (a full disk) names `path`."""
    _make_parent(path)
    try:
        with _beside(path) as stream:
            yield stream
    except OSError as exc:
        if exc.filename is None:
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    _record(path, path.read_bytes())


def _make_parent(path: Path) -> None:
    """Make the folder of `path`; an OSError naming it when a file is in its place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:  # a file where the folder should be
        raise OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path.parent)) from exc


def _replace(path: Path, data: bytes) -> bool:
    """write_atomic in a folder that exists."""
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    with _beside(path) as stream:
        stream.write(data)
    return True


@contextmanager
def _beside(path: Path) -> Iterator[BinaryIO]:
    """A temporary file beside `path` (in a folder that exists), put in its place when the block ends,
    unless it holds what `path` holds; removed when the block fails. What write_atomic and writing share."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        if path.is_file() and filecmp.cmp(temporary, path, shallow=False):
            os.unlink(temporary)
        else:
            os.chmod(temporary, 0o666 & ~_umask())   # as open() would create it (mkstemp makes it private)
            os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _record(path: Path, data: bytes | None) -> None:
    """While recording(): a file written (its bytes) or removed (None), after what was recorded before."""
    if _recorded is not None:
        _recorded.pop(str(path), None)
        _recorded[str(path)] = data


def _umask() -> int:
    """The process's umask (read by setting it, then putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

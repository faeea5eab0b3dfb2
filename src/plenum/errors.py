"""Errors a historian or editor can act on; the CLI prints each as one line with an exit code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Exit codes shared by every command (see `plenum --help`).
EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130   # Ctrl-C, as a shell reports SIGINT


class PlenumError(Exception):
    """Base class: an error with a message meant for the person running plenum."""

    exit_code = EXIT_USAGE


class InputError(PlenumError):
    """A file that cannot be used as input: names the file, the line when known, and what is wrong."""

    def __init__(self, path: Path | str, message: str, line: int | None = None,
                 column: int | None = None) -> None:
        self.path = str(path)
        self.message = message
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __reduce__(self):
        """Rebuilt from its parts when it crosses from a worker process to the main one."""
        return type(self), (self.path, self.message, self.line, self.column)

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class UnknownLayout(InputError):
    """No reader recognises the layout of a source file."""


class LossError(InputError):
    """A conversion would drop or invent characters of its source; nothing is written."""


class PlenumFault(InputError):
    """Plenum itself failed on a file (a fault in its readers, transforms or checks, not a refusal):
    reported as the file's error, so that one file does not end the run; the fuzzer counts it as a crash."""


@contextmanager
def own_faults(path: Path | str, doing: str) -> Iterator[None]:
    """Any exception of plenum's own while `doing` a file (one that is no PlenumError) as a PlenumFault
    naming the file, with what to do about it; a PlenumError, MemoryError or Ctrl-C passes unchanged."""
    try:
        yield
    except (PlenumError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - any fault of plenum's code on this file, reported as the file's
        raise PlenumFault(path, f"plenum failed while {doing} this file ({type(exc).__name__}: {exc}); "
                                "nothing was written for it. This is a fault in plenum: please report it "
                                "with the file") from exc


def naming(error: PlenumError, path: Path | str) -> str:
    """The error as one line that names the file it concerns (an InputError names it already)."""
    return str(error) if isinstance(error, InputError) else f"{path}: {error}"


def describe(error: OSError) -> str:
    """An operating-system error (a folder that is a file, no permission, a full disk) as one line:
    the paths it concerns and what the system said."""
    paths = " -> ".join(str(name) for name in (error.filename, error.filename2) if name is not None)
    what = error.strerror or str(error)
    return f"{paths}: {what}" if paths else what

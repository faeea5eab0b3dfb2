"""Errors a historian or editor can act on; the CLI prints each as one line with an exit code."""

from __future__ import annotations

from pathlib import Path

# Exit codes shared by every command (see `plenum --help`).
EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


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

"""What a run did: the counts, findings and notes a command reports, and its progress display."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field

from .errors import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from .validate import Problem

# A progress display: given the items and a label, a context manager yielding the items.
Progress = Callable[[Iterable, str], AbstractContextManager[Iterator]]


@contextmanager
def quiet(items: Iterable, label: str) -> Iterator:
    """The default progress: none."""
    yield iter(items)


@dataclass
class Summary:
    """What a run did, for the one-line report and the exit code."""

    sources: int = 0
    unchanged: int = 0             # sources not converted again: nothing they depend on changed
    converted: int = 0
    changed: int = 0
    kept: int = 0
    forced: int = 0
    valid: int = 0
    invalid: int = 0
    unchanged_documents: int = 0   # TEI files not checked again: their findings come from the last build
    rendered: int = 0
    reviewed: int = 0
    interventions: int = 0
    imported: int = 0
    exported: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage, all processes
    started: float = field(default_factory=time.perf_counter)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_USAGE
        return EXIT_INVALID if self.invalid else EXIT_OK

    def line(self) -> str:
        seconds = time.perf_counter() - self.started
        parts = []
        if self.sources:
            changes = [f"{self.changed} changed"] + [f"{n} edited and {what}" for n, what in
                                                     ((self.kept, "kept"), (self.forced, "replaced")) if n]
            parts.append(f"{self.sources} sources: {self.converted} documents converted ({', '.join(changes)})"
                         + (f", {self.unchanged} sources unchanged" if self.unchanged else ""))
        if self.valid or self.invalid:
            parts.append(f"{self.valid} valid, {self.invalid} invalid"
                         + (f" ({self.unchanged_documents} unchanged, not checked again)"
                            if self.unchanged_documents else ""))
        if self.rendered:
            parts.append(f"{self.rendered} rendered")
        if self.reviewed:
            parts.append(f"{self.reviewed} documents reviewed ({self.interventions} interventions)")
        if self.imported:
            parts.append(f"{self.imported} imported")
        if self.exported:
            parts.append(f"{self.exported} files exported")
        if self.errors:
            parts.append(f"{len(self.errors)} errors")
        return ", ".join(parts or ["nothing to do"]) + f" in {seconds:.1f} s"

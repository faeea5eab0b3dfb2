"""CPU time spent per stage of the pipeline, summed in each process: the figures of the benchmarks.

A stage is timed with `with stage("RELAX NG"): ...`; a worker hands what it measured back with each
result (`take`), and the build adds them up. The clock is the process's CPU time (every thread of
it, Saxon's included), so the figures hold on a machine busy with other work; timing costs a clock
read per stage, nothing more.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

_spent: dict[str, float] = {}


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the CPU time the block takes to the stage `name`."""
    start = time.process_time()
    try:
        yield
    finally:
        _spent[name] = _spent.get(name, 0.0) + time.process_time() - start


def take() -> dict[str, float]:
    """The seconds spent per stage since the last take; the counts start again from zero."""
    global _spent
    spent, _spent = _spent, {}
    return spent


def add(total: dict[str, float], spent: dict[str, float]) -> None:
    """Add one result's stage times to a running total."""
    for name, seconds in spent.items():
        total[name] = total.get(name, 0.0) + seconds

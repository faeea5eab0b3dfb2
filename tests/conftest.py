"""Shared fixtures: the project's seeds, optional material from ../shared/, and --accept for goldens."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED = Path(os.environ.get("PLENUM_SHARED", ROOT.parent / "shared"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--accept", action="store_true",
                     help="rewrite golden files with the current output (read the diff before committing)")


@pytest.fixture
def accept(request: pytest.FixtureRequest) -> bool:
    return request.config.getoption("--accept")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


def shared(*parts: str) -> Path:
    """A path in ../shared/; the test using it is skipped (with the path) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"optional test material not found: {path}")
    return path

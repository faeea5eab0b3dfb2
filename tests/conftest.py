"""Shared fixtures: the project's seeds, optional material from ../shared/, and --accept for goldens."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from plenum.cli import main
from plenum.errors import PlenumError
from plenum.edition import tei_files
from plenum.render import FORMATS
from plenum.runner import render
from plenum.summary import Summary
from plenum.validate import TeiAllValidator

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


def build_site(folder: Path) -> Path:
    """The edition's committed TEI rendered into `folder`, HTML and text."""
    summary = Summary()
    render(tei_files([ROOT / "tei"]), folder, tuple(FORMATS), summary)
    assert not summary.errors, summary.errors
    return folder


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The edition's reading editions, rendered once for every test that reads its pages."""
    return build_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def tei_all() -> TeiAllValidator:
    """The official tei_all schema, compiled once (it takes seconds); skipped, saying where it was
    looked for, when it is absent."""
    try:
        return TeiAllValidator()
    except PlenumError as exc:
        pytest.skip(str(exc))


# The golden cases' sources: one small source per layout and convention group.
CASES = sorted((ROOT / "tests" / "cases").glob("*/*.txt"))


def cases_project(folder: Path) -> Path:
    """A project in `folder`: the golden cases' sources in seeds/, the edition's personography in tei/."""
    (folder / "seeds").mkdir()
    for case in CASES:
        shutil.copyfile(case, folder / "seeds" / f"{case.parent.name}-{case.name}")
    (folder / "tei").mkdir()
    shutil.copyfile(ROOT / "tei" / "persons.xml", folder / "tei" / "persons.xml")
    return folder


def page_edition(root: Path, page: Path, review: bool = False) -> Path:
    """A project in `root` holding one page: converted, validated and rendered (and reviewed) each by
    its own command, as an editor runs them; each command must succeed."""
    (root / "seeds").mkdir()
    shutil.copy(page, root / "seeds")
    (root / "tei").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", root / "tei")
    document = root / "tei" / f"{page.stem}.xml"
    commands = [("convert", root / "seeds", "-o", root / "tei"), ("validate", document),
                ("render", document, "-o", root / "site")]
    if review:
        commands.append(("review", document, "-o", root / "review", "--site", root / "site"))
    for command in commands:
        result = CliRunner().invoke(main, [str(arg) for arg in command])
        assert result.exit_code == 0, result.output
    return root

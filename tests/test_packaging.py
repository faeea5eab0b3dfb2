"""plenum installed from a wheel, outside the checkout, builds an edition: its stylesheets and
schemas ship inside the package (a user's machine has no checkout beside it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

# What the wheel is built from: the project's own files, copied so the build writes nothing into the checkout.
PROJECT_FILES = ("pyproject.toml", "README.md", "src", "xslt", "schema")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The folder plenum's wheel was unpacked into (as pip installs it), built from a copy of the project."""
    pytest.importorskip("setuptools", minversion="70.1", reason="setuptools 70.1 or newer builds the wheel")
    work = tmp_path_factory.mktemp("packaging")
    project = work / "project"
    project.mkdir()
    for name in PROJECT_FILES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copyfile(ROOT / name, project / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-cache-dir", "-w", str(work / "wheel"),
                    str(project)], check=True, cwd=work, capture_output=True)
    [wheel] = (work / "wheel").glob("plenum-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--no-index", "--target", str(work / "site-packages"), str(wheel)],
                   check=True, capture_output=True)
    return work / "site-packages"


def plenum(installed: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """`python -m plenum ARGS` with the installed package first on the path (its dependencies from this
    environment), far from the checkout and with no PLENUM_HOME to point back at it."""
    environment = {key: value for key, value in os.environ.items() if key != "PLENUM_HOME"}
    environment["PYTHONPATH"] = str(installed)
    return subprocess.run([sys.executable, "-m", "plenum", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True)


def test_the_installed_package_is_the_one_that_runs(installed, tmp_path):
    result = plenum(installed, "--version", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("plenum, version ")
    where = subprocess.run([sys.executable, "-c", "import plenum.paths as p; print(p.XSLT)"], cwd=tmp_path,
                           env=dict(os.environ, PYTHONPATH=str(installed)), capture_output=True, text=True)
    assert Path(where.stdout.strip()) == installed / "plenum" / "xslt"


def test_an_installed_plenum_builds_an_edition_outside_the_checkout(installed, tmp_path):
    edition = tmp_path / "edition"
    shutil.copytree(ROOT / "seeds", edition / "seeds")
    (edition / "tei").mkdir()
    shutil.copyfile(ROOT / "tei" / "persons.xml", edition / "tei" / "persons.xml")
    shutil.copyfile(ROOT / "CITATION.cff", edition / "CITATION.cff")   # the edition's title
    result = plenum(installed, "build", "-j", "1", cwd=edition)
    assert result.returncode == 0, result.stderr
    assert "0 invalid" in result.stderr
    for source in (ROOT / "seeds").iterdir():
        assert (edition / "tei" / (source.stem + ".xml")).read_bytes() == (ROOT / "tei" / (source.stem + ".xml")).read_bytes()
    assert (edition / "site" / "index.html").is_file() and (edition / "site" / "edition.css").is_file()

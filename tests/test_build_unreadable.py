"""A TEI file `plenum build` cannot read is that file's error, as in `plenum validate`.

Before, the build read every TEI file in its main process, so one file over plenum's size limit
stopped the whole build with one line; one not well-formed, too deeply nested or not UTF-8 was an
`[xml]` finding (exit 1) when it was the edition's own and an error when imported. Now, own or
imported: one line naming the file and line, its pages leave the site and the lists, the other
documents are checked and rendered, and the build exits 2 after its summary.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plenum import tei
from plenum.edition import IMPORTED

from .conftest import ROOT
from .test_build_failures import assert_no_broken_links, project, run  # noqa: F401  (project: a fixture)

TEI = "http://www.tei-c.org/ns/1.0"
UNREADABLE = {
    "not well-formed": f"<TEI xmlns='{TEI}'><text>".encode(),
    "too deeply nested": f"<TEI xmlns='{TEI}'>{'<div>' * 120}{'</div>' * 120}</TEI>".encode(),
    "not UTF-8": f"<?xml version='1.0' encoding='UTF-8'?>\n<TEI xmlns='{TEI}'><p>café</p></TEI>".encode("latin-1"),
}


def published(site: Path) -> set[str]:
    """The documents' pages in the site, once the command line has built it (naming the files as it does)."""
    for _ in range(2):  # the fixture's build named them by absolute paths: the first rebuild loses their pages
        assert run("build", "-j", "1").exit_code == 0
    return pages(site)


def pages(site: Path) -> set[str]:
    return {path.name for path in site.iterdir() if path.suffix in (".html", ".txt")} - {"index.html", "persons.html"}


def listed(site: Path, stem: str) -> bool:
    """Whether the home page, the person index or a person's page names a document."""
    return any(stem in path.read_text(encoding="utf-8")
               for path in [site / "index.html", site / "persons.html", *site.glob("persons/*.html")])


def assert_reported_alone(result, name: Path, pages_before: set[str]) -> None:
    """Exit 2 after the summary, one line naming the file, nothing of it published, the others all there."""
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if re.match(rf"plenum: {re.escape(str(name))}(:\d+)*: ", line)
              and "changed by an editor" not in line]
    assert len(errors) == 1, result.output
    assert "[xml]" not in result.output and "1 errors" in result.output.splitlines()[-1]
    site = Path("site")
    assert not list(site.glob(f"{name.stem}.*")) and not listed(site, name.stem)
    assert pages(site) == {page for page in pages_before if not page.startswith(name.stem + ".")}
    assert_no_broken_links(site)


@pytest.mark.parametrize("folder", [Path("tei"), Path("tei", IMPORTED)])
@pytest.mark.parametrize("what", list(UNREADABLE))
def test_an_unreadable_tei_file_is_its_own_error_and_the_others_are_built(project, folder, what):
    before = published(Path("site"))
    folder.mkdir(exist_ok=True)
    (folder / "zq-unreadable.xml").write_bytes(UNREADABLE[what])
    assert_reported_alone(run("build", "-j", "1"), folder / "zq-unreadable.xml", before)
    assert_reported_alone(run("build", "-j", "1"), folder / "zq-unreadable.xml", before)  # and on a rebuild


def test_a_published_document_that_becomes_unreadable_leaves_the_site_and_the_lists(project):
    path = next(path for path in sorted(Path("tei").glob("*.xml")) if path.name != "persons.xml")
    assert listed(Path("site"), path.stem)
    before = published(Path("site"))
    path.write_bytes(path.read_bytes()[:-200])
    assert_reported_alone(run("build", "-j", "1"), path, before)
    assert_reported_alone(run("build", "-j", "1"), path, before)


def test_a_tei_file_over_the_size_limit_does_not_stop_the_build(project, monkeypatch):
    """The size is checked before reading, in the build's own process: that was one line for the build."""
    before = published(Path("site"))
    # above every file the build reads with the same parser: the edition's and plenum's own schema
    readable = [*Path("tei").rglob("*.xml"), *(ROOT / "schema").glob("*.rng")]
    largest = max(path.stat().st_size for path in readable)
    monkeypatch.setattr(tei, "MAX_XML_BYTES", largest + 1000)
    big = Path("tei", "zq-unreadable.xml")
    big.write_bytes(f"<TEI xmlns='{TEI}'><!-- {'x' * (largest + 2000)} --></TEI>".encode())
    assert_reported_alone(run("build", "-j", "1"), big, before)


def test_a_readable_file_of_the_edition_that_is_not_tei_is_invalid_as_in_validate(project):
    """Well-formed XML is readable: the grammar's finding, exit 1, as `plenum validate` says."""
    Path("tei", "zq-page.xml").write_text("<html><body/></html>", encoding="utf-8")
    built, validated = run("build", "-j", "1"), run("validate", "tei/zq-page.xml")
    assert built.exit_code == validated.exit_code == 1, built.output
    rng = [line for line in validated.output.splitlines() if line.endswith("[plenum.rng]")]
    assert rng and set(rng) <= set(built.output.splitlines())
    assert not list(Path("site").glob("zq-page.*"))

"""The review's overview is made document by document: its pages hold one batch of documents at a time
(issue 18, memory flat in the number of documents), and are the same whatever the batch."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html

from plenum import review_files, runner
from plenum.cli import main
from plenum.edition import source_files, tei_files
from plenum.summary import Summary

from .conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def listings(tmp_path_factory) -> list[Path]:
    """The seeds converted and reviewed; the files of their listings, as a build keeps them, in order."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(SEEDS[0].parent, root / "seeds")
    (root / "tei").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", root / "tei")
    summary = Summary()
    runner.convert(source_files([root / "seeds"]), root / "tei", summary)
    result = CliRunner().invoke(main, ["review", str(root / "tei"), "-o", str(root / "review")])
    assert result.exit_code == 0, result.output
    parts = []
    for path in tei_files([root / "tei"]):
        if path.name != "persons.xml":
            data = json.loads((root / "review" / f"{path.stem}.json").read_text(encoding="utf-8"))
            parts.append(root / "parts" / f"{path.stem}.json")
            parts[-1].parent.mkdir(exist_ok=True)
            parts[-1].write_text(json.dumps(review_files.listing(data), ensure_ascii=False), encoding="utf-8")
    return parts


class Spy(review_files.Pages):
    """The review's pages, remembering the documents each call for a part of the overview was given."""

    def __init__(self) -> None:
        super().__init__()
        self.given: dict[str, list[list[str]]] = {"overview-rows": [], "uncertain-documents": []}

    def page(self, template: str, report: str) -> bytes:
        if template in self.given:
            data = json.loads(report)
            self.given[template].append([entry["file"] for entry in (data if template != "overview-rows"
                                                                      else data["documents"])])
        return super().page(template, report)


def made(listings: list[Path], out: Path, batch: int, monkeypatch) -> tuple[Spy, dict[str, bytes]]:
    monkeypatch.setattr(review_files, "BATCH", batch)
    pages = Spy()
    assert review_files.write_overview(listings, out, pages) == list(review_files.OVERVIEW)
    return pages, {name: (out / name).read_bytes() for name in review_files.OVERVIEW}


def test_each_document_of_the_overview_is_made_alone_and_the_pages_are_those_made_whole(listings, tmp_path,
                                                                                       monkeypatch):
    data = [json.loads(part.read_text(encoding="utf-8")) for part in listings]
    doubtful = [entry["file"] for entry in data if entry["uncertain"]]
    assert 1 < len(doubtful)
    alone, pages = made(listings, tmp_path / "alone", 0, monkeypatch)
    assert alone.given["uncertain-documents"] == [[name] for name in doubtful]
    assert alone.given["overview-rows"] == [[entry["file"]] for entry in data]
    whole, same = made(listings, tmp_path / "whole", 2**30, monkeypatch)
    assert whole.given == {"overview-rows": [[entry["file"] for entry in data]], "uncertain-documents": [doubtful]}
    assert pages == same


def test_the_pages_made_in_parts_are_one_page_each(listings, tmp_path, monkeypatch):
    data = [json.loads(part.read_text(encoding="utf-8")) for part in listings]
    _, pages = made(listings, tmp_path, 0, monkeypatch)
    for name in ("index.html", "uncertain.html"):
        assert pages[name].count(b"xmlns=") == 1 and b"<?plenum" not in pages[name]  # the html element's only
    uncertain = html.fromstring(pages["uncertain.html"])
    sections = uncertain.xpath("//main/section")
    assert [section.get("id") for section in sections] == [Path(d["file"]).stem for d in data if d["uncertain"]]
    assert [len(section.xpath(".//li[contains(@class, 'intervention')]")) for section in sections] == \
        [d["uncertain"] for d in data if d["uncertain"]]
    index = html.fromstring(pages["index.html"])
    assert index.xpath("//table/tbody/tr/th/a/@href") == [d["page"] for d in data]
    assert json.loads(pages["index.json"])["documents"] == [
        {key: value for key, value in d.items() if key not in ("interventions", "lines")} for d in data]


def test_a_failing_page_leaves_the_overview_as_it_was(listings, tmp_path, monkeypatch):
    _, before = made(listings, tmp_path, 0, monkeypatch)

    def failing(self, template, report):
        if template == "uncertain-documents":
            raise RuntimeError("the stylesheet failed")
        return review_files.Pages.page(self, template, report)

    monkeypatch.setattr(Spy, "page", failing)
    with pytest.raises(RuntimeError):
        made(listings[::-1], tmp_path, 0, monkeypatch)
    assert (tmp_path / "uncertain.html").read_bytes() == before["uncertain.html"]
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(review_files.OVERVIEW)  # no temporary file left

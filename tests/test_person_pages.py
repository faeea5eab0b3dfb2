"""Each person's page (site/persons/<id>.html) and the person index that links to it: the index's
counts are the page's, a page is made again only when a document that names its person changed, and
a person no document names any more loses their page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, html

from plenum.cli import main
from plenum.extracts import Extracts
from plenum.render import Renderer
from plenum.tei import TEI_NS

ROOT = Path(__file__).resolve().parents[1]
TEI_TITLE = f"{{{TEI_NS}}}teiHeader/{{{TEI_NS}}}fileDesc/{{{TEI_NS}}}titleStmt/{{{TEI_NS}}}title"
PL = "{https://plenum.invalid/ns}"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def listed(page: Path) -> set[str]:
    """The documents a person's page lists (their file stems)."""
    return {href.removeprefix("../").removesuffix(".html")
            for href in html.parse(str(page)).getroot().xpath("//ul[@class='occurrences']/li/a[1]/@href")}


def build(project: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--seeds", str(project / "seeds"), "--tei", str(project / "tei"),
                                       "--site", str(project / "site"), "--review", str(project / "review"), "-j", "1"])
    assert result.exit_code == 0, result.output


@pytest.fixture
def project(tmp_path) -> Path:
    """The seeds built into a project of their own."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "tei").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", tmp_path / "tei")
    build(tmp_path)
    return tmp_path


def test_the_index_counts_what_each_person_s_page_lists(site):
    index = html.parse(str(site / "persons.html")).getroot()
    linked = 0
    for section in index.xpath("//section[@class='person']"):
        link = section.xpath("p[@class='occurrences']/a/@href")
        if not link:
            assert section.xpath("p[@class='occurrences']/text()") == ["Not in the documents of this edition."]
            continue
        linked += 1
        said = section.xpath("string(p[@class='occurrences'])")
        person = html.parse(str(site / link[0])).getroot()
        items = person.xpath("//ul[@class='occurrences']/li")
        turns = sum(int(re.search(r"(\d+) turns?", item.xpath("string(span[@class='turns'])")).group(1))
                    for item in items if item.xpath("span[@class='turns']"))
        named = sum(int(re.search(r"named (\d+) times?", item.xpath("string(span[@class='mentions'])")).group(1))
                    for item in items if item.xpath("span[@class='mentions']"))
        assert f" in {len(items)} document" in said, said
        assert (f"Speaks {turns} turn" in said) == bool(turns) and (f"amed {named} time" in said) == bool(named), said
        assert person.xpath("//h1")[0].text_content() == section.find("h2").text_content()
    assert linked > 20


def test_a_changed_document_makes_again_only_the_pages_of_the_persons_it_names(project, monkeypatch):
    pages = {path.stem: listed(path) for path in (project / "site" / "persons").glob("*.html")}
    naming = {stem for documents in pages.values() for stem in documents}
    # the document naming the fewest persons (some, not all)
    stem = min(naming, key=lambda stem: (sum(stem in documents for documents in pages.values()), stem))
    expected = {person for person, documents in pages.items() if stem in documents}
    assert expected and expected != set(pages)
    path = project / "tei" / f"{stem}.xml"
    tree = etree.parse(str(path))
    title = tree.getroot().find(TEI_TITLE)
    title.text = (title.text or "") + " (revised)"
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)
    made = []
    person = Renderer.person
    monkeypatch.setattr(Renderer, "person", lambda self, who, summaries: made.append(who) or person(self, who, summaries))
    build(project)
    assert set(made) == expected
    for who in expected:
        assert "(revised)" in (project / "site" / "persons" / f"{who}.html").read_text(encoding="utf-8")


def test_a_person_no_document_names_any_more_loses_their_page(project):
    pages = {path.stem: listed(path) for path in (project / "site" / "persons").glob("*.html")}
    who, [stem] = next((person, sorted(documents)) for person, documents in sorted(pages.items()) if len(documents) == 1)
    path = project / "tei" / f"{stem}.xml"
    text = path.read_text(encoding="utf-8")
    other = next(person for person in sorted(pages) if person != who)
    pointer = f' sameAs="persons.xml#{who}"'  # the document's own person, through whom its turns and names point
    assert text.count(pointer) == 1
    path.write_text(text.replace(pointer, f' sameAs="persons.xml#{other}"'), encoding="utf-8")  # an editor's correction
    build(project)
    assert not (project / "site" / "persons" / f"{who}.html").exists()
    assert (project / "site" / "persons").is_dir()
    assert f'href="persons/{who}.html"' not in (project / "site" / "persons.html").read_text(encoding="utf-8")


def test_a_person_s_page_holds_of_the_edition_only_what_the_documents_say_of_them(tmp_path, monkeypatch):
    """The edition-wide pages read the documents' summaries one at a time and hold only the parts of
    them they show (plenum.extracts): a person's page gets, of each document that names them and of no
    other, its title and date with that person's turns and names; no page gets a summary whole."""
    given, loaded = {}, []
    extract, load = Extracts.person, Renderer.load_summary
    monkeypatch.setattr(Extracts, "person", lambda self, who: given.setdefault(who, extract(self, who)))
    monkeypatch.setattr(Renderer, "load_summary", lambda self, text, path: loaded.append(text) or load(self, text, path))
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "tei").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", tmp_path / "tei")
    build(tmp_path)
    pages = {path.stem: listed(path) for path in (tmp_path / "site" / "persons").glob("*.html")}
    assert set(given) == set(pages) and len(pages) > 20
    for who, text in given.items():
        summaries = etree.fromstring(text.encode()).findall(f"{PL}summary")
        assert {Path(summary.get(XML_BASE)).stem for summary in summaries} == pages[who], who
        assert all([person.get("ref") for person in summary.iter(f"{PL}person")] == [who] for summary in summaries), who
    # the home page, the person index, the search's navs and each person's page: one document each
    assert len(loaded) == len(pages) + 3
    for text in loaded:  # the listings and the persons of other editions name no person of persons.xml
        root = etree.fromstring(text.encode())
        assert root.tag == f"{PL}extracts"
        assert text in given.values() or root.find(f".//{PL}person") is None

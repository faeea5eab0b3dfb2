"""How the edition is cited and what its panels and lists say, checked in the pages as a reader and a
reference manager would: every page numbers its turns or paragraphs, links its previous and next
document, carries citation_* tags and a CSL-JSON file, names the archive's own host (never a test
host) and, with a base address configured in plenum.toml, its canonical address. The about panel,
the person index and the plain text keep what readers tripped over out."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, html

from plenum import pipeline
from plenum.cli import main
from plenum.render import Renderer
from plenum.siteconfig import base_url
from plenum.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
TEST_HOSTS = ("dvincitest", "drivingcreative")


def pages(site: Path) -> dict[str, html.HtmlElement]:
    """The document pages of the site (not the home page, person index, search or a dossier's page)."""
    found = {}
    for path in sorted(site.glob("*.html")):
        document = html.parse(str(path)).getroot()
        if document.xpath("//article[@class='document']") and not document.xpath("//p[@class='member']"):
            found[path.name] = document
    return found


def test_every_document_page_numbers_its_turns_or_paragraphs_and_links_its_neighbours(site):
    documents = pages(site)
    assert len(documents) > 20
    for name, document in documents.items():
        numbers = document.xpath("//a[contains(@class, 'permalink')][normalize-space()]")
        assert numbers, name
        for number in numbers:
            assert number.get("href") == "#" + number.getparent().get("id"), name
    linked = {name: document.xpath("//nav[@class='pager']/a[@rel]/@href") for name, document in documents.items()}
    assert all(linked.values())
    first = [name for name in linked if not documents[name].xpath("//a[@rel='prev']")]
    assert len(first) == 1  # one chain through every document, oldest first


def test_every_page_has_citation_tags_a_csl_json_file_and_no_test_host(site):
    for name, document in pages(site).items():
        tags = {meta.get("name"): meta.get("content") for meta in document.xpath("//head/meta[starts-with(@name, 'citation_')]")}
        assert tags["citation_title"] == document.findtext(".//h1").strip(), name
        csl = json.loads((site / name.replace(".html", ".csl.json")).read_text(encoding="utf-8"))
        assert csl[0]["title"] == tags["citation_title"] and csl[0]["id"] == name[:-5]
        if "citation_date" in tags:
            assert "/".join(str(part).zfill(2) for part in csl[0]["issued"]["date-parts"][0]) == tags["citation_date"]
        raw = (site / name).read_text(encoding="utf-8")
        assert not [host for host in TEST_HOSTS if host in raw], name
        citation = document.xpath("string(//p[@id='pl-citation'])")
        assert citation.endswith(name + "."), citation
        for turn in document.xpath("//p[@class='cite-turn']"):
            assert ":)" not in turn.text_content(), turn.text_content()


def test_the_about_panel_reads_as_prose(site):
    for name, document in pages(site).items():
        facts = {" ".join(dt.text_content().split()): " ".join(dt.getnext().text_content().split())
                 for dt in document.xpath("//dl[@class='facts']/dt")}
        assert facts.get("Original language"), name
        assert "Contents" not in facts and "Credits" not in facts, name
        assert not re.search(r"\d{4}-\d\d-\d\dT\d", facts.get("Setting", "")), facts["Setting"]
        assert "[email" not in facts.get("Rights", ""), name
    setting = {" ".join(dt.text_content().split()): " ".join(dt.getnext().text_content().split())
               for dt in pages(site)["000_ee6d509a4d5024c3.html"].xpath("//dl[@class='facts']/dt")}["Setting"]
    assert setting == "Zhongnanhai, Yi Nian Hall, 18 September 1956, 18:00–21:10"


def test_a_configured_base_address_gives_canonical_urls(tmp_path, monkeypatch):
    project = tmp_path / "edition"
    (project / "tei").mkdir(parents=True)
    (project / "seeds").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", project / "tei")
    shutil.copy(ROOT / "tei" / "001_fddf3f08cfdc8dc7.xml", project / "tei")
    (project / "plenum.toml").write_text('[site]\nbase = "https://example.org/plenum"\n', encoding="utf-8")
    assert base_url(project / "tei") == "https://example.org/plenum/"
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    page = html.parse(str(project / "site" / "001_fddf3f08cfdc8dc7.html")).getroot()
    address = "https://example.org/plenum/001_fddf3f08cfdc8dc7.html"
    assert page.xpath("//link[@rel='canonical']/@href") == [address]
    assert page.xpath("//meta[@name='citation_public_url']/@content") == [address]
    assert page.xpath("string(//p[@id='pl-citation'])").endswith(address + ".")
    csl = json.loads((project / "site" / "001_fddf3f08cfdc8dc7.csl.json").read_text(encoding="utf-8"))
    assert csl[0]["URL"] == address and "digitalarchive.wilsoncenter.org/document/120194" in csl[0]["note"]


@pytest.mark.parametrize("value", ['"ftp://example.org/"', '"example.org"', "3"])
def test_a_base_address_that_is_no_web_address_is_refused_naming_the_file(tmp_path, value):
    (tmp_path / "tei").mkdir()
    (tmp_path / "plenum.toml").write_text(f"[site]\nbase = {value}\n", encoding="utf-8")
    with pytest.raises(InputError, match="plenum.toml"):
        base_url(tmp_path / "tei")


def test_the_person_index_counts_a_turn_once_links_a_place_once_and_lists_names_only_when_there_are(site):
    index = html.parse(str(site / "persons.html")).getroot()
    items = [item for path in sorted(site.glob("persons/*.html"))
             for item in html.parse(str(path)).getroot().xpath("//ul[@class='occurrences']/li")]
    assert items
    for item in items:
        links = item.xpath(".//span/a/@href")
        assert len(links) == len(set(links)), item.text_content()[:120]
        turns = item.xpath("string(span[@class='turns'])")
        if turns:
            count = int(re.search(r"(\d+) turns?", turns).group(1))
            translation = [a for a in item.xpath("span[@class='turns']/a") if "(original)" not in a.text_content()]
            assert count == (len(translation) or len(item.xpath("span[@class='turns']/a")))
    for names in index.xpath("//p[@class='names']"):
        assert not names.text_content().strip().endswith(":")


def test_the_plain_text_keeps_72_columns_joins_words_and_locates_every_textual_note(site):
    for path in sorted(site.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert max(map(len, text.splitlines())) <= 72, path.name
        if "\nTEXTUAL NOTES" in text:
            notes = text.split("\nTEXTUAL NOTES", 1)[1].split("\n\n", 1)[0]
            entries = [line for line in notes.splitlines()[1:] if line.startswith("  ") and not line.startswith("      ")
                       and not line.strip().isupper()]
            assert all(line.startswith("  [") for line in entries), (path.name, [e for e in entries if not e.startswith("  [")][:3])
    assert "administrative positions" in " ".join((site / "004_4586cb435a2fc35a-essay1.txt").read_text(encoding="utf-8").split())


def test_render_never_replaces_the_home_page_of_a_built_site(tmp_path, monkeypatch):
    project = tmp_path / "edition"
    (project / "tei").mkdir(parents=True)
    (project / "seeds").mkdir()
    for name in ("persons.xml", "001_fddf3f08cfdc8dc7.xml", "002_0aaa41e114f2864f.xml"):
        shutil.copy(ROOT / "tei" / name, project / "tei")
    monkeypatch.chdir(project)
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    home = (project / "site" / "index.html").read_bytes()
    result = CliRunner().invoke(main, ["render", "tei/001_fddf3f08cfdc8dc7.xml"])
    assert result.exit_code == 2 and "plenum build" in result.output
    assert (project / "site" / "index.html").read_bytes() == home
    assert CliRunner().invoke(main, ["render", "tei/001_fddf3f08cfdc8dc7.xml", "-o", "preview"]).exit_code == 0
    assert (project / "preview" / "001_fddf3f08cfdc8dc7.html").is_file()


def test_an_institution_that_translated_a_document_is_cited_as_its_translator(tmp_path):
    """'Obtained and translated by Fundação …': the header names an organisation (orgName), and the CSL-JSON a
    reference manager imports names it as the translator, whole."""
    conversion = pipeline.convert(ROOT / "tests" / "pages" / "archive-web" / "memo-translated-by-institution.txt",
                                  tmp_path)
    [document] = conversion.documents
    renderer = Renderer()
    renderer.edition(title="A Test Edition")
    tree = etree.ElementTree(etree.fromstring(pipeline.serialize(document)))
    csl = json.loads(renderer.render(renderer.load_tree(tree, tmp_path / "memo.xml"), "csl"))
    assert csl[0]["translator"] == [{"literal": "Fundação Testes Probegrad"}]


def test_an_institution_credited_in_the_header_is_shown_in_both_editions(tmp_path):
    """An orgName of a respStmt ('Obtained and translated by Fundação …') stands in the page's facts and the plain
    text's header as a person's name does (the editions gave persons alone)."""
    conversion = pipeline.convert(ROOT / "tests" / "pages" / "archive-web" / "memo-translated-by-institution.txt",
                                  tmp_path)
    [document] = conversion.documents
    renderer = Renderer()
    renderer.edition(title="A Test Edition")
    node = renderer.load_tree(etree.ElementTree(etree.fromstring(pipeline.serialize(document))), tmp_path / "memo.xml")
    page = html.document_fromstring(renderer.render(node, "html"))
    facts = {dt.text_content(): dt.getnext().text_content() for dt in page.xpath("//dl[@class='facts']/dt")}
    assert "Fundação Testes Probegrad" in [value for label, value in facts.items() if "ranslated" in label]
    text = renderer.render(node, "text")
    assert any("ranslated" in line and "Fundação Testes Probegrad" in line for line in text.splitlines())

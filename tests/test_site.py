"""The HTML edition (site/), read as a reader and a browser would: every page parses, every turn and note
of the TEI is there with its permalink, links resolve, the two views hold the right text, originals stand
beside their translations turn by turn, the person index links every turn, and two runs give the same bytes.
The home page, the person index and a dossier's page are made from the documents' small summaries; a
document's own page needs nothing but the document and the personography.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import etree, html

from plenum import person_pages
from plenum.edition import tei_files
from plenum.extracts import Extracts, together
from plenum.runner import render
from plenum.summary import Summary
from plenum.render import Renderer
from plenum.search import PAGER
from plenum.siteconfig import edition_title
from plenum.tei import TEI_NS, parse_file, q

from .conftest import build_site

EMPTY_PAGER = '<nav class="pager" aria-label="Documents before and after this one"></nav>'
from .test_peers import html_text, kept, text_nodes

ROOT = Path(__file__).resolve().parents[1]
TEI = ROOT / "tei"
DOCUMENTS = [path for path in tei_files([TEI]) if path.name != "persons.xml"]
CONVENTIONS = ROOT / "xslt" / "lib" / "conventions.xsl"
PL = "{https://plenum.invalid/ns}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XI_INCLUDE = "{http://www.w3.org/2001/XInclude}include"


def page(site: Path, name: str) -> html.HtmlElement:
    return html.document_fromstring((site / name).read_bytes())


def tei(path: Path) -> etree._Element:
    return parse_file(path).getroot()


def view_text(element, view: str) -> str:
    """The text a reader sees, copies or hears in one view: the other view's parts and the signs that
    are never copied (marked user-select: none in the style sheet) left out."""
    hidden = {"reading": "dpl", "diplomatic": "rdg"}[view]
    copy = etree.fromstring(etree.tostring(element))
    for node in copy.xpath(f".//*[contains(concat(' ', @class, ' '), ' {hidden} ') or contains(@class, 'pb')"
                           f" or contains(@class, 'fw') or contains(@class, 'noteref') or contains(@class, 'permalink')]"):
        node.getparent().remove(node) if node.tail is None else _drop_keep_tail(node)
    return " ".join("".join(copy.itertext()).split())


def _drop_keep_tail(node) -> None:
    parent, previous = node.getparent(), node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + node.tail
    else:
        parent.text = (parent.text or "") + node.tail
    parent.remove(node)


# --- the site ------------------------------------------------------------------------------------

def test_the_site_has_a_page_a_text_and_the_tei_of_every_document(site):
    for path in DOCUMENTS:
        for suffix in (".html", ".txt", ".xml"):
            assert (site / (path.stem + suffix)).stat().st_size > 0, path.stem + suffix
    for name in ("index.html", "persons.html", "persons.xml", "edition.css"):
        assert (site / name).is_file()
    assert not (site / "persons.txt").exists()


@pytest.mark.parametrize("name", [p.stem + ".html" for p in DOCUMENTS] + ["index.html", "persons.html",
                                                                         "persons/mikoyan-anastas.html"])
def test_every_page_is_html5_with_lang_landmarks_ordered_headings_and_unique_ids(site, name):
    raw = (site / name).read_text(encoding="utf-8")
    assert raw.startswith("<!DOCTYPE HTML>")
    document = page(site, name)
    assert document.get("lang")
    assert document.find(".//head/title").text.strip()
    for landmark in ("header", "main", "footer"):
        assert len(document.findall(f".//body/{landmark}")) == 1, landmark
    levels = [int(h.tag[1]) for h in document.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels
    ids = document.xpath("//@id")
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    # no inline script, no handler; a page may load the edition's own view.js (it only sets the switches)
    assert not document.xpath("//script[not(@src = 'view.js') or normalize-space()] | //style | //*[@*[starts-with(name(), 'on')]]")
    for parent in document.iter("p"):
        assert not parent.xpath(".//p | .//div | .//section | .//ul | .//dl | .//table"), name
    assert not document.xpath("//a//a"), name


def test_every_link_resolves_to_a_file_and_an_anchor(site):
    """Every page's links, the person pages' in persons/ too, land on a file of the site and an anchor."""
    anchors: dict[str, set[str]] = {}
    for path in [*site.glob("*.html"), *site.glob("persons/*.html")]:
        anchors[path.relative_to(site).as_posix()] = set(page(site, path.relative_to(site)).xpath("//@id"))
    assert any(name.startswith("persons/") for name in anchors)
    for name in anchors:
        for href in page(site, name).xpath("//a/@href | //link/@href"):
            parts = urlsplit(href)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(parts.path))) if parts.path else name
            assert (site / target).is_file(), f"{name}: {href}"
            if parts.fragment and target.endswith(".html"):
                assert unquote(parts.fragment) in anchors[target], f"{name}: {href}"


def test_two_runs_give_byte_identical_pages(site, tmp_path):
    again = build_site(tmp_path / "again")
    for path in sorted(file for file in site.rglob("*") if file.is_file()):
        name = path.relative_to(site)
        if name.parts[0] != "pagefind":  # Pagefind orders its filters as it likes: the same index, other bytes
            assert (again / name).read_bytes() == path.read_bytes(), name
    assert {path.relative_to(site) for path in site.glob("pagefind/*/fragment/*")} == \
        {path.relative_to(again) for path in again.glob("pagefind/*/fragment/*")} != set()


# --- document pages -------------------------------------------------------------------------------

@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_every_turn_paragraph_and_note_of_the_tei_has_its_permalink(site, path):
    root = tei(path)
    document = page(site, path.stem + ".html")
    ids = set(document.xpath("//@id"))
    for element in root.iter(q("sp"), q("p"), q("note")):
        if element.get("{http://www.w3.org/XML/1998/namespace}id") and not element.xpath(
                "ancestor::tei:teiHeader", namespaces={"tei": "http://www.tei-c.org/ns/1.0"}):
            assert element.get("{http://www.w3.org/XML/1998/namespace}id") in ids
    for sp in root.iter(q("sp")):
        turn = document.get_element_by_id(sp.get("{http://www.w3.org/XML/1998/namespace}id"))
        assert "sp" in turn.get("class").split()
        permalink = turn.find("a[@class='permalink']")
        assert permalink.get("href") == "#" + turn.get("id")
        assert turn.find_class("cite-turn")[0].text_content().endswith(f"{path.stem}.html#{turn.get('id')}")
        speaker = sp.find(q("speaker"))
        if speaker is not None:
            opening = turn.find_class("turn-opening")[0]
            assert opening.find_class("speaker")[0].text_content().startswith("".join(speaker.itertext())[:3])


@pytest.mark.parametrize("path", [p for p in DOCUMENTS if tei(p).find(f"{q('text')}//{q('note')}") is not None],
                         ids=lambda p: p.stem)
def test_notes_are_numbered_and_linked_both_ways(site, path):
    document = page(site, path.stem + ".html")
    notes = document.xpath("//section[@role='doc-endnotes']//li[@role='doc-endnote']")
    tei_notes = [n for n in tei(path).find(q("text")).iter(q("note")) if n.get("place") != "inline"
                 and n.get("type") not in ("status", "source")]
    assert len(notes) == len(tei_notes)
    for note in notes:
        marks = document.xpath(f"//a[@role='doc-noteref'][@href='#{note.get('id')}']")
        backlinks = note.xpath(".//a[@role='doc-backlink']")
        if backlinks:
            assert len(marks) == 1 and backlinks[0].get("href") == "#" + marks[0].get("id")
            assert marks[0].text == note.find_class("note-label")[0].text
        else:
            assert not marks and "missing from the source" in note.text_content()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_no_text_of_the_tei_is_lost_in_the_html(site, path):
    result = kept(text_nodes(tei(path)), html_text((site / (path.stem + ".html")).read_text(encoding="utf-8")))
    assert not result.lost and not result.glued, (result.lost[:5], result.glued[:5])


def test_the_reading_view_has_insertions_in_and_deletions_out_the_diplomatic_view_the_reverse(site):
    turn = page(site, "003_b5736df9e90b2d57.html").get_element_by_id("wda121800-p32")
    reading, diplomatic = view_text(turn, "reading"), view_text(turn, "diplomatic")
    assert reading.startswith("тов. Цай Ен Ген - Он сделал только половину")
    assert "Он сделал ⸢сделал⸣ только" in diplomatic
    assert turn.xpath(".//del[contains(@class, 'dpl')]") and turn.xpath(".//ins[contains(@class, 'add')]")
    deleted = page(site, "003_b5736df9e90b2d57.html").get_element_by_id("wda121800-p29")
    assert view_text(deleted, "reading") == "" and view_text(deleted, "diplomatic") == "Это ведь разные вещи."


def test_additions_keep_their_hand_and_place_and_regular_forms_their_source_form(site):
    document = page(site, "001_fddf3f08cfdc8dc7.html")
    paragraph = document.get_element_by_id("wda120194-p15")
    added = paragraph.xpath(".//ins[contains(@class, 'add')]")[0]
    assert added.get("title") == "added by hand, place not stated"  # the hand is described once, in the panel
    assert len(document.xpath("//dl[@class='facts']/dt[. = 'Hand']")) == 1
    assert "not weakening but strengthening" in view_text(paragraph, "reading")      # a handwritten replacement
    assert "not defending ⸢weakening⸣ but strengthening" in view_text(paragraph, "diplomatic")
    assert "Cde. Kim Il Sung in this" in view_text(paragraph, "reading")
    assert "Cde. Kim II Sung in this" in view_text(paragraph, "diplomatic")
    hyphenated = page(site, "004_4586cb435a2fc35a-doc01.html").get_element_by_id("dossier-004_4586cb435a2fc35a-doc01-p2")
    assert "mention anywhere." in view_text(hyphenated, "reading")
    assert "mention any- where." in view_text(hyphenated, "diplomatic")  # the line breaks after the hyphen


def test_an_original_and_its_translation_stand_side_by_side_turn_by_turn(site):
    document = page(site, "003_b5736df9e90b2d57.html")
    parallel = document.find_class("parallel")[0]
    assert parallel.get("data-aligned") == "turns"
    rows = parallel.xpath("div[@class='row']")
    aligned = 0
    for row in rows:
        original, translation = row.xpath("div")
        assert original.get("lang") == "ru" and translation.get("lang") == "en"
        left = original.xpath("./div[contains(@class, 'sp')]/@id")
        right = translation.xpath("./div[contains(@class, 'sp')]/@id")
        root = tei(TEI / "003_b5736df9e90b2d57.xml")
        for sp_id, partner in zip(left, right):
            sp = root.xpath(f"//*[@xml:id='{sp_id}']")[0]
            assert sp.get("corresp") == "#" + partner
            aligned += 1
    assert aligned == len(root.xpath("//tei:sp[@corresp]", namespaces={"tei": "http://www.tei-c.org/ns/1.0"}))


def test_speakers_and_names_link_to_the_person_index_which_links_back_to_every_turn(site):
    persons = page(site, "persons.html")
    people = {section.get("id"): section for section in persons.find_class("person") if section.tag == "section"}
    turn_links = {href.removeprefix("../") for path in site.glob("persons/*.html")
                  for href in page(site, path.relative_to(site)).xpath("//span[@class='turns']/a/@href")}
    for path in DOCUMENTS:
        document = page(site, path.stem + ".html")
        for sp in tei(path).iter(q("sp")):
            who = (sp.get("who") or "").partition("#")[2]
            if who in people:
                turn = document.get_element_by_id(sp.get("{http://www.w3.org/XML/1998/namespace}id"))
                assert turn.xpath(".//span[@class='speaker']/a/@href") == [f"persons.html#{who}"]
                assert f"{path.stem}.html#{turn.get('id')}" in turn_links
    mikoyan = people["mikoyan-anastas"]
    assert mikoyan.find("h2").text == "Anastas Mikoyan"
    assert mikoyan.xpath(".//span[@lang='ru'][.='Микоян']")


def test_the_home_page_lists_every_document_by_date_and_the_dossier_in_its_order(site):
    home = page(site, "index.html")
    rows = home.xpath("//table[@class='documents']/tbody[@class='oldest-first']/tr")
    listed = [row.xpath("td[2]/a/@href")[0] for row in rows]
    assert sorted(listed) == sorted(p.stem + ".html" for p in DOCUMENTS if tei(p).tag == q("TEI"))
    dates = [row.xpath("td[1]/time/@datetime")[0] for row in rows if row.xpath("td[1]/time")]
    assert dates == sorted(dates)
    newest = home.xpath("//tbody[@class='newest-first']/tr/td[1]/time/@datetime")
    assert newest == sorted(dates, reverse=True)
    corpus = tei(TEI / "004_4586cb435a2fc35a.xml")
    order = [include.get("href").replace(".xml", ".html") for include in corpus
             if isinstance(include.tag, str) and include.tag.endswith("include")]
    assert home.xpath("//ol[@class='members']/li/a/@href") == order


def test_the_legend_prints_the_conventions_table_and_the_views_use_its_signs(site):
    signs = etree.parse(str(CONVENTIONS)).getroot().findall(f".//{PL}sign")
    document = page(site, "000_ee6d509a4d5024c3.html")
    rows = document.xpath("//details[@class='legend']//tbody/tr")
    shown_signs = [sign for sign in signs if sign.find(f"{PL}reading") is not None]  # review-only rows are not signs
    assert [row.findtext("th") for row in rows] == [sign.get("name") for sign in shown_signs]
    assert not [row for row in rows if "/" in row.findtext("th") or row.findtext("td").endswith((";", "has", "as"))]
    supplied = next(sign for sign in signs if sign.get("key") == "supplied").find(f"{PL}reading")
    shown = document.get_element_by_id("wda117838-i1").find_class("supplied")[0]
    assert shown.text_content() == supplied.get("before") + "Anastas" + supplied.get("after")
    assert shown.get("title") == "supplied by the translator"


def test_unknown_elements_render_generically_with_their_text(tmp_path):
    source = tmp_path / "unknown.xml"
    source.write_text("""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>
      </titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
      <text><body><div><castList><castItem><role>Faust</role> a doctor</castItem></castList>
      <p>Before <seg type="x"><foo>inner</foo> words</seg> after.</p><bar>block text</bar></div></body></text></TEI>""",
                      encoding="utf-8")
    out = tmp_path / "out"
    render([source], out, ("html", "text"), Summary())
    page_text = html_text((out / "unknown.html").read_text(encoding="utf-8"))
    plain = (out / "unknown.txt").read_text(encoding="utf-8")
    for words in ("Faust a doctor", "Before inner words after.", "block text"):
        assert words in " ".join(page_text.split()) and words in " ".join(plain.split())


# --- the edition-wide pages, from the documents' summaries -----------------------------------------

@pytest.fixture(scope="module")
def summaries() -> dict[Path, str]:
    """Each document's summary as a build keeps it (text), made where the document was loaded."""
    renderer = Renderer()
    return {path: renderer.summary(renderer.load(path)) for path in DOCUMENTS}


def words(element) -> str:
    return " ".join("".join(element.itertext()).split())


def title(path: Path) -> str:
    return words(tei(path).find(f"{q('teiHeader')}/{q('fileDesc')}/{q('titleStmt')}/{q('title')}"))


def turn_numbers(root) -> dict[etree._Element, int]:
    """Each turn's number as the margin shows it: turns count from 1 in each text."""
    numbers, count = {}, 0
    for element in root.iter(q("text"), q("sp")):
        count = 0 if element.tag == q("text") else count + 1
        if element.tag == q("sp"):
            numbers[element] = count
    return numbers


def test_a_summary_is_a_small_part_of_its_document(summaries):
    for path, text in summaries.items():
        assert etree.fromstring(text.encode()).tag == PL + "summary"
        assert len(text.encode()) < 1024 + path.stat().st_size // 8, path.name
    assert sum(len(text.encode()) for text in summaries.values()) < sum(p.stat().st_size for p in summaries) / 10


def test_the_edition_pages_need_only_the_summaries(site, summaries, tmp_path):
    """A renderer that never loaded a document makes the home page, the person index and the person
    pages from the summaries: each summary a document of its own, or the parts of them each page reads
    (plenum.extracts)."""
    renderer = Renderer(("html",))
    renderer.edition(renderer.load(TEI / "persons.xml"), title=edition_title(TEI))  # as the build sets it up
    loaded = [renderer.load_summary(text, path) for path, text in summaries.items()]
    assert renderer.index(loaded) == (site / "index.html").read_text(encoding="utf-8")
    with Extracts() as extracts:
        for path, text in summaries.items():
            extracts.add(str(path), text)
        assert renderer.index([renderer.load_summary(extracts.listed(), tmp_path)]) \
            == (site / "index.html").read_text(encoding="utf-8")
        _, pages, occurrences = person_pages.publish(renderer, tmp_path, parse_file(TEI / "persons.xml"), extracts, "", {})
        local = renderer.load_summary(together(extracts.local), tmp_path)
    assert renderer.persons(occurrences, [local]) == (site / "persons.html").read_text(encoding="utf-8")
    assert {"persons/mikoyan-anastas.html", "persons/kim-il-sung.html"} <= set(pages)
    assert sorted(pages) == sorted(path.relative_to(site).as_posix() for path in site.glob("persons/*.html"))
    for name in pages:
        assert (tmp_path / name).read_bytes() == (site / name).read_bytes(), name


@pytest.mark.parametrize("path", [p for p in DOCUMENTS if tei(p).tag != q("teiCorpus")], ids=lambda p: p.stem)
def test_a_document_page_needs_only_the_document_and_the_persons(site, path):
    renderer = Renderer()
    renderer.edition(renderer.load(TEI / "persons.xml"), title=edition_title(TEI))  # as the build sets it up
    node = renderer.load_tree(parse_file(path), path)
    for fmt in ("html", "text"):
        written = (site / renderer.output_name(path, fmt)).read_text(encoding="utf-8")
        # in a site, the build puts the previous and next document into the page's empty nav
        assert renderer.render(node, fmt) == PAGER.sub(lambda nav: EMPTY_PAGER, written, count=1)


def test_the_home_page_gives_each_document_its_title_and_date(site):
    rows = page(site, "index.html").xpath("//tbody[@class='oldest-first']/tr")
    shown = {row.xpath("td[2]/a/@href")[0]: row for row in rows}
    for path in DOCUMENTS:
        if tei(path).tag == q("TEI"):
            row = shown[path.stem + ".html"]
            assert row.xpath("td[2]/a")[0].text_content() == title(path)
            date = tei(path).find(f".//{q('creation')}/{q('date')}")
            assert row.xpath("td[1]/time/@datetime") == ([date.get("when")] if date is not None and date.get("when") else [])


def test_a_dossier_page_lists_its_members_by_title(site):
    corpus = TEI / "004_4586cb435a2fc35a.xml"
    members = [include.get("href") for include in tei(corpus).iter(XI_INCLUDE)]
    links = page(site, corpus.stem + ".html").xpath("//p[@class='member']/a")
    assert [link.get("href") for link in links] == [href.replace(".xml", ".html") for href in members]
    assert [link.text_content() for link in links] == [title(TEI / href) for href in members]
    plain = " ".join((site / (corpus.stem + ".txt")).read_text(encoding="utf-8").split())
    for href in members:
        assert f"{title(TEI / href)} ({href})" in plain


def test_the_person_index_numbers_every_turn_and_name_as_the_document_does(site):
    people = {path.stem: page(site, path.relative_to(site)) for path in site.glob("persons/*.html")}
    for path in DOCUMENTS:
        root = tei(path)
        if root.tag == q("teiCorpus"):
            continue
        for sp, number in turn_numbers(root).items():
            who = (sp.get("who") or "").partition("persons.xml#")[2]
            if who in people and sp.get(XML_ID):
                original = sp.xpath("ancestor::tei:text[@type='original']", namespaces={"tei": TEI_NS})
                link = people[who].xpath(f".//span[@class='turns']/a[@href='../{path.stem}.html#{sp.get(XML_ID)}']")
                assert len(link) == 1, (path.stem, sp.get(XML_ID))
                assert link[0].text == f"{number}{' (original)' if original else ''}"
                speaker = sp.find(q("speaker"))
                assert link[0].get("title") == (words(speaker) if speaker is not None else "")
        for name in root.find(q("text")).iter(q("persName")):
            who = (name.get("ref") or "").partition("persons.xml#")[2]
            if who in people:
                anchor = next(e.get(XML_ID) for e in (name, *name.iterancestors())   # (a name part's id
                              if e.get(XML_ID) and e.tag != q("persName"))              # is no anchor)
                # a place is linked once, with the first form it is named by there
                hrefs = people[who].xpath(".//span[@class='mentions']/a/@href")
                assert f"../{path.stem}.html#{anchor}" in hrefs, (path.stem, words(name))


def test_no_page_or_style_sheet_needs_the_has_selector(site):
    """The switches are read with the sibling combinator: older browsers and the Nu checker's CSS
    parser do not know `:has()`."""
    shipped = [path for path in site.iterdir() if path.suffix in (".css", ".html")]
    assert "edition.css" in {path.name for path in shipped}
    assert [path.name for path in shipped if ":has(" in path.read_text(encoding="utf-8")] == []


def test_each_hidden_view_switch_names_its_group(site):
    """The switches' radio buttons stand outside the fieldset of their labels (the style sheet reads
    them as siblings of what they switch): each is described by that fieldset's legend."""
    radios = 0
    for path in sorted(site.glob("*.html")):
        tree = page(site, path.name)
        for radio in tree.xpath("//input[@type='radio'][contains(concat(' ', @class, ' '), ' switch-state ')]"):
            described = tree.xpath(f"//legend[@id='{radio.get('aria-describedby')}']")
            assert described and described[0].text in {"View", "Columns", "Order"}, (path.name, radio.get("id"))
            radios += 1
    assert radios > 5

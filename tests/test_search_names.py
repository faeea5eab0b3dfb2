"""The site search finds a person by their standard name in every document whose TEI links them (issue
19), also where a page shows only another form of the name: an OCR form of the Russian original, a
surname alone, a speaker's label. The standard name is an attribute Pagefind indexes, not text: the
page shows and copies what it did. Over HTTP in headless Chromium, as tests/test_search.py."""

from __future__ import annotations

from collections import defaultdict

from plenum import tei

from .conftest import ROOT
from .test_search import browser, pages, served  # noqa: F401  (the module's server and Chromium)
from .test_reading_browser import visit

NS = {"t": tei.TEI_NS}


def linked_documents() -> dict[str, set[str]]:
    """Each person of the personography -> the pages of the documents whose text links them (a name's
    @ref or a turn's @who, through the document's own person and its @sameAs)."""
    linked: dict[str, set[str]] = defaultdict(set)
    for path in sorted((ROOT / "tei").glob("*.xml")):
        if path.name == "persons.xml":
            continue
        root = tei.parse_file(path).getroot()
        same = {person.get(tei.XML_ID): person.get("sameAs", "").partition("#")[2]
                for person in root.iterfind(".//t:particDesc//t:person", NS)}
        for pointer in root.xpath("//t:text//t:persName/@ref | //t:text//t:sp/@who", namespaces=NS):
            for one in pointer.split():
                key = same.get(one.lstrip("#")) or one.partition("#")[2]
                if key:
                    linked[key].add(f"{path.stem}.html")
    return linked


def standard_names() -> dict[str, str]:
    """Each person of the personography -> their standard name (the main persName)."""
    root = tei.parse_file(ROOT / "tei" / "persons.xml").getroot()
    return {person.get(tei.XML_ID): " ".join((person.find("t:persName[@type='main']", NS)
                                              if person.find("t:persName[@type='main']", NS) is not None
                                              else person.find("t:persName", NS)).text.split())
            for person in root.iterfind(".//t:person", NS)}


def test_a_search_for_a_person_finds_every_document_whose_tei_links_them(site, served, browser):  # noqa: F811
    browser.open(served + "search.html")
    names, linked = standard_names(), linked_documents()
    assert len(linked) > 40
    missed = {names[key]: sorted(documents - pages(browser, names[key]))
              for key, documents in linked.items() if key in names}
    assert {name: lost for name, lost in missed.items() if lost} == {}


def test_a_name_known_only_in_its_ocr_form_is_found_and_not_shown(site, served, browser):  # noqa: F811
    page = "003_b5736df9e90b2d57.html"
    assert page in pages(browser, "Ivan Kapitonov")            # the original's OCR form is 'Каминин'
    visit(browser, served + page)
    block = "[...document.querySelectorAll('a.person')].find(a => a.textContent.includes('Каминин')).closest('p, li, dd')"
    shown = browser.evaluate(f"{block}.innerText")
    copied = browser.evaluate(f"(() => {{ const range = document.createRange(); range.selectNodeContents({block});"
                              " const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                              " return selection.toString(); })()")
    assert "Каминин" in shown and "Каминин" in copied
    assert "Kapitonov" not in shown and "Kapitonov" not in copied

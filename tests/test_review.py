"""plenum review: every intervention beside its source lines, checked against the seed texts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, html

from plenum import review, runner, tei
from plenum.edition import source_files, tei_files
from plenum.summary import Summary
from plenum.cli import main
from plenum.source import parse_pointer

from .conftest import ROOT, SEEDS

# What the review must list, counted with XPath over the TEI (independently of how review.py finds them).
XPATHS = {
    "drop-cap": "//tei:supplied[@reason = 'drop-cap']",
    "supplied": "//tei:supplied[not(@reason = 'drop-cap')]",
    "sic": "//tei:sic[not(parent::tei:choice)]",
    "corr": "//tei:choice[tei:sic]",
    "reg": "//tei:choice[tei:reg[not(@type = 'font-decoded')]]",
    "decoded": "//tei:choice[tei:reg/@type = 'font-decoded']",
    "expan": "//tei:choice[tei:expan]",
    "surplus": "//tei:surplus",
    "gap": "//tei:gap",
    "unclear": "//tei:unclear",
    "add": "//tei:add[not(parent::tei:subst)]",
    "del": "//tei:del[not(parent::tei:subst)]",
    "replacement": "//tei:subst[tei:del/@cert]",
    "subst": "//tei:subst[not(tei:del/@cert)]",
    "metamark": "//tei:metamark",
    "document-note": "//tei:note[@type = 'document']",
    "unanchored-note": "//tei:note[@subtype = 'unanchored']",
    "note-fragment": "//tei:note[@subtype = 'fragment']",
    "plenum-note": "//tei:note[@type = 'conversion' or (@type = 'editorial' and @resp = '#plenum')]",
    "attribution": "//tei:sp[@cert = 'medium' or @cert = 'low' or @cert = 'unknown']",
    "guessed-name": "//tei:persName[@ref][@cert = 'medium' or @cert = 'low']",
    "unresolved-name": "//tei:text//tei:persName[not(@ref)][not(ancestor::tei:person)]",
    "unplaced-fragment": "//tei:div[@type = 'unplaced']/tei:ab[@type = 'fragment']",
    "ocr-noise": "//tei:ab[@type = 'ocr-noise']",
    "joined-paragraph": "//tei:lb[@type = 'split']",
    "soft-hyphen": "//tei:lb[@break = 'no'][@rend = 'hyphen']",
}


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    """A checkout: the seeds converted into tei/, reviewed into review/."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(SEEDS[0].parent, root / "seeds")
    (root / "tei").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", root / "tei")     # the editors' personography, as in a checkout
    summary = Summary()
    runner.convert(source_files([root / "seeds"]), root / "tei", summary)
    assert not summary.errors
    result = run("review", root / "tei", "-o", root / "review", "--site", root / "site")
    assert result.exit_code == 0, result.output
    return root


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def report(edition: Path, stem: str) -> dict:
    return json.loads((edition / "review" / f"{stem}.json").read_text(encoding="utf-8"))


def seed_lines(name: str) -> list[str]:
    return (SEEDS[0].parent / name).read_text(encoding="utf-8").split("\n")


def marked(intervention: dict, data: dict) -> list[tuple[int, str]]:
    """The marked parts of an intervention's source lines (their texts in the report `data`): (line number, text)."""
    return [(line["n"], data["lines"][str(line["n"])][line["mark"][0]:line["mark"][1]])
            for line in intervention["lines"] if line["mark"]]


def documents(edition: Path) -> list[Path]:
    return [path for path in tei_files([edition / "tei"]) if path.name != "persons.xml"]


def test_each_document_gets_a_json_report_and_a_page_and_the_edition_an_overview(edition):
    for path in documents(edition):
        assert (edition / "review" / f"{path.stem}.json").is_file()
        assert (edition / "review" / f"{path.stem}.html").is_file()
    assert (edition / "review" / "index.json").is_file()
    assert (edition / "review" / "index.html").is_file()
    assert (edition / "review" / "uncertain.html").is_file()
    assert not (edition / "review" / "persons.html").exists()


def test_every_json_file_of_the_review_is_written_as_pythons_json_indents_it(edition):
    # The review writes its JSON with its own (faster) writer: the same bytes as json.dumps(indent=2).
    for path in (edition / "review").glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n", path.name


@pytest.mark.parametrize("stem", [seed.stem for seed in SEEDS[:4]]
                         + [f"{SEEDS[4].stem}-doc06", f"{SEEDS[4].stem}-essay2"])
def test_the_counts_are_the_interventions_the_tei_holds(edition, stem):
    root = tei.parse_file(edition / "tei" / f"{stem}.xml").getroot()
    data = report(edition, stem)
    for kind, xpath in XPATHS.items():
        assert data["counts"][kind] == len(root.xpath(xpath, namespaces=tei.NS)), kind
        assert data["counts"][kind] == sum(i["kind"] == kind for i in data["interventions"]), kind
    assert data["total"] == len(data["interventions"]) == sum(data["counts"].values())


@pytest.mark.parametrize("seed", SEEDS[:4], ids=lambda p: p.name)
def test_every_source_line_shown_is_that_line_of_the_seed(edition, seed):
    lines = seed_lines(seed.name)
    data = report(edition, seed.stem)
    assert data["source"] == {"file": seed.name, "href": f"../seeds/{seed.name}", "status": "ok", "message": ""}
    for intervention in data["interventions"]:
        if intervention["source"] is None:
            continue
        first, last = parse_pointer(intervention["source"])
        assert [line["n"] for line in intervention["lines"]] == list(range(first, last + 1))
        for line in intervention["lines"]:
            assert data["lines"][str(line["n"])] == lines[line["n"] - 1]
    shown = {str(line["n"]) for intervention in data["interventions"] for line in intervention["lines"]}
    assert list(data["lines"]) == sorted(shown, key=int), "each line shown is held once, in order"


# Interventions of the telegram (001) as its seed shows them: kind, and the text in the seed the review marks.
KNOWN = [
    ("supplied", "[to the]"),
    ("replacement", "defending [handwritten: weakening]"),
    ("replacement", "approve [handwritten: tolerate]"),
    ("add", "[in the upper right hand corner of the next page: insertion N1 to page 1]"),
    ("metamark", "insertion N1 to page 1]"),
    ("supplied", "[we]"),
    ("supplied", "[more]"),
    ("add", "[handwritten: and Rim Hae, who remained at the congress in China,]"),
    ("surplus", "["),
    ("supplied", "[Alekseyev]"),
    ("unclear", "Benno: Marol"),
    ("ocr-noise", "Revoluce 1"),
    ("guessed-name", "Пон До-худом"),
    ("guessed-name", "Ким Що Сена"),
    ("guessed-name", "А.Миноян"),
]


@pytest.mark.parametrize("kind, text", KNOWN)
def test_known_interventions_of_the_telegram_are_marked_on_their_seed_line(edition, kind, text):
    seed = SEEDS[1]
    lines = seed_lines(seed.name)
    where = [n for n, line in enumerate(lines, 1) if text in line]
    data = report(edition, seed.stem)
    found = [i for i in data["interventions"] if i["kind"] == kind and marked(i, data)
             and marked(i, data)[0][1] == text]
    assert found, f"no {kind} marked '{text}'"
    assert all(marked(i, data)[0][0] in where for i in found)


def test_an_insertion_over_several_lines_is_marked_on_each(edition):
    data = report(edition, SEEDS[1].stem)
    add = next(i for i in data["interventions"] if i["kind"] == "add" and "the first copy" in i["encoded"])
    assert marked(add, data) == [(135, "[handwritten: the first copy"), (137, "was received (on five sheets)"),
                           (139, "21 September at 2220 [[Alekseyev]]"), (141, "MFA 22 September spets N 595-600.]")]


def test_sic_corrections_deletions_and_substitutions_show_their_source_markup(edition):
    def kinds_marked(seed: Path) -> list[tuple[str, list]]:
        data = report(edition, seed.stem)
        return [(i["kind"], marked(i, data)) for i in data["interventions"]]
    assert ("corr", [(289, "4th [sic, should be 10th]")]) in kinds_marked(SEEDS[0])
    third = kinds_marked(SEEDS[3])
    assert ("subst", [(149, "~~сделал~~<sup>сделал</sup>")]) in third
    assert ("del", [(143, "~~Это ведь разные вещи.~~")]) in third
    second = kinds_marked(SEEDS[2])
    assert ("sic", [(42, "bureau [SIC]")]) in second


def test_an_uncertain_speaker_attribution_shows_its_label(edition):
    data = report(edition, SEEDS[0].stem)
    attribution = next(i for i in data["interventions"] if i["kind"] == "attribution")
    assert attribution["uncertain"] and attribution["cert"] == "medium"
    assert marked(attribution, data) == [(333, "Chairman")]
    assert seed_lines(SEEDS[0].name)[332].startswith("Chairman [sic]:")
    assert attribution["encoded"].startswith('<sp source="src:L333"') and "<speaker>" in attribution["encoded"]


def test_a_guessed_character_of_a_decoded_run_is_marked_in_the_printed_run(edition):
    """unclear inside reg type font-decoded: the character of orig it stands for where the run was decoded
    one character for one (gaps counting their @quantity), else the whole printed run."""
    data = report(edition, f"{SEEDS[4].stem}-doc06")
    root = tei.parse_file(edition / "tei" / f"{SEEDS[4].stem}-doc06.xml").getroot()
    unclear = [i for i in data["interventions"] if i["kind"] == "unclear"]
    assert unclear and all(i["uncertain"] for i in unclear)
    single = 0
    for intervention in unclear:
        (n, text), = marked(intervention, data)
        line = {**next(line for line in intervention["lines"] if line["n"] == n), "text": data["lines"][str(n)]}
        choice = etree.fromstring(intervention["within"])
        orig, reg = choice.findtext("orig"), choice.find("reg")
        decoded = len("".join(reg.itertext())) + sum(int(gap.get("quantity", 0)) for gap in reg.iter("gap"))
        assert orig in line["text"]
        if decoded == len(orig):
            single += 1
            assert len(text) == 1 and line["mark"][0] - line["text"].index(orig) in range(len(orig))
        else:
            assert text == orig
    assert single > 0
    assert len(unclear) == len(root.xpath("//tei:reg//tei:unclear", namespaces=tei.NS))


def test_links_go_into_the_reading_edition_at_the_nearest_identified_element(edition):
    runner.render(documents(edition), edition / "site", ("html",), Summary())
    for path in documents(edition):
        root = tei.parse_file(path).getroot()
        page = html.parse(str(edition / "site" / f"{path.stem}.html")).getroot()
        anchors = set(page.xpath("//@id"))
        for intervention in report(edition, path.stem)["interventions"]:
            href, _, anchor = intervention["edition"].partition("#")
            assert href == f"../site/{path.stem}.html"
            assert anchor == intervention["id"]
            if anchor:
                assert anchor in anchors
            else:   # in the header, which has no anchor: the page itself
                assert intervention["line"] < root.find("tei:text", tei.NS).sourceline


def test_the_overview_counts_every_document(edition):
    overview = json.loads((edition / "review" / "index.json").read_text(encoding="utf-8"))
    reports = [report(edition, path.stem) for path in documents(edition)]
    assert [d["file"] for d in overview["documents"]] == [path.name for path in documents(edition)]
    assert overview["total"] == sum(r["total"] for r in reports)
    assert overview["uncertain"] == sum(r["uncertain"] for r in reports)
    for kind in review.KINDS:
        assert overview["counts"][kind] == sum(r["counts"][kind] for r in reports)


def test_the_pages_show_each_intervention_with_its_mark_and_filters(edition):
    data = report(edition, SEEDS[1].stem)
    page = html.parse(str(edition / "review" / f"{SEEDS[1].stem}.html")).getroot()
    items = page.xpath("//li[contains(concat(' ', @class, ' '), ' intervention ')]")
    assert len(items) == data["total"]
    for item, intervention in zip(items, data["interventions"]):
        assert f"k-{intervention['kind']}" in item.get("class").split()
        assert ("uncertain" in item.get("class").split()) == intervention["uncertain"]
        shown = item.xpath(".//figure[@class = 'source']/pre[1]//mark")
        assert [mark.text_content() for mark in shown] == [text for _, text in marked(intervention, data)]
        assert intervention["encoded"] in item.text_content()
    assert page.xpath("//input[@id = 'only-uncertain'][@type = 'checkbox']")
    style = page.findtext(".//style")
    assert "#only-uncertain:checked ~ ol.interventions li.intervention:not(.uncertain)" in style
    assert ":has(" not in style  # a pseudo-class older browsers and the Nu checker do not know


def test_a_page_shows_the_lines_near_each_mark_and_each_long_line_once_in_full(edition):
    """An intervention shows the lines of its mark and one on either side, a long line cut around the
    mark; the page holds each long line once, whole, where the item's "in full" link leads."""
    for path in documents(edition):
        data = report(edition, path.stem)
        page = html.parse(str(edition / "review" / f"{path.stem}.html")).getroot()
        whole = {span.get("id"): span.text_content() for span in page.xpath("//pre//span[@class = 'line'][@id]")}
        assert whole == {f"L{n}": n + text for n, text in data["lines"].items() if len(text) > 240}
        items = page.xpath("//li[contains(concat(' ', @class, ' '), ' intervention ')]")
        for item, intervention in zip(items, data["interventions"]):
            numbers = [line["n"] for line in intervention["lines"]]
            marked = [line["n"] for line in intervention["lines"] if line["mark"]]
            near = [n for n in numbers if not marked or marked[0] - 1 <= n <= marked[-1] + 1]
            shown = item.xpath(".//figure[@class = 'source']/pre[1]//span[@class = 'ln']/text()")
            assert shown == [str(n) for n in near]
            for link in item.xpath(".//p[@class = 'whole']/a/@href"):
                assert link.lstrip("#") in whole


def test_the_uncertain_page_links_long_lines_to_their_document_page(edition):
    page = html.parse(str(edition / "review" / "uncertain.html")).getroot()
    for link in page.xpath("//p[@class = 'whole']/a/@href"):
        name, _, line = link.partition("#")
        target = html.parse(str(edition / "review" / name)).getroot()
        assert target.xpath("//span[@id = $id]", id=line), link


def test_the_uncertain_page_lists_exactly_the_uncertain_interventions(edition):
    page = html.parse(str(edition / "review" / "uncertain.html")).getroot()
    items = page.xpath("//li[contains(concat(' ', @class, ' '), ' intervention ')]")
    uncertain = sum(report(edition, path.stem)["uncertain"] for path in documents(edition))
    assert uncertain > 0 and len(items) == uncertain
    assert all("uncertain" in item.get("class").split() for item in items)
    assert len({item.get("id") for item in items}) == len(items)


def test_the_overview_page_links_every_document_page(edition):
    page = html.parse(str(edition / "review" / "index.html")).getroot()
    links = set(page.xpath("//tbody//th/a/@href"))
    assert links == {f"{path.stem}.html" for path in documents(edition)}


def test_a_second_review_gives_the_same_bytes(edition, tmp_path):
    before = {p.name: p.read_bytes() for p in (edition / "review").iterdir()}
    result = run("review", edition / "tei", "-o", edition / "review", "--site", edition / "site")
    assert result.exit_code == 0
    assert {p.name: p.read_bytes() for p in (edition / "review").iterdir()} == before


def test_a_file_that_is_not_xml_is_refused_in_one_line_and_gets_no_pages(edition, tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>unclosed\n</TEI>\n', encoding="utf-8")
    result = run("review", broken, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert f"plenum: {broken}:3:" in result.output and "not well-formed XML" in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_missing_or_changed_source_is_reported_and_its_lines_are_not_shown(edition, tmp_path):
    (tmp_path / "tei").mkdir()
    moved = shutil.copy(edition / "tei" / f"{SEEDS[1].stem}.xml", tmp_path / "tei")
    result = run("review", moved, "-o", tmp_path / "review")
    assert result.exit_code == 0
    assert f"{SEEDS[1].name}: no such source file" in result.output
    data = json.loads((tmp_path / "review" / f"{SEEDS[1].stem}.json").read_text(encoding="utf-8"))
    assert data["source"]["status"] == "missing"
    assert data["total"] > 0 and all(i["lines"] == [] for i in data["interventions"])

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / SEEDS[1].name).write_text("another text\n", encoding="utf-8")
    result = run("review", moved, "-o", tmp_path / "review")
    assert "is not the file this document was converted from" in result.output
    assert json.loads((tmp_path / "review" / f"{SEEDS[1].stem}.json").read_text())["source"]["status"] == "changed"


@pytest.mark.parametrize("match, replacement, message", [
    ("(L.+)", "/etc/passwd#$1", "relative path only"),
    ("(L.+)", "file:///etc/passwd#$1", "relative path only"),
    ("(L.+)", "../../../../../../../../dev/zero#$1", "outside the edition's source folder"),
    ("(", "../seeds/x.txt#$1", "relative path only"),
    ("(L.+)", "../seeds/x.txt#$9", "no such source file"),
])
def test_source_files_are_regular_files_read_by_relative_path_only(edition, tmp_path, match, replacement, message):
    text = (edition / "tei" / f"{SEEDS[1].stem}.xml").read_text(encoding="utf-8")
    hostile = tmp_path / "hostile.xml"
    hostile.write_text(text.replace(f'matchPattern="(L.+)" replacementPattern="../seeds/{SEEDS[1].name}#$1"',
                                    f'matchPattern="{match}" replacementPattern="{replacement}"'), encoding="utf-8")
    result = run("review", hostile, "-o", tmp_path / "review")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "review" / "hostile.json").read_text(encoding="utf-8"))
    assert data["source"]["status"] == "missing" and message in data["source"]["message"]
    assert all(i["lines"] == [] for i in data["interventions"])


def test_review_has_help_with_the_exit_codes():
    result = run("review", "--help")
    assert result.exit_code == 0 and "Exit codes" in result.output


def test_every_figure_of_the_review_has_one_caption(edition):
    """HTML allows one figcaption per figure (the Nu validator's 472 errors were a second one)."""
    for path in (edition / "review").glob("*.html"):
        document = html.parse(str(path))
        assert not document.xpath("//figure[count(figcaption) > 1]"), path.name

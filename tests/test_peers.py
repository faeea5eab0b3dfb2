"""TEI from established editions (../shared/tei-peers/): each validates as its edition states, renders without loss.

What "validates as its own edition states it should" means, file by file, from what each file declares:

* DraCor (two plays; `xml-model` names the DraCor schema, a TEI customisation), TEI Publisher's First
  Folio (its processing instruction names an ODD, a TEI customisation) and the TEI Stylesheets'
  transcription test (declares nothing; made by the TEI's own DOCX converter) are plain TEI:
  valid against tei_all.
* FRUS declares its own `frus:` namespace and pulls its date taxonomy in with `xi:include` (absent
  from the extract): tei_all refuses exactly the `frus:` attributes and the unresolved include.
* Schnitzler's letter names its own XSD in `xsi:schemaLocation` (plus a Schematron): tei_all refuses
  exactly that attribute and `salute` inside `p`, which the edition's customisation allows.
* SGA's page is a `surface` under the customised `shelley-godwin-page.rng`: tei_all, whose documents
  start with `TEI` or `teiCorpus`, refuses exactly the root.
* Slomšek (a TEI Stylesheets test input, no schema declared) puts `reg` directly inside `line` in its
  `sourceDoc` transcription, which TEI P5 4.12.0 does not allow; every finding is that one pattern.

"Without loss" means every character of the document's text (its `text` element; a corpus's members;
the whole of any other root) reaches the HTML page and the plain text, in order, and no two words
that whitespace separated in the TEI run together.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, html

from plenum.cli import main
from plenum.render import Renderer
from plenum.tei import STRUCTURAL, parse_file, q
from plenum.validate import TeiAllValidator

from .conftest import SHARED, shared

# Each peer file and the tei_all findings its edition's own statements lead to expect (none: valid).
EXPECTED = {
    "rusdracor_chekhov-tragik-ponevole.xml": [],
    "rusdracor_pushkin-mocart-i-saleri.xml": [],
    "teipublisher_demo_F-rom_firstfolio.xml": [],
    "teic-stylesheets_Test_testtranscr.xml": [],
    "frus1955-57v23p2_d135-d137_extract.xml": [r"Invalid attribute doc-dateTime-(min|max) for element div",
                                               r"Did not expect element include there"],
    "schnitzler-briefe_L02989.xml": [r"Invalid attribute schemaLocation for element TEI",
                                     r"Did not expect element salute there"],
    "sga_ox-ms_abinger_c56-0131.xml": [r"Did not expect element surface there"],
    "teic-stylesheets_Test_test32_slomsek-eziss.xml": [r"Did not expect element reg there",
                                                       r"Element line has extra content: reg"],
}

# TEI elements whose content is element-only (the project's list, and the alternatives in choice and subst).
ELEMENT_ONLY = frozenset(q(name) for name in STRUCTURAL | {"choice", "subst"})

# HTML elements that start a new line in a browser: their edges separate words.
HTML_BLOCKS = frozenset("""
    address article aside blockquote body br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6
    header hr li main nav ol p pre section table tbody td tfoot th thead tr ul
""".split())


@pytest.fixture(scope="module")
def renderer():
    return Renderer()


def peer(name: str) -> Path:
    return shared("tei-peers", name)


# --- what a reader gets: the text of a document, and of its renderings --------------------------

def shown(root: etree._Element) -> list[etree._Element]:
    """The elements whose text a reading edition must show: a TEI's text, a corpus's members, any other root."""
    if root.tag == q("TEI"):
        return root.findall(q("text"))
    if root.tag == q("teiCorpus"):
        return [child for child in root if isinstance(child.tag, str) and child.tag != q("teiHeader")]
    return [root]


def text_nodes(root: etree._Element) -> list[str]:
    """The text nodes of what a document shows, in document order (comments and PIs are not text).

    Whitespace-only nodes in element-only content are layout, except between two elements, where
    they keep the elements' words apart: there they count as one space, elsewhere as nothing.
    """
    nodes: list[str] = []

    def walk(element: etree._Element) -> None:
        layout = element.tag in ELEMENT_ONLY
        nodes.append("" if layout and not (element.text or "").strip() else element.text or "")
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            following = child.getnext()
            between = isinstance(child.tag, str) and following is not None and isinstance(following.tag, str)
            tail = child.tail or ""
            nodes.append((" " if between and tail else "") if layout and not tail.strip() else tail)

    for element in shown(root):
        walk(element)
    return nodes


def html_text(page: str) -> str:
    """The text of an HTML page's body as a browser lays it out: block edges and <br> separate words."""
    body = html.document_fromstring(page).body
    parts: list[str] = []

    def walk(element) -> None:
        edge = "\n" if isinstance(element.tag, str) and element.tag in HTML_BLOCKS else ""
        parts.append(edge + (element.text or "") if isinstance(element.tag, str) else "")
        for child in element:
            walk(child)
            parts.append(child.tail or "")
        parts.append(edge)

    walk(body)
    return "".join(parts)


@dataclass
class Kept:
    """How much of a document's text an output holds: characters kept, and word boundaries lost."""

    total: int
    kept: int
    lost: list[str]
    glued: list[str]

    @property
    def percent(self) -> float:
        return 100.0 * self.kept / self.total if self.total else 100.0


def kept(nodes: list[str], output: str) -> Kept:
    """Find each text node, whitespace aside, in the output in order; note where words ran together.

    A node found only earlier in the output counts as kept (moved, e.g. a note to the page foot);
    a node found nowhere is lost. A boundary is lost when whitespace separated two nodes in the TEI
    and no whitespace separates them in the output.
    """
    where = [index for index, char in enumerate(output) if not char.isspace()]
    flat = "".join(output[index] for index in where)
    result = Kept(0, 0, [], [])
    position, previous_end, space_before = 0, None, False
    for node in nodes:
        piece = "".join(node.split())
        space_before = space_before or node[:1].isspace()
        if not piece:
            continue
        result.total += len(piece)
        found = flat.find(piece, position)
        if found >= 0:
            result.kept += len(piece)
            if space_before and previous_end is not None and not any(
                    char.isspace() for char in output[where[previous_end - 1] + 1:where[found]]):
                result.glued.append(f"{flat[max(0, found - 15):found]}|{piece[:15]}")
            position = previous_end = found + len(piece)
        elif piece in flat:
            result.kept += len(piece)
            previous_end = None
        else:
            result.lost.append(piece[:60])
        space_before = node[-1].isspace()
    return result


def render_peer(renderer: Renderer, path: Path) -> tuple[dict[str, str], float]:
    """The HTML page and plain text of a peer file, and the seconds the two took."""
    started = time.perf_counter()
    node = renderer.load(path)
    outputs = {fmt: renderer.render(node, fmt) for fmt in ("html", "text")}
    return outputs, time.perf_counter() - started


def reading_text(fmt: str, output: str) -> str:
    """The text a reader sees in one output format."""
    return html_text(output) if fmt == "html" else output


# --- validation ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_peer_file_validates_as_its_edition_states(name, tei_all):
    problems = tei_all.check(peer(name))
    expected = [re.compile(pattern) for pattern in EXPECTED[name]]
    unexpected = [str(p) for p in problems if not any(pattern.fullmatch(p.message) for pattern in expected)]
    assert not unexpected, "\n".join(unexpected[:10])
    for pattern in expected:
        assert any(pattern.fullmatch(p.message) for p in problems), f"{name}: no finding matches {pattern.pattern}"


def test_validate_with_tei_all_prints_findings_in_the_problem_format(tei_all):
    valid = peer("rusdracor_pushkin-mocart-i-saleri.xml")
    invalid = peer("schnitzler-briefe_L02989.xml")
    assert CliRunner().invoke(main, ["validate", "--schema", "tei_all", str(valid)]).exit_code == 0
    result = CliRunner().invoke(main, ["validate", "--schema", "tei_all", str(invalid)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(f"{invalid}:") and line.endswith("[tei_all]") for line in lines)
    assert any(": error: Did not expect element salute there [tei_all]" in line for line in lines)


def test_validate_all_reports_both_schemas(tei_all):
    result = CliRunner().invoke(main, ["validate", "--schema", "all", str(peer("sga_ox-ms_abinger_c56-0131.xml"))])
    assert result.exit_code == 1
    assert "[tei_all]" in result.stdout and "[plenum.rng]" in result.stdout


# --- rendering ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["html", "text"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_peer_file_renders_without_losing_text(name, fmt, renderer):
    path = peer(name)
    outputs, _ = render_peer(renderer, path)
    result = kept(text_nodes(parse_file(path).getroot()), reading_text(fmt, outputs[fmt]))
    assert result.total > 0
    assert not result.lost, f"{name} ({fmt}) lost: {result.lost[:5]}"
    assert not result.glued, f"{name} ({fmt}) ran words together: {result.glued[:5]}"


def test_the_text_check_catches_dropped_and_glued_text():
    nodes = ["\n  ", "Моцарт и Сальери", "\n  ", "Все говорят", " нет правды"]
    assert kept(nodes, "<h1>x</h1>\nМоцарт и Сальери\nВсе говорят нет правды").percent == 100.0
    dropped = kept(nodes, "Моцарт и Сальери\nнет правды")
    assert dropped.lost == ["Всеговорят"] and dropped.kept == 23
    assert kept(nodes, "Моцарт и СальериВсе говорят нет правды").glued


def test_render_command_renders_every_peer_file_and_lists_them(tmp_path):
    folder = shared("tei-peers")
    result = CliRunner().invoke(main, ["render", str(folder), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for name in EXPECTED:
        stem = Path(name).stem
        assert (tmp_path / f"{stem}.html").stat().st_size > 0 and (tmp_path / f"{stem}.txt").stat().st_size > 0
        assert f'href="{stem}.html"' in index


# --- the closing note's table: `python -c "from tests.test_peers import table; print(table())"` --

def table() -> str:
    """Size, tei_all validity, render time and text kept for each peer file, as a Markdown table."""
    validator = TeiAllValidator()
    renderer = Renderer()
    rows = ["| peer file | size | valid against tei_all? | render time (HTML + text) | text kept (HTML / text) |",
            "|---|---:|---|---:|---:|"]
    for path in sorted((SHARED / "tei-peers").glob("*.xml")):
        problems = validator.check(path)
        outputs, seconds = render_peer(renderer, path)
        nodes = text_nodes(parse_file(path).getroot())
        html_kept, text_kept = (kept(nodes, reading_text(fmt, outputs[fmt])) for fmt in ("html", "text"))
        rows.append(f"| {path.name} | {path.stat().st_size / 1024:.0f} KiB | "
                    f"{'yes' if not problems else f'no ({len(problems)} finding' + 's' * (len(problems) > 1) + ')'} | {seconds:.2f} s | "
                    f"{html_kept.percent:.1f} % / {text_kept.percent:.1f} % |")
    return "\n".join(rows)

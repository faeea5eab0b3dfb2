"""plenum's limits on XML input: one set, the strictest of its engines, announced and reported per file.

Saxon's parser refuses what lxml accepts (nesting over 100, over 200 attributes); before, `validate`
and `import` stopped at such a file with a JAXP message and never reported the others.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor

from plenum import limits, tei
from plenum.cli import main
from plenum.errors import InputError
from plenum.render import Renderer

from .test_exchange import document

INVALID = Path(__file__).parent / "invalid"
VALID = (INVALID / "valid.xml").read_text(encoding="utf-8")
PARAGRAPH = '<p xml:id="d1-p1">'     # on line 34, at depth 6: TEI, text, body, div, sp, p
LINE = 34


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def nested(depth: int) -> str:
    """The valid document with its first paragraph's elements nested `depth` levels deep in all."""
    inner = depth - 6
    return VALID.replace(PARAGRAPH, PARAGRAPH + "<hi>" * inner + "deep" + "</hi>" * inner, 1)


def attributed(count: int) -> str:
    """The valid document with `count` attributes on its first paragraph (xml:id among them)."""
    extra = " ".join(f'n{i}="x"' for i in range(count - 1))
    return VALID.replace(PARAGRAPH, f'<p xml:id="d1-p1" {extra}>', 1)


def named(length: int) -> str:
    """The valid document with an element of a name `length` characters long in its first paragraph."""
    return VALID.replace(PARAGRAPH, PARAGRAPH + f"<{'x' * length}/>", 1)


OVER = {"deep.xml": (nested(limits.MAX_DEPTH + 1), "nested more than 100 levels deep"),
        "crowded.xml": (attributed(limits.MAX_ATTRIBUTES + 1), "plenum reads at most 200 on one element"),
        "long-name.xml": (named(limits.MAX_NAME + 1), "names, prefixes and namespace URIs of at most 1,000 characters")}
WITHIN = {"deep.xml": nested(limits.MAX_DEPTH), "crowded.xml": attributed(limits.MAX_ATTRIBUTES),
          "long-name.xml": named(limits.MAX_NAME)}


# --- the limits are Saxon's own, and lxml accepts everything within them ---------------------------

def saxon_reads(text: str) -> bool:
    builder = PySaxonProcessor(license=False).new_document_builder()
    try:
        builder.parse_xml(xml_text=text)
    except PySaxonApiError:
        return False
    return True


@pytest.mark.parametrize("make, limit", [
    (lambda n: "<a>" * n + "</a>" * n, limits.MAX_DEPTH),
    (lambda n: "<a " + " ".join(f'x{i}="1"' for i in range(n)) + "/>", limits.MAX_ATTRIBUTES),
    (lambda n: "<a " + " ".join(f'xmlns:p{i}="u"' for i in range(n)) + "/>", limits.MAX_ATTRIBUTES),
    (lambda n: f"<{'a' * n}/>", limits.MAX_NAME),
    (lambda n: f'<a xmlns:p="{"u" * n}"/>', limits.MAX_NAME),
], ids=["depth", "attributes", "namespace declarations", "name", "namespace URI"])
def test_saxon_reads_up_to_the_limit_and_refuses_one_more(make, limit):
    assert saxon_reads(make(limit)) and not saxon_reads(make(limit + 1))


def test_lxml_alone_would_read_beyond_them():
    for text, _ in OVER.values():
        etree.fromstring(text.encode("utf-8"))   # plenum's limits are stricter than lxml's


# --- plenum's parse refuses a file beyond a limit with its line and the limit -----------------------

@pytest.mark.parametrize("name", sorted(OVER))
def test_a_file_within_the_limits_is_read_and_rendered(name, tmp_path):
    path = tmp_path / name
    path.write_text(WITHIN[name], encoding="utf-8")
    renderer = Renderer(("text",))
    assert "start" in renderer.render(renderer.load(path), "text")


@pytest.mark.parametrize("name", sorted(OVER))
def test_a_file_beyond_a_limit_is_refused_naming_line_and_limit(name, tmp_path):
    path = tmp_path / name
    path.write_text(OVER[name][0], encoding="utf-8")
    with pytest.raises(InputError) as refusal:
        tei.parse_file(path)
    assert refusal.value.line == LINE and OVER[name][1] in refusal.value.message
    assert "Saxon" in refusal.value.message and "JAXP" not in refusal.value.message


def test_more_than_100_000_escaped_characters_are_no_limit(tmp_path):
    """Saxon's parser refuses a document whose &amp; &lt; &gt; stand for over 100,000 characters;
    plenum hands it character references instead, so this is no limit of plenum's."""
    path = tmp_path / "ampersands.xml"
    path.write_text(VALID.replace("All right!", "R&amp;D &lt;&gt; " * 40_000, 1), encoding="utf-8")
    assert not saxon_reads(etree.tostring(tei.parse_file(path).getroot(), encoding="unicode"))
    renderer = Renderer(("text",))
    text = renderer.render(renderer.load(path), "text")
    assert text.count("R&D") == text.count("<>") == 40_000


# --- validate and import report such a file and go on with the others -----------------------------

def test_validate_reports_each_file_beyond_a_limit_and_checks_the_others(tmp_path):
    for name, (text, _) in OVER.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for name in ("valid.xml", "persons.xml", "bad-date.xml"):
        shutil.copy(INVALID / name, tmp_path / name)
    result = run("validate", tmp_path)
    assert result.exit_code == 2
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("plenum: "))
    assert len(errors) == len(OVER)
    for line, name in zip(errors, sorted(OVER)):
        assert line.startswith(f"plenum: {tmp_path / name}:{LINE}: ") and OVER[name][1] in line
    assert any(f"{tmp_path / 'bad-date.xml'}:" in line and "[plenum.sch:date-iso]" in line
               for line in result.stdout.splitlines())
    assert "2 valid, 1 invalid, 3 errors" in result.stderr
    assert "JAXP" not in result.output


def test_validate_as_json_lists_the_unreadable_files(tmp_path):
    (tmp_path / "deep.xml").write_text(OVER["deep.xml"][0], encoding="utf-8")
    result = run("validate", "--format", "json", tmp_path / "deep.xml")
    assert result.exit_code == 2
    assert '"unreadable": [' in result.stdout and "nested more than 100 levels deep" in result.stdout


def test_import_reports_each_file_beyond_a_limit_and_imports_the_others(tmp_path, monkeypatch, tei_all):
    monkeypatch.chdir(tmp_path)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for number in range(3):
        (incoming / f"good{number}.xml").write_text(document(f"good{number}", f"Record {number}", "1956-09-18"),
                                                    encoding="utf-8")
    for name, (text, _) in OVER.items():
        (incoming / name).write_text(text, encoding="utf-8")
    result = run("import", incoming)
    assert result.exit_code == 2
    imported = sorted(path.name for path in (tmp_path / "tei" / "imported").iterdir())
    assert imported == ["good0.xml", "good1.xml", "good2.xml"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("plenum: ")]
    assert len(errors) == 3 and all(f":{LINE}: " in line and "Saxon's XML parser" in line for line in errors)
    assert "3 imported, 3 errors" in result.stderr


def test_the_limits_are_announced_where_a_user_looks():
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    help_text = " ".join(run("validate", "--help").output.split())
    for announced in (f"{limits.MAX_DEPTH} levels", f"{limits.MAX_ATTRIBUTES} attributes",
                      f"{limits.MAX_NAME:,} characters", f"{limits.MAX_TEXT:,} bytes"):
        assert announced in help_text
    for announced in (f"| {limits.MAX_DEPTH} levels |", f"| {limits.MAX_ATTRIBUTES} |",
                      f"| {limits.MAX_NAME:,} characters |", f"| {limits.MAX_TEXT:,} bytes |"):
        assert announced in readme

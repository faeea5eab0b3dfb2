"""Hostile and broken input (tests/hostile/, and a 200 MB file made here): refused in one line, never obeyed.

Every XML parse of outside input refuses DTDs, external entities, entity expansion, the network,
oversized files and deep nesting; no stylesheet plenum runs (pages, Schematron rules, review) can
read or write a file or call out of Saxon; text from a document never becomes markup or script in
the HTML.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, html

from plenum import engines, includes, review_files, tei, validate
from plenum.cli import main
from plenum.errors import InputError, PlenumError
from plenum.render import Renderer

HOSTILE = Path(__file__).parent / "hostile"
SECRET = "TOP SECRET: this text must never reach an output"

# Files the safe parser refuses, and the words of their one-line reason.
REFUSED_BY_PARSER = {
    "xxe-file.xml": "the DOCTYPE declares entities",
    "xxe-network.xml": "the DOCTYPE declares entities",
    "parameter-entity.xml": "the DOCTYPE declares entities",
    "billion-laughs.xml": "(an entity bomb)",
    "external-dtd.xml": "the DOCTYPE points to an external DTD",
    "deep-nesting.xml": "nested more than 100 levels deep",
    "invalid-utf8.xml": "not UTF-8 text: byte 0xE9 cannot be read",
    "not-well-formed.xml": "not well-formed XML: Opening and ending tag mismatch",
    "empty.xml": "the file is empty",
}
# Well-formed files that are not TEI: rendering and importing refuse them.
NOT_TEI = {
    "not-tei.xml": "the root element <html> is not in the TEI namespace",
    "no-namespace.xml": "the root element <TEI> is not in the TEI namespace",
}
REFUSED = REFUSED_BY_PARSER | NOT_TEI


@pytest.fixture
def hostile(tmp_path):
    """A copy of the hostile files, with a secret beside them that XXE or XInclude would pull in."""
    folder = tmp_path / "in"
    shutil.copytree(HOSTILE, folder)
    (folder / "secret.txt").write_text(SECRET, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def huge(tmp_path_factory):
    """A well-formed 200 MB TEI file, made on the fly (and removed after the module's tests)."""
    path = tmp_path_factory.mktemp("huge") / "huge.xml"
    paragraph = b"<p>" + b"All work and no play makes a very large file. " * 20 + b"</p>\n"
    with path.open("wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>\n')
        for _ in range(200 * 2**20 // len(paragraph) + 1):
            stream.write(paragraph)
        stream.write(b"</body></text></TEI>\n")
    yield path
    path.unlink()


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    return lines[0]


# --- the parser ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(REFUSED_BY_PARSER))
def test_the_parser_refuses_with_a_one_line_reason(name, hostile):
    with pytest.raises(InputError) as refusal:
        tei.parse_file(hostile / name)
    message = one_line(str(refusal.value))
    assert message.startswith(f"{hostile / name}:") and REFUSED_BY_PARSER[name] in message
    assert SECRET not in message


def test_a_200_mb_file_is_refused_before_it_is_read(huge):
    with pytest.raises(InputError, match=r"file is 200 MiB; plenum reads XML files of at most 100 MiB"):
        tei.parse_file(huge)


def test_bytes_over_the_limit_are_refused_too(monkeypatch):
    monkeypatch.setattr(tei, "MAX_XML_BYTES", 1000)
    with pytest.raises(InputError, match="plenum reads XML files of at most"):
        tei.parse_bytes(b"<TEI>" + b" " * 1000 + b"</TEI>", "big.xml")


def test_invalid_utf8_names_line_and_column(hostile):
    with pytest.raises(InputError) as refusal:
        tei.parse_file(hostile / "invalid-utf8.xml")
    assert (refusal.value.line, refusal.value.column) == (4, 52)


def test_bytes_wrong_for_a_declared_encoding_name_that_encoding():
    data = '<?xml version="1.0" encoding="UTF-16"?><TEI/>'.encode("utf-8")
    with pytest.raises(InputError):
        tei.parse_bytes(data, "mislabelled.xml")


def include(href: str, **attributes: str) -> str:
    extra = "".join(f' {key}="{value}"' for key, value in attributes.items())
    return f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{href}"{extra}/>'


def test_only_local_whole_file_includes_are_followed(tmp_path):
    (tmp_path / "inside.xml").write_text("<inside>in</inside>")
    (tmp_path / "secret.txt").write_text(SECRET)
    (tmp_path.parent / "outside.xml").write_text(f"<outside>{SECRET}</outside>")
    (tmp_path / "doc.xml").write_text("<doc>" + "".join([
        include("inside.xml"), include("secret.txt", parse="text"), include("../outside.xml"),
        include((tmp_path / "inside.xml").as_uri()), include(str(tmp_path / "inside.xml")),
        include("inside.xml", xpointer="x")]) + "</doc>")
    tree = includes.expand(tei.parse_file(tmp_path / "doc.xml"), tmp_path / "doc.xml").tree
    children = [child.tag.rpartition("}")[2] for child in tree.getroot()]
    assert children == ["inside"] + ["include"] * 5
    assert SECRET not in etree.tostring(tree, encoding="unicode")


def test_includes_in_a_cycle_or_beyond_the_budget_stop(tmp_path, monkeypatch):
    (tmp_path / "a.xml").write_text(f"<a>{include('b.xml')}</a>")
    (tmp_path / "b.xml").write_text(f"<b>{include('a.xml')}</b>")
    tree = includes.expand(tei.parse_file(tmp_path / "a.xml"), tmp_path / "a.xml").tree
    assert etree.tostring(tree.getroot()).count(b"<b>") == 1
    (tmp_path / "many.xml").write_text("<m>" + include("b.xml") * 20 + "</m>")
    monkeypatch.setattr(includes, "MAX_INCLUDES", 10)
    with pytest.raises(InputError, match="includes more than 10 files with XInclude"):
        includes.expand(tei.parse_file(tmp_path / "many.xml"), tmp_path / "many.xml")


def test_an_included_file_is_parsed_as_safely(tmp_path):
    shutil.copyfile(HOSTILE / "xxe-file.xml", tmp_path / "xxe.xml")
    (tmp_path / "doc.xml").write_text(f"<doc>{include('xxe.xml')}</doc>")
    with pytest.raises(InputError, match="xxe.xml:1: the DOCTYPE declares entities"):
        includes.expand(tei.parse_file(tmp_path / "doc.xml"), tmp_path / "doc.xml")


# --- the commands -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(REFUSED_BY_PARSER))
def test_validate_reports_each_broken_file_as_one_unreadable_file(name, hostile):
    result = run("validate", hostile / name)
    assert result.exit_code == 2 and not result.stdout
    line = one_line("\n".join(line for line in result.stderr.splitlines() if line.startswith("plenum: ")))
    assert line.startswith(f"plenum: {hostile / name}:") and REFUSED_BY_PARSER[name] in line
    assert "1 errors" in result.stderr


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_render_refuses_each_file_in_one_line_and_writes_no_page(name, hostile, tmp_path):
    result = run("render", hostile / name, "-o", tmp_path / "site")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("plenum: ")]
    assert len(errors) == 1 and REFUSED[name] in errors[0]
    assert not (tmp_path / "site" / f"{Path(name).stem}.html").exists()
    assert SECRET not in result.output


def test_the_200_mb_file_is_refused_by_every_command(huge, tmp_path):
    for args in (["validate", huge], ["render", huge, "-o", tmp_path / "site"]):
        result = run(*args)
        assert result.exit_code in (1, 2) and "file is 200 MiB" in result.output
    assert not (tmp_path / "site" / "huge.html").exists()


# --- rendering: no file access, no markup from text ---------------------------------------------

def test_xinclude_is_never_resolved(hostile):
    renderer = Renderer()
    node = renderer.load(hostile / "xinclude.xml")
    for fmt in ("html", "text"):
        output = renderer.render(node, fmt)
        assert "Before" in output and SECRET not in output


def script_free(page: str) -> html.HtmlElement:
    """The parsed page, after checking a browser would find no script, handler or script link in it."""
    document = html.document_fromstring(page)
    assert not document.xpath("//script | //iframe | //style | //object | //embed")
    for element in document.iter():
        for attribute, value in element.attrib.items():
            assert not attribute.lower().startswith("on"), (element.tag, attribute)
            bare = "".join(value.split()).lower()
            if attribute in ("href", "src", "action", "formaction"):
                assert not bare.startswith(("javascript:", "data:", "vbscript:")), value
    return document


def test_text_that_looks_like_html_shows_as_text(hostile):
    renderer = Renderer()
    page = renderer.render(renderer.load(hostile / "script.xml"), "html")
    document = script_free(page)
    shown = document.text_content()
    assert "<script>alert(1)</script> and <img src=x onerror=alert(2)> are text." in shown
    assert '<script>alert("title")</script>' in document.findtext(".//title")
    assert [a.get("href") for a in document.iter("a")][1:] == ["https://example.org/edition?q=1&r=2", "#top"]
    for label in ("a javascript: link", "a mixed-case one", "a data: link", "a vbscript: link"):
        assert label in shown


def test_html_elements_and_attribute_values_in_a_document_stay_text(hostile):
    renderer = Renderer()
    page = renderer.render(renderer.load(hostile / "script-markup.xml"), "html")
    document = script_free(page)
    shown = document.text_content()
    for text in ("alert(3)", "an HTML link", "a link with a tab and a newline in its scheme", "an iframe"):
        assert text in shown
    assert document.get("lang") == 'en" onmouseover="alert(1)'
    assert not document.xpath("//a[contains(., 'link with a tab')]")


# --- Saxon: one sandbox (plenum.engines) for every stylesheet it runs ---------------------------

def hostile_project(folder: Path, body: str, monkeypatch) -> None:
    """Stylesheets (html, text, review) whose every template does `body`, and Schematron rules that
    call a function doing it, put in place of plenum's (to check what Saxon lets each of them do)."""
    (folder / "xslt").mkdir()
    for name in ("html.xsl", "text.xsl", "csl.xsl", "review.xsl"):
        (folder / "xslt" / name).write_text(
            '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
            'xmlns:pl="https://plenum.invalid/ns"><xsl:output method="text"/>'
            + "".join(f'<xsl:template name="{page}">{body}</xsl:template>'
                      for page in ("index", "persons", "document", "overview", "uncertain", "pl:conventions-table",
                                   "pl:make-legend"))
            + f'<xsl:template match="/">{body}</xsl:template></xsl:stylesheet>', encoding="utf-8")
    (folder / "schema").mkdir()
    (folder / "schema" / "plenum.sch").write_text(
        '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"><ns prefix="h" uri="urn:hostile"/>'
        '<xsl:function name="h:hostile" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:h="urn:hostile">'
        f'{body}</xsl:function><pattern><rule context="/*"><report id="hostile" test="exists(h:hostile())">'
        '<value-of select="h:hostile()"/></report></rule></pattern></schema>', encoding="utf-8")
    monkeypatch.setattr(engines, "XSLT", folder / "xslt")
    monkeypatch.setattr(validate, "SCHEMA", folder / "schema")


def rendered(path: Path, fmt: str) -> str:
    renderer = Renderer()
    return renderer.render(renderer.load(path), fmt)


# Every way a stylesheet of plenum is run on a document: the reading views, the edition's pages,
# the Schematron rules (in `plenum validate` and the build) and the review's pages.
ENTRIES = {
    "HTML page": lambda path: rendered(path, "html"),
    "plain text": lambda path: rendered(path, "text"),
    "home page": lambda path: Renderer().index([]),
    "Schematron rules": lambda path: validate.Rules().check(tei.parse_file(path), str(path)),
    "review page": lambda path: review_files.Pages().page("document", "{}"),
}


@pytest.mark.parametrize("entry", sorted(ENTRIES))
@pytest.mark.parametrize("call", ["unparsed-text('{uri}')", "string(doc('{uri}'))", "string(document('{uri}'))",
                                  "count(collection('{folder}'))", "json-doc('{json}')"])
def test_no_stylesheet_can_read_a_file(entry, call, hostile, tmp_path, monkeypatch):
    (hostile / "secret.xml").write_text(f"<s>{SECRET}</s>", encoding="utf-8")
    (hostile / "secret.json").write_text(f'{{"s": "{SECRET}"}}', encoding="utf-8")
    expression = call.format(uri=(hostile / ("secret.txt" if "unparsed" in call else "secret.xml")).as_uri(),
                             folder=hostile.as_uri(), json=(hostile / "secret.json").as_uri())
    hostile_project(tmp_path, f'<xsl:sequence select="{expression}"/>', monkeypatch)
    with pytest.raises(PlenumError, match="prohibited|disallowed") as refusal:
        ENTRIES[entry](hostile / "script.xml")
    assert SECRET not in str(refusal.value)


@pytest.mark.parametrize("entry", sorted(ENTRIES))
@pytest.mark.parametrize("body, refusal", [
    ('<xsl:result-document href="{target}">x</xsl:result-document>', "xsl:result-document is disabled"),
    ("<xsl:sequence select=\"Q{{java:java.io.File}}new('{target}')\"/>",
     "Cannot find a 1-argument function"),
    ("<xsl:sequence select=\"Q{{java:java.lang.System}}getProperty('user.home')\"/>",
     "Cannot find a 1-argument function"),
])
def test_no_stylesheet_can_write_a_file_or_call_java(entry, body, refusal, hostile, tmp_path, monkeypatch):
    target = tmp_path / "written.txt"
    hostile_project(tmp_path, body.format(target=target.as_uri()), monkeypatch)
    with pytest.raises(PlenumError, match="does not compile: .*" + refusal):
        ENTRIES[entry](hostile / "script.xml")
    assert not target.exists()


def test_saxon_reads_no_entity_of_a_document_it_is_given(hostile):
    text = f'<!DOCTYPE s [<!ENTITY e SYSTEM "{(hostile / "secret.txt").as_uri()}">]><s>&e;</s>'
    with pytest.raises(InputError, match="Saxon cannot read it") as refusal:
        engines.Engine().parse(text, hostile / "summary.xml")
    assert SECRET not in str(refusal.value)


def test_saxon_is_set_up_by_the_engine_module_alone():
    """No other module makes a Saxon processor, so none runs a stylesheet outside the sandbox."""
    package = Path(engines.__file__).parent
    importers = sorted(path.relative_to(package).as_posix() for path in package.rglob("*.py")
                       if re.search(r"^\s*(from|import) saxonche", path.read_text(encoding="utf-8"), re.M))
    assert importers == ["engines.py"]

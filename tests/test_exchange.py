"""plenum import and plenum export: incoming TEI checked before it joins, outgoing TEI as one package."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from plenum import teiall
from plenum.cli import main
from plenum.tei import TEI_NS, XI_NS

from .conftest import ROOT, SEEDS, shared
from .test_hostile import HOSTILE, REFUSED, huge  # noqa: F401 (huge is a fixture)

# A document the edition's schema accepts, in the shape plenum writes (title and date vary).
DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt><title type="main">{title}</title></titleStmt>
      <publicationStmt><p>Made for a test.</p></publicationStmt>
      <sourceDesc><p>Written by hand.</p></sourceDesc>
    </fileDesc>
    <encodingDesc>
      <editorialDecl><p>None.</p></editorialDecl>
      <listPrefixDef><prefixDef ident="src" matchPattern="(L.+)" replacementPattern="../seeds/{name}.txt#$1"><p>Lines.</p></prefixDef></listPrefixDef>
    </encodingDesc>
    <profileDesc><creation><date when="{date}">{date}</date></creation><langUsage><language ident="en">English</language></langUsage></profileDesc>
    <revisionDesc><change>Written by hand.</change></revisionDesc>
  </teiHeader>
  <text><body><div type="document"><p>{title}: the plenum met.</p></div></body></text>
</TEI>
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A working folder whose tei/ holds two edition documents, made from the sources in seeds/."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tei").mkdir()
    (tmp_path / "seeds").mkdir()
    for name, title, date in (("a", "First record", "1956-08-30"), ("b", "Second record", "1956-09-18")):
        (tmp_path / "seeds" / f"{name}.txt").write_text(f"{title}\n", encoding="utf-8")
        (tmp_path / "tei" / f"{name}.xml").write_text(document(name, title, date), encoding="utf-8")
    return tmp_path


def document(name: str, title: str, date: str) -> str:
    return DOCUMENT.format(name=name, title=title, date=date)


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


@pytest.mark.parametrize("command", ["import", "export"])
def test_the_new_commands_have_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Exit codes" in result.output


# --- import -------------------------------------------------------------------------------------

def test_import_copies_valid_tei_unchanged_and_reports_what_the_edition_schema_lacks(project, tei_all):
    play = shared("tei-peers", "rusdracor_pushkin-mocart-i-saleri.xml")
    result = run("import", play)
    assert result.exit_code == 0, result.output
    copied = project / "tei" / "imported" / play.name
    assert copied.read_bytes() == play.read_bytes()
    warnings = result.stdout.splitlines()
    assert warnings and all(": warning: " in line for line in warnings)
    assert any("elements the edition's schema does not define:" in line and " standOff," in line for line in warnings)
    assert "1 imported" in result.stderr


def test_import_refuses_tei_that_tei_all_rejects(project, tei_all):
    frus = shared("tei-peers", "frus1955-57v23p2_d135-d137_extract.xml")
    result = run("import", frus)
    assert result.exit_code == 1
    assert f"{frus}: not imported: 4 departures from tei_all" in result.stderr
    assert all(line.endswith("[tei_all]") for line in result.stdout.splitlines())
    assert not (project / "tei" / "imported" / frus.name).exists()


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_import_refuses_hostile_files_in_one_line(name, project, tei_all):
    result = run("import", HOSTILE / name)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("plenum: ")]
    assert len(errors) == 1 and REFUSED[name] in errors[0]
    assert not (project / "tei" / "imported").exists()


def test_import_refuses_a_200_mb_file(huge, project, tei_all):
    result = run("import", huge)
    assert result.exit_code == 2 and "file is 200 MiB" in result.stderr
    assert not (project / "tei" / "imported").exists()


@pytest.mark.parametrize("name", ["javascript:alert(1).xml", "index.xml", "my letter.xml"])
def test_import_refuses_file_names_that_would_make_unsafe_pages(name, project, tei_all):
    incoming = project / "incoming"
    incoming.mkdir()
    shutil.copyfile(HOSTILE / "script.xml", incoming / name)
    result = run("import", incoming / name)
    assert result.exit_code == 2 and "file name not accepted" in result.stderr
    assert not (project / "tei" / "imported").exists()


def test_imported_tei_is_rendered_and_listed_with_the_edition(project, tei_all):
    assert run("import", HOSTILE / "script.xml").exit_code == 0
    run("build", "--seeds", SEEDS[0].parent)
    page = project / "site" / "script.html"
    assert page.is_file() and (project / "site" / "script.txt").is_file()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.read_text(encoding="utf-8")
    index = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="script.html"' in index and 'href="a.html"' in index


def test_build_reports_an_imported_file_whose_pages_would_overwrite_the_edition_s(project):
    (project / "tei" / "imported").mkdir()
    shutil.copyfile(HOSTILE / "script.xml", project / "tei" / "imported" / "a.xml")
    (project / "no-sources").mkdir()
    result = run("build", "--seeds", "no-sources")
    assert result.exit_code == 2
    assert "tei/imported/a.xml: its pages would overwrite those of tei/a.xml" in result.stderr
    assert "First record" in (project / "site" / "a.html").read_text(encoding="utf-8")


# --- export -------------------------------------------------------------------------------------

def package(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("persons", [True, False], ids=["with-persons", "without-persons"])
def test_export_writes_every_file_schemas_corpus_and_manifest(project, persons):
    if persons:
        (project / "tei" / "persons.xml").write_text(document("persons", "Persons", "1956-08-30"),
                                                     encoding="utf-8")
    (project / "tei" / "imported").mkdir()
    shutil.copyfile(HOSTILE / "script.xml", project / "tei" / "imported" / "script.xml")
    result = run("export", "-o", "dist")
    assert result.exit_code == 0, result.output
    files = package(project / "dist")
    tei_files = ["tei/a.xml", "tei/b.xml", "tei/imported/script.xml"] + (["tei/persons.xml"] if persons else [])
    for name in tei_files:
        assert files[name] == (project / name).read_bytes()
    assert {"schema/plenum.rng", "schema/plenum.rnc", "schema/plenum.xsd"} <= set(files)
    assert files["seeds/a.txt"] == b"First record\n" and files["seeds/b.txt"] == b"Second record\n"

    corpus = etree.fromstring(files["corpus.xml"])
    assert corpus.tag == f"{{{TEI_NS}}}teiCorpus"
    members = [name for name in tei_files if name != "tei/persons.xml"]   # the personography is no member
    assert sorted(i.get("href") for i in corpus.iter(f"{{{XI_NS}}}include")) == sorted(members)

    manifest = json.loads(files["manifest.json"])
    entries = {entry["file"]: entry for entry in manifest["files"]}
    assert set(entries) == set(files) - {"manifest.json"}
    for name, entry in entries.items():
        assert entry["sha256"] == hashlib.sha256(files[name]).hexdigest()
    assert entries["tei/a.xml"]["title"] == "First record" and entries["tei/a.xml"]["date"] == "1956-08-30"
    assert entries["tei/imported/script.xml"]["title"] == '<script>alert("title")</script>'
    assert entries["tei/imported/script.xml"]["date"] is None
    assert entries["schema/plenum.rng"]["title"] is None


def test_the_corpus_with_its_includes_resolved_is_valid_tei_all(project, tei_all):
    assert run("export", "-o", "dist").exit_code == 0
    corpus = etree.parse(str(project / "dist" / "corpus.xml"))
    corpus.xinclude()
    assert not tei_all.check_tree(corpus, "corpus.xml")
    assert len(corpus.getroot().findall(f"{{{TEI_NS}}}TEI")) == 2


DOSSIER = """<?xml version="1.0" encoding="UTF-8"?>
<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
  <teiHeader><fileDesc><titleStmt><title>A dossier</title></titleStmt>
    <publicationStmt><p>Made for a test.</p></publicationStmt><sourceDesc><p>Written by hand.</p></sourceDesc>
  </fileDesc></teiHeader>
  <xi:include href="member.xml"/>
</teiCorpus>
"""


def test_a_corpus_including_its_documents_is_valid_and_its_documents_are_not_included_twice(project, tei_all):
    imported = project / "tei" / "imported"
    imported.mkdir()
    (imported / "dossier.xml").write_text(DOSSIER, encoding="utf-8")
    (imported / "member.xml").write_text(document("member", "Member", "1956-08-31"), encoding="utf-8")
    assert run("validate", "--schema", "tei_all", imported / "dossier.xml").exit_code == 0
    assert run("export", "-o", "dist").exit_code == 0
    corpus = etree.parse(str(project / "dist" / "corpus.xml"))
    hrefs = [i.get("href") for i in corpus.iter(f"{{{XI_NS}}}include")]
    assert "tei/imported/dossier.xml" in hrefs and "tei/imported/member.xml" not in hrefs
    corpus.xinclude()
    assert not tei_all.check_tree(corpus, "corpus.xml")
    assert len(corpus.xpath("//tei:title[. = 'Member']", namespaces={"tei": TEI_NS})) == 1


def test_export_is_byte_identical_and_replaces_an_earlier_package(project):
    assert run("export", "-o", "dist").exit_code == 0
    first = package(project / "dist")
    (project / "tei" / "c.xml").write_text(document("c", "Third record", "1956-10-01"), encoding="utf-8")
    assert run("export", "-o", "dist").exit_code == 0
    assert "tei/c.xml" in package(project / "dist")
    (project / "tei" / "c.xml").unlink()
    assert run("export", "-o", "dist").exit_code == 0
    assert package(project / "dist") == first


def test_nothing_is_exported_when_a_file_is_invalid(project):
    assert run("export", "-o", "dist").exit_code == 0
    before = package(project / "dist")
    (project / "tei" / "c.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><wrong/></TEI>')
    result = run("export", "-o", "dist")
    assert result.exit_code == 1
    assert "tei/c.xml:1:" in result.stdout and "nothing exported" in result.stderr
    assert package(project / "dist") == before


def test_nothing_is_exported_when_two_files_share_an_identifier(project):
    for name in ("a", "b"):
        path = project / "tei" / f"{name}.xml"
        path.write_text(path.read_text(encoding="utf-8").replace('xml:lang="en"', 'xml:id="doc" xml:lang="en"'),
                        encoding="utf-8")
    result = run("export", "-o", "dist")
    assert result.exit_code == 1
    assert 'tei/b.xml:2:1: error: xml:id "doc" is also used in tei/a.xml' in result.stdout
    assert "1 valid, 1 invalid" in result.stderr and not (project / "dist").exists()


def test_export_refuses_to_replace_a_folder_that_is_not_a_package(project):
    (project / "notes").mkdir()
    (project / "notes" / "mine.txt").write_text("my notes")
    result = run("export", "-o", "notes")
    assert result.exit_code == 2 and "not a package plenum wrote" in result.stderr
    assert (project / "notes" / "mine.txt").read_text() == "my notes"


def test_export_without_tei_all_says_so_in_one_line(project, monkeypatch, tmp_path):
    monkeypatch.setenv(teiall.ENV, str(tmp_path / "absent.rng"))
    monkeypatch.setattr(teiall, "schema", teiall.locate)  # the compiled schema is cached for the process
    result = run("export", "-o", "dist")
    assert result.exit_code == 0
    assert "plenum: note: the package is not checked against tei_all" in result.stderr
    assert (project / "dist" / "manifest.json").is_file()


def test_the_committed_edition_exports_as_one_corpus_with_unique_identifiers(tmp_path, tei_all):
    """Every document names plenum's respStmt by its own identifier, so the edition gathers into one corpus."""
    result = run("export", "--tei", ROOT / "tei", "-o", tmp_path / "dist")
    assert result.exit_code == 0, result.output
    corpus = etree.parse(str(tmp_path / "dist" / "corpus.xml"))
    corpus.xinclude()
    ids = [element.get("{http://www.w3.org/XML/1998/namespace}id") for element in corpus.iter()]
    ids = [i for i in ids if i]
    assert len(ids) == len(set(ids)) and len(ids) > 1000
    assert not tei_all.check_tree(corpus, "corpus.xml")

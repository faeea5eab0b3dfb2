"""What commands may read and write (issue 14): source lines only from the edition's source folders,
output only in a folder of its own, nothing removed that plenum did not write, nothing overwritten
on import, and a TEI file copied under another name not published twice."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from plenum.edition import tei_files
from plenum.cli import main

from .conftest import ROOT, SEEDS
from .test_exchange import document
from .test_hostile import HOSTILE

SECRET = "TOP-SECRET-7f3a"
CASES = sorted((ROOT / "tests" / "cases").glob("*/*.txt"))


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def everything(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (symbolic links not followed) and its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink()}


def holds_secret(folder: Path) -> list[str]:
    return [name for name, data in everything(folder).items() if SECRET.encode() in data]


def with_secrets(project: Path) -> Path:
    """`project` with a .env, a git folder and a build record, and a secret file beside it, all secret."""
    secret = "".join(f"{SECRET} line {n}\n" for n in range(1, 3000))
    (project.parent / "secret.txt").write_text(secret, encoding="utf-8")
    (project / ".env").write_text(secret, encoding="utf-8")
    (project / ".git").mkdir()
    (project / ".git" / "config").write_text(secret, encoding="utf-8")
    (project / ".plenum").mkdir()
    (project / ".plenum" / "build.json").write_text(secret, encoding="utf-8")
    return project


@pytest.fixture
def edition(tmp_path, monkeypatch) -> Path:
    """A project folder (the current folder) with a seed and its TEI, and secrets in and beside it."""
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "tei").mkdir()
    shutil.copy(SEEDS[1], project / "seeds")
    shutil.copy(ROOT / "tei" / f"{SEEDS[1].stem}.xml", project / "tei")
    monkeypatch.chdir(project)
    return with_secrets(project)


@pytest.fixture
def small(tmp_path, monkeypatch) -> Path:
    """A project folder (the current folder) with one hand-written document and its source, and
    secrets in and beside it: quick to export."""
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "tei").mkdir()
    (project / "seeds" / "a.txt").write_text("First record\n", encoding="utf-8")
    (project / "tei" / "a.xml").write_text(document("a", "First record", "1956-08-30"), encoding="utf-8")
    monkeypatch.chdir(project)
    return with_secrets(project)


def pointing(project: Path, href: str, name: str = "pointing.xml", folder: str = "tei") -> Path:
    """A copy of a converted document whose src: pointers lead to `href` instead of its seed."""
    original = (ROOT / "tei" / f"{SEEDS[1].stem}.xml").read_text(encoding="utf-8")
    target = project / folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(original.replace(f'replacementPattern="../seeds/{SEEDS[1].name}#$1"',
                                       f'replacementPattern="{href}#$1"'), encoding="utf-8")
    return target


# --- 1. review reads source lines only from the edition's source folders --------------------------

@pytest.mark.parametrize("href", ["../../secret.txt", "../.env", "../.git/config", "../seeds/../.plenum/build.json",
                                  "../../../../../../../../" + "../" * 20 + "etc/passwd"])
def test_review_shows_no_lines_of_files_outside_the_source_folder(edition, href):
    pointing(edition, href)
    result = run("review", "tei/pointing.xml", "-o", "review", "--site", "site")
    assert result.exit_code == 0, result.output
    assert not holds_secret(edition / "review") and b"root:" not in (edition / "review" / "pointing.json").read_bytes()
    data = json.loads((edition / "review" / "pointing.json").read_text(encoding="utf-8"))
    assert data["source"]["status"] == "missing" and "outside the edition's source folder" in data["source"]["message"]
    assert data["total"] > 0 and all(i["lines"] == [] for i in data["interventions"])
    assert "plenum: tei/pointing.xml: " in result.stderr and "not read" in result.stderr


def test_review_does_not_follow_a_link_out_of_the_source_folder(edition):
    (edition / "seeds" / "linked.txt").symlink_to(edition.parent / "secret.txt")
    pointing(edition, "../seeds/linked.txt")
    result = run("review", "tei/pointing.xml", "-o", "review")
    assert result.exit_code == 0 and not holds_secret(edition / "review")
    assert "outside the edition's source folder" in result.stderr


def test_review_reads_the_sources_of_its_own_edition_and_of_a_folder_named_with_seeds(edition):
    assert run("review", "tei", "-o", "review").exit_code == 0
    data = json.loads((edition / "review" / f"{SEEDS[1].stem}.json").read_text(encoding="utf-8"))
    assert data["source"]["status"] == "ok" and any(i["lines"] for i in data["interventions"])

    (edition / "elsewhere").mkdir()
    shutil.copy(edition / "seeds" / SEEDS[1].name, edition / "elsewhere")
    pointing(edition, f"../elsewhere/{SEEDS[1].name}")
    assert "outside" in run("review", "tei/pointing.xml", "-o", "review").stderr
    result = run("review", "tei/pointing.xml", "-o", "review", "--seeds", "elsewhere")
    assert result.exit_code == 0 and "outside" not in result.stderr
    assert json.loads((edition / "review" / "pointing.json").read_text())["source"]["status"] == "ok"


@pytest.mark.parametrize("output", [".", "seeds", "tei", "tei/imported", ".plenum", ".."])
def test_review_refuses_to_write_into_the_edition_s_own_folders(edition, output):
    (edition / "tei" / "imported").mkdir(exist_ok=True)
    before = everything(edition.parent)
    result = run("review", "tei", "-o", output)
    assert result.exit_code == 2 and "a folder of its own" in result.stderr and "Traceback" not in result.output
    assert everything(edition.parent) == before


# --- 2. export packages sources only from the edition's source folders ----------------------------

@pytest.mark.parametrize("href", ["../../.env", "../../.git/config", "../../.plenum/build.json", "../../../secret.txt"])
def test_export_packages_no_file_from_outside_the_source_folders(small, href):
    imported = small / "tei" / "imported"
    imported.mkdir()
    (imported / "other.xml").write_text(document("other", "Other edition", "1956-08-30")
                                        .replace("../seeds/other.txt", href), encoding="utf-8")
    result = run("export", "-o", "dist")
    assert result.exit_code == 0, result.output
    assert not holds_secret(small / "dist")
    listed = [entry["file"] for entry in json.loads((small / "dist" / "manifest.json").read_text())["files"]]
    assert not [name for name in listed if not name.startswith(("tei/", "schema/", "seeds/", "corpus.xml",
                                                                "corpus-expanded.xml"))]
    assert f"tei/imported/other.xml: its source {href} is not packaged" in result.stderr
    assert "seeds/a.txt" in listed   # the edition's own sources still travel with it


def test_export_does_not_follow_a_licence_linked_from_outside_the_edition(small):
    (small / "LICENSE").symlink_to(small.parent / "secret.txt")
    result = run("export", "-o", "dist")
    assert result.exit_code == 0, result.output
    assert not holds_secret(small / "dist") and not (small / "dist" / "LICENSE").exists()


def test_export_does_not_follow_a_link_out_of_the_source_folder(small):
    (small / "seeds" / "linked.txt").symlink_to(small / ".env")
    (small / "tei" / "linked.xml").write_text(document("linked", "Linked", "1956-08-30"), encoding="utf-8")
    result = run("export", "-o", "dist")
    assert result.exit_code == 0, result.output
    assert not holds_secret(small / "dist") and not (small / "dist" / "seeds" / "linked.txt").exists()
    assert "tei/linked.xml: its source ../seeds/linked.txt is not packaged" in result.stderr


# --- 3. export removes nothing it did not write ---------------------------------------------------

def test_export_into_the_project_folder_is_refused_and_deletes_nothing(small):
    (small / "site").mkdir()
    (small / "site" / "index.html").write_text("the site")
    (small / "manifest.json").write_text("{}")
    before = everything(small)
    for output in (small, "."):
        result = run("export", "-o", output)
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert "holds the edition's project folder" in result.stderr
        assert everything(small) == before


@pytest.mark.parametrize("output", ["tei", "seeds", "tei/imported", ".plenum", "site", ".."])
def test_export_refuses_the_edition_s_own_folders(small, output):
    (small / "tei" / "imported").mkdir(exist_ok=True)
    (small / "site").mkdir()
    before = everything(small.parent)
    result = run("export", "-o", output)
    assert result.exit_code == 2 and "a folder of its own" in result.stderr
    assert everything(small.parent) == before


def test_export_refuses_the_current_folder_in_one_line(tmp_path, monkeypatch):
    here = tmp_path / "empty"
    here.mkdir()
    monkeypatch.chdir(here)
    result = run("export", "--tei", ROOT / "tei", "-o", ".")
    assert result.exit_code == 2 and "holds the current folder" in result.stderr and "Traceback" not in result.output
    assert here.is_dir() and not any(here.iterdir())


def test_an_earlier_package_with_a_file_plenum_did_not_write_is_not_replaced(small):
    assert run("export", "-o", "dist").exit_code == 0
    (small / "dist" / "tei" / "my-notes.txt").write_text("mine")
    before = everything(small / "dist")
    result = run("export", "-o", "dist")
    assert result.exit_code == 2 and "dist/tei/my-notes.txt: not a file of the package plenum wrote" in result.stderr
    assert everything(small / "dist") == before


def test_a_forged_manifest_cannot_make_export_remove_the_edition_s_files(small):
    (small / "dist").mkdir()
    forged = {"format": "plenum-package/1", "files": [{"file": "../tei/persons.xml"}]}
    (small / "dist" / "manifest.json").write_text(json.dumps(forged))
    before = everything(small)
    result = run("export", "-o", "dist")
    assert result.exit_code == 2 and "not a package plenum wrote" in result.stderr
    assert everything(small) == before


def test_an_earlier_package_is_replaced_and_nothing_is_left_beside_it(small):
    assert run("export", "-o", "dist").exit_code == 0
    first = everything(small / "dist")
    assert json.loads(first["manifest.json"])["format"] == "plenum-package/1"
    assert run("export", "-o", "dist").exit_code == 0
    assert everything(small / "dist") == first
    assert sorted(p.name for p in small.iterdir() if p.name.startswith(".dist")) == []


# --- 9. import never overwrites, and refuses names the edition's pages have -----------------------

@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A small edition: two documents and the personography in tei/."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tei").mkdir()
    for name, title in (("a", "First record"), ("b", "Second record")):
        (tmp_path / "tei" / f"{name}.xml").write_text(document(name, title, "1956-08-30"), encoding="utf-8")
    shutil.copy(ROOT / "tei" / "persons.xml", tmp_path / "tei")
    return tmp_path


def test_import_does_not_replace_a_different_file(project, tei_all):
    (project / "incoming").mkdir()
    incoming = project / "incoming" / "a.xml"
    incoming.write_text(document("a", "Another edition's record", "1956-08-30"), encoding="utf-8")
    before = everything(project / "tei")
    result = run("import", incoming, "-o", "tei")
    assert result.exit_code == 2
    assert "tei/a.xml already exists and holds another file; it is not replaced" in result.stderr
    assert everything(project / "tei") == before


def test_import_of_the_same_file_again_is_fine(project, tei_all):
    assert run("import", HOSTILE / "script.xml").exit_code == 0
    result = run("import", HOSTILE / "script.xml")
    assert result.exit_code == 0 and "1 imported" in result.stderr
    (project / "tei" / "imported" / "script.xml").write_text("an editor's change")
    result = run("import", HOSTILE / "script.xml")
    assert result.exit_code == 2 and "already exists" in result.stderr
    assert (project / "tei" / "imported" / "script.xml").read_text() == "an editor's change"


@pytest.mark.parametrize("name, output, says", [
    ("Index.xml", "tei/imported", "the home page index.html"),
    ("uncertain.xml", "tei/imported", "uncertain.html"),
    ("b.xml", "tei/imported", "those of the edition's tei/b.xml"),
])
def test_import_refuses_names_whose_pages_the_edition_has(project, tei_all, name, output, says):
    (project / "incoming").mkdir()
    shutil.copyfile(HOSTILE / "script.xml", project / "incoming" / name)
    before = everything(project / "tei")
    result = run("import", project / "incoming" / name, "-o", output)
    assert result.exit_code == 2 and "file name not accepted" in result.stderr and says in result.stderr
    assert everything(project / "tei") == before


# A personography from another edition: a person the edition lacks, and one it has under another name.
PERSONOGRAPHY = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Persons</title>
</titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
<text><body><listPerson><person xml:id="newcomer-test"><persName type="main">New Comer</persName></person>
<person xml:id="mikoyan-anastas"><persName type="main">&lt;script&gt;Someone else</persName></person>
</listPerson></body></text></TEI>"""


@pytest.mark.parametrize("output", ["tei", "tei/imported"])
def test_an_incoming_personography_joins_the_edition_s_and_replaces_nothing(project, tei_all, output):
    (project / "incoming").mkdir()
    (project / "incoming" / "persons.xml").write_text(PERSONOGRAPHY, encoding="utf-8")
    before = everything(project / "tei")
    result = run("import", project / "incoming" / "persons.xml", "-o", output)
    assert result.exit_code == 0, result.output
    assert "1 person joined the edition's personography" in result.stderr
    after = everything(project / "tei")
    assert set(after) == set(before) and {name for name in after if after[name] != before[name]} == {"persons.xml"}
    persons = after["persons.xml"].decode("utf-8")
    assert 'xml:id="newcomer-test"' in persons and "Someone else" not in persons


def test_an_imported_persons_xml_does_not_replace_the_person_index(project):
    (project / "tei" / "imported").mkdir()
    shutil.copyfile(HOSTILE / "script.xml", project / "tei" / "imported" / "persons.xml")
    (project / "no-sources").mkdir()
    result = run("build", "--seeds", "no-sources", "-j", "1")
    assert result.exit_code == 2
    assert "tei/imported/persons.xml: its pages would overwrite the person index persons.html" in result.stderr
    assert "alert" not in (project / "site" / "persons.html").read_text(encoding="utf-8")


# --- 10. a conversion copied under another name is not published twice ---------------------------

@pytest.fixture
def converted(tmp_path, monkeypatch) -> Path:
    """A project built from the golden cases' sources."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    for case in CASES:
        shutil.copyfile(case, tmp_path / "seeds" / f"{case.parent.name}-{case.name}")
    (tmp_path / "tei").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", tmp_path / "tei")
    assert run("build", "-j", "1").exit_code == 0
    return tmp_path


@pytest.mark.parametrize("how", ["copied", "renamed", "renamed and edited"])
def test_a_tei_file_under_another_name_is_reported_and_not_published(converted, how):
    original = converted / "tei" / "archive-text-telegram.xml"
    persons = (converted / "site" / "persons.html").read_bytes()
    index = (converted / "site" / "index.html").read_bytes()
    copy = converted / "tei" / "my-telegram.xml"
    shutil.copyfile(original, copy)
    if how != "copied":
        original.unlink()
    if how == "renamed and edited":
        copy.write_text(copy.read_text(encoding="utf-8").replace("</body>", "<p>An editor's words.</p></body>"),
                        encoding="utf-8")
    result = run("build", "-j", "1")
    assert result.exit_code == 2
    assert ("plenum: tei/my-telegram.xml: a copy of tei/archive-text-telegram.xml under another name"
            in result.stderr)
    assert original.is_file()   # converted again from its source
    assert not (converted / "site" / "my-telegram.html").exists()
    assert (converted / "site" / "index.html").read_bytes() == index
    assert (converted / "site" / "persons.html").read_bytes() == persons


def test_once_the_copy_is_gone_the_build_is_clean_again(converted):
    shutil.copyfile(converted / "tei" / "archive-web-minutes.xml", converted / "tei" / "minutes-copy.xml")
    assert run("build", "-j", "1").exit_code == 2
    (converted / "tei" / "minutes-copy.xml").unlink()
    assert run("build", "-j", "1").exit_code == 0


# --- the build's own reading and writing ------------------------------------------------------------

@pytest.mark.parametrize("site", [".", "tei", "seeds"])
def test_build_refuses_a_site_folder_that_is_or_holds_the_edition_s_folders(converted, site):
    before = everything(converted)
    result = run("build", "-j", "1", "--site", site)
    assert result.exit_code == 2 and "a folder of its own" in result.stderr
    assert everything(converted) == before


def test_the_build_removes_only_pages_inside_the_site(converted):
    """A build record whose pages lead out of the site (edited, or from elsewhere) deletes nothing there."""
    victim = converted / "victim.txt"
    victim.write_text("keep me")
    state = converted / ".plenum" / "build.json"
    record = json.loads(state.read_text(encoding="utf-8"))
    entry = record["documents"][str(Path("tei") / "archive-web-minutes.xml")]
    entry["pages"]["html"] = "../victim.txt"
    state.write_text(json.dumps(record), encoding="utf-8")
    (converted / "seeds" / "archive-web-minutes.txt").unlink()
    (converted / "tei" / "archive-web-minutes.xml").unlink()
    assert run("build", "-j", "1").exit_code == 0
    assert victim.read_text() == "keep me"
    assert not (converted / "site" / "archive-web-minutes.txt").exists()


# --- 16. folders take *.XML too -----------------------------------------------------------------

def test_folders_take_tei_files_with_an_upper_case_extension(tmp_path):
    (tmp_path / "UPPER.XML").write_text(document("UPPER", "Upper", "1956-08-30"), encoding="utf-8")
    (tmp_path / "lower.xml").write_text(document("lower", "Lower", "1956-08-30"), encoding="utf-8")
    (tmp_path / "kept.NEW.XML").write_text("a conversion kept beside an edited file")
    assert [p.name for p in tei_files([tmp_path])] == ["UPPER.XML", "lower.xml"]
    result = run("validate", tmp_path)
    assert "2 valid" in result.stderr, result.output

"""Safe regeneration: plenum rewrites only its own TEI files; an editor's file survives every build."""

from __future__ import annotations

import hashlib
import re
import shutil

import pytest
from click.testing import CliRunner
from lxml import etree

from plenum import fingerprint, pipeline, tei
from plenum.edition import tei_files
from plenum.cli import main
from plenum.validate import validators

from .conftest import SEEDS

SEED = next(seed for seed in SEEDS if seed.name.startswith("001_"))   # one source, one TEI document
SEAL = re.compile(r'<change type="conversion" n="sha256:([0-9a-f]{64})">')


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A checkout with one seed, converted once into tei/."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert run("convert", "seeds", "-o", "tei").exit_code == 0
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, list(args))


def document(project):
    return project / "tei" / f"{SEED.stem}.xml"


def conversion(project) -> bytes:
    """What plenum makes of the seed now, as it would write it into tei/."""
    conv = pipeline.convert(project / "seeds" / SEED.name, project / "tei")
    return pipeline.serialize(conv.documents[0])


def edit(path, old: str, new: str) -> bytes:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path.read_bytes()


def test_a_converted_file_records_the_sha256_of_its_bytes(project):
    data = document(project).read_bytes()
    digest = SEAL.findall(data.decode("utf-8"))
    assert len(digest) == 1
    assert hashlib.sha256(data.replace(digest[0].encode(), b"0" * 64)).hexdigest() == digest[0]
    assert fingerprint.state(data) == fingerprint.UNTOUCHED


def test_the_fingerprint_is_valid_against_the_schema(project):
    for check in validators("project"):
        assert check.check(document(project)) == []


def test_an_untouched_file_is_regenerated_when_its_source_changes(project):
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("Two copies were printed.", "Three copies were printed."),
                    encoding="utf-8")
    result = run("convert", "seeds", "-o", "tei")
    assert result.exit_code == 0, result.output
    assert "Three copies were printed." in document(project).read_text(encoding="utf-8")
    assert "(1 changed)" in result.output
    assert not (project / "tei" / f"{SEED.stem}.new.xml").exists()


def test_an_edited_file_survives_plenum_build(project):
    edited = edit(document(project), "Two copies were printed.", "Two copies were typed.")
    result = run("build")
    assert document(project).read_bytes() == edited
    beside = project / "tei" / f"{SEED.stem}.new.xml"
    assert beside.read_bytes() == conversion(project)
    assert (f"tei/{SEED.stem}.xml: changed by an editor, kept; the new conversion is in tei/{SEED.stem}.new.xml"
            in result.output)
    assert "(1 differences: 1 changed; see plenum diff" in result.output
    assert "1 edited and kept" in result.output
    # The conversion beside it is neither validated nor rendered as a document of the edition.
    assert beside not in tei_files([project / "tei"])
    assert not (project / "site" / f"{SEED.stem}.new.html").exists()


def test_force_replaces_an_edited_file_and_says_so(project):
    edit(document(project), "Two copies were printed.", "Two copies were typed.")
    run("build")
    result = run("build", "--force")
    assert document(project).read_bytes() == conversion(project)
    assert f"tei/{SEED.stem}.xml: an editor's changes replaced by the new conversion (--force)" in result.output
    assert "1 edited and replaced" in result.output
    assert not (project / "tei" / f"{SEED.stem}.new.xml").exists()


def test_an_edited_file_survives_a_change_of_its_source(project):
    edited = edit(document(project), "Two copies were printed.", "Two copies were typed.")
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("Top Secret Priority", "Top Secret, Priority"),
                    encoding="utf-8")
    result = run("convert", "seeds", "-o", "tei")
    assert result.exit_code == 0, result.output
    assert document(project).read_bytes() == edited
    beside = (project / "tei" / f"{SEED.stem}.new.xml").read_text(encoding="utf-8")
    assert "Top Secret, Priority" in beside and "Two copies were printed." in beside


def test_reformatting_counts_as_an_edit_and_the_summary_says_it_changed_no_encoding(project):
    data = document(project).read_bytes()
    document(project).write_bytes(data.replace(b"\n    <", b"\n        <"))
    result = run("convert", "seeds", "-o", "tei")
    assert document(project).read_bytes() != data
    assert "changed by an editor, kept" in result.output
    assert "(no encoding differences; see plenum diff" in result.output


def test_a_file_without_a_fingerprint_is_sealed_only_when_it_is_the_conversion(project):
    path = document(project)
    unsealed = re.sub(rb' type="conversion" n="sha256:[0-9a-f]{64}"', b"", path.read_bytes())
    path.write_bytes(unsealed)
    assert fingerprint.state(unsealed) == fingerprint.UNSEALED
    run("convert", "seeds", "-o", "tei")
    assert path.read_bytes() == conversion(project)

    path.write_bytes(unsealed.replace(b"Two copies were printed.", b"Two copies were typed."))
    result = run("convert", "seeds", "-o", "tei")
    assert b"Two copies were typed." in path.read_bytes()
    assert "changed by an editor, kept" in result.output


def test_a_new_xml_an_editor_changed_is_not_overwritten(project):
    edit(document(project), "Two copies were printed.", "Two copies were typed.")
    run("convert", "seeds", "-o", "tei")
    beside = project / "tei" / f"{SEED.stem}.new.xml"
    merged = edit(beside, "Top Secret Priority", "Top Secret (merged)")
    result = run("convert", "seeds", "-o", "tei")
    assert beside.read_bytes() == merged
    assert f"{SEED.stem}.new.xml beside it was edited too, so the new conversion was not written" in result.output
    # --force replaces the document but leaves the editor's .new.xml alone.
    run("convert", "seeds", "-o", "tei", "--force")
    assert document(project).read_bytes() == conversion(project)
    assert beside.read_bytes() == merged


def test_a_new_xml_is_removed_once_the_file_holds_the_conversion_again(project):
    original = document(project).read_bytes()
    edit(document(project), "Two copies were printed.", "Two copies were typed.")
    run("convert", "seeds", "-o", "tei")
    assert (project / "tei" / f"{SEED.stem}.new.xml").exists()
    document(project).write_bytes(original)          # the editor takes their change back
    result = run("convert", "seeds", "-o", "tei")
    assert "kept" not in result.output
    assert not (project / "tei" / f"{SEED.stem}.new.xml").exists()


def test_a_file_that_is_not_xml_any_more_is_kept(project):
    document(project).write_bytes(b"<TEI>an editor's half-finished")
    result = run("convert", "seeds", "-o", "tei")
    assert document(project).read_bytes() == b"<TEI>an editor's half-finished"
    assert "changed by an editor, kept" in result.output and "cannot be compared" in result.output


def test_the_tree_holds_the_fingerprint_it_was_written_with(project):
    conv = pipeline.convert(project / "seeds" / SEED.name, project / "tei")
    data = pipeline.serialize(conv.documents[0])
    change = conv.documents[0].root.find("tei:teiHeader/tei:revisionDesc/tei:change", tei.NS)
    assert f'n="{change.get("n")}"'.encode() in data
    assert tei.serialize(etree.fromstring(data)) == tei.serialize(conv.documents[0].tree)

"""What goes wrong around a build, as an editor meets it: comments in the TEI, a typo in persons.xml,
a broken file from another edition, a full disk or a folder that is a file, Ctrl-C and kill -9. Each
ends in one line naming the file, the right exit code, and a site that never links to a missing page."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from plenum import attestations, fileio, pipeline, pool, review as reviewer, runner, tasks
from plenum.cli import main
from plenum.errors import InputError, PlenumError
from plenum.edition import IMPORTED
from plenum.edition import PERSONS, Edition, tei_files
from plenum.runner import render
from plenum.summary import Summary, quiet

from .conftest import ROOT

CASES = sorted((ROOT / "tests" / "cases").glob("*/*.txt"))


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    """A project of the golden cases' sources and the personography, built once; the working folder."""
    (tmp_path / "seeds").mkdir()
    for case in CASES:
        shutil.copyfile(case, tmp_path / "seeds" / f"{case.parent.name}-{case.name}")
    (tmp_path / "tei").mkdir()
    shutil.copyfile(ROOT / "tei" / "persons.xml", tmp_path / "tei" / "persons.xml")
    monkeypatch.chdir(tmp_path)
    assert not build(tmp_path).errors
    return tmp_path


def build(project: Path, **options) -> Summary:
    options.setdefault("jobs", 1)
    return runner.build(Edition.of(project / "tei", [project / "seeds"], project / "site"), **options)


def run(*args):
    return CliRunner().invoke(main, list(args))


def snapshot(*folders: Path) -> dict[str, bytes]:
    return {str(path): path.read_bytes() for folder in folders for path in sorted(folder.rglob("*")) if path.is_file()}


def with_asides(element: etree._Element) -> None:
    """Put an editor's comment first in every element and a processing instruction after every child."""
    for node in list(element.iter(etree.Element)):
        for child in list(node):
            child.addnext(etree.ProcessingInstruction("editor", "check this"))
        node.insert(0, etree.Comment(" editor: reread against the scan "))


def links(page: Path) -> set[str]:
    """The local pages a page links to."""
    tree = etree.parse(str(page), etree.HTMLParser())
    return {href.split("#")[0] for href in tree.xpath("//a/@href") if href and ":" not in href and href.split("#")[0]}


def assert_no_broken_links(site: Path) -> None:
    for name in ("index.html", "persons.html"):
        missing = {target for target in links(site / name) if not (site / target).is_file()}
        assert not missing, f"{name} links to missing pages {missing}"


# -- 5. comments and processing instructions ----------------------------------------------------------

def test_comments_and_processing_instructions_anywhere_render_as_if_absent(site, tmp_path):
    commented = tmp_path / "tei"
    commented.mkdir()
    shutil.copyfile(ROOT / "CITATION.cff", tmp_path / "CITATION.cff")   # the same edition, by the same title
    for path in tei_files([ROOT / "tei"]):
        tree = etree.parse(str(path))
        with_asides(tree.getroot())
        tree.write(str(commented / path.name), xml_declaration=True, encoding="UTF-8")
    summary = Summary()
    render(tei_files([commented]), tmp_path / "site", ("html", "text"), summary)
    assert not summary.errors, summary.errors[:3]
    pages = {path.name for path in site.iterdir() if path.suffix in (".html", ".txt")}
    for name in pages:
        assert (tmp_path / "site" / name).read_bytes() == (site / name).read_bytes(), name


def test_persons_and_review_read_comments_and_processing_instructions_as_absent(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "tei", tmp_path / "plain")
    (tmp_path / "tei").mkdir()
    for path in tei_files([tmp_path / "plain"]):
        tree = etree.parse(str(path))
        plain = attestations.attest_tree(tree, path.name)
        with_asides(tree.getroot())
        assert attestations.attest_tree(tree, path.name) == plain, path.name
        if path.name != PERSONS:
            tree.write(str(tmp_path / "tei" / path.name), xml_declaration=True, encoding="UTF-8")
            ours = reviewer.review(tmp_path / "tei" / path.name).as_dict(tmp_path / "review", tmp_path / "site")
            theirs = reviewer.review(path).as_dict(tmp_path / "review", tmp_path / "site")
            assert _without_places(ours) == _without_places(theirs), path.name


def _without_places(data):
    """A review's data without what names where the TEI file is (its folder, its lines)."""
    if isinstance(data, dict):
        return {key: _without_places(value) for key, value in data.items() if key not in ("tei", "line")}
    if isinstance(data, list):
        return [_without_places(value) for value in data]
    return data


def test_a_comment_in_a_paragraph_of_an_edited_or_imported_file_is_built_and_listed(project):
    path = next((project / "tei").glob("archive-web-minutes*.xml"))
    text = path.read_text(encoding="utf-8")
    first = text.index(">", text.index("<p ", text.index("<body"))) + 1
    path.write_text(text[:first] + "<!-- check the date --><?editor note?>" + text[first:], encoding="utf-8")
    (project / "tei" / IMPORTED).mkdir()
    imported = project / "tei" / IMPORTED / "other-edition.xml"
    imported.write_text(text[:first] + "<!-- theirs -->" + text[first:], encoding="utf-8")
    summary = build(project)
    assert not summary.errors and not summary.invalid, summary.errors
    index = (project / "site" / "index.html").read_text(encoding="utf-8")
    for name in (path.stem, imported.stem):
        assert (project / "site" / f"{name}.html").is_file() and f"{name}.html" in index
    assert "check the date" not in (project / "site" / f"{path.stem}.html").read_text(encoding="utf-8")
    assert_no_broken_links(project / "site")


def test_a_document_that_fails_to_render_is_named_and_leaves_the_site_and_its_lists(project, monkeypatch):
    failing = next((project / "tei").glob("archive-web-minutes*.xml"))
    failing.write_bytes(failing.read_bytes() + b"\n")   # changed: checked and rendered again
    real = tasks.Renderer.render

    def render_failing(renderer, node, fmt, summaries=None):
        if fmt == "text" and failing.stem in str(node.base_uri):
            raise PlenumError("rendering text failed: a fault")
        return real(renderer, node, fmt, summaries)

    monkeypatch.setattr(tasks.Renderer, "render", render_failing)
    summary = build(project)
    assert summary.exit_code == 2
    assert [error for error in summary.errors if error.startswith(f"{failing}: ")], summary.errors
    assert not list((project / "site").glob(f"{failing.stem}.*"))
    assert failing.stem not in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert_no_broken_links(project / "site")
    monkeypatch.undo()
    monkeypatch.chdir(project)
    again = build(project)
    assert not again.errors and (project / "site" / f"{failing.stem}.html").is_file()


def test_a_fault_of_plenum_on_one_source_names_it_and_the_others_are_converted(project, monkeypatch):
    """A reader's fault (here a KeyError, as a script without a label grammar once raised) is one error
    naming the source, exit 2, no traceback; the other sources are still converted."""
    real = pipeline.detect
    failing = next((project / "seeds").glob("archive-web-*"))

    def detect_failing(source):
        reader = real(source)
        if Path(source.path).name == failing.name:
            monkeypatch.setattr(reader, "read", lambda source: {}["han"])
        return reader

    monkeypatch.setattr(pipeline, "detect", detect_failing)
    result = run("build", "-j", "1", "--full")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("plenum: ") and failing.name in line]
    assert len(errors) == 1 and "KeyError: 'han'" in errors[0] and "fault in plenum" in errors[0], result.output
    assert len(list((project / "tei").glob("archive-text-*.xml"))) == 2


def test_an_identifier_xml_does_not_allow_is_a_fault_and_nothing_is_written(project, monkeypatch):
    """lxml writes any string as an xml:id; a conversion that made one that is no XML name would write
    a file that cannot be read back. It is a fault of plenum's naming the source, and no file."""
    failing = next((project / "seeds").glob("archive-web-*"))
    written = project / "tei" / (failing.stem + ".xml")
    written.unlink()
    real = pipeline.lossless.check

    def check_then_misname(conv):
        if conv.source.path.name == failing.name:
            conv.documents[0].root.set("{http://www.w3.org/XML/1998/namespace}id", "wda not a name")
        return real(conv)

    monkeypatch.setattr(pipeline.lossless, "check", check_then_misname)
    result = run("build", "-j", "1", "--full")
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("plenum: ") and failing.name in line]
    assert len(errors) == 1 and "'wda not a name'" in errors[0] and "fault in plenum" in errors[0], result.output
    assert not written.exists()


def test_a_fault_of_plenum_while_checking_or_reviewing_a_file_names_it(project, monkeypatch):
    """A fault in the Python that reads a TEI file's persons, or that reviews it, is that file's error
    (exit 2, no traceback); the other documents are still published and reviewed."""
    failing = next((project / "tei").glob("archive-web-minutes*.xml"))
    real_attest, real_review = tasks.attest_tree, reviewer.review
    faults = {
        "persons": (tasks, "attest_tree", lambda tree, name: {}["persons"] if name == failing.name
                    else real_attest(tree, name)),
        "kinds": (reviewer, "review", lambda path, sources=(): {}["kinds"] if Path(path).name == failing.name
                  else real_review(path, sources)),
    }
    for key, (module, name, failing_function) in faults.items():
        monkeypatch.setattr(module, name, failing_function)
        result = run("build", "-j", "1", "--full")
        monkeypatch.undo()
        monkeypatch.chdir(project)
        assert result.exit_code == 2 and "Traceback" not in result.output, result.output
        errors = [line for line in result.output.splitlines() if line.startswith("plenum: ") and failing.name in line]
        assert len(errors) == 1 and f"KeyError: '{key}'" in errors[0] and "fault in plenum" in errors[0], result.output
        assert len(list((project / "site").glob("archive-text-*.html"))) == 2


# -- 6. a failing shared input stops the build before it touches the site ------------------------------

def test_a_typo_in_persons_xml_stops_the_build_before_it_changes_anything(project):
    persons = project / "tei" / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace("</persName>", "</persname>", 1), encoding="utf-8")
    before = snapshot(project / "site", project / "tei", project / ".plenum")
    result = run("build", "-j", "1")
    assert result.exit_code == 2
    [line] = result.output.splitlines()
    assert line.startswith(f"plenum: {Path('tei', 'persons.xml')}:") and "mismatch" in line
    line_number, column = line.split(":")[2:4]
    assert line_number.isdigit() and column.isdigit()
    assert snapshot(project / "site", project / "tei", project / ".plenum") == before


@pytest.mark.parametrize("command", [["convert", "seeds", "-o", "tei"], ["render", "tei", "-o", "elsewhere"]])
def test_a_typo_in_persons_xml_is_one_line_for_convert_and_render(project, command):
    persons = project / "tei" / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace("</persName>", "</persname>", 1), encoding="utf-8")
    result = run(*command)
    assert result.exit_code == 2
    [line] = [line for line in result.output.splitlines() if line.startswith("plenum: ")]
    assert line.startswith(f"plenum: {Path('tei', 'persons.xml')}:") and "mismatch" in line
    assert not (project / "elsewhere").exists()


def test_a_stylesheet_that_does_not_compile_stops_the_build_before_it_removes_pages(project, tmp_path_factory,
                                                                                     monkeypatch):
    broken = tmp_path_factory.mktemp("xslt") / "xslt"
    shutil.copytree(ROOT / "xslt", broken)
    (broken / "modes" / "text.xsl").write_text("<xsl:stylesheet", encoding="utf-8")
    monkeypatch.setattr("plenum.engines.XSLT", broken)
    monkeypatch.setattr(runner, "code_digest", lambda: "the stylesheets changed")
    monkeypatch.setattr(tasks, "_context", None)   # compiled anew, as a new run does
    before = snapshot(project / "site")
    with pytest.raises(PlenumError, match="text.xsl"):
        build(project)
    assert snapshot(project / "site") == before


def test_a_build_record_changed_by_hand_stops_the_build_naming_line_and_column(project):
    state = project / ".plenum" / "build.json"
    state.write_text('{"format": "plenum-build/1",\n "sources": {,}}', encoding="utf-8")
    before = snapshot(project / "site")
    with pytest.raises(InputError) as caught:
        build(project)
    assert (caught.value.path, caught.value.line, caught.value.column) == (str(state), 2, 14)
    assert snapshot(project / "site") == before
    assert not build(project, full=True).errors


# -- 8. broken files from other editions -----------------------------------------------------------------

@pytest.mark.parametrize("content", ["<TEI xmlns='http://www.tei-c.org/ns/1.0'><text>", "<html><body/></html>"])
def test_a_broken_imported_file_is_named_not_published_and_fails_the_build(project, content):
    """Unreadable or not TEI, it cannot be rendered: an error of its own, exit 2 (tests/test_build_unreadable.py)."""
    (project / "tei" / IMPORTED).mkdir()
    (project / "tei" / IMPORTED / "zq-unreadable.xml").write_text(content, encoding="utf-8")
    result = run("build", "-j", "1")
    assert result.exit_code == 2, result.output
    assert f"plenum: {Path('tei', IMPORTED, 'zq-unreadable.xml')}:" in result.output and ", 1 errors" in result.output
    assert not list((project / "site").glob("zq-unreadable.*"))
    assert "zq-unreadable" not in (project / "site" / "index.html").read_text(encoding="utf-8")


# -- 11. file-system errors: one line naming the path, exit 2 --------------------------------------------

@pytest.mark.parametrize("command", [["convert", "seeds", "-o", "blocker"], ["render", "tei", "-o", "blocker"],
                                     ["review", "tei", "-o", "blocker"], ["build", "--site", "blocker"],
                                     ["build", "--state", "blocker/build.json"]])
def test_an_output_folder_that_is_a_file_is_one_line_and_exit_2(project, command):
    (project / "blocker").write_text("a file, not a folder", encoding="utf-8")
    result = run(*command)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    last = result.output.splitlines()[-1]
    assert last.startswith("plenum: blocker") and last.endswith(": Not a directory"), last


@pytest.mark.parametrize("folder", ["tei", "site", ".plenum"])
@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EACCES])
def test_a_full_disk_or_a_read_only_folder_is_one_line_and_exit_2(project, monkeypatch, folder, error):
    (project / "seeds" / "archive-web-minutes.txt").write_text(
        (project / "seeds" / "archive-web-minutes.txt").read_text(encoding="utf-8") + "\nOne more line.\n",
        encoding="utf-8")
    real = os.fdopen

    class Refusing:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc_info):
            self.stream.close()

        def write(self, data):
            raise OSError(error, os.strerror(error))

    def fdopen(handle, mode="r", *args, **kwargs):
        stream = real(handle, mode, *args, **kwargs)
        return Refusing(stream) if Path(os.readlink(f"/proc/self/fd/{handle}")).parent.name == folder else stream

    monkeypatch.setattr(fileio.os, "fdopen", fdopen)
    result = run("build", "-j", "1")
    assert result.exit_code == 2, result.output
    last = result.output.splitlines()[-1]
    assert last.startswith(f"plenum: {folder}/") and last.endswith(os.strerror(error)), last
    assert "Traceback" not in result.output
    assert not list(project.rglob(".*.tmp"))


def test_a_killed_worker_is_one_error_not_a_traceback():
    with pool.Pool(tasks.Settings(None), jobs=2) as workers_pool:
        with pytest.raises(PlenumError, match="worker process ended abruptly"):
            list(workers_pool.run(os._exit, [(9,)] * tasks.SMALL, quiet, "Checking"))


def test_ctrl_c_is_exit_130_with_one_line(project, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(runner.Runner, "check", interrupted)
    result = run("build", "-j", "1", "--full")
    assert result.exit_code == 130
    assert result.output.strip().splitlines()[-1].startswith("plenum: interrupted")


def test_ctrl_c_that_breaks_a_lock_s_release_is_still_exit_130_with_one_line(project, monkeypatch):
    """Ctrl-C landing inside a lock's 'with' (a future's result) makes the release fail: the RuntimeError
    raised in the interrupt's place is the interrupt still, no traceback (a build under load met it)."""
    def interrupted(*args, **kwargs):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise RuntimeError("cannot release un-acquired lock")

    monkeypatch.setattr(runner.Runner, "check", interrupted)
    result = run("build", "-j", "1", "--full")
    assert result.exit_code == 130
    assert result.output.strip().splitlines()[-1].startswith("plenum: interrupted")


# -- 12. the workers end with the build ----------------------------------------------------------------

def _children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) if entry.name.isdigit() else 0
        except OSError:
            continue
        if parent == pid:
            found.add(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _build_with_workers(project: Path) -> tuple[subprocess.Popen, set[int]]:
    """`plenum build` on two cores in its own process group, once its worker processes run: it and them."""
    # kill -9 leaves the build's folder of parts behind: in the test's folder, not the system's.
    (project / "temporary").mkdir(exist_ok=True)
    environment = dict(os.environ, PYTHONPATH=str(ROOT / "src"), TMPDIR=str(project / "temporary"))
    # Ctrl-C as a terminal leaves it to the build: pytest started in the background by a script has
    # SIGINT ignored, and a child would inherit that, so the build gets the default disposition back.
    process = subprocess.Popen([sys.executable, "-m", "plenum.cli", "build", "-j", "2", "--full"], cwd=project,
                               env=environment, stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    children: set[int] = set()
    for _ in range(3000):   # the two workers and the resource tracker
        children |= _children(process.pid)
        if len(children) >= 3 or process.poll() is not None:
            break
        time.sleep(0.01)
    assert len(children) >= 3 and process.poll() is None, "the build ended before its workers were seen"
    return process, children


def _survivors(children: set[int]) -> set[int]:
    """The processes of `children` still running after a bounded wait (killed, so no test leaves them)."""
    for _ in range(300):
        left = {pid for pid in children if _running(pid)}
        if not left:
            return left
        time.sleep(0.05)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_of_a_build_leaves_no_process_behind(project):
    process, children = _build_with_workers(project)
    process.kill()
    process.wait()
    assert not _survivors(children)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_of_a_build_stops_its_workers_and_exits_130(project):
    process, children = _build_with_workers(project)
    os.killpg(process.pid, signal.SIGINT)   # as the terminal sends it, to the whole process group
    code = process.wait(timeout=60)
    stderr = process.stderr.read().decode()
    assert code == 130, f"exit {code}; the build's stderr ends: {stderr[-1500:]}"
    assert "Traceback" not in stderr and stderr.strip().splitlines()[-1].startswith("plenum: interrupted")
    assert not _survivors(children)

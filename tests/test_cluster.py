"""The build on a Dask cluster (issue 22): the edition it makes is the local pool's, byte for byte, even
when a worker dies mid-build. Each test starts a cluster of two worker processes on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from plenum import runner
from plenum.cli import main
from plenum.cluster import Sandbox
from plenum.edition import Edition
from plenum.errors import InputError
from plenum.summary import Summary
from plenum.tasks import Settings, validate

from .conftest import ROOT

OUTPUTS = ("tei", "site", "review")


def _build(folder: Path, **backend) -> Summary:
    """The project's seeds built into `folder` (tei/, site/, review/ beside seeds/)."""
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    return runner.build(Edition.of(folder / "tei", [folder / "seeds"]), **backend)


# Pagefind's search index (made in the build's process after the tasks) differs from one build to the
# next on the same machine too: names and bytes of its files are not stable, so it is left out.
UNSTABLE = "site/pagefind/"


def _files(folder: Path) -> dict[str, bytes]:
    """Every file the build wrote, by its path within `folder`, with its bytes (the search index aside)."""
    return {name: path.read_bytes() for output in OUTPUTS for path in sorted((folder / output).rglob("*"))
            if path.is_file() and not (name := str(path.relative_to(folder))).startswith(UNSTABLE)}


def _counts(summary: Summary) -> tuple:
    return (summary.converted, summary.valid, summary.invalid, summary.rendered, summary.reviewed,
            summary.interventions, summary.errors)


@pytest.fixture(scope="module")
def distributed():
    """Dask's distributed package; the test is skipped, naming it, when it is not installed."""
    return pytest.importorskip("distributed", reason="needs the Python package distributed: pip install 'plenum[dask]'")


@pytest.fixture(scope="module")
def local(tmp_path_factory) -> tuple[dict[str, bytes], tuple]:
    """The edition built by the local worker pool: its files and its summary's counts."""
    folder = tmp_path_factory.mktemp("pool")
    summary = _build(folder)
    return _files(folder), _counts(summary)


def test_a_local_cluster_builds_the_edition_of_the_pool(distributed, local, tmp_path):
    summary = _build(tmp_path, cluster="local:2")
    files, counts = local
    assert _counts(summary) == counts
    assert _files(tmp_path).keys() == files.keys()
    assert [name for name, data in _files(tmp_path).items() if files[name] != data] == []


def test_a_cluster_links_every_page_to_its_neighbours_when_the_search_runs_on_it(distributed, local, tmp_path,
                                                                                 monkeypatch):
    """From pool.LARGE documents on, the search (previous and next into every page) runs on a worker,
    which rendered only some of the pages: it is sent them all."""
    monkeypatch.setattr(runner, "LARGE", 1)
    _build(tmp_path, cluster="local:2")
    files, _ = local
    assert [name for name, data in _files(tmp_path).items() if files[name] != data] == []


def test_a_build_survives_a_worker_killed_mid_build(distributed, local, tmp_path, monkeypatch):
    """The killed worker's sandbox is removed too: neither the workers' scratch folder nor their system
    temporary folder holds one after the cluster."""
    scratch, temporary = tmp_path / "scratch", tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))  # the workers' processes, started below, take it
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None, local_directory=str(scratch),
                                  scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"}) \
            as cluster:
        with distributed.Client(cluster) as client:
            victims = list(client.run(os.getpid).values())
        killed = []

        @contextmanager
        def killing(items, label):
            """The progress display: as the first document is checked, one worker is killed (kill -9)."""
            def follow():
                for item in items:
                    if label == "Checking" and not killed:
                        os.kill(victims[0], signal.SIGKILL)
                        killed.append(victims[0])
                    yield item
            yield follow()

        summary = _build(tmp_path, progress=killing, cluster=cluster.scheduler_address)
    files, counts = local
    assert killed
    assert _counts(summary) == counts
    assert [name for name, data in _files(tmp_path).items() if files.get(name) != data] == []
    assert _files(tmp_path).keys() == files.keys()
    assert [path.name for folder in (scratch, temporary) for path in folder.rglob("plenum-cluster-*")] == []


@pytest.mark.parametrize("arguments", [["--cluster", "local:0"], ["--cluster", "tcp://127.0.0.1:8786"],
                                       ["--cluster", "local:2", "--scheduler", "tcp://127.0.0.1:8786"]])
def test_a_cluster_asked_for_wrongly_is_bad_usage(tmp_path, arguments):
    result = CliRunner().invoke(main, ["build", "--seeds", str(tmp_path), "--tei", str(tmp_path / "tei"), *arguments])
    assert result.exit_code == 2
    assert "--cluster" in result.output


def _fails(path: str) -> None:
    raise InputError(path, "cannot be read")


def test_a_worker_names_files_as_the_build_does(tmp_path, monkeypatch):
    """In a worker's sandbox, results and errors name the files by the build machine's paths."""
    monkeypatch.chdir(tmp_path)  # a sandbox's task runs in its mirror of the build's working folder
    broken = tmp_path / "tei" / "broken.xml"
    sandbox = Sandbox(Settings(tmp_path / "tei"), str(tmp_path))
    try:
        sandbox.fill("one", {str(broken): b"<TEI><unclosed></TEI>"})
        done, written = sandbox.run(validate, (str(broken),))
        assert done.path == str(broken) and str(broken) in done.error and sandbox.root not in done.error
        assert written == {}
        with pytest.raises(InputError) as raised:
            sandbox.run(_fails, (str(broken),))
        assert str(raised.value).startswith(str(broken)) and sandbox.root not in str(raised.value)
    finally:
        shutil.rmtree(sandbox.root)

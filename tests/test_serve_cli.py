"""`plenum serve` on the command line: what it refuses, in one line and exit code 2, and the files it
cannot read, named and left out while the rest is served."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys

from click.testing import CliRunner

from plenum.cli import main

from .conftest import ROOT

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_a_missing_tei_folder_is_refused(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--tei", str(tmp_path / "nowhere"), "--site", str(tmp_path)])
    assert result.exit_code == 2
    assert "nowhere: no such folder" in result.output


def test_a_port_in_use_is_refused_in_one_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "plenum", "serve", "--tei", str(ROOT / "tei"), "--site",
                               str(tmp_path), "--port", str(port)], env=ENV, capture_output=True, text=True,
                              timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].startswith("plenum: ")
    assert "in use" in done.stderr


def test_an_unreadable_file_is_named_and_the_rest_served(tmp_path):
    tei = tmp_path / "tei"
    tei.mkdir()
    shutil.copy(ROOT / "tei" / "002_0aaa41e114f2864f.xml", tei)
    (tei / "broken.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader>", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "plenum", "serve", "--tei", str(tei), "--site", str(tmp_path),
                                "--port", "0"], env=ENV, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        while not lines or "citable units" not in lines[-1]:
            line = process.stderr.readline()
            assert line, "".join(lines)
            lines.append(line)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert any("broken.xml:" in line and "(not served)" in line for line in lines)
    assert "serving" in lines[-1]

"""A real `plenum serve` on loopback for the DTS tests: the edition's tei/ (copied, with one imported
document that declares no citation tree) and a small site, on a free port; stopped when the module ends."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import ROOT

TEI = "http://www.tei-c.org/ns/1.0"
IMPORTED = f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>A letter from elsewhere</title></titleStmt>
<publicationStmt><p>Another edition.</p></publicationStmt><sourceDesc><p>Made for the tests.</p></sourceDesc>
</fileDesc></teiHeader><text><body><div><p>Dear friend,</p></div></body></text></TEI>
"""


@dataclass
class Reply:
    """An HTTP reply: status, headers, body."""

    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class Server:
    """The running server: its address, the TEI folder it serves, and its process."""

    address: str
    tei: Path
    process: subprocess.Popen

    def get(self, path: str) -> Reply:
        """GET `path` (absolute, e.g. /api/dts/); 4xx and 5xx replies are returned, not raised."""
        try:
            with urllib.request.urlopen(self.address.rstrip("/") + path, timeout=30) as response:
                return Reply(response.status, dict(response.headers), response.read())
        except urllib.error.HTTPError as error:
            return Reply(error.code, dict(error.headers), error.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """`plenum serve --port 0` over a copy of the edition, in a process of its own."""
    folder = tmp_path_factory.mktemp("served")
    tei = folder / "tei"
    shutil.copytree(ROOT / "tei", tei)
    (tei / "imported").mkdir(exist_ok=True)
    (tei / "imported" / "elsewhere-letter.xml").write_text(IMPORTED, encoding="utf-8")
    site = folder / "site"
    (site / "pagefind").mkdir(parents=True)
    (site / "index.html").write_text("<!DOCTYPE html><title>home</title>", encoding="utf-8")
    (site / "pagefind" / "index.html").write_text("<!DOCTYPE html><title>search</title>", encoding="utf-8")
    (folder / "secret.txt").write_text("not for the web", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    process = subprocess.Popen([sys.executable, "-m", "plenum", "serve", "--tei", str(tei), "--site", str(site),
                                "--port", "0"], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+/) and", line)
        assert found, f"plenum serve did not start: {line}{process.stderr.read() if process.poll() else ''}"
        threading.Thread(target=process.stderr.read, daemon=True).start()   # keep its stderr drained
        yield Server(found.group(1), tei, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

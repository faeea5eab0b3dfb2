"""Every speaker resolves in one file, as another edition's tools read it: CETEIcean (the TEI viewer
DraCor and many editions use) loads each TEI file of the edition in headless Chromium, and every
turn's @who names an element of the same document (its own particDesc person).

CETEIcean (BSD-2-Clause) is installed from the npm registry at test time into a cache folder,
$PLENUM_TEST_CACHE or ~/.cache/plenum-tests (never into the repository); the test is skipped, naming
what is missing, without Chromium, npm or the package. Before turns pointed to their document's own
persons, it resolved 0 of the edition's 318 turns.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_browser import Chromium, chromium_path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("PLENUM_TEST_CACHE", Path.home() / ".cache" / "plenum-tests")) / "ceteicean"
SCRIPT = CACHE / "node_modules" / "CETEIcean" / "dist" / "CETEI.js"
# For each file: its turns (sp with @who) and those whose every pointer names an element of the document
# CETEIcean made of it (xml:id becomes id).
COUNT = """(() => {
  const found = {};
  for (const [name, xml] of Object.entries(window.FILES)) {
    const dom = new CETEI().makeHTML5(xml);
    const turns = [...dom.querySelectorAll('tei-sp[who]')];
    const resolved = turns.filter(sp => sp.getAttribute('who').trim().split(/\\s+/).every(
      p => p.startsWith('#') && dom.querySelector('[id="' + p.slice(1) + '"]') !== null));
    found[name] = [resolved.length, turns.length];
  }
  return found;
})()"""


def ceteicean() -> Path:
    """CETEI.js from the npm registry, installed once into the test cache."""
    if not SCRIPT.exists():
        if shutil.which("npm") is None:
            pytest.skip("npm is not installed: CETEIcean (npm package CETEIcean) cannot be fetched")
        CACHE.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["npm", "install", "--no-save", "--prefix", str(CACHE), "CETEIcean"],
                              capture_output=True, text=True, timeout=300)
        if done.returncode or not SCRIPT.exists():
            pytest.skip(f"npm could not install CETEIcean into {CACHE}: {done.stderr.strip()[-300:]}")
    return SCRIPT


def test_ceteicean_resolves_every_speaker_of_every_edition_file(tmp_path):
    if chromium_path() is None:
        pytest.skip("no Chromium found: the CETEIcean check needs a headless Chromium")
    files = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "tei").glob("*.xml"))}
    shutil.copy(ceteicean(), tmp_path / "CETEI.js")
    page = tmp_path / "check.html"
    page.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><script src='CETEI.js'></script>"
                    f"<script>window.FILES = {json.dumps(files)};</script></head><body></body></html>",
                    encoding="utf-8")
    browser = Chromium()
    try:
        browser.open(page.as_uri())
        found = browser.evaluate(COUNT)
    finally:
        browser.close()
    figures = {name: tuple(counts) for name, counts in found.items() if counts[1]}
    print("CETEIcean speakers resolved:", figures)
    assert sum(total for _, total in figures.values()) > 0
    assert {name: resolved for name, (resolved, _) in figures.items()} == \
        {name: total for name, (_, total) in figures.items()}

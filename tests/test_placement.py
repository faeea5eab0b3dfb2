"""The TEI plenum writes does not depend on where plenum's checkout lies.

Before, each file's xml-model instructions pointed to the checkout's schema/ by a path relative to
the TEI folder, so the same edition converted elsewhere gave other bytes (and the build record,
which does not know where the checkout lies, did not convert it again when the checkout moved).
"""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from plenum.cli import main

from .conftest import ROOT

SEED = "001_fddf3f08cfdc8dc7"


def edition(folder):
    """An edition of one seed with the personography and the edition's CITATION.cff (its title), in
    `folder` (outside plenum's checkout)."""
    (folder / "seeds").mkdir(parents=True)
    (folder / "tei").mkdir()
    shutil.copy(ROOT / "seeds" / f"{SEED}.txt", folder / "seeds")
    shutil.copy(ROOT / "tei" / "persons.xml", folder / "tei")
    shutil.copy(ROOT / "CITATION.cff", folder)
    return folder


def test_an_edition_converted_anywhere_gives_the_committed_bytes(tmp_path, monkeypatch):
    for folder in (edition(tmp_path / "near"), edition(tmp_path / "far" / "away" / "from" / "plenum")):
        monkeypatch.chdir(folder)
        result = CliRunner().invoke(main, ["convert", "seeds", "-o", "tei"])
        assert result.exit_code == 0, result.output
        written = (folder / "tei" / f"{SEED}.xml").read_bytes()
        assert b'<?xml-model href="../schema/plenum.rng"' in written
        assert written == (ROOT / "tei" / f"{SEED}.xml").read_bytes()

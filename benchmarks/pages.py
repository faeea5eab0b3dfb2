"""Figures for archive pages of every layout: per export family and layout, how many pages convert (no
refusal), lose nothing (the nothing-lost check and the word multisets), are valid (project schema and
Schematron, and tei_all when it is installed), give the turns a reader finds, and the mean time per page.

Each page may have an expectations file beside it (<page>.expect.json, as in tests/pages/): its
"family", "layout" and "persons" (turns grouped by person); a page without one is counted under the
family of the reader that took it, layout "(no expectations)", and its turns are not judged.
Usage: .venv/bin/python benchmarks/pages.py [DIR ...]   (default: tests/pages)
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from plenum import lossless, pipeline, wordcheck
from plenum.errors import PlenumError
from plenum.tei import NS
from plenum.validate import TeiAllValidator, Validator

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ("pages", "convert", "nothing lost", "valid", "tei_all", "turns", "ms/page")


def expectations(page: Path) -> dict:
    """The page's expectations file, or an empty one."""
    path = page.with_name(page.name + ".expect.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def turns(roots) -> list[tuple[list[str], int]]:
    """The turns of the documents grouped by @who: the labels as written, and how many."""
    groups: dict[str, list[str]] = defaultdict(list)
    for root in roots:
        for sp in root.iterfind(".//tei:sp", NS):
            speaker = sp.find("tei:speaker", NS)
            label = " ".join("".join(speaker.itertext()).split()) if speaker is not None else ""
            groups[sp.get("who") or f"(no @who: {label})"].append(label)
    return sorted((sorted(set(labels)), len(labels)) for labels in groups.values())


def measure(page: Path, folder: Path, validators: dict) -> tuple[str, str, dict[str, bool], float]:
    """Convert one page and judge it: (family, layout, outcome per column, seconds to convert)."""
    expected = expectations(page)
    layout = expected.get("layout", "(no expectations)")
    started = time.perf_counter()
    try:
        conv = pipeline.convert(page, ROOT / "tei")
    except PlenumError:
        refused = {"turns": False} if "persons" in expected else {}
        return expected.get("family", "(refused)"), layout, refused, time.perf_counter() - started
    seconds = time.perf_counter() - started
    outcome = {"convert": True,
               "nothing lost": lossless.check(conv).ok and not wordcheck.lost_words(conv)}
    paths = []
    for document in conv.documents:
        paths.append(folder / f"{document.name}.xml")
        paths[-1].write_bytes(pipeline.serialize(document))
    for column, validator in validators.items():
        outcome[column] = all(not validator.check(path) for path in paths)
    if "persons" in expected:
        wanted = sorted((sorted(set(person["labels"])), person["turns"]) for person in expected["persons"])
        outcome["turns"] = turns(document.root for document in conv.documents) == wanted
    return expected.get("family", conv.reader.name), layout, outcome, seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "pages"])
    folders = parser.parse_args(argv).folders
    pages = sorted(path for folder in folders for path in folder.rglob("*")
                   if path.is_file() and not path.name.endswith(".expect.json"))
    validators = {"valid": Validator()}
    try:
        validators["tei_all"] = TeiAllValidator()
    except PlenumError as exc:
        print(f"tei_all not checked: {exc}", file=sys.stderr)
    rows: dict[tuple[str, str], list] = defaultdict(list)
    with tempfile.TemporaryDirectory() as temporary:
        for number, page in enumerate(pages):
            folder = Path(temporary) / str(number)
            folder.mkdir()
            shutil.copy(ROOT / "tei" / "persons.xml", folder)
            family, layout, outcome, seconds = measure(page, folder, validators)
            rows[(family, layout)].append((outcome, seconds))
    print(" | ".join(("family", "layout") + COLUMNS))
    for key in sorted(rows) + [("all", "")]:
        measured = rows[key] if key[0] != "all" else [row for rows_ in rows.values() for row in rows_]
        print(" | ".join([*key, *_cells(measured, "tei_all" in validators)]))


def _cells(measured: list, tei_all: bool) -> list[str]:
    """A row's cells: page count, how many pass each column (turns: of the pages with expected turns),
    mean milliseconds to convert."""
    cells = [str(len(measured))]
    for column in COLUMNS[1:-1]:
        judged = [outcome.get(column, False) for outcome, _ in measured if column != "turns" or column in outcome]
        if column == "tei_all" and not tei_all:
            cells.append("-")
        else:
            cells.append(f"{sum(bool(value) for value in judged)}/{len(judged)}")
    cells.append(f"{1000 * sum(seconds for _, seconds in measured) / max(1, len(measured)):.0f}")
    return cells


if __name__ == "__main__":
    main()

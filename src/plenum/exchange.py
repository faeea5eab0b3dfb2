"""Exchanging TEI with other editions: incoming files checked before they join, ours sent as a package.

Import: an incoming file must be well-formed TEI (plenum's safe parser, the TEI namespace) and valid
against the official tei_all; it is then copied unchanged into tei/imported/, and what the edition's
own schema would not accept is reported as warnings. Export: every TEI file, the schemas, the source
files the documents point to, a teiCorpus including the documents, and a manifest (file, SHA-256,
title, date), written whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from lxml import etree

from . import __version__, includes, tei
from .stages import IMPORTED, tei_files
from .summary import Progress, Summary, quiet
from .errors import InputError, PlenumError
from .fileio import write_atomic
from .paths import SCHEMA, resource
from .validate import Problem, TeiAllValidator, Validator

EDITION = "The 1956 August Plenum documents"
CORPUS = "corpus.xml"
MANIFEST = "manifest.json"
RNG_NS = "http://relaxng.org/ns/structure/1.0"

# Names an imported file may have: they become page names and links on the home page.
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\.xml")


# --- import -------------------------------------------------------------------------------------

def import_files(files: list[Path], out_dir: Path, summary: Summary, progress: Progress = quiet) -> list[Path]:
    """Check each incoming TEI file; copy the accepted ones, byte for byte, into out_dir."""
    tei_all = TeiAllValidator()
    project = Validator()
    defined = schema_elements()
    accepted: list[Path] = []
    with progress(files, "Importing") as bar:
        for path in bar:
            try:
                data, tree = incoming(path, {target.name for target in accepted})
                complete = includes.expand(tei.parse_bytes(data, path), path)
            except PlenumError as exc:
                summary.errors.append(str(exc))
                continue
            problems = tei_all.check_expanded(complete)
            if problems:
                summary.problems += problems
                summary.invalid += 1
                summary.notes.append(f"{path}: not imported: {len(problems)} departure{'s' * (len(problems) > 1)} "
                                     f"from tei_all (listed above)")
                continue
            summary.problems += edition_warnings(tree, str(path), project, defined)
            write_atomic(out_dir / path.name, data)
            accepted.append(out_dir / path.name)
            summary.valid += 1
            summary.imported += 1
    return accepted


def incoming(path: Path, taken: set[str]) -> tuple[bytes, etree._ElementTree]:
    """An incoming file's bytes and tree, once its name, its XML and its namespace are acceptable."""
    path = Path(path)
    if not SAFE_NAME.fullmatch(path.name) or path.stem == "index":
        raise InputError(path, "file name not accepted: use letters, digits, '.', '_' and '-' ending in .xml "
                               "(not index.xml, the home page); rename the file and import it again")
    if path.name in taken:
        raise InputError(path, "a file of the same name is already imported in this run; rename one of them")
    data = tei.read_file(path)
    tree = tei.parse_bytes(data, path)
    root = tree.getroot()
    if etree.QName(root).namespace != tei.TEI_NS:
        raise InputError(path, f"the root element <{etree.QName(root).localname}> is not in the TEI namespace "
                               f"({tei.TEI_NS}); only TEI can be imported", root.sourceline)
    return data, tree


def schema_elements() -> frozenset[str]:
    """The names of the elements the edition's schema defines."""
    rng = tei.parse_file(resource(SCHEMA, "plenum.rng"))
    return frozenset(rng.xpath("//rng:element/@name", namespaces={"rng": RNG_NS}))


def edition_warnings(tree: etree._ElementTree, name: str, project: Validator,
                     defined: frozenset[str]) -> list[Problem]:
    """What the edition's schema would not accept: its findings, and the elements it does not define."""
    warnings = [replace(problem, severity="warning") for problem in project.check_tree(tree, name)]
    first: dict[str, etree._Element] = {}
    for element in tree.getroot().iter("*"):
        qname = etree.QName(element)
        if qname.namespace != tei.TEI_NS or qname.localname not in defined:
            first.setdefault(qname.localname if qname.namespace == tei.TEI_NS else element.tag, element)
    if first:
        where = next(iter(first.values()))
        names = ", ".join(sorted(first))
        warnings.append(Problem(name, where.sourceline or 1, 1, "warning",
                                f"uses {len(first)} elements the edition's schema does not define: {names}",
                                "plenum.rng"))
    return warnings


# --- export -------------------------------------------------------------------------------------

def export(tei_dir: Path, out_dir: Path, summary: Summary, progress: Progress = quiet) -> None:
    """Write the exchange package into out_dir (replacing an earlier one); nothing if any file is invalid."""
    tei_dir, out_dir = Path(tei_dir), Path(out_dir)
    _check_destination(out_dir)
    imported = tei_dir / IMPORTED
    documents = {Path("tei") / path.name: path for path in tei_files([tei_dir])}
    if imported.is_dir():
        documents.update({Path("tei", IMPORTED, path.name): path for path in tei_files([imported])})
    if not documents:
        raise PlenumError(f"{tei_dir}: no TEI files to export")
    trees = _checked(documents, tei_dir, summary, progress)
    clashes = shared_ids(trees, documents)
    summary.problems += clashes
    clashing = len({problem.file for problem in clashes})
    summary.valid, summary.invalid = summary.valid - clashing, summary.invalid + clashing
    if summary.invalid or summary.errors:
        summary.notes.append(f"{out_dir}: nothing exported; fix the files listed above first")
        return
    files = {name: path.read_bytes() for name, path in documents.items()}
    files.update({Path("schema") / path.name: path.read_bytes()
                  for path in sorted(SCHEMA.iterdir()) if path.is_file() and not path.name.startswith(".")})
    files.update({name: path.read_bytes() for name, path in sources(trees, documents, tei_dir.parent).items()})
    included = included_elsewhere(trees)
    files[Path(CORPUS)] = corpus([name for name, tree in trees.items() if _is_document(tree) and name not in included])
    trees[Path(CORPUS)] = tei.parse_bytes(files[Path(CORPUS)], CORPUS)
    files[Path(MANIFEST)] = manifest(files, trees)
    _write_package(files, out_dir)
    summary.exported += len(files)


def _checked(documents: dict[Path, Path], tei_dir: Path, summary: Summary,
             progress: Progress) -> dict[Path, etree._ElementTree]:
    """Each document parsed and validated (the edition's own against its schema, all against tei_all)."""
    project = Validator()
    try:
        tei_all = [TeiAllValidator()]
    except PlenumError as exc:
        tei_all = []
        summary.notes.append(f"note: the package is not checked against tei_all: {exc}")
    trees = {}
    with progress(list(documents.items()), "Checking") as bar:
        for name, path in bar:
            checks = ([project] if path.parent == tei_dir else []) + tei_all
            problems = sorted({problem for check in checks for problem in check.check(path)})
            summary.problems += problems
            if problems:
                summary.invalid += 1
                continue
            summary.valid += 1
            trees[name] = tei.parse_file(path)
    return trees


def shared_ids(trees: dict[Path, etree._ElementTree], documents: dict[Path, Path]) -> list[Problem]:
    """xml:ids used in more than one file: the teiCorpus that brings the files together would be invalid."""
    first: dict[str, tuple[Path, etree._Element]] = {}
    problems = []
    for name in sorted(trees):
        for element in trees[name].iter():
            identifier = element.get(tei.XML_ID) if isinstance(element.tag, str) else None
            if identifier is None:
                continue
            owner, _ = first.setdefault(identifier, (name, element))
            if owner != name:
                problems.append(Problem(str(documents[name]), element.sourceline or 1, 1, "error",
                                        f'xml:id "{identifier}" is also used in {documents[owner]}; in the '
                                        f"package's teiCorpus identifiers must be unique", "corpus"))
    return problems


def _is_document(tree: etree._ElementTree) -> bool:
    """Whether a tree is a TEI document or corpus, which a teiCorpus may include."""
    return tree.getroot().tag in (tei.q("TEI"), tei.q("teiCorpus"))


def sources(trees: dict[Path, etree._ElementTree], documents: dict[Path, Path], project: Path) -> dict[Path, Path]:
    """The local files the documents' prefixDef patterns point to (e.g. src: to the source
    transcript), by their place in the package, so that those pointers resolve there too."""
    found = {}
    for name, tree in trees.items():
        for pattern in tree.xpath("//tei:prefixDef/@replacementPattern", namespaces=tei.NS):
            href = pattern.split("#", 1)[0]
            if not href or "$" in href or href.startswith("/") or re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", href):
                continue
            source = (documents[name].parent / href).resolve()
            place = Path(os.path.normpath(name.parent / href))
            if source.is_file() and source.is_relative_to(project.resolve()) and ".." not in place.parts:
                found[place] = source
    return found


def included_elsewhere(trees: dict[Path, etree._ElementTree]) -> set[Path]:
    """The package files that another one already includes (e.g. the documents of a dossier's corpus)."""
    return {Path(os.path.normpath(name.parent / include.get("href", "")))
            for name, tree in trees.items() for include in tree.iter(f"{{{tei.XI_NS}}}include")}


def corpus(names: list[Path]) -> bytes:
    """A teiCorpus that includes the package's TEI documents (those no other one includes) with XInclude."""
    root = etree.Element(tei.q("teiCorpus"), nsmap={None: tei.TEI_NS, "xi": tei.XI_NS})
    root.append(tei.E.teiHeader(tei.E.fileDesc(
        tei.E.titleStmt(tei.E.title(EDITION)),
        tei.E.publicationStmt(tei.E.p(
            f"Exchange package written by plenum {__version__}: {len(names)} TEI documents, each included "
            f"below with XInclude; {MANIFEST} lists every file of the package with its SHA-256.")),
        tei.E.sourceDesc(tei.E.p("Each document's own header describes its source.")))))
    for name in sorted(names):
        etree.SubElement(root, f"{{{tei.XI_NS}}}include", href=name.as_posix())
    return tei.serialize(root)


def manifest(files: dict[Path, bytes], trees: dict[Path, etree._ElementTree]) -> bytes:
    """The package's manifest: each file with its SHA-256, and the title and date of each TEI document."""
    entries = []
    for name in sorted(files, key=lambda path: path.as_posix()):
        tree = trees.get(name)
        entries.append({"file": name.as_posix(), "sha256": hashlib.sha256(files[name]).hexdigest(),
                        "title": title(tree) if tree is not None else None,
                        "date": date(tree) if tree is not None else None})
    return (json.dumps({"edition": EDITION, "made_by": f"plenum {__version__}", "corpus": CORPUS,
                        "files": entries}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def title(tree: etree._ElementTree) -> str | None:
    """The first title of a document's titleStmt, whitespace normalised."""
    found = tree.xpath("string((/*/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1])", namespaces=tei.NS)
    return " ".join(found.split()) or None


def date(tree: etree._ElementTree) -> str | None:
    """The ISO date of a document's creation (when, else notBefore, else from), as the home page sorts it."""
    found = tree.xpath("(/*/tei:teiHeader/tei:profileDesc/tei:creation/tei:date)[1]", namespaces=tei.NS)
    return next((found[0].get(key) for key in ("when", "notBefore", "from") if found[0].get(key)), None) if found else None


def _check_destination(out_dir: Path) -> None:
    """Refuse to replace a folder that is neither empty nor an earlier package (it would be deleted)."""
    if out_dir.exists() and (not out_dir.is_dir() or (any(out_dir.iterdir()) and not (out_dir / MANIFEST).is_file())):
        raise PlenumError(f"{out_dir}: exists and is not an earlier export (no {MANIFEST}); "
                          f"choose a new or empty folder, as the package replaces the folder's content")


def _write_package(files: dict[Path, bytes], out_dir: Path) -> None:
    """Write every file into a fresh folder beside out_dir, then put it in out_dir's place."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        staging.chmod(0o755)
        for name, data in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_bytes(data)
        if out_dir.exists():
            old = staging.with_name(staging.name + ".old")
            out_dir.rename(old)
            staging.rename(out_dir)
            shutil.rmtree(old)
        else:
            staging.rename(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise

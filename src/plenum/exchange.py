"""Exchanging TEI with other editions: incoming files checked before they join, ours sent as a package.

Import: an incoming file must be well-formed TEI (plenum's safe parser, the TEI namespace) and valid
against the official tei_all; it is then copied unchanged into tei/imported/, unless that would replace
another file or give pages the edition's own pages have, and what the edition's own schema would not
accept is reported as warnings. Export: every TEI file, the personography (tei/persons.xml, not a
member of the corpus), the schemas, the source files the documents point to (from the edition's
source folders only), the edition's LICENSE and CITATION.cff, a teiCorpus including the documents and
the same corpus expanded (package.py), and a manifest (file, SHA-256, title, date, role), written
whole or not at all, as a folder or a BagIt bag, into a new or empty folder or in place of a package
export wrote, of which it removes only the files its manifest lists.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import bagit
from lxml import etree

from . import __version__, includes, package, tei
from .edition import (IMPORTED, PERSONS, REVIEW_PAGES, SITE_PAGES, Edition, real, remove_written, reserved,
                      written_name)
from .edition import tei_files
from .summary import Progress, Summary, quiet
from .errors import InputError, PlenumError
from .fileio import write_atomic
from .import_checks import edition_warnings, join_personography, schema_elements
from .paths import SCHEMA
from .validate import Problem, TeiAllValidator, Validator
from .siteconfig import CITATION, identity as edition_identity

CORPUS = "corpus.xml"
EXPANDED = "corpus-expanded.xml"
MANIFEST = "manifest.json"
# The edition's own files at the top of its folder that the package carries as they are.
EDITION_FILES = ("LICENSE", CITATION)
# A bag's tag files (besides the manifest, which lies in its payload, data/).
BAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt")
PAYLOAD = "data"
PERSONOGRAPHY = Path("tei", PERSONS)
# The manifest's format: what marks a folder as a package plenum wrote (and export may replace).
PACKAGE_FORMAT = "plenum-package/1"

# Names an imported file may have: they become page names and links on the home page.
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\.(?i:xml)")


# --- import -------------------------------------------------------------------------------------

def import_files(files: list[Path], out_dir: Path, summary: Summary, progress: Progress = quiet) -> list[Path]:
    """Check each incoming TEI file; copy the accepted ones, byte for byte, into out_dir (a file already
    there is never replaced by a different one)."""
    tei_all = TeiAllValidator()
    project = Validator()
    defined = schema_elements()
    accepted: list[Path] = []
    with progress(files, "Importing") as bar:
        for path in bar:
            try:
                data, tree = incoming(path, {target.name for target in accepted}, out_dir)
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
            if Path(path).name == PERSONS:
                summary.notes.append(join_personography(data, tree, Path(path), out_dir))
                continue
            summary.problems += edition_warnings(tree, str(path), project, defined)
            write_atomic(out_dir / path.name, data)
            accepted.append(out_dir / path.name)
            summary.valid += 1
            summary.imported += 1
    return accepted


def incoming(path: Path, taken: set[str], out_dir: Path) -> tuple[bytes, etree._ElementTree]:
    """An incoming file's bytes and tree, once its name, its XML and its namespace are acceptable and
    out_dir holds no other file of its name (a personography, persons.xml, is joined, never copied)."""
    path = Path(path)
    if not SAFE_NAME.fullmatch(path.name):
        raise InputError(path, "file name not accepted: use letters, digits, '.', '_' and '-' ending in .xml; "
                               "rename the file and import it again")
    if path.name in taken:
        raise InputError(path, "a file of the same name is already imported in this run; rename one of them")
    if path.name == PERSONS:
        data = tei.read_file(path)
    else:
        data = _copied(path, out_dir)
    tree = tei.parse_bytes(data, path)
    root = tree.getroot()
    if etree.QName(root).namespace != tei.TEI_NS:
        raise InputError(path, f"the root element <{etree.QName(root).localname}> is not in the TEI namespace "
                               f"({tei.TEI_NS}); only TEI can be imported", root.sourceline)
    return data, tree


def _copied(path: Path, out_dir: Path) -> bytes:
    """The bytes of a file to be copied into out_dir, once its name gives no page the edition has and
    out_dir holds no other file of its name."""
    if page := reserved(path.stem, REVIEW_PAGES | SITE_PAGES):
        raise InputError(path, f"file name not accepted: its pages would overwrite {page}; rename the file "
                               f"and import it again")
    if (own := _edition_file(out_dir, path.name)) is not None:
        raise InputError(path, f"file name not accepted: its pages would overwrite those of the edition's "
                               f"{own}; rename the file and import it again")
    data = tei.read_file(path)
    if _present(out_dir / path.name) not in (None, data):
        raise InputError(path, f"not imported: {out_dir / path.name} already exists and holds another file; "
                               f"it is not replaced (remove it first to import this version, or rename this file)")
    return data


def _edition_file(out_dir: Path, name: str) -> Path | None:
    """The edition's own TEI file of that name, when out_dir is the imported/ folder of its TEI folder."""
    if real(out_dir).name != IMPORTED:
        return None
    own = Path(out_dir).parent / name
    return own if own.exists() else None


def _present(path: Path) -> bytes | None:
    """The bytes of a file already at `path`, or None; InputError when something there cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(path, f"already exists and cannot be read ({exc.strerror}); not replaced") from exc


# --- export -------------------------------------------------------------------------------------

def export(tei_dir: Path, out_dir: Path, summary: Summary, progress: Progress = quiet,
           source_dirs: tuple[Path, ...] = (), bag: bool = False) -> None:
    """Write the exchange package into out_dir (replacing an earlier one), as a BagIt bag when `bag`;
    nothing if any file is invalid. Sources are packaged from `source_dirs` only (by default seeds/
    beside tei_dir)."""
    tei_dir, out_dir = Path(tei_dir), Path(out_dir)
    edition = Edition.of(tei_dir, source_dirs)
    earlier = _destination(out_dir, edition)
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
    files.update({name: path.read_bytes() for name, path in sources(trees, documents, edition, summary.notes).items()})
    files.update({Path(name): (edition.root / name).read_bytes() for name in EDITION_FILES   # never a link out
                  if (edition.root / name).is_file() and real(edition.root / name).parent == edition.root})
    included = included_elsewhere(trees)
    members = sorted(name for name, tree in trees.items()
                     if _is_document(tree) and name not in included and name != PERSONOGRAPHY)
    identity = edition_identity(edition.root)
    count = sum(tree.getroot().tag == tei.q("TEI") for name, tree in trees.items() if name != PERSONOGRAPHY)
    header = package.corpus_header(identity, count, _corpus_note(PERSONOGRAPHY in trees))
    files[Path(CORPUS)] = corpus(header, members)
    files[Path(EXPANDED)] = package.expanded(header, {name: documents[name] for name in members})
    trees[Path(CORPUS)] = tei.parse_bytes(files[Path(CORPUS)], CORPUS)
    files[Path(MANIFEST)] = manifest(files, trees, identity.title)
    if left := _write_package(files, out_dir, earlier, package.bag_info(identity) if bag else None):
        summary.notes.append(f"{left}: the earlier package's folder, kept because it holds files export did "
                             f"not write; look at them and remove it")
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


def sources(trees: dict[Path, etree._ElementTree], documents: dict[Path, Path], edition: Edition,
            notes: list[str]) -> dict[Path, Path]:
    """The source files the documents' prefixDef patterns point to (e.g. src: to the source transcript)
    that lie in the edition's source folders, by their place in the package, so that those pointers
    resolve there too; a note for each pointer that leads elsewhere."""
    found = {}
    for name, tree in trees.items():
        for pattern in tree.xpath("//tei:prefixDef/@replacementPattern", namespaces=tei.NS):
            href = pattern.split("#", 1)[0]
            if not href or "$" in href or href.startswith("/") or re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", href):
                continue
            try:
                source = edition.readable_source(documents[name].parent / href)
            except InputError as exc:
                notes.append(f"{documents[name]}: its source {href} is not packaged: {exc.message}")
                continue
            place = Path(os.path.normpath(name.parent / href))
            if source.is_file() and ".." not in place.parts:
                found[place] = source
    return found


def included_elsewhere(trees: dict[Path, etree._ElementTree]) -> set[Path]:
    """The package files that another one already includes (e.g. the documents of a dossier's corpus)."""
    return {Path(os.path.normpath(name.parent / include.get("href", "")))
            for name, tree in trees.items() for include in tree.iter(f"{{{tei.XI_NS}}}include")}


def _corpus_note(personography: bool) -> str:
    """What the corpus header says of the package's parts."""
    return (f"{CORPUS} includes each document with XInclude; {EXPANDED} holds the same documents in place. "
            + (f"Each document's turns and names point to persons of its own header, which point "
               f"(@sameAs, persons.xml#id) to the personography "
               f"{PERSONOGRAPHY.as_posix()}, which is not a member of the corpus. " if personography else "")
            + f"{MANIFEST} lists every file of the package with its SHA-256.")


def corpus(header: etree._Element, names: list[Path]) -> bytes:
    """A teiCorpus that includes the package's TEI documents (those no other one includes) with XInclude."""
    root = etree.Element(tei.q("teiCorpus"), nsmap={None: tei.TEI_NS, "xi": tei.XI_NS})
    root.append(header)
    for name in sorted(names):
        etree.SubElement(root, f"{{{tei.XI_NS}}}include", href=name.as_posix())
    return tei.serialize(root)


def manifest(files: dict[Path, bytes], trees: dict[Path, etree._ElementTree], edition: str) -> bytes:
    """The package's manifest: the edition's title, each file with its SHA-256, and the title and date
    of each TEI document."""
    entries = []
    for name in sorted(files, key=lambda path: path.as_posix()):
        tree = trees.get(name)
        entries.append({"file": name.as_posix(), "sha256": hashlib.sha256(files[name]).hexdigest(),
                        "title": title(tree) if tree is not None else None,
                        "date": date(tree) if tree is not None else None, "role": _role(name, tree)})
    return (json.dumps({"format": PACKAGE_FORMAT, "edition": edition, "made_by": f"plenum {__version__}",
                        "corpus": CORPUS, "files": entries}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _role(name: Path, tree: etree._ElementTree | None) -> str:
    """What a file is to the package: corpus, document, personography, schema, source or about."""
    if name in (Path(CORPUS), Path(EXPANDED)):
        return "corpus"
    if name == PERSONOGRAPHY:
        return "personography"
    if tree is not None:
        return "document"
    return {"schema": "schema", "tei": "document"}.get(name.parts[0], "source" if len(name.parts) > 1 else "about")


def title(tree: etree._ElementTree) -> str | None:
    """The first title of a document's titleStmt, whitespace normalised."""
    found = tree.xpath("string((/*/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1])", namespaces=tei.NS)
    return " ".join(found.split()) or None


def date(tree: etree._ElementTree) -> str | None:
    """The ISO date of a document's creation (when, else notBefore, else from), as the home page sorts it."""
    found = tree.xpath("(/*/tei:teiHeader/tei:profileDesc/tei:creation/tei:date)[1]", namespaces=tei.NS)
    return next((found[0].get(key) for key in ("when", "notBefore", "from") if found[0].get(key)), None) if found else None


def _destination(out_dir: Path, edition: Edition) -> set[str]:
    """The files of the earlier package in out_dir that the new one replaces (none when out_dir is new or
    empty); PlenumError when out_dir is not a folder of its own or holds anything export did not write."""
    target = edition.writable_output(out_dir, "dist")
    if Path.cwd().resolve().is_relative_to(target):
        raise PlenumError(f"{out_dir}: holds the current folder, which the package cannot replace; "
                          f"name another folder or run plenum from elsewhere")
    if not os.path.lexists(target):
        return set()
    if not target.is_dir():
        raise PlenumError(f"{out_dir}: exists and is not a folder; choose a new or empty folder for the package")
    present = _contents(target)
    if not present:
        return set()
    listed = _package_files(target)
    if listed is None:
        raise PlenumError(f"{out_dir}: not empty and not a package plenum wrote (no {MANIFEST} of format "
                          f"{PACKAGE_FORMAT}); export replaces only its own package: choose a new or empty folder")
    folders = {parent.as_posix() for name in listed for parent in Path(name).parents if parent.parts}
    foreign = sorted(present - listed - folders)
    if foreign:
        raise PlenumError(f"{out_dir / foreign[0]}: not a file of the package plenum wrote in {out_dir} "
                          f"({len(foreign)} such); export removes only what it wrote: move "
                          f"{'it' if len(foreign) == 1 else 'them'} away or choose another folder")
    return listed


def _contents(folder: Path) -> set[str]:
    """Every file and folder under `folder`, relative to it (symbolic links are not followed)."""
    found = set()
    for top, folders, files in os.walk(folder):
        base = Path(top).relative_to(folder)
        found.update((base / name).as_posix() for name in folders + files)
    return found


def _package_files(folder: Path) -> set[str] | None:
    """The files a package's manifest lists, itself included; None when the folder holds no manifest that
    plenum wrote."""
    bagged = not (folder / MANIFEST).exists() and (folder / BAG_FILES[0]).is_file()
    path = folder / PAYLOAD / MANIFEST if bagged else folder / MANIFEST
    try:
        if path.stat().st_size > tei.MAX_XML_BYTES:
            return None
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT or not isinstance(data.get("files"), list):
        return None
    names = [entry.get("file") if isinstance(entry, dict) else None for entry in data["files"]]
    if not all(isinstance(name, str) and written_name(name) for name in names):
        return None
    if bagged:
        return {f"{PAYLOAD}/{MANIFEST}", *(f"{PAYLOAD}/{name}" for name in names), *BAG_FILES}
    return {MANIFEST, *names}


def _write_package(files: dict[Path, bytes], out_dir: Path, earlier: set[str],
                   bag_info: dict[str, str] | None) -> Path | None:
    """Write every file into a fresh folder beside out_dir (made a BagIt bag with `bag_info`, if any),
    then put it in out_dir's place; of the folder it replaces, remove only the earlier package's files
    (`earlier`). The replaced folder, if something else is left in it."""
    target = real(out_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".new", dir=target.parent))
    old = staging.with_suffix(".old")
    try:
        staging.chmod(0o755)
        for name, data in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_bytes(data)
        if bag_info is not None:
            bagit.make_bag(str(staging), dict(bag_info), checksums=["sha256"])
        if target.exists():
            target.rename(old)
            try:
                staging.rename(target)
            except BaseException:
                old.rename(target)
                raise
        else:
            staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)   # made by mkdtemp above: only this run's files
        raise
    if not old.exists():
        return None
    remove_written(old, earlier)
    try:
        old.rmdir()
    except OSError:
        return old
    return None

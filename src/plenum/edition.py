"""An edition's folders and files, and which paths a command may read and write.

An edition is one project folder: its sources (seeds/), its TEI (tei/, with persons.xml, and imported/
for TEI from other editions), what is made from them (site/, review/, dist/) and the build record
(.plenum/build.json). `Edition` knows where each is and which of their files are sources and
documents. Source lines are read only from the source folders; each output goes to a folder of its
own that neither holds nor lies in another of the edition's folders; a command removes only files it
wrote. Every check is made on real paths, so a symbolic link or a `..` cannot lead out.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from . import fingerprint, tei
from .errors import InputError, PlenumError
from .fileio import remove

# The folder inside tei/ holding TEI from other editions (plenum import).
IMPORTED = "imported"
# The source folder beside the TEI folder, unless a command is told another one (--seeds).
SEEDS = "seeds"
# The build record's folder beside the TEI folder, and the record in it.
STATE = ".plenum"
BUILD_STATE = Path(STATE) / "build.json"
# The personography in the TEI folder.
PERSONS = "persons.xml"
# The suffix of the conversion written beside a file an editor changed.
NEW = ".new.xml"
# The output folders beside the TEI folder, with what each holds.
OUTPUTS = {"site": "the reading editions", "review": "the encoding review", "dist": "the exchange package"}
# File stems whose pages the site and the review write for themselves: no document may have them.
SITE_PAGES = {"index": "the home page index.html", "persons": "the person index persons.html"}
REVIEW_PAGES = {"index": "the review's overview index.html", "uncertain": "the review's uncertain.html"}


def real(path: Path | str) -> Path:
    """The absolute path with every symbolic link and `..` resolved (the path need not exist)."""
    return Path(os.path.realpath(path))


def real_files(paths: Iterable[Path | str]) -> dict[str, Path]:
    """real() of each path (by its str), each folder resolved once: a file that is no symbolic link is
    its folder's real path and its name (a build asks this of every TEI file and source)."""
    folders: dict[str, Path] = {}
    found = {}
    for path in map(str, paths):
        folder, name = os.path.split(os.path.abspath(path))
        if ".." in path.replace(os.sep, "/").split("/") or os.path.islink(path):
            found[path] = real(path)
        else:
            found[path] = (folders.get(folder) or folders.setdefault(folder, real(folder))) / name
    return found


def inside(path: Path | str, root: Path | str) -> bool:
    """Whether `path` is `root` or lies in it, both resolved: what a link points to decides."""
    return real(path).is_relative_to(real(root))


@dataclass(frozen=True)
class Edition:
    """An edition's folders as a command names them: the TEI folder, the source folders, and where the
    site, the review and the build record go (by default beside the TEI folder)."""

    tei: Path
    sources: tuple[Path, ...]
    site: Path
    review: Path
    state: Path

    @classmethod
    def of(cls, tei_dir: Path | str, sources: Iterable[Path | str] = (), site: Path | str | None = None,
           review: Path | str | None = None, state: Path | str | None = None) -> "Edition":
        """The edition whose TEI folder is `tei_dir`; its sources are `sources`, by default seeds/ beside it,
        and its outputs `site`, `review` and `state`, by default site/, review/ and .plenum/build.json beside it."""
        tei = Path(tei_dir)
        beside = tei.parent
        return cls(tei, tuple(Path(folder) for folder in sources) or (beside / SEEDS,),
                   Path(site) if site is not None else beside / "site",
                   Path(review) if review is not None else beside / "review",
                   Path(state) if state is not None else beside / BUILD_STATE)

    @classmethod
    def around(cls, tei_file: Path | str, sources: Iterable[Path | str] = ()) -> "Edition":
        """The edition a TEI file belongs to: its folder is the TEI folder, or that folder's imported/."""
        folder = real(tei_file).parent
        return cls.of(folder.parent if folder.name == IMPORTED else folder, sources)

    @property
    def root(self) -> Path:
        """The project folder (real path): the one holding the TEI folder."""
        return real(self.tei).parent

    @property
    def imported(self) -> Path:
        return self.tei / IMPORTED

    @property
    def persons(self) -> Path:
        return self.tei / PERSONS

    def folders(self) -> dict[Path, str]:
        """Each of the edition's folders (real paths) with what it holds."""
        tei = real(self.tei)
        found = {tei: "the TEI edition", tei / IMPORTED: "TEI from other editions", self.root / STATE: "the build record"}
        found.update((real(folder), "the sources") for folder in self.sources)
        found.update((self.root / name, what) for name, what in OUTPUTS.items())
        return found

    def source_files(self) -> list[Path]:
        """The edition's source files: every visible file of its source folders."""
        return source_files(self.sources)

    def documents(self, written: dict[str, Iterable[str]], errors: list[str]) -> dict[Path, bool]:
        """The TEI documents of the edition (persons.xml aside), each with whether it is validated (its own)
        or not (imported, checked when imported). A file whose pages would overwrite another's, or that
        is a conversion copied under another name (`written`: each source's TEI files), is left out and
        reported in `errors`."""
        own = without_copies([path for path in tei_files([self.tei]) if path.name != PERSONS], written, errors)
        imported = tei_files([self.imported]) if self.imported.is_dir() else []
        validated = set(own)
        return {path: path in validated for path in unique_names(own + imported, errors)}

    def readable_source(self, path: Path | str) -> Path:
        """The real path of a source file a document names, if it lies in a source folder; else InputError."""
        if not any(inside(path, folder) for folder in self.sources):
            where = ", ".join(f"{real(folder)}{os.sep}" for folder in self.sources)
            raise InputError(path, f"outside the edition's source folder ({where}); plenum reads source "
                                   f"lines only from there, so it is not read")
        return real(path)

    def writable_output(self, out: Path | str, kind: str) -> Path:
        """The real path of the folder to write output `kind` (a key of OUTPUTS) to, if it is a folder of its
        own: neither the project folder nor another of the edition's folders, and holding none of them."""
        target = real(out)
        if self.root.is_relative_to(target):
            raise PlenumError(f"{out}: holds the edition's project folder {self.root}; write {OUTPUTS[kind]} "
                              f"to a folder of its own (plenum writes only there and removes only what it wrote)")
        for folder, what in self.folders().items():
            if folder != self.root / kind and folder.is_relative_to(target):
                relation = "is" if target == folder else "holds"
                raise PlenumError(f"{out}: {relation} the folder of {what} ({folder}); write {OUTPUTS[kind]} "
                                  f"to a folder of its own")
        return target


def reserved(stem: str, pages: dict[str, str]) -> str | None:
    """What a document named `stem` would overwrite among `pages` (letter case ignored), or None."""
    return pages.get(stem.casefold())


def written_name(name: str) -> bool:
    """Whether `name` is a relative path that stays where it is put (no `..`, not absolute)."""
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name


def remove_written(folder: Path | str, names: Iterable[str]) -> None:
    """Remove the files `names` (relative to `folder`, as plenum recorded writing them) and the folders
    they leave empty; a name that would lead out of `folder`, or to a folder, is left alone."""
    folder = Path(folder)
    top = real(folder)
    emptied = set()
    for name in names:
        if not written_name(name):
            continue
        path = folder / name
        if not real(path.parent).is_relative_to(top) or path.is_dir() and not path.is_symlink():
            continue
        remove(path)
        emptied.update(parent for parent in path.relative_to(folder).parents if parent.parts)
    for parent in sorted(emptied, key=lambda p: len(p.parts), reverse=True):
        try:
            (folder / parent).rmdir()
        except OSError:  # not empty: it holds something else
            pass


def source_files(paths: Iterable[Path]) -> list[Path]:
    """The source files named, directories expanded to their visible files, sorted."""
    found = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            found.append(path)
        else:
            raise PlenumError(f"{path}: no such file or directory")
    return found


def tei_files(paths: Iterable[Path]) -> list[Path]:
    """The TEI files named, directories expanded to their *.xml files, in any letter case (not the
    *.new.xml conversions kept beside edited files), sorted."""
    found = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == ".xml" and p.is_file()
                            and not p.name.lower().endswith(NEW))
        elif path.is_file():
            found.append(path)
        else:
            raise PlenumError(f"{path}: no such file or directory")
    return found


def unique_names(files: list[Path], errors: list[str], pages: dict[str, str] = SITE_PAGES) -> list[Path]:
    """The documents whose pages do not overwrite another's (or one of `pages`, the home page and the
    person index); the others are reported in `errors`."""
    taken: dict[str, str] = {}
    unique = []
    for path in files:
        stem = Path(path).stem
        if page := reserved(stem, pages):
            errors.append(f"{path}: its pages would overwrite {page}; rename it")
        elif stem not in taken:
            taken[stem] = str(path)
            unique.append(path)
        elif taken[stem] != str(path):
            errors.append(f"{path}: its pages would overwrite those of {taken[stem]} (same file name); rename it")
    return unique


def without_copies(files: list[Path], written: dict[str, Iterable[str]], errors: list[str]) -> list[Path]:
    """The files that are not a conversion copied under another name; the copies are reported in `errors`.

    `written`: each source converted and the TEI files its conversion writes. A TEI file that is none
    of these but whose conversion record names one of the sources (renamed or copied by hand) would
    publish that document twice, so it is left out.
    """
    reals = real_files([*files, *written, *(name for names in written.values() for name in names)])
    owned = {reals[str(name)] for names in written.values() for name in names}
    by_source = {reals[str(source)]: sorted(names) for source, names in written.items()}
    kept = []
    for path in files:
        source = None if reals[str(path)] in owned else _recorded_source(Path(path))
        if source in by_source:
            errors.append(f"{path}: a copy of {_original(Path(path), by_source[source])} under another "
                          f"name (its conversion record names {source.name}); not published, so that "
                          f"the document is not listed twice: delete it, or remove its "
                          f"change[@type='conversion'] to publish it as a document of its own")
        else:
            kept.append(path)
    return kept


def _recorded_source(path: Path) -> Path | None:
    """The real path of the source a TEI file's conversion record names, or None (none named, not XML)."""
    try:
        href = fingerprint.converted_from(tei.parse_file(path))
    except PlenumError:
        return None
    return real(path.parent / href) if href else None


def _original(path: Path, names: list[str]) -> str:
    """Which of its source's TEI files a copy was made from: the one recording the same fingerprint,
    else the only one, else all of them."""
    recorded = fingerprint.recorded(path.read_bytes())
    same = [name for name in names if recorded and Path(name).is_file()
            and fingerprint.recorded(Path(name).read_bytes()) == recorded]
    if same or len(names) == 1:
        return (same or names)[0]
    return f"one of {names[0]} and the {len(names) - 1} other files converted from the same source"

"""Which paths a command may read and write: the edition's own folders, and only what plenum wrote.

An edition is one project folder: its sources (seeds/), its TEI (tei/, with imported/ for TEI from
other editions), what is made from them (site/, review/, dist/) and the build record (.plenum/).
Source lines are read only from the source folders; each output goes to a folder of its own that
neither holds nor lies in another of the edition's folders; a command removes only files it wrote.
Every check is made on real paths, so a symbolic link or a `..` cannot lead out.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import InputError, PlenumError

# The folder inside tei/ holding TEI from other editions (plenum import).
IMPORTED = "imported"
# The source folder beside the TEI folder, unless a command is told another one (--seeds).
SEEDS = "seeds"
# The build record's folder beside the TEI folder.
STATE = ".plenum"
# The output folders beside the TEI folder, with what each holds.
OUTPUTS = {"site": "the reading editions", "review": "the encoding review", "dist": "the exchange package"}
# File stems whose pages the site and the review write for themselves: no document may have them.
SITE_PAGES = {"index": "the home page index.html", "persons": "the person index persons.html"}
REVIEW_PAGES = {"index": "the review's overview index.html", "uncertain": "the review's uncertain.html"}


def real(path: Path | str) -> Path:
    """The absolute path with every symbolic link and `..` resolved (the path need not exist)."""
    return Path(os.path.realpath(path))


def inside(path: Path | str, root: Path | str) -> bool:
    """Whether `path` is `root` or lies in it, both resolved: what a link points to decides."""
    return real(path).is_relative_to(real(root))


@dataclass(frozen=True)
class Edition:
    """An edition's folders (real paths): the project folder, the TEI folder and the source folders."""

    root: Path
    tei: Path
    sources: tuple[Path, ...]

    @classmethod
    def of(cls, tei_dir: Path | str, sources: Iterable[Path | str] = ()) -> "Edition":
        """The edition whose TEI folder is `tei_dir`; its sources are `sources`, by default seeds/ beside it."""
        tei = real(tei_dir)
        return cls(tei.parent, tei, tuple(real(folder) for folder in sources) or (tei.parent / SEEDS,))

    @classmethod
    def around(cls, tei_file: Path | str, sources: Iterable[Path | str] = ()) -> "Edition":
        """The edition a TEI file belongs to: its folder is the TEI folder, or that folder's imported/."""
        folder = real(tei_file).parent
        return cls.of(folder.parent if folder.name == IMPORTED else folder, sources)

    def folders(self) -> dict[Path, str]:
        """Each of the edition's folders with what it holds."""
        found = {self.tei: "the TEI edition", self.tei / IMPORTED: "TEI from other editions",
                 self.root / STATE: "the build record"}
        found.update((folder, "the sources") for folder in self.sources)
        found.update((self.root / name, what) for name, what in OUTPUTS.items())
        return found

    def readable_source(self, path: Path | str) -> Path:
        """The real path of a source file a document names, if it lies in a source folder; else InputError."""
        if not any(inside(path, folder) for folder in self.sources):
            where = ", ".join(f"{folder}{os.sep}" for folder in self.sources)
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
        path.unlink(missing_ok=True)
        emptied.update(parent for parent in path.relative_to(folder).parents if parent.parts)
    for parent in sorted(emptied, key=lambda p: len(p.parts), reverse=True):
        try:
            (folder / parent).rmdir()
        except OSError:  # not empty: it holds something else
            pass

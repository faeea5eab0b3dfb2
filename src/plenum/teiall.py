"""The official TEI P5 schema tei_all, pinned by version and SHA-256: found, verified, compiled once.

The schema is not part of the project. plenum looks for it in $PLENUM_TEI_ALL, then in the cache
folder that `make tei-all` fills from the TEI Consortium's release, then in ../shared/tei-all/ beside
the project folder; a file whose SHA-256 is not the pinned one is refused, never used.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

from lxml import etree

from . import tei
from .errors import PlenumError
from .paths import PROJECT

VERSION = "4.12.0"
SHA256 = "b0f115095ead2ccc6933aa3365c6f4a82cba3b2ec7eee7f76bb616d7a63b7e48"
ENV = "PLENUM_TEI_ALL"
HOW_TO_GET = (f"set {ENV} to the file, or run `make tei-all` (downloads it from the TEI Consortium), "
              f"or put it in ../shared/tei-all/")


def cache_path() -> Path:
    """Where `make tei-all` stores the schema: $XDG_CACHE_HOME/plenum/, else ~/.cache/plenum/."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "plenum" / f"tei_all-{VERSION}.rng"


def shared_path() -> Path:
    """The optional copy in ../shared/tei-all/, beside the project folder (not the working directory)."""
    return PROJECT.parent / "shared" / "tei-all" / "tei_all.rng"


def locate() -> Path:
    """The tei_all schema file to use, verified against the pinned SHA-256."""
    configured = os.environ.get(ENV)
    if configured:
        path = Path(configured).expanduser()
        if not path.is_file():
            raise PlenumError(f"{ENV}={configured}: no such file (it should name tei_all.rng, TEI P5 {VERSION})")
        return verified(path)
    for path in (cache_path(), shared_path()):
        if path.is_file():
            return verified(path)
    raise PlenumError(f"the official TEI schema tei_all (TEI P5 {VERSION}) was not found; {HOW_TO_GET}")


def verified(path: Path) -> Path:
    """`path`, after checking that its SHA-256 is the pinned one."""
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise PlenumError(f"{path}: cannot read the tei_all schema: {exc.strerror or exc}") from exc
    if digest != SHA256:
        raise PlenumError(f"{path}: not the official tei_all of TEI P5 {VERSION} (SHA-256 {digest}, "
                          f"expected {SHA256}); {HOW_TO_GET}")
    return path


@functools.cache
def schema() -> etree.RelaxNG:
    """tei_all compiled by lxml; loaded once per process, as compiling it takes seconds."""
    path = locate()
    try:
        return etree.RelaxNG(tei.parse_file(path))
    except etree.RelaxNGParseError as exc:
        raise PlenumError(f"{path}: the tei_all schema does not compile: {exc}") from exc

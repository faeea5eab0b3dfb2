"""Where plenum finds its stylesheets and schemas: xslt/ and schema/ beside src/ in a checkout, or
the package data plenum/xslt and plenum/schema of an installed plenum (pip install, a wheel)."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from .errors import PlenumError


def _home() -> Path:
    """The folder holding xslt/ and schema/: $PLENUM_HOME, the installed package, or the checkout."""
    if os.environ.get("PLENUM_HOME"):
        return Path(os.environ["PLENUM_HOME"])
    installed = Path(str(resources.files(__package__)))
    if (installed / "xslt").is_dir():
        return installed
    return Path(__file__).resolve().parents[2]


PROJECT = _home()
XSLT = PROJECT / "xslt"
SCHEMA = PROJECT / "schema"


def resource(folder: Path, name: str) -> Path:
    """A stylesheet or schema file; a clear error when the project files are missing."""
    path = folder / name
    if not path.is_file():
        raise PlenumError(f"{path}: missing project file; reinstall plenum (its stylesheets and schemas "
                          f"ship with it), or set PLENUM_HOME to the folder holding xslt/ and schema/")
    return path

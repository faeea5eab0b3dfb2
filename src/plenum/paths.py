"""Where plenum finds its stylesheets and schemas: the project's own xslt/ and schema/ folders."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import PlenumError

PROJECT = Path(os.environ.get("PLENUM_HOME", Path(__file__).resolve().parents[2]))
XSLT = PROJECT / "xslt"
SCHEMA = PROJECT / "schema"


def resource(folder: Path, name: str) -> Path:
    """A stylesheet or schema file; a clear error when the project files are missing."""
    path = folder / name
    if not path.is_file():
        raise PlenumError(f"{path}: missing project file; run plenum from its checkout "
                          f"(or set PLENUM_HOME to the folder holding xslt/ and schema/)")
    return path

"""Validation: every TEI file against the project's schema or the official tei_all; problems as file:line:column lines."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from lxml import etree

from . import tei, teiall
from .errors import InputError, PlenumError
from .paths import SCHEMA, resource


@dataclass(frozen=True, order=True)
class Problem:
    """One validation finding, with the rule (schema or constraint) that fired."""

    file: str
    line: int
    column: int
    severity: str
    message: str
    rule: str

    def __str__(self) -> str:
        message = " ".join(self.message.split())  # a value quoted from a document may hold line breaks
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {message} [{self.rule}]"

    def as_dict(self) -> dict:
        return asdict(self)


class Validator:
    """The project's schemas, compiled once, applied to any number of files."""

    def __init__(self) -> None:
        path = resource(SCHEMA, "plenum.rng")
        try:
            self._rng = etree.RelaxNG(tei.parse_file(path))
        except etree.RelaxNGParseError as exc:
            raise PlenumError(f"{path}: schema does not compile: {exc}") from exc

    def check(self, path: Path | str) -> list[Problem]:
        """Every problem in one file (an unreadable file is one problem)."""
        try:
            tree = tei.parse_file(path)
        except InputError as exc:
            return [Problem(str(path), exc.line or 1, exc.column or 1, "error", exc.message, "xml")]
        return self.check_tree(tree, str(path))

    def check_tree(self, tree: etree._ElementTree, name: str) -> list[Problem]:
        """Every problem in a parsed document."""
        if self._rng.validate(tree):
            return []
        return sorted(Problem(name, error.line, error.column, "error", error.message, "plenum.rng")
                      for error in self._rng.error_log)


class TeiAllValidator(Validator):
    """The official TEI schema tei_all (located, verified and compiled once per process by plenum.teiall)."""

    def __init__(self) -> None:
        self._rng = teiall.schema()

    def check(self, path: Path | str) -> list[Problem]:
        """Every departure of one file from tei_all, once its local XIncludes are in place."""
        try:
            tree = tei.resolve_includes(tei.parse_file(path), path)
        except InputError as exc:
            return [Problem(exc.path, exc.line or 1, exc.column or 1, "error", exc.message, "xml")]
        return self.check_tree(tree, str(path))

    def check_tree(self, tree: etree._ElementTree, name: str) -> list[Problem]:
        """Every departure of a parsed document from tei_all."""
        if self._rng.validate(tree):
            return []
        return sorted(Problem(name, error.line, error.column, "error", error.message, "tei_all")
                      for error in self._rng.error_log)


# What `plenum validate --schema` accepts: the project's schema, the official tei_all, or both.
SCHEMAS = {"project": (Validator,), "tei_all": (TeiAllValidator,), "all": (Validator, TeiAllValidator)}


def validators(schema: str = "project") -> list[Validator]:
    """The validators for one `--schema` choice, each compiled once for the whole run."""
    return [kind() for kind in SCHEMAS[schema]]

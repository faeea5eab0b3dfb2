"""Validation: every TEI file against the project's schemas or the official tei_all.

The project's schema is enforced three ways: RELAX NG (plenum.rng, the grammar), Schematron
(plenum.sch, references, dates, languages, notes, characters) and XML Schema (plenum.xsd, with the
pure-Python xmlschema, slower, for tools that need XSD). Each engine is compiled once per run; every
finding is a Problem printed as file:line:column: severity: message [rule].
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import xmlschema
from lxml import etree, isoschematron

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


SVRL = "{http://purl.oclc.org/dsdl/svrl}"


class Validator:
    """The project's grammar (RELAX NG) and rules (Schematron), compiled once, for any number of files."""

    def __init__(self) -> None:
        path = resource(SCHEMA, "plenum.rng")
        try:
            self._rng = etree.RelaxNG(tei.parse_file(path))
        except etree.RelaxNGParseError as exc:
            raise PlenumError(f"{path}: schema does not compile: {exc}") from exc
        rules = resource(SCHEMA, "plenum.sch")
        try:
            self._sch = isoschematron.Schematron(tei.parse_file(rules), store_report=True,
                                                 error_finder=isoschematron.Schematron.ASSERTS_AND_REPORTS)
        except (etree.SchematronParseError, etree.XSLTParseError) as exc:
            raise PlenumError(f"{rules}: Schematron does not compile: {exc}") from exc

    def check(self, path: Path | str) -> list[Problem]:
        """Every problem in one file (an unreadable file is one problem)."""
        try:
            tree = tei.parse_file(path)
        except InputError as exc:
            return [Problem(str(path), exc.line or 1, exc.column or 1, "error", exc.message, "xml")]
        return self.check_tree(tree, str(path))

    def check_tree(self, tree: etree._ElementTree, name: str) -> list[Problem]:
        """Every problem in a parsed document: the grammar's, then the rules'."""
        problems = []
        if not self._rng.validate(tree):
            problems += [Problem(name, error.line, error.column, "error", error.message, "plenum.rng")
                         for error in self._rng.error_log]
        if not self._sch.validate(tree):
            problems += self._rules(tree, name)
        return sorted(problems)

    def _rules(self, tree: etree._ElementTree, name: str) -> list[Problem]:
        """The Schematron findings, each placed at the line of the node it is about."""
        found = []
        report = self._sch.validation_report
        for finding in [*report.iter(SVRL + "failed-assert"), *report.iter(SVRL + "successful-report")]:
            nodes = tree.xpath(finding.get("location", "/"))
            node = nodes[0] if nodes else tree.getroot()
            line = node.sourceline if hasattr(node, "sourceline") and node.sourceline else \
                getattr(node.getparent(), "sourceline", None) or 1
            message = " ".join("".join(finding.findtext(SVRL + "text") or "").split())
            found.append(Problem(name, line, 0, "error", message, f"plenum.sch:{finding.get('id', '?')}"))
        return found


class XsdValidator(Validator):
    """The project's XML Schema (plenum.xsd, generated from plenum.rnc), with xmlschema."""

    def __init__(self) -> None:
        path = resource(SCHEMA, "plenum.xsd")
        try:
            self._xsd = xmlschema.XMLSchema(str(path))
        except (xmlschema.XMLSchemaException, OSError) as exc:
            raise PlenumError(f"{path}: XML Schema does not load: {' '.join(str(exc).split())[:300]}") from exc

    def check_tree(self, tree: etree._ElementTree, name: str) -> list[Problem]:
        """Every departure of a parsed document from plenum.xsd."""
        return sorted(Problem(name, error.sourceline or 1, 0, "error", error.reason or str(error), "plenum.xsd")
                      for error in self._xsd.iter_errors(tree))


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


# What `plenum validate --schema` accepts: the project's grammar and rules, its XSD, the official
# tei_all, or all of them.
SCHEMAS = {"project": (Validator,), "xsd": (XsdValidator,), "tei_all": (TeiAllValidator,),
           "all": (Validator, XsdValidator, TeiAllValidator)}


def validators(schema: str = "project") -> list[Validator]:
    """The validators for one `--schema` choice, each compiled once for the whole run."""
    return [kind() for kind in SCHEMAS[schema]]

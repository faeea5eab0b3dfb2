"""Validation: every TEI file against the project's schemas or the official tei_all.

The project's schema is enforced three ways: RELAX NG (plenum.rng, the grammar), Schematron
(plenum.sch, references, dates, languages, notes, characters) and XML Schema (plenum.xsd, with the
pure-Python xmlschema, slower, for tools that need XSD). Each engine is compiled once per run; every
finding is a Problem printed as file:line:column: severity: message [rule].
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass
from pathlib import Path

import xmlschema
from lxml import etree

from . import includes, schematron, tei, teiall
from .edition import PERSONS
from .engines import Engine, failing_as
from .errors import InputError, PlenumError
from .paths import SCHEMA, resource
from .timing import stage


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


def blocking(problems: list[Problem] | list[dict]) -> bool:
    """Whether findings make a file invalid: any error (a rule's warnings and infos are reported only)."""
    return any((problem.severity if isinstance(problem, Problem) else problem["severity"]) == "error"
               for problem in problems)


class Rules:
    """The edition's Schematron rules (plenum.sch), compiled once into XSLT 3.0 and run by Saxon.

    The personography and the names of the files beside a checked file are handed to the rules as
    parameters, read by plenum's safe parser: Saxon itself opens no file. A Saxon engine may be
    given, so that documents already loaded for rendering are checked without a second parse.
    """

    def __init__(self, engine: Engine | None = None, path: Path | None = None) -> None:
        path = path or resource(SCHEMA, "plenum.sch")
        self.schema = path
        self._engine = engine or Engine()
        schema = tei.parse_file(path)
        stylesheet = schematron.compile_schema(schema, str(path))
        self._checks = schematron.checks(schema, str(path))
        self._rules = self._engine.compile_text(stylesheet, f"{path}: Schematron does not compile")
        self._folders: dict[Path, tuple] = {}

    def node(self, tree: etree._ElementTree, name: str):
        """The document as Saxon's node (its DOCTYPE, if any, left behind)."""
        return self._engine.document(tree.getroot(), name)

    def check(self, tree: etree._ElementTree, name: str, node=None) -> list[Problem]:
        """Every finding in a parsed document, placed at the line of the element it is about, with the
        severity its @role gives."""
        return [Problem(name, element.sourceline or 1, 0, check.severity,
                        message + (f" (flag {check.flag})" if check.flag else ""), f"plenum.sch:{check.id}")
                for check, element, message in self.located(tree, name, node)]

    def located(self, tree: etree._ElementTree, name: str, node=None) -> list[tuple[schematron.Check, etree._Element, str]]:
        """Every finding in a parsed document: the assert or report, the element it is about, the message."""
        persons, files = self._folder(Path(name).resolve().parent)
        self._rules.set_parameter("persons", persons)
        self._rules.set_parameter("files", files)
        node = node or self.node(tree, name)
        with failing_as(f"{name}: the Schematron rules failed"):
            output = self._rules.transform_to_string(xdm_node=node)
        elements = list(tree.getroot().iter(etree.Element)) if output else []
        found = []
        for line in (output or "").splitlines():
            rule, position, message = line.split("\t", 2)
            found.append((self._checks[rule], elements[int(position)], message))
        return found

    def patterns(self) -> list[str]:
        """The ids of the schema's patterns, in order."""
        return list(dict.fromkeys(check.pattern for check in self._checks.values()))

    def _folder(self, folder: Path, persons=None) -> tuple:
        """The personography beside a file (empty when there is none or it cannot be read) and the
        names of the XML files there, read once per folder; `persons`: it, already loaded by this engine."""
        if folder not in self._folders:
            if persons is None:
                persons = self._engine.empty()
                try:
                    tree = tei.parse_file(folder / PERSONS)
                    persons = self.node(tree, str(folder / PERSONS))
                except InputError:
                    pass
            files = self._engine.sequence(self._engine.string(path.name) for path in sorted(folder.glob("*.xml")))
            self._folders[folder] = (persons, files)
        return self._folders[folder]


class Validator:
    """The project's grammar (RELAX NG) and rules (Schematron), compiled once, for any number of files."""

    def __init__(self, engine: Engine | None = None) -> None:
        path = resource(SCHEMA, "plenum.rng")
        try:
            self._rng = etree.RelaxNG(tei.parse_file(path))
        except etree.RelaxNGParseError as exc:
            raise PlenumError(f"{path}: schema does not compile: {exc}") from exc
        self._rules = Rules(engine)

    def share(self, folder: Path, persons) -> None:
        """Check the files of `folder` with its personography as loaded by the rules' engine (the
        renderer's): a large persons.xml read once per process, not once for the pages and once here."""
        self._rules._folder(Path(folder).resolve(), persons)

    def findings(self, path: Path | str) -> list[Problem]:
        """Every problem in one file read by plenum's safe parser (InputError when it cannot be read)."""
        return self.check_tree(tei.parse_file(path), str(path))

    def check(self, path: Path | str) -> list[Problem]:
        """Every problem in one file (an unreadable file is one problem)."""
        try:
            return self.findings(path)
        except InputError as exc:
            return [Problem(exc.path, exc.line or 1, exc.column or 1, "error", exc.message, "xml")]

    def check_tree(self, tree: etree._ElementTree, name: str, node=None) -> list[Problem]:
        """Every problem in a parsed document: the grammar's, then the rules' (on Saxon's `node` of
        the same document, when the caller has one)."""
        problems = []
        with stage("RELAX NG"):
            if not self._rng.validate(tree):
                problems += [Problem(name, error.line, error.column, "error", error.message, "plenum.rng")
                             for error in self._rng.error_log]
        with stage("Schematron"):
            problems += self._rules.check(tree, name, node)
        return sorted(problems)


class XsdValidator(Validator):
    """The project's XML Schema (plenum.xsd, generated from plenum.rnc), with xmlschema."""

    def __init__(self) -> None:
        path = resource(SCHEMA, "plenum.xsd")
        try:
            self._xsd = xmlschema.XMLSchema(str(path))
        except (xmlschema.XMLSchemaException, OSError) as exc:
            raise PlenumError(f"{path}: XML Schema does not load: {' '.join(str(exc).split())[:300]}") from exc

    def check_tree(self, tree: etree._ElementTree, name: str, node=None) -> list[Problem]:
        """Every departure of a parsed document from plenum.xsd."""
        return sorted(Problem(name, error.sourceline or 1, 0, "error", error.reason or str(error), "plenum.xsd")
                      for error in self._xsd.iter_errors(tree))


class TeiAllValidator(Validator):
    """The official TEI schema tei_all (located, verified and compiled once per process by plenum.teiall)."""

    def __init__(self) -> None:
        self._rng = teiall.schema()

    def findings(self, path: Path | str) -> list[Problem]:
        """Every departure of one file from tei_all, once its local XIncludes are in place."""
        return self.check_expanded(includes.expand(tei.parse_file(path), path))

    def check_tree(self, tree: etree._ElementTree, name: str, node=None) -> list[Problem]:
        """Every departure of a parsed document from tei_all, once its local XIncludes are in place (in
        a copy: the caller's tree is left as it was read)."""
        if next(tree.getroot().iter(includes.XINCLUDE), None) is not None:
            tree = copy.deepcopy(tree)
        return self.check_expanded(includes.expand(tree, name))

    def check_expanded(self, expanded: includes.Expanded) -> list[Problem]:
        """Every departure of a document with its includes in place from tei_all, each reported in the
        file (and at the line) it was read from."""
        if self._rng.validate(expanded.tree):
            return []
        located = _Locator(expanded)
        return sorted(Problem(located(error), error.line, error.column, "error", error.message, "tei_all")
                      for error in self._rng.error_log)


class _Locator:
    """The file a validation error is in: found by the error's XPath in a document with includes in place."""

    def __init__(self, expanded: includes.Expanded) -> None:
        self._expanded = expanded
        elements = expanded.tree.iter(etree.Element) if expanded.origins else ()
        self._prefixes = {element.prefix: etree.QName(element).namespace for element in elements if element.prefix}

    def __call__(self, error) -> str:
        """The file of the element a validation error (lxml's log entry) is about; the document's when unsure."""
        if not self._expanded.origins or not error.path:
            return self._expanded.name
        try:
            found = self._expanded.tree.xpath(error.path, namespaces=self._prefixes)
        except etree.XPathError:
            return self._expanded.name
        if found and isinstance(found[0], etree._Element):
            return self._expanded.origin(found[0])
        return self._expanded.name


# What `plenum validate --schema` accepts: the project's grammar and rules, its XSD, the official
# tei_all, or all of them.
SCHEMAS = {"project": (Validator,), "xsd": (XsdValidator,), "tei_all": (TeiAllValidator,),
           "all": (Validator, XsdValidator, TeiAllValidator)}


def validators(schema: str = "project") -> list[Validator]:
    """The validators for one `--schema` choice, each compiled once for the whole run."""
    return [kind() for kind in SCHEMAS[schema]]

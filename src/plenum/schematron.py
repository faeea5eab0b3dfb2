"""The edition's Schematron (plenum.sch, query binding XSLT 3.0) compiled into one XSLT 3.0 stylesheet.

ISO Schematron semantics for the part of the language plenum.sch uses: `ns`, schema-level `let`
(compiled to stylesheet parameters, so the caller can supply them), `xsl:key` and `xsl:function`,
`pattern` (one mode each, applied to every node of the document in document order; to every element
when each of its rule contexts is an element pattern), `rule` (within a pattern only
the first rule whose context matches a node applies), rule-level `let`, `assert`, `report`, and
`value-of`/`name` in their messages. Rule contexts are element patterns. `@role` on an assert, a
report or its rule gives the finding's severity (error, fatal: error; warning, warn: warning; info,
information: info); `@flag` names the flag a finding raises (reported with it, and in SVRL).
Anything else, `pattern/@documents` (the rules would have to open other files) and any attribute
that changes what is checked included, is refused when the schema is compiled, so a rule is never
silently ignored; attributes that only document (`see`, `icon`, `fpi`, `xml:lang`) are accepted.

Each finding is one line of text output: the rule's id, the element's position among the document's
elements (in document order, from 0), and the message with its whitespace normalised; `checks()`
gives, by id, what the finding is (assert or report, its test, severity, flag, pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .errors import PlenumError
from .xpaths import without_predicates

SCH = "http://purl.oclc.org/dsdl/schematron"
XSL = "http://www.w3.org/1999/XSL/Transform"
_S = f"{{{SCH}}}"
_X = f"{{{XSL}}}"
# Where a finding is: the position of its element among all elements, in document order.
_POSITION = "count(preceding::*) + count(ancestor::*)"
# The values of @role that name a severity, and the severity each gives.
SEVERITIES = {"error": "error", "fatal": "error", "warning": "warning", "warn": "warning",
              "info": "info", "information": "info", "informational": "info"}
# An element name test.
_ELEMENT_STEP = re.compile(r"\s*(?:(?:child|descendant|self)::)?(?:\*|[\w.-]+:\*|\*:[\w.-]+|[\w.-]+(?::[\w.-]+)?)\s*")
# Attributes that only document a schema's parts, accepted wherever they stand.
_DOCUMENTING = {"see", "icon", "fpi", "{http://www.w3.org/XML/1998/namespace}lang",
                "{http://www.w3.org/XML/1998/namespace}space"}
# The attributes each element may have (besides those that document).
_ATTRIBUTES = {"schema": {"queryBinding", "schemaVersion", "id"},
               "pattern": {"id"}, "rule": {"context", "id", "role", "flag"},
               "assert": {"test", "id", "role", "flag"}, "report": {"test", "id", "role", "flag"},
               "let": {"name", "value"}, "ns": {"prefix", "uri"}, "value-of": {"select"}, "name": {"path"},
               "title": set(), "p": set()}
_WHY = {"documents": "the rules would have to open other files, and plenum's Saxon opens none; validate "
                     "those documents themselves",
        "defaultPhase": "phases are not supported: every pattern is always active",
        "abstract": "abstract patterns and rules are not supported; write the rules out",
        "is-a": "abstract patterns are not supported; write the rules out",
        "subject": "findings are placed at the rule's context element; drop @subject",
        "diagnostics": "diagnostics are not supported; put the explanation in the message"}


@dataclass(frozen=True)
class Check:
    """An assert or report of the schema, by its id: what kind, its test, severity, flag and pattern."""

    id: str
    kind: str                   # assert or report
    test: str
    severity: str               # error, warning or info (from @role)
    role: str | None
    flag: str | None
    pattern: str
    context: str


def checks(schema: etree._ElementTree, name: str) -> dict[str, Check]:
    """Every assert and report of `schema` by id; PlenumError for what the compiler would refuse."""
    found = {}
    root = schema.getroot()
    _allowed(root, name)
    for number, pattern in enumerate(root.iterfind(_S + "pattern")):
        _allowed(pattern, name)
        for rule in pattern.iterfind(_S + "rule"):
            _allowed(rule, name)
            for check in rule:
                if check.tag not in (_S + "assert", _S + "report"):
                    continue
                _allowed(check, name)
                if not check.get("test") or not check.get("id") or check.get("id") in found:
                    raise PlenumError(f"{name}:{check.sourceline}: every assert and report needs a test and an id "
                                      f"of its own")
                role = check.get("role") or rule.get("role")
                found[check.get("id")] = Check(check.get("id"), etree.QName(check).localname, check.get("test"),
                                               _severity(role, check, name), role,
                                               check.get("flag") or rule.get("flag"),
                                               pattern.get("id") or f"pattern-{number}", rule.get("context"))
    return found


def _severity(role: str | None, element: etree._Element, name: str) -> str:
    """The severity a @role names (error when there is none)."""
    if role is None:
        return "error"
    if role.strip().lower() not in SEVERITIES:
        raise PlenumError(f"{name}:{element.sourceline}: role=\"{role}\" names no severity plenum knows; use "
                          f"one of {', '.join(SEVERITIES)}")
    return SEVERITIES[role.strip().lower()]


def _allowed(element: etree._Element, name: str) -> None:
    """Refuse an attribute of a Schematron element that plenum's compiler would not honour."""
    local = etree.QName(element).localname
    for attribute in element.attrib:
        if attribute in _DOCUMENTING or attribute in _ATTRIBUTES.get(local, set()):
            continue
        why = _WHY.get(attribute, "plenum's Schematron compiler does not support it")
        raise PlenumError(f"{name}:{element.sourceline}: <{local} {attribute}=…> is not supported: {why} "
                          f"(see src/plenum/schematron.py)")


def compile_schema(schema: etree._ElementTree, name: str) -> str:
    """The XSLT 3.0 stylesheet (as text) that reports every finding of `schema`, one per line."""
    root = schema.getroot()
    if root.tag != _S + "schema" or root.get("queryBinding") not in ("xslt3", "xslt2"):
        raise PlenumError(f"{name}: not an ISO Schematron schema with query binding xslt3")
    checks(schema, name)
    namespaces = {ns.get("prefix"): ns.get("uri") for ns in root.iterfind(_S + "ns")}
    stylesheet = etree.Element(_X + "stylesheet", {"version": "3.0", "exclude-result-prefixes": "#all"},
                               nsmap={"xsl": XSL, **namespaces})
    etree.SubElement(stylesheet, _X + "output", {"method": "text"})
    patterns = []
    for child in root:
        if not isinstance(child.tag, str) or child.tag in (_S + "ns", _S + "title", _S + "p"):
            continue
        if child.tag == _S + "let":
            etree.SubElement(stylesheet, _X + "param", {"name": child.get("name"), "select": child.get("value")})
        elif child.tag in (_X + "key", _X + "function"):
            stylesheet.append(_copy(child))
        elif child.tag == _S + "pattern":
            patterns.append(child)
        else:
            _refuse(child, name)
    start = etree.SubElement(stylesheet, _X + "template", {"match": "/"})
    for number, pattern in enumerate(patterns):
        mode = f"pattern-{number}"
        # Every node handed to the mode at once, rather than a walk down the tree per pattern (a quarter
        # faster): the same nodes in the same order, so the same findings in the same order. Only the
        # elements when every rule's context matches elements only: text nodes, a document's most
        # numerous, would each be looked at in vain (a sixth of the rules' time).
        etree.SubElement(stylesheet, _X + "mode", {"name": mode, "on-no-match": "deep-skip"})
        nodes = "*" if all(_elements_only(rule.get("context") or "") for rule in pattern) else "node()"
        etree.SubElement(start, _X + "apply-templates", {"select": f"descendant-or-self::{nodes}", "mode": mode})
        _pattern(stylesheet, pattern, mode, name)
    return etree.tostring(stylesheet, encoding="unicode")


def _elements_only(context: str) -> bool:
    """Whether a rule context surely matches elements only: each of its alternatives ends in a step that
    is a name test (tei:p, *, tei:*) with predicates at most. Unsure (text(), node(), parentheses): False."""
    steps = without_predicates(context)
    return "[" not in steps and all(_ELEMENT_STEP.fullmatch(alternative.rsplit("/", 1)[-1])
                                    for alternative in steps.split("|"))


def _pattern(stylesheet: etree._Element, pattern: etree._Element, mode: str, name: str) -> None:
    """One template per rule, earlier rules first."""
    rules = [rule for rule in pattern if isinstance(rule.tag, str)]
    for rank, rule in enumerate(rules):
        if rule.tag != _S + "rule" or not rule.get("context") or rule.get("context").lstrip().startswith("@"):
            _refuse(rule, name)
        template = etree.SubElement(stylesheet, _X + "template",
                                    {"match": rule.get("context"), "mode": mode, "priority": str(len(rules) - rank)})
        for check in rule:
            if not isinstance(check.tag, str):
                continue
            if check.tag == _S + "let":
                etree.SubElement(template, _X + "variable", {"name": check.get("name"), "select": check.get("value")})
            elif check.tag in (_S + "assert", _S + "report"):
                _check(template, check, name)
            else:
                _refuse(check, name)


def _check(template: etree._Element, check: etree._Element, name: str) -> None:
    """An assert (reported when its test is false) or a report (when true), as one line of output."""
    test = check.get("test")       # present: checks() refuses an assert or report without one
    condition = f"not({test})" if check.tag == _S + "assert" else test
    found = etree.SubElement(template, _X + "if", {"test": condition})
    message = etree.SubElement(found, _X + "variable", {"name": "message", "as": "xs:string*"},
                               nsmap={"xs": "http://www.w3.org/2001/XMLSchema"})
    _message(message, check, name)
    etree.SubElement(found, _X + "value-of", {
        "select": f"'{check.get('id')}', string({_POSITION}), normalize-space(string-join($message))",
        "separator": "\t"})
    etree.SubElement(found, _X + "text").text = "\n"


def _message(target: etree._Element, check: etree._Element, name: str) -> None:
    """The message of an assert or report: its text, with value-of and name evaluated."""
    if check.text:
        etree.SubElement(target, _X + "sequence", {"select": _string(check.text)})
    for part in check:
        if part.tag == _S + "value-of":
            etree.SubElement(target, _X + "sequence", {"select": f"string-join(({part.get('select')}) ! string(), ' ')"})
        elif part.tag == _S + "name":
            etree.SubElement(target, _X + "sequence", {"select": f"name({part.get('path') or '.'})"})
        elif isinstance(part.tag, str):
            _refuse(part, name)
        if part.tail:
            etree.SubElement(target, _X + "sequence", {"select": _string(part.tail)})


def _string(text: str) -> str:
    """An XPath string literal of `text`."""
    return "'" + text.replace("'", "''") + "'"


def _copy(element: etree._Element) -> etree._Element:
    """An XSLT declaration of the schema, as it is."""
    copy = etree.fromstring(etree.tostring(element))
    copy.tail = None
    return copy


def _refuse(element: etree._Element, name: str) -> None:
    raise PlenumError(f"{name}:{element.sourceline}: <{etree.QName(element).localname}> is not supported by "
                      f"plenum's Schematron compiler (see src/plenum/schematron.py)")

"""Schematron findings as SVRL (Schematron Validation Report Language), for oXygen, XSpec and other
tools that read it: one report per checked file, `plenum validate --svrl DIR`.

Each report lists the schema's patterns (active-pattern) and each finding as failed-assert or
successful-report with its id, test, role, flag, the XPath of the element it is about (location) and
its message (text).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from . import tei
from .errors import InputError
from .fileio import write_atomic
from .validate import Rules

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
KIND = {"assert": "failed-assert", "report": "successful-report"}


def write_reports(files: list[Path], out_dir: Path) -> list[Path]:
    """Write the SVRL report of each readable TEI file into out_dir (as <name>.svrl); the reports written."""
    rules = Rules()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for path in files:
        try:
            tree = tei.parse_file(path)
        except InputError:
            continue                     # reported by the validation itself
        target = out_dir / f"{Path(path).stem}.svrl"
        write_atomic(target, report(rules, tree, str(path)))
        written.append(target)
    return written


def report(rules: Rules, tree: etree._ElementTree, name: str) -> bytes:
    """The SVRL report of one document."""
    S = f"{{{SVRL_NS}}}"
    root = etree.Element(S + "schematron-output", {"title": rules.schema.name}, nsmap={"svrl": SVRL_NS})
    etree.SubElement(root, S + "ns-prefix-in-attribute-values", {"prefix": "tei", "uri": tei.TEI_NS})
    findings = rules.located(tree, name)
    for pattern in rules.patterns():
        etree.SubElement(root, S + "active-pattern", {"id": pattern, "document": Path(name).resolve().as_uri()})
        for check, element, message in findings:
            if check.pattern != pattern:
                continue
            attributes = {"id": check.id, "test": check.test, "location": location(element)}
            attributes.update({key: value for key, value in (("role", check.role), ("flag", check.flag)) if value})
            etree.SubElement(etree.SubElement(root, S + KIND[check.kind], attributes), S + "text").text = message
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)


def location(element: etree._Element) -> str:
    """The XPath of an element, each step with its prefix (tei: for TEI) and position among its kind."""
    steps = []
    for node in [element, *element.iterancestors()]:
        qname = etree.QName(node)
        name = f"tei:{qname.localname}" if qname.namespace == tei.TEI_NS else f"*[local-name()='{qname.localname}']"
        position = 1 + sum(1 for sibling in node.itersiblings(preceding=True) if sibling.tag == node.tag)
        steps.append(f"{name}[{position}]")
    return "/" + "/".join(reversed(steps))

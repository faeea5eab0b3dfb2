"""The limits every XML file plenum reads must keep: one set, the strictest of the engines it uses.

Measured on the engines themselves (tests/test_limits.py probes Saxon): Saxon's XML parser (the
JDK's, in saxonche 13) refuses elements nested more than 100 deep, more than 200 attributes on one
element (namespace declarations count), and names, prefixes and namespace URIs longer than 1,000
characters; lxml (libxml2, without huge_tree) refuses nesting beyond 256 and a text, attribute
value, comment or processing instruction over 10,000,000 bytes; xmlschema is handed lxml's tree and
adds none. plenum checks the set right after its own parse (tei.parse_bytes), so that a file over
a limit is refused with its name, line and the limit before any engine sees it.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from lxml import etree

from .errors import InputError

MAX_DEPTH = 100             # levels of nested elements (Saxon)
MAX_ATTRIBUTES = 200        # attributes and namespace declarations on one element (Saxon)
MAX_NAME = 1000             # characters of a name, a prefix or a namespace URI (Saxon)
MAX_TEXT = 10_000_000       # bytes of one text, attribute value, comment or processing instruction (lxml)

SAXON = "the limit of Saxon's XML parser"

# A namespace declaration as written in a start tag (or in text: the screening may over-count).
_DECLARATION = re.compile(rb"xmlns(?::([^\s=]*))?\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def depth_error(name: Path | str, line: int | None, column: int | None = None) -> InputError:
    """The refusal of a file whose elements are nested too deep."""
    return InputError(name, f"elements are nested more than {MAX_DEPTH} levels deep; plenum reads at most "
                            f"{MAX_DEPTH} levels ({SAXON})", line, column)


def name_error(name: Path | str, found: str, line: int | None, column: int | None = None) -> InputError:
    """The refusal of a file with an overlong name, prefix or namespace URI (`found` says which)."""
    return InputError(name, f"{found}; plenum reads names, prefixes and namespace URIs of at most "
                            f"{MAX_NAME:,} characters ({SAXON})", line, column)


def _too_long(name: Path | str, value: str, line: int | None) -> InputError:
    """The refusal of one overlong name, prefix or namespace URI, shown by its start."""
    return name_error(name, f"a name or namespace URI of {len(value):,} characters ({value[:30]}…)", line)


def text_error(name: Path | str, line: int | None, column: int | None = None) -> InputError:
    """The refusal of a file with an overlong text, attribute value, comment or processing instruction."""
    return InputError(name, f"a text, attribute value, comment or processing instruction of more than "
                            f"{MAX_TEXT:,} bytes; plenum reads at most {MAX_TEXT:,} (the limit of lxml's "
                            f"XML parser)", line, column)


def check(tree: etree._ElementTree, data: bytes, name: Path | str) -> None:
    """Refuse a parsed file (InputError) that goes beyond a limit: nesting, attributes or names."""
    deepest = tree.xpath("(" + "/*" * (MAX_DEPTH + 1) + ")[1]")
    if deepest:
        raise depth_error(name, deepest[0].sourceline)
    declarations = [(match.group(1) or b"", match.group(2) or match.group(3) or b"")
                    for match in _DECLARATION.finditer(data)]
    crowded = _check_names(tree, name, MAX_ATTRIBUTES - len(declarations))
    if crowded or any(len(prefix) > MAX_NAME or len(uri) > MAX_NAME for prefix, uri in declarations):
        _check_declarations(data, name)


def _check_names(tree: etree._ElementTree, name: Path | str, crowded: int) -> bool:
    """Refuse overlong element and attribute names (local names and their namespaces) and PI targets;
    whether an element has more than `crowded` attributes (one pass over the elements serves both).
    Prefixes are checked with the declarations that bind them."""
    found = False
    for element in tree.getroot().iter(etree.Element):
        attributes = element.keys()     # a list: five times faster than the attrib proxy in a large file
        found = found or len(attributes) > crowded
        for qualified in (element.tag, *attributes):
            if len(qualified) > MAX_NAME:
                uri, _, local = qualified[1:].rpartition("}") if qualified.startswith("{") else ("", "", qualified)
                if len(local) > MAX_NAME or len(uri) > MAX_NAME:
                    raise _too_long(name, max(local, uri, key=len), element.sourceline)
    instructions = [*tree.getroot().itersiblings(etree.PI, preceding=True), *tree.getroot().iter(etree.PI)]
    for instruction in instructions:
        if len(instruction.target) > MAX_NAME:
            raise _too_long(name, instruction.target, instruction.sourceline)
    return found


def _check_declarations(data: bytes, name: Path | str) -> None:
    """Refuse an element with too many attributes and namespace declarations, or a declaration whose
    prefix or URI is too long: read exactly, from the parser's events (only when screening found a
    candidate, as it costs a second parse)."""
    pending: list[tuple[str, str]] = []
    events = etree.iterparse(io.BytesIO(data), events=("start-ns", "start", "end"), resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False)
    for event, item in events:
        if event == "start-ns":
            pending.append(item)
        elif event == "start":
            for prefix, uri in pending:
                if len(prefix) > MAX_NAME or len(uri) > MAX_NAME:
                    raise _too_long(name, max(prefix, uri, key=len), item.sourceline)
            if len(item.attrib) + len(pending) > MAX_ATTRIBUTES:
                raise InputError(name, f"<{etree.QName(item).localname}> has {len(item.attrib) + len(pending)} "
                                       f"attributes (namespace declarations included); plenum reads at most "
                                       f"{MAX_ATTRIBUTES} on one element ({SAXON})", item.sourceline)
            pending = []
        else:
            item.clear(keep_tail=True)

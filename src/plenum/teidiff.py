"""Encoding differences between two TEI files: elements added, removed or changed, formatting ignored.

Elements are aligned child by child: those with an ``xml:id`` by their id, the others by name,
attributes and text (difflib), unmatched neighbours of the same name by position. Formatting does not
count: attribute order and quoting, indentation, whitespace (words are compared), character references,
comments and processing instructions. An element is changed when its attributes or its own text
(outside its children) differ; a changed child is reported at the child, a new or removed element once
with its whole text.

Each difference is one line, however hostile the files: long values and words are cut
(``… (N characters)``), long start tags and lists of changed attributes end in how many more there
are, and control and bidirectional characters are shown as markers (``⟨U+202E⟩``, see visible.py).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import tei
from .visible import one_line
from .source import parse_pointer
from .tei import XML_ID

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
_SHOWN = 12  # words of text shown around a difference
_LONGEST = 80  # characters of a value or word shown
_TAG = 200  # characters of a start tag shown (attributes beyond are counted)
_ATTRIBUTES = 10  # changed attributes described (the others are counted)


@dataclass(frozen=True)
class Difference:
    """One element added, removed or changed, where it is (file, line, anchor, source lines) and how."""

    kind: str
    path: str
    line: int
    element: str
    anchor: str
    source: str
    detail: str

    def __str__(self) -> str:
        where = f" in #{self.anchor}" if self.anchor else ""
        if self.source:
            where += f", source line{'s' if '-' in self.source else ''} {self.source}"
        return one_line(f"{self.path}:{self.line}: {self.kind} {self.element}{where}: {self.detail}")


def compare(old: Path | str, new: Path | str) -> list[Difference]:
    """The encoding differences from TEI file `old` to TEI file `new`, in document order."""
    return differences(tei.parse_file(old).getroot(), tei.parse_file(new).getroot(), str(old), str(new))


def differences(before: etree._Element, after: etree._Element, old_path: str, new_path: str) -> list[Difference]:
    """The encoding differences from the tree `before` (read from old_path) to `after` (from new_path)."""
    found: list[Difference] = []
    if before.tag == after.tag:
        _pair(before, after, old_path, new_path, found)
    else:
        found += [_whole(REMOVED, before, old_path), _whole(ADDED, after, new_path)]
    return found


def summary(differences: list[Difference]) -> str:
    """'no encoding differences', or how many elements were added, removed and changed."""
    if not differences:
        return "no encoding differences"
    counts = {kind: sum(d.kind == kind for d in differences) for kind in (ADDED, REMOVED, CHANGED)}
    return f"{len(differences)} differences: " + ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)


def _pair(old: etree._Element, new: etree._Element, old_path: str, new_path: str,
          found: list[Difference]) -> None:
    """Compare two aligned elements and, recursively, their children."""
    details = _attribute_changes(old, new)
    if _words(old, own=True) != _words(new, own=True) and _words(old) != _words(new):
        details.append("text " + _changed_text(_words(old), _words(new)))
    if details:
        found.append(_difference(CHANGED, new, new_path, "; ".join(details)))
    before, after = _children(old), _children(new)
    matcher = difflib.SequenceMatcher(None, [_signature(e) for e in before], [_signature(e) for e in after],
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for a, b in zip(before[i1:i2], after[j1:j2]):
                _pair(a, b, old_path, new_path, found)
            continue
        # Unmatched neighbours of the same name (and id) are the same element, changed.
        added, paired, position = after[j1:j2], set(), 0
        for a in before[i1:i2]:
            twin = next((k for k in range(position, len(added))
                         if added[k].tag == a.tag and added[k].get(XML_ID) == a.get(XML_ID)), None)
            if twin is None:
                found.append(_whole(REMOVED, a, old_path))
                continue
            paired.add(twin)
            position = twin + 1
            _pair(a, added[twin], old_path, new_path, found)
        found += [_whole(ADDED, b, new_path) for k, b in enumerate(added) if k not in paired]


def _children(element: etree._Element) -> list[etree._Element]:
    return [child for child in element if isinstance(child.tag, str)]


def _signature(element: etree._Element) -> tuple:
    """What aligns an element with its counterpart: its id, or its name, attributes and text."""
    if element.get(XML_ID):
        return element.tag, element.get(XML_ID)
    return element.tag, tuple(sorted(attributes(element))), tuple(_words(element))


def _words(element: etree._Element, own: bool = False) -> list[str]:
    """The words of an element's text (own: outside its child elements); tags separate words."""
    return " ".join(element.xpath("text()" if own else ".//text()")).split()


def _attribute_changes(old: etree._Element, new: etree._Element) -> list[str]:
    """How the attributes differ, the first _ATTRIBUTES described, the rest counted."""
    before_all, after_all = dict(attributes(old)), dict(attributes(new))
    changed = sorted((name for name in before_all.keys() | after_all.keys()
                      if before_all.get(name) != after_all.get(name)), key=_name)
    changes = []
    for name in changed[:_ATTRIBUTES]:
        before, after = before_all.get(name), after_all.get(name)
        if before is None:
            changes.append(f"@{_name(name)} '{clip(after)}' added")
        elif after is None:
            changes.append(f"@{_name(name)} '{clip(before)}' removed")
        else:
            changes.append(f"@{_name(name)} '{clip(before)}' → '{clip(after)}'")
    if len(changed) > _ATTRIBUTES:
        changes.append(f"and {len(changed) - _ATTRIBUTES} more attributes changed")
    return changes


def attributes(element: etree._Element) -> list[tuple[str, str]]:
    """(Clark name, value) of each attribute, in document order. Read through XPath: lxml's
    attrib.items() looks each value up again by name, which is quadratic in the attributes."""
    return [(value.attrname, str(value)) for value in element.xpath("@*")]


def clip(text: str, longest: int = _LONGEST) -> str:
    """`text`, or its first `longest` characters and how long it is."""
    return text if len(text) <= longest else f"{text[:longest]}… ({len(text)} characters)"


def _changed_text(old: list[str], new: list[str]) -> str:
    """'…before…' → '…after…': the words that differ, with a little context on either side."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    context = 3

    def shown(words: list[str]) -> str:
        first, last = max(0, start - context), len(words) - max(0, end - context)
        middle = words[first:last]
        if len(middle) > _SHOWN + 2 * context:
            middle = middle[:_SHOWN + context] + ["…"]
        return ("…" if first else "") + " ".join(map(clip, middle)) + ("…" if last < len(words) else "")
    return f"'{shown(old)}' → '{shown(new)}'"


def _whole(kind: str, element: etree._Element, path: str) -> Difference:
    words = _words(element)
    text = " ".join(map(clip, words[:_SHOWN])) + (" …" if len(words) > _SHOWN else "")
    return _difference(kind, element, path, f"'{text}'" if words else "(no text)")


def _difference(kind: str, element: etree._Element, path: str, detail: str) -> Difference:
    anchor = next((e.get(XML_ID) for e in element.iterancestors() if e.get(XML_ID)), "")
    pointer = next((parse_pointer(e.get("source", "")) for e in _self_and_ancestors(element)
                    if parse_pointer(e.get("source", ""))), None)
    source = "" if pointer is None else (f"{pointer[0]}" if pointer[0] == pointer[1] else f"{pointer[0]}-{pointer[1]}")
    return Difference(kind, path, element.sourceline or 0, _start_tag(element), anchor, source, detail)


def _self_and_ancestors(element: etree._Element):
    yield element
    yield from element.iterancestors()


def _start_tag(element: etree._Element) -> str:
    """The element's start tag, attributes in document order, as a reviewer would write it (long
    values cut; after _TAG characters, the attributes left are counted)."""
    tag, items = f"<{_name(element.tag)}", attributes(element)
    for shown, (name, value) in enumerate(items):
        if len(tag) > _TAG:
            return f"{tag} … ({len(items) - shown} more attributes)>"
        tag += f' {_name(name)}="{clip(value)}"'
    return tag + ">"


def _name(clark: str) -> str:
    """A Clark name as written in TEI: no prefix for TEI, xml: and xi: for theirs, {uri} otherwise."""
    qname = etree.QName(clark)
    prefix = {tei.TEI_NS: "", None: "", tei.XML_NS: "xml:", tei.XI_NS: "xi:"}.get(qname.namespace)
    return (prefix if prefix is not None else f"{{{qname.namespace}}}") + qname.localname

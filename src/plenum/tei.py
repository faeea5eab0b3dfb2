"""The TEI tree, plenum's one document model: namespaces, builders, safe parsing, serialisation."""

from __future__ import annotations

import os
import re
from pathlib import Path

from lxml import etree
from lxml.builder import ElementMaker

from . import conventions, limits
from .errors import InputError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XI_NS = "http://www.w3.org/2001/XInclude"
NS = {"tei": TEI_NS, "xi": XI_NS}

XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})

# Largest XML file plenum parses; above it, a clear refusal instead of a long wait or memory blow-up.
MAX_XML_BYTES = int(os.environ.get("PLENUM_MAX_XML_BYTES", 100 * 1024 * 1024))

# TEI elements whose content is element-only and that are blocks (conventions table): the only ones
# the pretty-printer indents inside. Everything else may hold mixed content, where added whitespace
# would change the text (a choice is element-only but inline: its whitespace would join words).
STRUCTURAL = conventions.names("content", "element-only") & conventions.names("flow", "block")


def q(tag: str) -> str:
    """The Clark name of a TEI element: ``q("p") == "{http://www.tei-c.org/ns/1.0}p"``."""
    return f"{{{TEI_NS}}}{tag}"


def local(element: etree._Element) -> str:
    """The local name of an element (TEI or not); '' for comments and processing instructions."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def new_element(tag: str, attrs: dict[str, str], text: str) -> etree._Element:
    """A TEI element with attributes and text, as `E` makes it, made directly: E's builder takes
    twice as long, which counts where transforms make hundreds (persName)."""
    element = etree.Element(q(tag), attrs, _DEFAULT_NS)
    element.text = text
    return element


_DEFAULT_NS = {None: TEI_NS}


def sub(parent: etree._Element, tag: str, text: str | None = None,
        attrs: dict[str, str] | None = None) -> etree._Element:
    """Append a TEI child with optional text and attributes; return it."""
    child = etree.SubElement(parent, q(tag), attrs or {})
    if text:
        child.text = text
    return child


def append_text(parent: etree._Element, text: str) -> None:
    """Append text at the end of `parent`'s content (its text, or the tail of its last child)."""
    if not text:
        return
    last = last_child(parent)
    if last is not None:
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def drop_last(parent: etree._Element, char: str) -> bool:
    """Take `char` from the end of the text `parent` ends with, where it was just written there."""
    last = last_child(parent)
    if not ((last.tail if last is not None else parent.text) or "").endswith(char):
        return False
    if last is not None:
        last.tail = last.tail[:-1]
    else:
        parent.text = parent.text[:-1]
    return True


def inside(element: etree._Element, tag: str) -> bool:
    """Whether `element` is a TEI `tag` or stands in one."""
    return any(ancestor.tag == q(tag) for ancestor in (element, *element.iterancestors()))


def last_child(parent: etree._Element) -> etree._Element | None:
    """The last child node of `parent`, or None; found from the end (len() counts every child)."""
    return next(parent.iterchildren(reversed=True), None)


def append(parent: etree._Element, *items: etree._Element | str) -> etree._Element:
    """Append elements and strings, in order, as mixed content of `parent`; return `parent`."""
    for item in items:
        if isinstance(item, str):
            append_text(parent, item)
        else:
            parent.append(item)
    return parent


# --- plenum's own responsibility ---------------------------------------------------------------

PLENUM = "plenum"


def plenum_resp_stmt(doc_id: str) -> etree._Element:
    """plenum's respStmt for a document; its id carries the document's, so ids stay unique in a corpus."""
    return E.respStmt({XML_ID: f"{doc_id}-{PLENUM}"}, E.resp("Converted to TEI and encoded by"), E.name(PLENUM))


def plenum_pointers(element: etree._Element) -> frozenset[str]:
    """The @resp values that name plenum in the TEI document holding `element`: '#id' of each respStmt
    of its titleStmt whose name is plenum."""
    document = next((e for e in (element, *element.iterancestors()) if local(e) == "TEI"),
                    element.getroottree().getroot())
    return frozenset("#" + stmt.get(XML_ID) for stmt in document.iterfind("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:respStmt", NS)
                     if stmt.get(XML_ID) and (stmt.findtext(q("name")) or "").strip() == PLENUM)


def plenum_pointer(element: etree._Element) -> str:
    """The @resp value by which the conversion signs what it adds to the document holding `element`."""
    pointers = plenum_pointers(element)
    if len(pointers) != 1:
        raise ValueError(f"the document declares {len(pointers)} respStmt elements named plenum, not one")
    return next(iter(pointers))


def by_plenum(element: etree._Element) -> bool:
    """Whether an element's @resp names plenum: something the conversion added, not the source."""
    resp = element.get("resp")
    return resp is not None and resp in plenum_pointers(element)


# --- parsing -----------------------------------------------------------------------------------

# libxml2's messages for the limits it enforces, and what plenum tells the reader instead.
_DEPTH = "Excessive depth in document"
_NAME = "Name too long"
_TEXT = ("Text node too long", "Buffer size limit exceeded", "Comment too big")
_AMPLIFICATION = "entity amplification"
_ENCODING = "Invalid bytes in character encoding"
_DECLARED = re.compile(rb"(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)")


def _parser() -> etree.XMLParser:
    """A parser for untrusted XML: no DTD loading, no network, no entity expansion, libxml2 limits on."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False)


def _too_big(name: Path | str, size: int) -> InputError:
    """The refusal of a file larger than MAX_XML_BYTES."""
    return InputError(name, f"file is {size / 2**20:.0f} MiB; plenum reads XML files of at most "
                            f"{MAX_XML_BYTES / 2**20:.0f} MiB (set PLENUM_MAX_XML_BYTES to change)")


def _syntax_error(data: bytes, name: Path | str, exc: etree.XMLSyntaxError) -> InputError:
    """A libxml2 parse error as a message a reader can act on, with its line and column."""
    line, column = exc.position if exc.position else (None, None)
    message = exc.msg.rsplit(", line ", 1)[0]
    if message.startswith(_DEPTH):
        return limits.depth_error(name, line, column)
    if message.startswith(_NAME):
        return limits.name_error(name, "a name of more than 50,000 characters", line, column)
    if any(text in message for text in _TEXT):
        return limits.text_error(name, line, column)
    if _AMPLIFICATION in message.lower():
        return InputError(name, "the DOCTYPE declares entities that expand enormously (an entity bomb); "
                                "plenum does not expand entities", line, column)
    if message.startswith(_ENCODING):
        declared = _DECLARED.match(data)
        if declared and declared.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
            return InputError(name, f"bytes that are not {declared.group(1).decode('ascii')} text, "
                                    f"the encoding its XML declaration names", line, column)
        return _not_utf8(data, name) or InputError(name, "not UTF-8 text", line, column)
    if not data.strip():
        return InputError(name, "the file is empty; a TEI file holds at least a root element", 1)
    return InputError(name, f"not well-formed XML: {message}", line, column)


def _not_utf8(data: bytes, name: Path | str) -> InputError | None:
    """Where UTF-8 input first breaks (line, column, bytes), or None when it is valid UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[data.rfind(b"\n", 0, exc.start) + 1:exc.start].decode("utf-8", "replace")) + 1
        shown = " ".join(f"0x{byte:02X}" for byte in data[exc.start:exc.end])
        return InputError(name, f"not UTF-8 text: byte {shown} cannot be read; save the file as UTF-8 "
                                f"(or declare its encoding in the XML declaration)", line, column)
    return None


def parse_bytes(data: bytes, name: Path | str) -> etree._ElementTree:
    """Parse XML from bytes safely, within plenum's limits (plenum.limits); errors name the file,
    line and column."""
    if len(data) > MAX_XML_BYTES:
        raise _too_big(name, len(data))
    try:
        tree = etree.fromstring(data, _parser(), base_url=str(name)).getroottree()
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(data, name, exc) from exc
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError(name, "the DOCTYPE declares entities; plenum does not expand entities "
                               "(protection against entity expansion and external entities)", 1)
    if tree.docinfo.system_url or tree.docinfo.public_id:
        raise InputError(name, "the DOCTYPE points to an external DTD; plenum does not load DTDs", 1)
    limits.check(tree, data, name)
    return tree


def read_file(path: Path | str) -> bytes:
    """The bytes of an XML file, refusing oversized files before reading them (and while reading)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_XML_BYTES:
            raise _too_big(path, size)
        with path.open("rb") as stream:
            data = stream.read(MAX_XML_BYTES + 1)
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > MAX_XML_BYTES:
        raise _too_big(path, len(data))
    return data


def parse_file(path: Path | str) -> etree._ElementTree:
    """Parse an XML file safely, refusing oversized files before reading them."""
    return parse_bytes(read_file(path), path)


# --- serialisation -----------------------------------------------------------------------------

def indent(element: etree._Element, level: int = 0, step: str = "  ") -> None:
    """Indent the children of structural elements whose own text is only whitespace."""
    if _structural(element.tag):
        _indent(element, level, step)


def _indent(element: etree._Element, level: int, step: str) -> None:
    """`indent` of a structural element: its children are read once, and only the structural ones
    are visited (a document has thousands of paragraphs and names, never indented inside)."""
    children = list(element)
    if not children or (element.text or "").strip() or any(child.tail and child.tail.strip() for child in children):
        return
    inner = "\n" + step * (level + 1)
    element.text = inner
    for child in children:
        child.tail = inner
        if _structural(child.tag):
            _indent(child, level + 1, step)
    children[-1].tail = "\n" + step * level


def _structural(tag: object) -> bool:
    """Whether elements with this tag (a comment's or instruction's too) are STRUCTURAL; looked up once per tag."""
    found = _STRUCTURAL_TAGS.get(tag)
    if found is None:
        found = _STRUCTURAL_TAGS[tag] = isinstance(tag, str) and tag.rpartition("}")[2] in STRUCTURAL
    return found


_STRUCTURAL_TAGS: dict[object, bool] = {}


def serialize(tree: etree._ElementTree | etree._Element,
              processing_instructions: tuple[tuple[str, str], ...] = ()) -> bytes:
    """UTF-8 bytes of a TEI document: XML declaration, processing instructions, indented tree.

    The same tree always gives the same bytes: nothing depends on time or environment.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    indent(root)
    prolog = '<?xml version="1.0" encoding="UTF-8"?>\n' + "".join(
        f"<?{target} {text}?>\n" for target, text in processing_instructions)
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return prolog.encode("utf-8") + body.rstrip(b"\n") + b"\n"

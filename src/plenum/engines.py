"""Saxon, set up in one place for every stylesheet plenum runs: rendering, the Schematron rules, the review.

An `Engine` is one Saxon processor in plenum's sandbox: no reflexive extension functions, no
xsl:result-document (refused when a stylesheet is compiled), and no access to any URI (doc(),
document(), unparsed-text(), collection(), json-doc(), entities) once the stylesheets of xslt/ it
runs are compiled. Documents reach Saxon only as text serialised from plenum's safe
parser, never as files. No other module of plenum imports saxonche.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmValue

from . import conventions
from .errors import InputError, PlenumError
from .paths import XSLT, resource

# The sandbox: Saxon configuration properties and their values.
NO_EXTENSIONS = ("http://saxon.sf.net/feature/allow-external-functions", "false")
NO_RESOURCES = ("http://saxon.sf.net/feature/allowedProtocols", "")
STYLESHEET_FILES = ("http://saxon.sf.net/feature/allowedProtocols", "file")   # until the engine is made
# The static parameter of xslt/lib/functions.xsl naming the element-only TEI elements (from the table).
ELEMENT_ONLY = "{https://plenum.invalid/ns}element-only"

# Saxon's parser (the JDK's) counts the characters that &amp; &lt; &gt; &quot; stand for, and refuses a
# document where they are more than 100,000; it does not count character references.
_PREDEFINED = re.compile(r"<!--.*?-->|<\?.*?\?>|&(amp|lt|gt|quot|apos);", re.S)
_ASIDE = re.compile(r"<!--|<\?")
_ESCAPED = re.compile(r"&(amp|lt|gt|quot|apos);")
_REFERENCES = {"amp": "&#38;", "lt": "&#60;", "gt": "&#62;", "quot": "&#34;", "apos": "&#39;"}


class Engine:
    """One Saxon processor kept to its inputs and outputs, with the stylesheets of xslt/ it was made with.

    The stylesheets are compiled when the engine is made, the only time its Saxon reads a file; then
    it is closed to every URI for good (Saxon cannot lift that setting). Stylesheets compiled and
    documents loaded by one engine work together (a document loaded for rendering is checked by the
    rules without a second parse). An engine keeps no global state: each worker process holds its own.
    """

    def __init__(self, stylesheets: tuple[str, ...] = ()) -> None:
        self._processor = PySaxonProcessor(license=False)
        self._processor.set_configuration_property(*NO_EXTENSIONS)
        self._processor.set_configuration_property(*STYLESHEET_FILES)
        self._compiler = self._processor.new_xslt30_processor()
        self._compiler.set_parameter(ELEMENT_ONLY, self._processor.make_string_value(
            " ".join(sorted(conventions.names("content", "element-only")))))
        self.stylesheets = {name: self._compile(name) for name in dict.fromkeys(stylesheets)}
        self._processor.set_configuration_property(*NO_RESOURCES)
        self._builder = self._processor.new_document_builder()

    def _compile(self, name: str):
        """The stylesheet xslt/`name`, compiled (with the files it includes)."""
        path = resource(XSLT, name)
        with failing_as(f"{path}: stylesheet does not compile"):
            return self._compiler.compile_stylesheet(stylesheet_file=str(path))

    def compile_text(self, text: str, failure: str):
        """A stylesheet plenum made (e.g. the Schematron rules), compiled with no access to any file;
        `failure` names it when it does not compile."""
        with failing_as(failure):
            return self._compiler.compile_stylesheet(stylesheet_text=text)

    def document(self, element: etree._Element, path: Path | str):
        """An element read by plenum's safe parser, as a Saxon document whose base URI is `path`'s.

        Saxon gets the element serialised (saxon_text), never the file nor its DOCTYPE, so what it
        reads is what plenum checked.
        """
        return self.parse(saxon_text(element), path)

    def parse(self, text: str, path: Path | str):
        """XML text (that plenum serialised or a stylesheet wrote) as a Saxon document of `path`."""
        self._builder.set_base_uri(Path(path).resolve().as_uri())
        try:
            return self._builder.parse_xml(xml_text=text, encoding="UTF-8")
        except PySaxonApiError as exc:
            raise InputError(path, f"Saxon cannot read it: {_one_line(exc)}") from exc

    def sequence(self, items) -> PyXdmValue:
        """Saxon items (documents, values) as one sequence, for a parameter."""
        sequence = PyXdmValue(self._processor)
        for item in items:
            sequence.add_xdm_item(item)
        return sequence

    def string(self, text: str):
        """A string, for a parameter."""
        return self._processor.make_string_value(text)

    def boolean(self, value: bool):
        """A boolean, for a parameter."""
        return self._processor.make_boolean_value(value)

    def empty(self):
        """The empty sequence, for a parameter."""
        return self._processor.empty_sequence()


def saxon_text(element: etree._Element) -> str:
    """An element serialised for Saxon's parser: escaped characters as character references (outside
    comments and processing instructions), so that no number of them makes Saxon refuse the document.
    Without comments and processing instructions (a document as plenum renders it), the references
    alone are looked for: a third of the time."""
    text = etree.tostring(element, encoding="unicode")
    if _ASIDE.search(text):
        return _PREDEFINED.sub(lambda match: _REFERENCES[match.group(1)] if match.group(1) else match.group(0), text)
    return _ESCAPED.sub(lambda match: _REFERENCES[match.group(1)], text)


@contextmanager
def failing_as(failure: str) -> Iterator[None]:
    """Saxon's errors inside as one PlenumError: `failure`, a colon, Saxon's message on one line."""
    try:
        yield
    except PySaxonApiError as exc:
        raise PlenumError(f"{failure}: {_one_line(exc)}") from exc


def _one_line(error: Exception) -> str:
    """Saxon's (often multi-line) message as one line."""
    return " ".join(str(error).split())

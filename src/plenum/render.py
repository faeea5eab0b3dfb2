"""The XSLT writers: TEI to HTML and plain text with XSLT 3.0 (saxonche), stylesheets compiled once."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmValue

from . import tei
from .textnodes import without_asides
from .errors import InputError, PlenumError
from .paths import XSLT, resource

# Output format -> (stylesheet, file suffix).
FORMATS = {"html": ("html.xsl", ".html"), "text": ("text.xsl", ".txt")}
# A document's summary (what the edition-wide pages need of it): the HTML stylesheet's mode summary
# (xslt/modes/summary.xsl), serialized as XML.
SUMMARY = {"!method": "xml", "!indent": "no", "!omit-xml-declaration": "yes", "!encoding": "UTF-8"}

# Saxon configuration that keeps stylesheets to their inputs and outputs: no reflexive extension
# functions, no xsl:result-document (refused at compile time), and, once the stylesheets are
# compiled, no access to any URI (doc(), document(), unparsed-text(), collection(), entities).
NO_EXTENSIONS = ("http://saxon.sf.net/feature/allow-external-functions", "false")
NO_RESOURCES = ("http://saxon.sf.net/feature/allowedProtocols", "")


class Renderer:
    """One Saxon processor and the compiled stylesheets, reused for every document of a run.

    A document page needs only its document, the personography and whether it is part of a site
    (edition()); the edition-wide pages (home page, person index, a dossier's member list) are
    made from the documents' summaries (summary()), so a page can be rendered anywhere and those
    pages once at the end. A Renderer keeps no global state: each worker process holds its own.
    """

    def __init__(self, formats: tuple[str, ...] = tuple(FORMATS)) -> None:
        self._processor = PySaxonProcessor(license=False)
        self._processor.set_configuration_property(*NO_EXTENSIONS)
        compiler = self._processor.new_xslt30_processor()
        self._executables = {}
        for name in dict.fromkeys(formats + ("html",)):
            stylesheet = resource(XSLT, FORMATS[name][0])
            try:
                self._executables[name] = compiler.compile_stylesheet(stylesheet_file=str(stylesheet))
            except PySaxonApiError as exc:
                raise PlenumError(f"{stylesheet}: stylesheet does not compile: {_one_line(exc)}") from exc
        self._processor.set_configuration_property(*NO_RESOURCES)
        self._summary = self._executables["html"].clone()
        self._summary.set_initial_mode("summary")
        for name, value in SUMMARY.items():
            self._summary.set_property(name, value)
        self._builder = self._processor.new_document_builder()
        self._parameters: dict = {}
        self.formats = formats

    @property
    def processor(self) -> PySaxonProcessor:
        """The Saxon processor, for the other Saxon engines of the process to share (e.g. validation)."""
        return self._processor

    def load(self, path: Path):
        """A TEI file for rendering: read by plenum's safe parser, handed to Saxon (load_tree)."""
        return self.load_tree(tei.parse_file(path), path)

    def load_tree(self, tree: etree._ElementTree, path: Path):
        """A TEI tree parsed by plenum's safe parser (tei.parse_file), as a Saxon document of `path`.

        Saxon gets the root element serialized, never the file nor its DOCTYPE, so what it renders
        is what plenum checked; the base URI is the file's (pages are named by its stem). Comments and
        processing instructions, editors' asides, are left out: no page shows them.
        """
        root = tree.getroot()
        if etree.QName(root).namespace != tei.TEI_NS:
            raise InputError(path, f"the root element <{etree.QName(root).localname}> is not in the TEI "
                                   f"namespace ({tei.TEI_NS}); plenum renders TEI only", root.sourceline)
        return self._parse(tei.saxon_text(without_asides(root)), path)

    def summary(self, node) -> str:
        """The summary of a loaded document: what the home page, the person index and a dossier's page need."""
        try:
            return self._summary.transform_to_string(xdm_node=node)
        except PySaxonApiError as exc:
            raise PlenumError(f"summarising failed: {_one_line(exc)}") from exc

    def load_summary(self, text: str, path: Path):
        """A summary made by summary(), as a Saxon document of its TEI file's `path`."""
        return self._parse(text, path)

    def edition(self, persons=None) -> None:
        """Render the pages that follow as pages of a site, with the personography `persons` (a loaded persons.xml)."""
        self._parameters = {"site": self._processor.make_boolean_value(True)}
        if persons is not None:
            self._parameters["persons"] = persons
        self._set_parameters(self._parameters)

    def render(self, node, fmt: str, summaries: list | None = None) -> str:
        """The document `node` in output format `fmt`; a teiCorpus lists its members from `summaries`
        (those of every document: it picks its own)."""
        corpus = summaries is not None and _is_corpus(node)
        if corpus:
            self._set_parameters({**self._parameters, "summaries": self._sequence(summaries)})
        try:
            return self._executables[fmt].transform_to_string(xdm_node=node)
        except PySaxonApiError as exc:
            raise PlenumError(f"rendering {fmt} failed: {_one_line(exc)}") from exc
        finally:
            if corpus:
                self._set_parameters(self._parameters)

    def index(self, summaries: list) -> str:
        """The home page listing the documents of these summaries."""
        return self._call("index", {**self._parameters, "summaries": self._sequence(summaries)})

    def persons(self, summaries: list) -> str:
        """The person index: everyone in the personography given to edition(), with their turns and
        mentions in the documents of these summaries."""
        return self._call("persons", {**self._parameters, "summaries": self._sequence(summaries)})

    def _parse(self, text: str, path: Path):
        """XML text as a Saxon document whose base URI is `path`'s."""
        self._builder.set_base_uri(Path(path).resolve().as_uri())
        try:
            return self._builder.parse_xml(xml_text=text, encoding="UTF-8")
        except PySaxonApiError as exc:
            raise InputError(path, f"cannot be read for rendering: {_one_line(exc)}") from exc

    def _sequence(self, nodes: list) -> PyXdmValue:
        """Saxon nodes as one sequence, for a parameter."""
        sequence = PyXdmValue(self._processor)
        for node in nodes:
            sequence.add_xdm_item(node)
        return sequence

    def _call(self, template: str, parameters: dict) -> str:
        """The output of a named template of the HTML stylesheet, with `parameters` for this call only."""
        self._set_parameters(parameters)
        try:
            return self._executables["html"].call_template_returning_string(template)
        except PySaxonApiError as exc:
            raise PlenumError(f"rendering the {template} page failed: {_one_line(exc)}") from exc
        finally:
            self._set_parameters(self._parameters)

    def _set_parameters(self, parameters: dict) -> None:
        """Set the stylesheets' global parameters to exactly `parameters`."""
        for executable in self._executables.values():
            executable.clear_parameters()
            for name, value in parameters.items():
                executable.set_parameter(name, value)

    @staticmethod
    def output_name(path: Path, fmt: str) -> str:
        """The file name of a document's rendering: its TEI stem and the format's suffix."""
        return Path(path).stem + FORMATS[fmt][1]


def _is_corpus(node) -> bool:
    """Whether a loaded document is a teiCorpus."""
    return any(child.node_kind_str == "element" and child.name == f"Q{{{tei.TEI_NS}}}teiCorpus"
               for child in node.children or ())


def _one_line(error: Exception) -> str:
    """Saxon's (often multi-line) message as one line."""
    return " ".join(str(error).split())

"""The XSLT writers: TEI to HTML and plain text with XSLT 3.0 (saxonche), stylesheets compiled once."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmValue

from . import tei
from .errors import InputError, PlenumError
from .paths import XSLT, resource

# Output format -> (stylesheet, file suffix).
FORMATS = {"html": ("html.xsl", ".html"), "text": ("text.xsl", ".txt")}

# Saxon configuration that keeps stylesheets to their inputs and outputs: no reflexive extension
# functions, no xsl:result-document (refused at compile time), and, once the stylesheets are
# compiled, no access to any URI (doc(), document(), unparsed-text(), collection(), entities).
NO_EXTENSIONS = ("http://saxon.sf.net/feature/allow-external-functions", "false")
NO_RESOURCES = ("http://saxon.sf.net/feature/allowedProtocols", "")


class Renderer:
    """One Saxon processor and the compiled stylesheets, reused for every document of a run."""

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
        self._builder = self._processor.new_document_builder()
        self._parameters: dict = {}
        self.formats = formats

    def load(self, path: Path):
        """A TEI file for rendering: read by plenum's safe parser, handed to Saxon as its root element.

        Saxon never opens the file nor sees its DOCTYPE, so what it renders is what plenum checked.
        """
        root = tei.parse_file(path).getroot()
        if etree.QName(root).namespace != tei.TEI_NS:
            raise InputError(path, f"the root element <{etree.QName(root).localname}> is not in the TEI "
                                   f"namespace ({tei.TEI_NS}); plenum renders TEI only", root.sourceline)
        self._builder.set_base_uri(Path(path).resolve().as_uri())
        try:
            return self._builder.parse_xml(xml_text=etree.tostring(root, encoding="unicode"), encoding="UTF-8")
        except PySaxonApiError as exc:
            raise InputError(path, f"cannot be read for rendering: {_one_line(exc)}") from exc

    def render(self, node, fmt: str) -> str:
        """The document `node` in output format `fmt`."""
        try:
            return self._executables[fmt].transform_to_string(xdm_node=node)
        except PySaxonApiError as exc:
            raise PlenumError(f"rendering {fmt} failed: {_one_line(exc)}") from exc

    def edition(self, nodes: list, persons=None) -> None:
        """Render the pages that follow as pages of a site: with every document and the personography."""
        documents = PyXdmValue(self._processor)
        for node in nodes:
            documents.add_xdm_item(node)
        self._parameters = {"documents": documents, "site": self._processor.make_boolean_value(True)}
        if persons is not None:
            self._parameters["persons"] = persons
        self._set_parameters(self._parameters)

    def index(self, nodes: list) -> str:
        """The home page listing the documents."""
        documents = PyXdmValue(self._processor)
        for node in nodes:
            documents.add_xdm_item(node)
        return self._call("index", {**self._parameters, "documents": documents})

    def persons(self) -> str:
        """The person index: everyone in the personography given to edition(), with their turns and mentions."""
        return self._call("persons", self._parameters)

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


def _one_line(error: Exception) -> str:
    """Saxon's (often multi-line) message as one line."""
    return " ".join(str(error).split())

"""The XSLT writers: TEI to HTML and plain text with XSLT 3.0 (Saxon, set up by plenum.engines),
stylesheets compiled once."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from . import tei
from .engines import Engine, failing_as
from .errors import InputError
from .siteconfig import UNTITLED
from .textnodes import without_asides

# Output format -> (stylesheet, file suffix): the page, the plain text, the citation as CSL-JSON.
FORMATS = {"html": ("html.xsl", ".html"), "text": ("text.xsl", ".txt"), "csl": ("csl.xsl", ".csl.json")}
# The templates of the HTML stylesheet that make the rows of the conventions table (xslt/lib/conventions.xsl)
# and the legend of signs (xslt/modes/html-legend.xsl), each once per renderer.
CONVENTIONS_TABLE = "{https://plenum.invalid/ns}conventions-table"
MAKE_LEGEND = "{https://plenum.invalid/ns}make-legend"
# A document's summary (what the edition-wide pages need of it): the HTML stylesheet's mode summary
# (xslt/modes/summary.xsl), serialized as XML.
SUMMARY = {"!method": "xml", "!indent": "no", "!omit-xml-declaration": "yes", "!encoding": "UTF-8"}


class Renderer:
    """The compiled stylesheets in one Saxon engine (plenum.engines), reused for every document of a run.

    A document page needs only its document, the personography and whether it is part of a site
    (edition()); the edition-wide pages (home page, person index, a dossier's member list) are
    made from the documents' summaries (summary()), so a page can be rendered anywhere and those
    pages once at the end. A Renderer keeps no global state: each worker process holds its own.
    """

    def __init__(self, formats: tuple[str, ...] = tuple(FORMATS)) -> None:
        names = dict.fromkeys(formats + ("html",))
        self.engine = Engine(tuple(FORMATS[name][0] for name in names))
        self._executables = {name: self.engine.stylesheets[FORMATS[name][0]] for name in names}
        self._summary = self._executables["html"].clone()
        self._summary.set_initial_mode("summary")
        for name, value in SUMMARY.items():
            self._summary.set_property(name, value)
        self._parameters: dict = {}
        self._base, self._title = "", self.engine.string(UNTITLED)
        self.formats = formats
        # What is the same on every page, made once: the rows of the conventions table (parameter
        # conventions of xslt/lib/conventions.xsl), then the legend of signs (xslt/modes/html-legend.xsl).
        self._shared: dict = {}
        for name, template in (("conventions", CONVENTIONS_TABLE), ("legend", MAKE_LEGEND)):
            with failing_as(f"making the {name} shared by the pages failed"):
                self._shared[name] = self._executables["html"].call_template_returning_value(template)
            self._set_parameters({})

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
        return self.engine.document(without_asides(root), path)

    def summary(self, node) -> str:
        """The summary of a loaded document: what the home page, the person index and a dossier's page need."""
        with failing_as("summarising failed"):
            return self._summary.transform_to_string(xdm_node=node)

    def load_summary(self, text: str, path: Path):
        """A summary made by summary(), as a Saxon document of its TEI file's `path`."""
        return self.engine.parse(text, path)

    def edition(self, persons=None, base: str | None = None, title: str | None = None) -> None:
        """Render the pages that follow as pages of a site, with the personography `persons` (a loaded
        persons.xml), published at `base` (plenum.siteconfig.base_url), the edition titled `title`
        (plenum.siteconfig.edition_title); None: the base or title given before."""
        self._base = self._base if base is None else base
        self._title = self._title if title is None else self.engine.string(title)
        self._parameters = {"site": self.engine.boolean(True), "base": self.engine.string(self._base)}
        if persons is not None:
            self._parameters["persons"] = persons
        self._set_parameters(self._parameters)

    def render(self, node, fmt: str, summaries: list | None = None) -> str:
        """The document `node` in output format `fmt`; a teiCorpus lists its members from `summaries`
        (those of every document: it picks its own)."""
        corpus = summaries is not None and _is_corpus(node)
        if corpus:
            self._set_parameters({**self._parameters, "summaries": self.engine.sequence(summaries)})
        try:
            with failing_as(f"rendering {fmt} failed"):
                return self._executables[fmt].transform_to_string(xdm_node=node)
        finally:
            if corpus:
                self._set_parameters(self._parameters)

    def index(self, summaries: list) -> str:
        """The home page listing the documents of these summaries."""
        return self._call("index", {**self._parameters, "summaries": self.engine.sequence(summaries)})

    def persons(self, occurrences: list, local: list = ()) -> str:
        """The person index: everyone in the personography given to edition(), with the counts of those
        the documents name (`occurrences`, each person's from occurrences()), and the persons of the
        documents from other editions in the summaries `local` (or their extracts, plenum.extracts)."""
        return self._call("persons", {**self._parameters, "summaries": self.engine.sequence(local),
                                      "occurrences": self.engine.sequence(occurrences)})

    def occurrences(self, person: str, summaries: list):
        """What the person index says of a person (their turns, names and documents), from the summaries
        of the documents that name them: an item for persons()."""
        return self._call("occurrences", self._person_page(person, summaries), value=True).head

    def person(self, person: str, summaries: list) -> str:
        """A person's page (in persons/ of the site): the documents of these summaries that name them."""
        return self._call("person", self._person_page(person, summaries))

    def _person_page(self, person: str, summaries: list) -> dict:
        """The parameters of a person's page and counts: the summaries, the person, the way up."""
        return {**self._parameters, "summaries": self.engine.sequence(summaries),
                "up": self.engine.string("../"), "person-page": self.engine.string(person)}

    def pagers(self, summaries: list) -> str:
        """Each listed document's previous and next document, a nav per line (plenum.search)."""
        return self._call("pagers", {**self._parameters, "summaries": self.engine.sequence(summaries)})

    def search_page(self) -> str:
        """The search page."""
        return self._call("search", self._parameters)

    def _call(self, template: str, parameters: dict, value: bool = False):
        """The output of a named template of the HTML stylesheet, with `parameters` for this call only:
        serialized, or as Saxon's `value`."""
        self._set_parameters(parameters)
        executable = self._executables["html"]
        try:
            with failing_as(f"rendering the {template} page failed"):
                if value:
                    return executable.call_template_returning_value(template)
                return executable.call_template_returning_string(template)
        finally:
            self._set_parameters(self._parameters)

    def _set_parameters(self, parameters: dict) -> None:
        """Set the stylesheets' global parameters to exactly `parameters`."""
        for executable in self._executables.values():
            executable.clear_parameters()
            for name, value in {**self._shared, "edition-title": self._title, **parameters}.items():
                executable.set_parameter(name, value)

    @staticmethod
    def output_name(path: Path, fmt: str) -> str:
        """The file name of a document's rendering: its TEI stem and the format's suffix."""
        return Path(path).stem + FORMATS[fmt][1]


def _is_corpus(node) -> bool:
    """Whether a loaded document is a teiCorpus."""
    return any(child.node_kind_str == "element" and child.name == f"Q{{{tei.TEI_NS}}}teiCorpus"
               for child in node.children or ())


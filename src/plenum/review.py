"""The encoding review: every editorial intervention of a TEI document beside the source lines it came from.

A document's interventions are found in document order (`KINDS`, from the conventions table, lists what counts). Each is shown with
the lines of its block (the nearest ``@source``), read from the source file the document's ``prefixDef``
names relative to the TEI file when that file lies in the edition's source folder (`edition`), its place
in them marked where it can be found (`sourcemarks`). The report is JSON data; its pages are written by
xslt/review.xsl.
"""

from __future__ import annotations

import copy
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from lxml import etree

from . import conventions, tei
from .edition import REVIEW_PAGES, Edition, reserved
from .errors import InputError, PlenumError
from .provenance import source_digest
from .source import Source, parse_pointer
from .sourcemarks import Line, MarkedBlock
from .tei import NS, XML_ID, local
from .textnodes import without_asides

FORMAT = "plenum-review/2"

# The kinds of intervention, in the order the report counts them, with what each is: the signs of the
# conventions table that have a review column (their keys are the kinds).
KINDS = {key: sign.review for key, sign in conventions.review_kinds().items()}
# The tags (in any namespace, as `kind` reads local names) of the elements a kind may be: only they are looked up.
_CANDIDATES = tuple(dict.fromkeys(f"{{*}}{sign.element}" for sign in conventions.review_kinds().values()))
BELOW_HIGH = frozenset({"medium", "low", "unknown"})
_NAMESPACES = re.compile(r' xmlns(?::\w+)?="[^"]*"')


def kind(element: etree._Element) -> str | None:
    """The kind of intervention an element records, or None (a lookup in the conventions table)."""
    sign = conventions.kinds_of([element]).get(element)
    return sign.key if sign else None


def uncertain(element: etree._Element, what: str) -> bool:
    """Whether the encoding records doubt: @cert below high, or a kind the table marks uncertain
    (unclear text, a note or fragment not in place)."""
    return element.get("cert") in BELOW_HIGH or conventions.review_kinds()[what].uncertain


@dataclass
class Intervention:
    """One editorial intervention: what it is, where it is, how it is encoded (and the choice it is part of),
    and its source lines."""

    n: int
    kind: str
    element: str
    anchor: str
    line: int
    encoded: str
    cert: str | None
    uncertain: bool
    pointer: str | None
    within: str | None = None
    lines: list[Line] = field(default_factory=list)

    def as_dict(self, edition: str) -> dict:
        return {
            "n": self.n, "kind": self.kind, "element": self.element, "id": self.anchor,
            "edition": edition + (f"#{quote(self.anchor)}" if self.anchor else ""), "line": self.line,
            "encoded": self.encoded, "within": self.within, "cert": self.cert, "uncertain": self.uncertain,
            "source": self.pointer, "found": any(line.mark for line in self.lines),
            "lines": [line.placed() for line in self.lines],
        }


@dataclass
class ReviewReport:
    """The review of one TEI document: its title, its source file, and its interventions."""

    path: Path
    title: str
    source: Path | None
    status: str  # ok, missing (cannot be read), changed (not the file converted), none (not declared)
    message: str
    interventions: list[Intervention]

    def counts(self) -> dict[str, int]:
        found = Counter(i.kind for i in self.interventions)
        return {name: found[name] for name in KINDS}

    def lines(self) -> dict[str, str]:
        """The source lines the interventions show, each once, by number (a block's lines are shown
        under each of its interventions: held once, the report is a fraction of the size)."""
        shown = {line.n: line.text for intervention in self.interventions for line in intervention.lines}
        return {str(n): shown[n] for n in sorted(shown)}

    def as_dict(self, out_dir: Path, site_dir: Path) -> dict:
        """The report as JSON data; links are relative to `out_dir`, where the report is written."""
        edition = _relative(site_dir / f"{self.path.stem}.html", out_dir)
        return {
            "format": FORMAT,
            "file": self.path.name,
            "title": self.title,
            "tei": _relative(self.path, out_dir),
            "edition": edition,
            "source": {"file": self.source.name if self.source else None,
                       "href": _relative(self.source, out_dir) if self.source else None,
                       "status": self.status, "message": self.message},
            "total": len(self.interventions),
            "uncertain": sum(i.uncertain for i in self.interventions),
            "counts": self.counts(),
            "kinds": [{"kind": name, "description": text} for name, text in KINDS.items()],
            "lines": self.lines(),
            "interventions": [i.as_dict(edition) for i in self.interventions],
        }


def review(path: Path | str, sources: tuple[Path, ...] = ()) -> ReviewReport:
    """The review of the TEI file at `path`, its source lines read from `sources` (by default the seeds/
    folder of its edition); InputError when it is not TEI that plenum can read."""
    path = Path(path)
    root = without_asides(tei.parse_file(path).getroot())
    if etree.QName(root).namespace != tei.TEI_NS:
        raise InputError(path, f"the root element <{local(root)}> is not in the TEI namespace ({tei.TEI_NS}); "
                               f"plenum reviews TEI only", root.sourceline)
    sources = _Sources(root, path, Edition.around(path, sources))
    blocks: dict[etree._Element, MarkedBlock] = {}
    pointers: dict[etree._Element, frozenset[str]] = {}
    found = []
    candidates = list(root.iter(*_CANDIDATES))
    signs = conventions.kinds_of(candidates)   # looked up together: a few XPath calls, not one per element
    for element in candidates:
        if element not in signs:
            continue
        what = signs[element].key
        chain = [element, *element.iterancestors()]
        block = next((e for e in chain if e.get("source") is not None and parse_pointer(e.get("source"))), None)
        lines = []
        if block is not None and sources.lines is not None:
            if block not in blocks:
                blocks[block] = MarkedBlock(block, sources.lines, _pointers(block, pointers))
            lines = blocks[block].lines(_mark(blocks[block], chain, what, pointers))
        # The anchor in the reading edition: the nearest identified element (the header has none).
        anchor = next((e.get(XML_ID) for e in chain if e.get(XML_ID) and e is not root), "")
        choice = next(element.iterancestors("{*}choice"), None)
        found.append(Intervention(
            n=len(found) + 1, kind=what, element=local(element), anchor=anchor, line=element.sourceline or 0,
            encoded=_encoded(element, what), cert=element.get("cert"), uncertain=uncertain(element, what),
            pointer=block.get("source") if block is not None else None,
            within=_encoded(choice, "choice") if choice is not None else None, lines=lines))
    return ReviewReport(path, _title(root, path), sources.path, sources.status, sources.message, found)


class _Sources:
    """The source file a TEI document's ``src:`` pointers resolve to (its prefixDef), read once if it
    lies in the edition's source folders."""

    def __init__(self, root: etree._Element, path: Path, edition: Edition) -> None:
        self.path: Path | None = None
        self.lines: list[str] | None = None
        self.status, self.message = "none", "the document declares no source file (prefixDef ident src)"
        prefix = root.find("tei:teiHeader/tei:encodingDesc/tei:listPrefixDef/tei:prefixDef[@ident='src']", NS)
        if prefix is None:
            return
        try:
            self.path = _source_path(prefix, path, edition)
            source = _read_source(self.path)
        except InputError as exc:
            self.status, self.message = "missing", str(exc)
            return
        self.lines = source.lines
        recorded = source_digest(root)
        if recorded and recorded != source.sha256:
            self.status = "changed"
            self.message = (f"{self.path.name} is not the file this document was converted from "
                            f"(SHA-256 differs); its lines may not match")
        else:
            self.status, self.message = "ok", ""


def _mark(block: MarkedBlock, chain: list[etree._Element], what: str,
          pointers: dict[etree._Element, frozenset[str]]) -> tuple[int, int] | None:
    """Where an intervention (`chain`: it, then its ancestors) is in its block's source lines: a turn by
    its speaker label; nothing of plenum's (tei.by_plenum, with `pointers` of each document read once)."""
    if any(e.get("resp") is not None and e.get("resp") in _pointers(e, pointers) for e in chain):
        return None
    element = chain[0]
    speaker = element.find("tei:speaker", NS) if what == "attribution" else None
    sign = conventions.review_kinds()[what]
    return block.mark(element if speaker is None else speaker, widen=sign.bracketed, joins=sign.joins)


def _pointers(element: etree._Element, known: dict[etree._Element, frozenset[str]]) -> frozenset[str]:
    """tei.plenum_pointers(element), read once per TEI document (a corpus has several) into `known`."""
    document = element if local(element) == "TEI" else next(element.iterancestors("{*}TEI"), None)
    if document is None:
        document = element.getroottree().getroot()
    if document not in known:
        known[document] = tei.plenum_pointers(document)
    return known[document]


def _encoded(element: etree._Element, what: str) -> str:
    """The intervention as encoded: its XML (a turn shortened to its start tag and speaker)."""
    if what == "attribution":
        shown = etree.Element(element.tag, dict(element.attrib), nsmap={None: tei.TEI_NS})
        speaker = element.find("tei:speaker", NS)
        if speaker is not None:
            shown.append(copy.deepcopy(speaker))
            shown[-1].tail = " … "
        element = shown
    xml = etree.tostring(element, encoding="unicode", with_tail=False)
    head, _, rest = xml.partition(">")
    return _NAMESPACES.sub("", head) + ">" + rest


def _title(root: etree._Element, path: Path) -> str:
    title = root.find("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title", NS)
    text = " ".join("".join(title.itertext()).split()) if title is not None else ""
    return text or path.stem


def _relative(target: Path, start: Path) -> str:
    """A link from folder `start` to `target`: a relative path, URL-encoded."""
    return quote(Path(os.path.relpath(Path(target).resolve(), Path(start).resolve())).as_posix())


def _source_path(prefix: etree._Element, path: Path, edition: Edition) -> Path:
    """The file a prefixDef's pointers lead to (its replacement without the fragment), relative to the TEI
    file; InputError unless it lies in one of the edition's source folders."""
    try:
        match = re.fullmatch(prefix.get("matchPattern", ""), "L1")
    except re.error:
        match = None
    expanded = "" if match is None else re.sub(
        r"\$(\d)", lambda m: (match.group(int(m.group(1))) or "") if int(m.group(1)) <= match.re.groups else "",
        prefix.get("replacementPattern", ""))
    target = urlsplit(expanded)
    if not target.path or target.scheme or target.netloc or target.path.startswith("/"):
        raise InputError(path, f"plenum reads a source file by a relative path only; prefixDef src gives "
                               f"'{expanded}'", prefix.sourceline)
    found = path.parent / unquote(target.path)
    edition.readable_source(found)
    return found


def _read_source(path: Path) -> Source:
    """A source file named by a TEI file: a regular file of bounded size, UTF-8 text."""
    if not path.is_file():
        raise InputError(path, "no such source file")
    if path.stat().st_size > tei.MAX_XML_BYTES:
        raise InputError(path, f"the source file is larger than {tei.MAX_XML_BYTES // 2**20} MiB; not read")
    return Source.read(path)


def check_names(paths: list[Path]) -> None:
    """Refuse documents whose review pages would overwrite each other or the overview's pages."""
    taken: dict[str, str] = {}
    for path in paths:
        if owner := taken.get(path.stem) or reserved(path.stem, REVIEW_PAGES):
            raise PlenumError(f"{path}: its review pages would overwrite {owner} (same file name); "
                              f"review it separately")
        taken[path.stem] = f"those of {path}"

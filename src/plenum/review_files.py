"""The encoding review's files, written from its data (plenum.review): a document's report and page,
and the overview of every document (index.json, index.html, uncertain.html), made a few documents at a
time. The pages are written by xslt/review.xsl; the JSON the same way every run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring as _quoted
from pathlib import Path
from urllib.parse import quote

from .engines import Engine, failing_as
from .fileio import write_atomic, writing
from .review import FORMAT, KINDS, ReviewReport

_LITERALS = {None: "null", True: "true", False: "false"}


class Pages:
    """The review's HTML pages, written by xslt/review.xsl (compiled once; Saxon kept to its inputs)."""

    def __init__(self) -> None:
        self._engine = Engine(("review.xsl",))
        self._executable = self._engine.stylesheets["review.xsl"]

    def page(self, template: str, report: str) -> bytes:
        """The page (or part) `template` of xslt/review.xsl of the review data `report` (JSON text, the
        text written beside the page where there is one: it is not encoded twice)."""
        self._executable.set_parameter("report", self._engine.string(report))
        try:
            with failing_as(f"writing the review page ({template}) failed"):
                return self._executable.call_template_returning_string(template).encode("utf-8")
        finally:
            self._executable.clear_parameters()


def write_report(report: ReviewReport, out_dir: Path, site_dir: Path, pages: Pages) -> dict:
    """Write a document's review into out_dir, <name>.json and .html; its data."""
    data = report.as_dict(out_dir, site_dir)
    text = _json(data, indent=True)
    write_atomic(out_dir / f"{report.path.stem}.json", text.encode("utf-8"))
    write_atomic(out_dir / f"{report.path.stem}.html", pages.page("document", text))
    return data


def listing(data: dict) -> dict:
    """What the overview needs of a document's review data: its entry, its uncertain interventions and
    the source lines they show."""
    doubtful = [i for i in data["interventions"] if i["uncertain"]]
    shown = {str(line["n"]) for i in doubtful for line in i["lines"]}
    return {**_entry(data), "lines": {n: text for n, text in data["lines"].items() if n in shown},
            "interventions": doubtful}


# The overview's files in the review folder.
OVERVIEW = ("index.json", "index.html", "uncertain.html")
# Where the documents go in a frame of the overview's pages (xslt/review.xsl), as Saxon writes the mark.
_DOCUMENTS = b"<?plenum-documents >"
# The review data the stylesheet is given in one call, in characters of JSON: the documents' rows and
# sections are made a batch at a time (a larger document alone), so that a page's making holds a batch.
BATCH = 2**16


def write_overview(listings: list[Path], out_dir: Path, pages: Pages) -> list[str]:
    """Write the overview of the documents' reviews (the files of their `listing`, in order) into out_dir:
    index.json and .html, the counts per kind and document, and uncertain.html; their names. Each file is
    written as it is made, its documents a batch at a time; of a document the overview holds its entry."""
    totals, entries, doubtful = _overview(listings)
    head = _json(totals)
    with writing(out_dir / "index.json") as stream:
        for text in _index(totals, entries):
            stream.write(text.encode("utf-8"))
    frame = pages.page("overview", head[:-1] + f', "listed": {len(entries)}}}')
    rows = (pages.page("overview-rows", head[:-1] + ', "documents": [' + ",".join(batch) + "]}")
            for batch in _batches(entries))
    _write_framed(out_dir / "index.html", frame, rows)
    sections = (pages.page("uncertain-documents", "[" + ",".join(batch) + "]")
                for batch in _batches(Path(part).read_text(encoding="utf-8") for part in doubtful))
    _write_framed(out_dir / "uncertain.html", pages.page("uncertain", head), sections)
    return list(OVERVIEW)


def _overview(listings: list[Path]) -> tuple[dict, list[str], list[Path]]:
    """The review of the whole edition, read a listing at a time: its totals and kinds; each document's
    entry (its counts and pages, as compact JSON); the listings of the documents with uncertain ones."""
    counts, total, uncertain, entries, doubtful = dict.fromkeys(KINDS, 0), 0, 0, [], []
    for part in listings:
        entry = json.loads(Path(part).read_bytes())
        del entry["interventions"], entry["lines"]
        total, uncertain = total + entry["total"], uncertain + entry["uncertain"]
        for name in KINDS:
            counts[name] += entry["counts"][name]
        entries.append(json.dumps(entry, ensure_ascii=False))
        if entry["uncertain"]:
            doubtful.append(part)
    totals = {"format": FORMAT, "total": total, "uncertain": uncertain, "counts": counts,
              "kinds": [{"kind": name, "description": text} for name, text in KINDS.items()]}
    return totals, entries, doubtful


def _index(totals: dict, entries: list[str]) -> Iterator[str]:
    """index.json in pieces: the totals, then each document's entry (`entries`, compact JSON)."""
    yield _json(totals, indent=True)[:-3] + ',\n  "documents": ' + ("[" if entries else "[]")
    for n, entry in enumerate(entries):
        yield ("," if n else "") + "\n    " + _indented(json.loads(entry), "\n    ")
    yield ("\n  ]" if entries else "") + "\n}\n"


def _batches(texts: Iterable[str]) -> Iterator[list[str]]:
    """The texts in runs of about BATCH characters, in order."""
    batch, size = [], 0
    for text in texts:
        batch.append(text)
        size += len(text)
        if size >= BATCH:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _write_framed(path: Path, frame: bytes, documents: Iterable[bytes]) -> None:
    """Write a page whose `frame` has the mark where the `documents` go, each written as it comes
    without the element around it (where its first element declares the namespace of all)."""
    before, after = frame.split(_DOCUMENTS)
    with writing(path) as stream:
        stream.write(before)
        for part in documents:
            stream.write(part[part.index(b">") + 1:part.rindex(b"</")])
        stream.write(after)


def _entry(data: dict) -> dict:
    """A document as the overview lists it."""
    stem = data["file"].removesuffix(".xml")
    return {"file": data["file"], "title": data["title"], "page": quote(f"{stem}.html"),
            "report": quote(f"{stem}.json"), "tei": data["tei"], "edition": data["edition"],
            "source": data["source"]["status"], "total": data["total"], "uncertain": data["uncertain"],
            "counts": data["counts"]}


def _json(data: dict, indent: bool = False) -> str:
    """Review data as JSON: UTF-8 text, keys in the order the report defines, the same bytes every run;
    `indent`: two spaces a level and a final newline."""
    return _indented(data, "\n") + "\n" if indent else json.dumps(data, ensure_ascii=False)


def _indented(value, pad: str) -> str:
    """`value` as json.dumps(value, ensure_ascii=False, indent=2) writes it, `pad` the line break and
    indent of its level: built by joining strings, several times faster than json's indenting encoder
    (the report's values are str, int, bool, None, lists and dicts with str keys; a string value of a
    dict is quoted in place, the most common case)."""
    kind = type(value)
    if kind is str:
        return _quoted(value)
    if kind is int:
        return int.__repr__(value)
    inner = pad + "  "
    if kind is dict and value:
        return "{" + inner + ("," + inner).join([
            _quoted(key if type(key) is str else json.dumps(key)) + ": "
            + (_quoted(item) if type(item) is str else _indented(item, inner))
            for key, item in value.items()]) + pad + "}"
    if kind in (list, tuple) and value:
        return "[" + inner + ("," + inner).join([_indented(item, inner) for item in value]) + pad + "]"
    if value is None or kind is bool:
        return _LITERALS[value]
    if kind in (list, tuple, dict):  # empty
        return "{}" if kind is dict else "[]"
    return json.dumps(value)

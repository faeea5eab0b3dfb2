"""What the tasks of a run return (plenum.tasks): plain data the worker processes send back to the
runner, which decides what to do with it and reports."""

from __future__ import annotations

from dataclasses import dataclass, field

from .validate import Problem


@dataclass
class Converted:
    """What a conversion wrote: per TEI file its outcome, and a note for the editor when one was kept."""

    source: str
    files: list[tuple[str, str]] = field(default_factory=list)   # (TEI file, outcome)
    notes: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)              # each document's xml:id
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage (plenum.timing)


@dataclass
class Checked:
    """What checking and rendering one TEI file gave."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)      # format -> file written in the site
    summary: str | None = None                               # what edition pages need of the document
    attested: dict | None = None                             # attestations.attest_tree of the document
    links: list[str] = field(default_factory=list)           # other files of its folder it points to
    corpus: bool = False                                     # a teiCorpus: its page needs the others' summaries
    error: str | None = None
    unreadable: bool = False                                 # the error is the file's: it cannot be read
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (plenum.timing)


@dataclass
class Validated:
    """What validating one file found; `error` when it cannot be read."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class Attested:
    """What giving persons.xml the documents' attestations did: whether its bytes changed."""

    path: str
    written: bool = False
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class EditionPages:
    """The edition-wide pages written (into the site, or the review's overview), and the dossiers that
    failed to render."""

    files: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    kept: str = ""  # what the record keeps for the next build (the search's previous-and-next navs)
    persons: dict[str, str] = field(default_factory=dict)  # each person page's key (plenum.person_pages)


@dataclass
class Reviewed:
    """What reviewing one TEI file gave: what the overview lists of it (as JSON, the order of its keys
    the order the overview's JSON shows) and its number of interventions, the source file whose lines
    it shows, a note when that file is missing or changed, the pages written in the review folder."""

    path: str
    listing: str | None = None
    total: int = 0
    source: str | None = None
    note: str | None = None
    pages: list[str] = field(default_factory=list)
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)

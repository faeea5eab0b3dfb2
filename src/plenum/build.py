"""The whole job: convert sources into tei/, validate the edition, render site/."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import pipeline, teidiff
from .errors import EXIT_INVALID, EXIT_OK, EXIT_USAGE, PlenumError
from .fileio import write_atomic
from .persons import FILE as PERSONS, attest
from .paths import XSLT, resource
from .render import Renderer
from .validate import Problem, validators

# A progress display: given the items and a label, a context manager yielding the items.
Progress = Callable[[Iterable, str], AbstractContextManager[Iterator]]

# The static files of the site, kept in xslt/assets/.
ASSETS = ("edition.css",)

# The folder inside tei/ holding TEI from other editions, accepted by `plenum import` and rendered with the rest.
IMPORTED = "imported"


@contextmanager
def quiet(items: Iterable, label: str) -> Iterator:
    """The default progress: none."""
    yield iter(items)


@dataclass
class Summary:
    """What a run did, for the one-line report and the exit code."""

    sources: int = 0
    unchanged: int = 0             # sources not converted again: nothing they depend on changed
    converted: int = 0
    changed: int = 0
    kept: int = 0
    forced: int = 0
    valid: int = 0
    invalid: int = 0
    unchanged_documents: int = 0   # TEI files not checked again: their findings come from the last build
    rendered: int = 0
    reviewed: int = 0
    interventions: int = 0
    imported: int = 0
    exported: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage, all processes
    started: float = field(default_factory=time.perf_counter)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_USAGE
        return EXIT_INVALID if self.invalid else EXIT_OK

    def line(self) -> str:
        seconds = time.perf_counter() - self.started
        parts = []
        if self.sources:
            changes = [f"{self.changed} changed"] + [f"{n} edited and {what}" for n, what in
                                                     ((self.kept, "kept"), (self.forced, "replaced")) if n]
            parts.append(f"{self.sources} sources: {self.converted} documents converted ({', '.join(changes)})"
                         + (f", {self.unchanged} sources unchanged" if self.unchanged else ""))
        if self.valid or self.invalid:
            parts.append(f"{self.valid} valid, {self.invalid} invalid"
                         + (f" ({self.unchanged_documents} unchanged, not checked again)"
                            if self.unchanged_documents else ""))
        if self.rendered:
            parts.append(f"{self.rendered} rendered")
        if self.reviewed:
            parts.append(f"{self.reviewed} documents reviewed ({self.interventions} interventions)")
        if self.imported:
            parts.append(f"{self.imported} imported")
        if self.exported:
            parts.append(f"{self.exported} files exported")
        if self.errors:
            parts.append(f"{len(self.errors)} errors")
        return ", ".join(parts or ["nothing to do"]) + f" in {seconds:.1f} s"


def source_files(paths: Iterable[Path]) -> list[Path]:
    """The source files named, directories expanded to their visible files, sorted."""
    found = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            found.append(path)
        else:
            raise PlenumError(f"{path}: no such file or directory")
    return found


def tei_files(paths: Iterable[Path]) -> list[Path]:
    """The TEI files named, directories expanded to their *.xml files (not the *.new.xml conversions
    kept beside edited files), sorted."""
    found = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted(p for p in path.glob("*.xml") if not p.name.endswith(pipeline.NEW))
        elif path.is_file():
            found.append(path)
        else:
            raise PlenumError(f"{path}: no such file or directory")
    return found


def convert(sources: list[Path], out_dir: Path, summary: Summary, progress: Progress = quiet,
            force: bool = False) -> list[Path]:
    """Convert each source into out_dir; a source that fails is reported and leaves no output.

    A file an editor changed is kept and reported, the conversion written beside it; `force` replaces it.
    """
    written = []
    summary.sources += len(sources)
    with progress(sources, "Converting") as bar:
        for path in bar:
            try:
                conv = pipeline.convert(path, out_dir)
            except PlenumError as exc:
                summary.errors.append(str(exc))
                continue
            for item in pipeline.write(conv, out_dir, force):
                written.append(item.path)
                summary.converted += 1
                summary.changed += item.changed
                if item.outcome == pipeline.KEPT:
                    summary.kept += 1
                    summary.notes.append(_kept(item))
                elif item.outcome == pipeline.REPLACED:
                    summary.forced += 1
                    summary.notes.append(f"{item.path}: an editor's changes replaced by the new conversion "
                                         f"(--force); they are gone unless committed")
    return written


def _kept(item: pipeline.Written) -> str:
    """The note on an edited file left as it is: where the conversion went and how it differs."""
    if item.beside is None:
        return (f"{item.path}: changed by an editor, kept; {item.path.stem}{pipeline.NEW} beside it was edited "
                f"too, so the new conversion was not written (--force replaces the file)")
    try:
        differences = teidiff.summary(teidiff.compare(item.beside, item.path))
    except PlenumError as exc:
        differences = f"it cannot be compared: {exc}"
    return (f"{item.path}: changed by an editor, kept; the new conversion is in {item.beside} "
            f"({differences}; see plenum diff {item.beside} {item.path}); --force replaces the file")


def validate(files: list[Path], summary: Summary, progress: Progress = quiet,
             schema: str = "project") -> list[Path]:
    """Validate each file against `schema` (project, tei_all or all); return the valid ones."""
    checks = validators(schema)
    valid = []
    with progress(files, "Validating") as bar:
        for path in bar:
            problems = sorted({problem for check in checks for problem in check.check(path)})
            summary.problems += problems
            if problems:
                summary.invalid += 1
            else:
                summary.valid += 1
                valid.append(path)
    return valid


def render(files: list[Path], site_dir: Path, formats: tuple[str, ...], summary: Summary,
           progress: Progress = quiet, index: bool = True) -> None:
    """Render each file in each format into site_dir, then the home page listing them.

    With the home page comes the rest of the site: the person index (persons.html, from a persons.xml
    among the files, which is no document of its own), each TEI file beside its page for download,
    and the style sheet. The edition-wide pages (and a dossier's page) are made from the documents'
    summaries; every other page from its document and the persons.
    """
    renderer = Renderer(formats)
    files = unique_names(files, summary)
    loaded = []
    with progress(files, "Reading") as bar:
        for path in bar:
            try:
                loaded.append((path, renderer.load(path)))
            except PlenumError as exc:
                summary.errors.append(str(exc))
    persons = [node for path, node in loaded if path.name == PERSONS]
    documents = [(path, node) for path, node in loaded if path.name != PERSONS]
    site = index and "html" in formats
    summaries = {}
    if site:
        renderer.edition(persons[0] if persons else None)
        for path, node in documents:
            try:
                summaries[path] = renderer.load_summary(renderer.summary(node), path)
            except PlenumError as exc:
                summary.errors.append(str(exc))
    everything = list(summaries.values()) if site else None
    rendered = []
    with progress(documents, "Rendering") as bar:
        for path, node in bar:
            try:
                for fmt in formats:
                    write_atomic(site_dir / renderer.output_name(path, fmt),
                                 renderer.render(node, fmt, everything).encode("utf-8"))
            except PlenumError as exc:
                summary.errors.append(str(exc))
                continue
            rendered.append(path)
            summary.rendered += 1
    if site:
        listed = [summaries[path] for path in rendered if path in summaries]
        write_atomic(site_dir / "index.html", renderer.index(listed).encode("utf-8"))
        if persons:
            write_atomic(site_dir / "persons.html", renderer.persons(everything).encode("utf-8"))
        for path, _ in loaded:
            write_atomic(site_dir / Path(path).name, Path(path).read_bytes())
        for asset in ASSETS:
            write_atomic(site_dir / asset, resource(XSLT / "assets", asset).read_bytes())


def unique_names(files: list[Path], summary: Summary) -> list[Path]:
    """The files whose pages do not overwrite another's (or the home page); the others are reported."""
    taken: dict[str, str] = {"index": "the home page index.html"}
    unique = []
    for path in files:
        stem = Path(path).stem
        if stem not in taken:
            taken[stem] = str(path)
            unique.append(path)
        elif taken[stem] != str(path):
            summary.errors.append(f"{path}: its pages would overwrite those of {taken[stem]} "
                                  f"(same file name); rename it")
    return unique


def attest_persons(tei_dir: Path) -> bool:
    """Compile into tei_dir/persons.xml what the edition's documents attest of each person."""
    persons = pipeline.personography(tei_dir)
    documents = [path for path in tei_files([tei_dir]) if path.name != PERSONS]
    return persons.update(attest(documents))


def build(seeds: Path, tei_dir: Path, site_dir: Path, progress: Progress = quiet, force: bool = False) -> Summary:
    """Convert every source in `seeds`, validate every TEI file in `tei_dir`, render the valid ones.

    TEI from other editions in tei_dir/imported/ was checked when `plenum import` accepted it; it is
    rendered and listed with the edition's own documents. Files an editor changed are kept unless `force`.
    """
    summary = Summary()
    convert(source_files([seeds]), tei_dir, summary, progress, force)
    attest_persons(tei_dir)
    valid = validate(tei_files([tei_dir]), summary, progress)
    imported = tei_dir / IMPORTED
    render(valid + (tei_files([imported]) if imported.is_dir() else []), site_dir, ("html", "text"),
           summary, progress)
    return summary

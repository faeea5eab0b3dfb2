"""The pipeline's stages run on their own, for `plenum convert`, `plenum validate` and `plenum render`:
which files they take, and each stage over many files (conversion and rendering on every core)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from . import fingerprint, pipeline, tei, timing, workers
from .confine import SITE_PAGES, real, reserved
from .errors import PlenumError
from .persons import FILE as PERSONS
from .pool import Pool
from .summary import Progress, Summary, quiet
from .validate import validators


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
    """The TEI files named, directories expanded to their *.xml files, in any letter case (not the
    *.new.xml conversions kept beside edited files), sorted."""
    found = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == ".xml" and p.is_file()
                            and not p.name.lower().endswith(pipeline.NEW))
        elif path.is_file():
            found.append(path)
        else:
            raise PlenumError(f"{path}: no such file or directory")
    return found


def unique_names(files: list[Path], summary: Summary) -> list[Path]:
    """The documents whose pages do not overwrite another's (or the home page, the person index); the
    others are reported."""
    taken: dict[str, str] = {}
    unique = []
    for path in files:
        stem = Path(path).stem
        if page := reserved(stem, SITE_PAGES):
            summary.errors.append(f"{path}: its pages would overwrite {page}; rename it")
        elif stem not in taken:
            taken[stem] = str(path)
            unique.append(path)
        elif taken[stem] != str(path):
            summary.errors.append(f"{path}: its pages would overwrite those of {taken[stem]} "
                                  f"(same file name); rename it")
    return unique


def without_copies(files: list[Path], written: dict[str, Iterable[str]], summary: Summary) -> list[Path]:
    """The files that are not a conversion copied under another name; the copies are reported.

    `written`: each source converted and the TEI files its conversion writes. A TEI file that is none
    of these but whose conversion record names one of the sources (renamed or copied by hand) would
    publish that document twice, so it is left out.
    """
    owned = {real(name) for names in written.values() for name in names}
    by_source = {real(source): sorted(names) for source, names in written.items()}
    kept = []
    for path in files:
        source = None if real(path) in owned else _recorded_source(Path(path))
        if source in by_source:
            summary.errors.append(f"{path}: a copy of {_original(Path(path), by_source[source])} under another "
                                  f"name (its conversion record names {source.name}); not published, so that "
                                  f"the document is not listed twice: delete it, or remove its "
                                  f"change[@type='conversion'] to publish it as a document of its own")
        else:
            kept.append(path)
    return kept


def _recorded_source(path: Path) -> Path | None:
    """The real path of the source a TEI file's conversion record names, or None (none named, not XML)."""
    try:
        href = fingerprint.converted_from(tei.parse_file(path))
    except PlenumError:
        return None
    return real(path.parent / href) if href else None


def _original(path: Path, names: list[str]) -> str:
    """Which of its source's TEI files a copy was made from: the one recording the same fingerprint,
    else the only one, else all of them."""
    recorded = fingerprint.recorded(path.read_bytes())
    same = [name for name in names if recorded and Path(name).is_file()
            and fingerprint.recorded(Path(name).read_bytes()) == recorded]
    if same or len(names) == 1:
        return (same or names)[0]
    return f"one of {names[0]} and the {len(names) - 1} other files converted from the same source"


def convert(sources: list[Path], out_dir: Path, summary: Summary, progress: Progress = quiet,
            force: bool = False, jobs: int | None = None) -> None:
    """Convert each source into out_dir; a source that fails is reported and leaves no output.

    A file an editor changed is kept and reported, the conversion written beside it; `force` replaces it.
    A broken persons.xml in out_dir stops the run first (InputError), once rather than per source.
    """
    pipeline.personography(out_dir)
    summary.sources += len(sources)
    with Pool(workers.Settings(out_dir, force=force), jobs) as pool:
        for done in pool.run(workers.convert, [(str(path),) for path in sources], progress, "Converting"):
            tally(summary, done)


def tally(summary: Summary, done: workers.Converted) -> None:
    """Count one conversion in the summary: its files by outcome, its notes, its error."""
    timing.add(summary.timings, done.timings)
    if done.error:
        summary.errors.append(done.error)
    summary.notes += done.notes
    for _, outcome in done.files:
        summary.converted += 1
        summary.changed += outcome in (pipeline.WRITTEN, pipeline.REPLACED)
        summary.kept += outcome == pipeline.KEPT
        summary.forced += outcome == pipeline.REPLACED


def validate(files: list[Path], summary: Summary, progress: Progress = quiet, schema: str = "project") -> None:
    """Validate each file against `schema` (project, xsd, tei_all or all), each engine compiled once.
    A file that cannot be read is an error of its own; the others are checked all the same."""
    checks = validators(schema)
    with progress(files, "Validating") as bar:
        for path in bar:
            try:
                problems = sorted({problem for check in checks for problem in check.findings(path)})
            except PlenumError as exc:
                summary.errors.append(str(exc))
                continue
            summary.problems += problems
            summary.invalid += bool(problems)
            summary.valid += not problems


def render(files: list[Path], site_dir: Path, formats: tuple[str, ...], summary: Summary,
           progress: Progress = quiet, jobs: int | None = None) -> None:
    """Render each file in each format into site_dir, with the pages that list them.

    A persons.xml among the files is the personography (no document of its own): the pages link to
    it and, with HTML, the person index is made from it. With HTML come the home page and the style
    sheet; a dossier's pages list its members from the others' summaries.
    """
    persons = next((path for path in files if path.name == PERSONS), None)
    documents = unique_names([path for path in files if path.name != PERSONS], summary)
    settings = workers.Settings(persons.parent if persons else None, site_dir, formats)
    with Pool(settings, jobs) as pool:
        listed = []
        for done in pool.run(workers.check, [(str(path), False) for path in documents], progress, "Rendering"):
            timing.add(summary.timings, done.timings)
            if done.error or done.problems:
                summary.errors += [done.error] if done.error else [str(problem) for problem in done.problems]
                continue
            summary.rendered += 1
            listed.append((done.path, done.summary, done.corpus))
        [done] = pool.run(workers.edition, [(sorted(listed), str(persons) if persons else None)], quiet, "Edition")
        summary.errors += done.errors

"""The whole job, doing only what changed: convert sources, check and render TEI files, then the
edition-wide pages, on every core.

1. A source is converted (workers.convert) when its key changed (its bytes, the code, the curated
   persons) or the TEI files it gave are not the bytes it wrote.
2. A TEI file is validated and, when valid, rendered (workers.check) when its key changed (its bytes,
   the code, the curated persons, the schemas asked for, which of the files it points to exist) or
   one of its pages is missing. The findings of the others are reported again from the state.
3. persons.xml receives the attestations of every document (kept per document in the state) and is
   validated when it changed.
4. The home page, the person index and the dossier pages are made from the documents' summaries,
   when any of them, a dossier or persons.xml changed.
Pages of documents that are gone, no longer valid or no longer readable are removed from the site.
"""

from __future__ import annotations

from pathlib import Path

from . import fingerprint, pipeline, tei, timing, workers
from .confine import IMPORTED, Edition, remove_written
from .errors import InputError
from .stages import source_files, tally, tei_files, unique_names, without_copies
from .summary import Progress, Summary, quiet
from .persons import FILE as PERSONS, merge
from .pool import Pool
from .state import State, code_digest, curated_digest, digest, file_digest
from .validate import Problem

# Where a build records what it made, beside the TEI folder (in the project: .plenum/build.json).
STATE = Path(".plenum") / "build.json"


def build(seeds: Path, tei_dir: Path, site_dir: Path, progress: Progress = quiet, force: bool = False,
          schema: str = "project", jobs: int | None = None, state_path: Path | None = None,
          full: bool = False) -> Summary:
    """Convert every source in `seeds`, validate every TEI file in `tei_dir`, render the valid ones into
    `site_dir`, redoing only what changed since the build recorded at `state_path` (by default STATE
    beside `tei_dir`; `full`: everything).

    `schema` "all" adds the XSD and tei_all to every check; otherwise the XSD checks only the TEI files
    that are not plenum's untouched conversions (edited or written by hand), where it can tell what
    the RELAX NG grammar did not. TEI from other editions in tei_dir/imported/ is rendered unchecked
    (it was checked when imported). A TEI file that cannot be read, the edition's own or imported, is
    an error naming it (as in `plenum validate`): unpublished and unlisted, the others built all the same.

    A shared input that fails (persons.xml, the state, the stylesheets, the schemas) stops the build
    with an error before any page is removed; a document that fails to render is reported by name,
    and its pages leave the site and its lists.
    """
    Edition.of(tei_dir, [seeds]).writable_output(site_dir, "site")
    summary = Summary()
    state_path = state_path or Path(tei_dir).parent / STATE
    record = State(state_path) if full else State.load(state_path)
    pipeline.personography(tei_dir)  # a broken persons.xml stops the build before it changes anything
    code = code_digest()
    inputs = digest(code, curated_digest(tei_dir / PERSONS))
    with Pool(workers.Settings(tei_dir, site_dir, ("html", "text"), force), jobs) as pool:
        _convert(pool, record, source_files([seeds]), inputs, force, summary, progress)
        documents = _documents(tei_dir, record, summary)
        _check(pool, record, documents, digest(inputs, schema), schema, summary, progress)
        with timing.stage("persons.xml"):
            _persons(pool, record, tei_dir, code, summary)
        _edition(pool, record, tei_dir, code, summary)
    record.save()
    timing.add(summary.timings, timing.take())
    return summary


def _documents(tei_dir: Path, record: State, summary: Summary) -> dict[str, bool]:
    """The TEI documents of the edition (persons.xml aside): path -> whether it is validated (not
    imported). A file whose pages would overwrite another's, or that is a conversion copied under
    another name, is reported and left out."""
    written = {source: entry["files"] for source, entry in record.sources.items()}
    own = without_copies([path for path in tei_files([tei_dir]) if path.name != PERSONS], written, summary)
    imported = tei_files([tei_dir / IMPORTED]) if (tei_dir / IMPORTED).is_dir() else []
    validated = set(own)
    return {str(path): path in validated for path in unique_names(own + imported, summary)}


# -- 1. conversion ---------------------------------------------------------------------------------

def _convert(pool: Pool, record: State, sources: list[Path], inputs: str, force: bool, summary: Summary,
             progress: Progress) -> None:
    """Convert the sources whose key changed or whose TEI files are not as written; report again the
    files an editor changed that the others kept."""
    summary.sources += len(sources)
    todo = []
    for path in sources:
        key = digest(inputs, file_digest(path) or "")
        entry = record.sources.get(str(path))
        if force or entry is None or entry["key"] != key or not _intact(entry["files"]):
            todo.append((str(path),))
            record.sources[str(path)] = {"key": key, "files": {}, "notes": []}
        else:
            summary.unchanged += 1
            summary.notes += entry["notes"]
    for done in pool.run(workers.convert, todo, progress, "Converting"):
        tally(summary, done)
        if done.error:
            del record.sources[done.source]
            continue
        record.sources[done.source].update(files={name: file_digest(Path(name)) for name, _ in done.files},
                                           notes=done.notes)
    for gone in set(record.sources) - {str(path) for path in sources}:
        del record.sources[gone]


def _intact(files: dict[str, str | None]) -> bool:
    """Whether the TEI files a conversion wrote still hold the bytes it left."""
    return all(file_digest(Path(name)) == value for name, value in files.items())


# -- 2. validation and the documents' pages --------------------------------------------------------

def _check(pool: Pool, record: State, documents: dict[str, bool], inputs: str, schema: str, summary: Summary,
           progress: Progress) -> None:
    """Check and render the documents whose key changed or whose pages are missing; count them all."""
    site = pool.settings.site_dir
    todo, before = [], {}
    for path, validated in documents.items():
        data = _read(path)
        base = digest(inputs, str(validated), digest(data or b""))
        entry = record.documents.get(path)
        if data is not None and entry and entry["key"] == _key(base, path, entry["links"]) \
                and _pages_exist(entry, site):
            summary.unchanged_documents += 1
            continue
        xsd = validated and data is not None and (schema == "all" or fingerprint.state(data) != fingerprint.UNTOUCHED)
        todo.append((path, validated, xsd, validated and schema == "all"))
        before[path] = entry["pages"] if entry else {}
        record.documents[path] = {"base": base}
    for done in pool.run(workers.check, todo, progress, "Checking"):
        timing.add(summary.timings, done.timings)
        if done.error:  # unpublished and unlisted, never counted as done: tried again next time
            summary.errors.append(done.error)
            done.summary, done.attested = None, None
        entry = record.documents[done.path]
        entry.update(key=_key(entry.pop("base"), done.path, done.links) if not done.error else "",
                     unreadable=done.unreadable,
                     links=done.links, pages=done.pages, problems=[problem.as_dict() for problem in done.problems],
                     summary=done.summary, attested=done.attested, corpus=done.corpus)
        _remove(site, set(before[done.path].values()) - set(done.pages.values()))
    claimed = {name for path in documents for name in record.documents[path].get("pages", {}).values()}
    for gone in set(record.documents) - set(documents):  # a page another spelling of its path now owns stays
        _remove(site, set(record.documents.pop(gone)["pages"].values()) - claimed)
    for path, validated in documents.items():
        entry = record.documents[path]
        problems = [Problem(**problem) for problem in entry["problems"]]
        summary.problems += problems
        summary.valid += validated and not problems and not entry.get("unreadable")
        summary.invalid += bool(problems)
        summary.rendered += bool(entry["pages"]) or (entry["corpus"] and not problems)


def _read(path: str) -> bytes | None:
    """A TEI file's bytes; None when it cannot be read (workers.check reports it as the file's error)."""
    try:
        return tei.read_file(path)
    except InputError:
        return None


def _key(base: str, path: str, links: list[str]) -> str:
    """A document's key: its base key and which of the files it points to exist beside it."""
    folder = Path(path).parent
    return digest(base, *(f"{name}={(folder / name).is_file()}" for name in links))


def _pages_exist(entry: dict, site: Path) -> bool:
    return all((site / name).is_file() for name in entry["pages"].values())


def _remove(site: Path, names: set[str]) -> None:
    """Remove pages of the site that no longer belong to it (only pages the build recorded writing there)."""
    remove_written(site, names)


# -- 3. persons.xml ----------------------------------------------------------------------------------

def _persons(pool: Pool, record: State, tei_dir: Path, code: str, summary: Summary) -> None:
    """Give persons.xml the attestations of the edition's documents and validate it, unless neither
    it nor any document changed since the last build."""
    path = tei_dir / PERSONS
    if not path.is_file():
        return
    attesting = [name for name in sorted(record.documents)
                 if record.documents[name]["attested"] and Path(name).parent == tei_dir]
    attested = digest(*(f"{name}={record.documents[name]['key']}" for name in attesting))
    entry = record.pages.get(PERSONS)
    if not (entry and entry["attested"] == attested and entry["key"] == digest(code, file_digest(path) or "")):
        pipeline.personography(tei_dir).update(merge(record.documents[name]["attested"] for name in attesting))
        [problems] = pool.run(workers.validate, [(str(path),)], quiet, "persons.xml")
        entry = record.pages[PERSONS] = {"key": digest(code, file_digest(path) or ""), "attested": attested,
                                         "problems": [problem.as_dict() for problem in problems]}
    problems = [Problem(**problem) for problem in entry["problems"]]
    summary.problems += problems
    summary.valid += not problems
    summary.invalid += bool(problems)


# -- 4. the edition-wide pages -----------------------------------------------------------------------

def _edition(pool: Pool, record: State, tei_dir: Path, code: str, summary: Summary) -> None:
    """The home page, the person index and the dossiers' pages (workers.edition), made again when a
    listed document, persons.xml or the code changed, or one of the pages is missing."""
    site = pool.settings.site_dir
    listed = sorted(path for path, entry in record.documents.items() if entry["summary"] and not entry["problems"])
    persons = tei_dir / PERSONS
    persons_valid = persons.is_file() and not record.pages.get(PERSONS, {}).get("problems")
    key = digest(code, file_digest(persons) or "" if persons_valid else "",
                 *(f"{path}={record.documents[path]['key']}" for path in listed))
    entry = record.pages.get("edition")
    if entry and entry["key"] == key and all((site / name).is_file() for name in entry["files"]):
        return
    documents = [(path, record.documents[path]["summary"], record.documents[path]["corpus"]) for path in listed]
    [done] = pool.run(workers.edition, [(documents, str(persons) if persons_valid else None)], quiet, "Edition")
    timing.add(summary.timings, done.timings)
    summary.errors += done.errors
    _remove(site, set(entry["files"] if entry else []) - set(done.files))
    record.pages["edition"] = {"key": "" if done.errors else key, "files": done.files}

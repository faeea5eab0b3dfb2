"""The one runner: the tasks of `plenum.tasks` executed on the worker pool, doing only what changed.

`build` runs every task of an edition:
1. A source is converted (convert) when its key changed (its bytes, the code, the curated persons) or
   the TEI files it gave are not the bytes it wrote.
2. A TEI file is validated and, when valid, rendered (check) when its key changed (its bytes, the code,
   the curated persons, the schemas asked for, which of the files it points to exist) or one of its
   pages is missing. The findings of the others are reported again from the record.
3. persons.xml receives the attestations of every document (kept per document beside the record; in a
   worker process from pool.LARGE documents on, as they grow with the edition) and is validated when
   its bytes (or the names of the files beside it) changed.
4. The home page, the person index and the dossier pages are made (edition) from the documents'
   summaries, when any of them, a dossier or persons.xml changed; then the pages' previous and next
   and the search page (search), and the shards of the search index whose pages changed (index).
5. A document of the edition is reviewed (review) when its TEI file, the code or the source file it
   shows changed, or its review pages are missing; the overview (overview) when what it lists of any
   review (its listing) changed.
Pages of documents that are gone, no longer valid or no longer readable are removed from the site,
and the reviews of documents that are gone or no longer reviewable from the review.

The tasks of steps 4 and 5 that do not depend on each other run as one batch (Runner.together): the
edition-wide pages beside the reviews, then the search page, then the search index's shards beside
the overview; so that no core idles while one long task runs.

`convert`, `validate`, `render` and `review` run the same tasks over the files they are given, with a
record that starts empty and is not kept, counted in the same way.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import fingerprint, pipeline, tei, timing
from .edition import PERSONS, REVIEW_PAGES, Edition, remove_written, unique_names
from .errors import InputError
from .fileio import file_names
from .phases import EditionPhases, Planned
from .pool import LARGE, Pool
from .render import FORMATS
from .siteconfig import base_url, edition_title
from .review import check_names
from .shards import index_shards
from .state import State, code_digest, digest
from .summary import Progress, Summary, quiet
from .tasks import TASKS, Settings, perform
from .validate import Problem, blocking


def build(edition: Edition, progress: Progress = quiet, force: bool = False, schema: str = "project",
          jobs: int | None = None, full: bool = False, cluster: str | None = None) -> Summary:
    """Convert every source of the edition, validate every TEI file, render the valid ones into its site
    and review its documents into its review folder, redoing only what changed since the build its
    record holds (`full`: everything).

    `schema` "all" adds the XSD and tei_all to every check; otherwise the XSD checks only the TEI files
    that are not plenum's untouched conversions (edited or written by hand), where it can tell what
    the RELAX NG grammar did not. TEI from other editions in imported/ is rendered unchecked and not
    reviewed (it was checked when imported); the edition's own documents are reviewed when they are
    TEI that could be read (valid or not) and did not fail to render. A TEI file that cannot be read,
    the edition's own or imported, is an error naming it (as in `plenum validate`): unpublished and
    unlisted, the others built all the same.

    `cluster` runs the tasks on a Dask cluster instead of the worker pool: a scheduler's address
    (tcp://host:port) or local:N (N worker processes on this machine), with the same results.

    A shared input that fails (persons.xml, the record, the stylesheets, the schemas) stops the build
    with an error before any page is removed; a document that fails to render is reported by name,
    and its pages leave the site and its lists.
    """
    edition.writable_output(edition.site, "site")
    edition.writable_output(edition.review, "review")
    summary = Summary()
    record = State(edition.state) if full else State.load(edition.state)
    persons = record.file_digest(edition.persons)  # read again when changed: a broken persons.xml stops
    if record.pages.get("persons read") != persons:  # the build before it changes anything
        pipeline.personography(edition.tei)
        record.pages["persons read"] = persons
    # The code, and what of the edition's settings every file shows (the site's address, the title).
    code = digest(code_digest(), base_url(edition.tei), edition_title(edition.tei))
    inputs = digest(code, record.curated_digest(edition.persons))
    settings = Settings(edition.tei, edition.site, tuple(FORMATS), force, edition.review, edition.sources)
    with _running(settings, jobs, record, summary, progress, cluster) as run:
        run.convert(edition.source_files(), inputs, force)
        written = {source: entry["files"] for source, entry in record.sources.items()}
        documents = {str(path): own for path, own in edition.documents(written, summary.errors).items()}
        run.check(documents, digest(inputs, schema), schema)
        personography = run.persons(edition.persons, code)
        reviewed = [Path(path) for path, own in documents.items() if own and record.documents[path]["summary"]]
        clashes: list[str] = []  # reported with the review's findings, after the edition-wide pages'
        reviewing = [str(path) for path in unique_names(reviewed, clashes, REVIEW_PAGES)]
        folders = map(str, (edition.site, edition.review, *edition.sources))  # the review links to and reads them
        reviews = digest(code, *folders)
        run.together(run.edition(personography, code), run.review(reviewing, reviews, tuple(clashes)))
        run.together(run.search(code))
        run.index(code, run.overview(reviewing, reviews))
    record.save()
    timing.add(summary.timings, timing.take())
    return summary


def convert(sources: list[Path], out_dir: Path, summary: Summary, progress: Progress = quiet,
            force: bool = False, jobs: int | None = None) -> None:
    """Convert each source into out_dir; a source that fails is reported and leaves no output.

    A file an editor changed is kept and reported, the conversion written beside it; `force` replaces it.
    A broken persons.xml in out_dir stops the run first (InputError), once rather than per source.
    """
    pipeline.personography(out_dir)
    with _running(Settings(out_dir, force=force), jobs, State(None), summary, progress) as run:
        run.convert(sources, "", force)


def validate(files: list[Path], summary: Summary, progress: Progress = quiet, schema: str = "project",
             jobs: int | None = None) -> None:
    """Validate each file against `schema` (project, xsd, tei_all or all), each engine compiled once per
    process. A file that cannot be read is an error of its own; the others are checked all the same."""
    with _running(Settings(None), jobs, State(None), summary, progress) as run:
        for done in run.tasks("validate", [(str(path), schema) for path in files]):
            summary.errors += [done.error] if done.error else []
            summary.problems += done.problems
            summary.invalid += blocking(done.problems)
            summary.valid += not (blocking(done.problems) or done.error)


def render(files: list[Path], site_dir: Path, formats: tuple[str, ...], summary: Summary,
           progress: Progress = quiet, jobs: int | None = None) -> None:
    """Render each file in each format into site_dir, with the pages that list them.

    A persons.xml among the files is the personography (no document of its own): the pages link to
    it and, with HTML, the person index is made from it. With HTML come the home page and the style
    sheet; a dossier's pages list its members from the others' summaries.
    """
    persons = next((path for path in files if path.name == PERSONS), None)
    documents = unique_names([path for path in files if path.name != PERSONS], summary.errors)
    settings = Settings(persons.parent if persons else None, site_dir, formats)
    with _running(settings, jobs, State(None), summary, progress) as run:
        run.check({str(path): False for path in documents}, "", "project", "render")
        run.together(run.edition(persons, ""))
        run.together(run.search(""))
        run.index("", None)


def review(files: list[Path], out_dir: Path, site_dir: Path, summary: Summary, progress: Progress = quiet,
           sources: tuple[Path, ...] = (), jobs: int | None = None) -> None:
    """Review each TEI file into out_dir: <name>.json and .html each, index.json and .html, uncertain.html.
    Source lines are read from `sources` (by default the seeds/ folder of each file's edition).

    A file that cannot be reviewed is reported and gets no pages; the overview lists the others.
    """
    check_names(files)
    for edition in {Edition.around(path, sources) for path in files}:
        edition.writable_output(out_dir, "review")
    settings = Settings(None, site_dir, review_dir=out_dir, sources=tuple(sources))
    with _running(settings, jobs, State(None), summary, progress) as run:
        documents = [str(path) for path in files]
        run.together(run.review(documents, ""))
        run.together(run.overview(documents, ""))


@contextmanager
def _running(settings: Settings, jobs: int | None, record: State, summary: Summary,
             progress: Progress, cluster: str | None = None) -> Iterator[Runner]:
    with _backend(settings, jobs, cluster) as pool, tempfile.TemporaryDirectory(prefix="plenum-parts-") as temporary:
        record.parts = record.parts or Path(temporary)  # a record that is not kept keeps its parts for the run
        yield Runner(pool, record, summary, progress)


def _backend(settings: Settings, jobs: int | None, cluster: str | None) -> Pool:
    """Where the tasks run: the worker pool of `jobs` processes, or with `cluster` a Dask cluster
    (plenum.cluster; imported only then, as Dask is an optional extra)."""
    if cluster is None:
        return Pool(settings, jobs)
    from .cluster import Cluster, local_workers
    here = Pool(settings, 1)  # the few tasks of a small batch
    if cluster.startswith("local:"):
        return Cluster(settings, here, workers=local_workers(cluster))
    return Cluster(settings, here, scheduler=cluster)


class Runner(EditionPhases):
    """One run of the tasks: the pool they run on, the record of what was made (a build's, or an empty
    one), what the run did, and its progress display."""

    def __init__(self, pool: Pool, record: State, summary: Summary, progress: Progress) -> None:
        self.pool, self.record, self.summary, self.progress = pool, record, summary, progress
        self.settings = pool.settings
        self.rendered = False  # whether a document's pages were made again (their neighbours are put in anew)

    def tasks(self, name: str, todo: list[tuple], shown: bool = True, label: str | None = None,
              holding: int = 0) -> Iterable:
        """The results of task `name` of TASKS over `todo`, in their order (as they come, read once, when
        `shown`; see together); their stage times counted. `holding`: the documents a task holds (from
        pool.LARGE on, in a worker process however few)."""
        return self.together(Planned(name, todo, shown=shown, label=label, holding=holding))[0]

    def together(self, *phases: Planned | None) -> list:
        """Run the tasks of phases that do not depend on each other as one batch, those the progress
        display does not follow first (a long task starts at once, the others share the cores with it);
        then record each phase's results, the followed phases' first (the others' come last). Their
        results, phase by phase: as they come, read once, for a phase the display follows (so that this
        process holds few of them at once); a list for the others (few tasks, each holding many documents)."""
        planned = [phase for phase in phases if phase is not None]
        order = sorted(range(len(planned)), key=lambda index: planned[index].shown)  # the hidden first
        batch = [(planned[index].name, *task) for index in order for task in planned[index].todo]
        shown = [phase for phase in planned if phase.shown and phase.todo] or planned
        label = (shown[0].label or TASKS[shown[0].name].label) if shown else ""
        hidden = sum(len(phase.todo) for phase in planned if not phase.shown)
        results = self.pool.run(perform, batch, self.progress, label,
                                any(phase.holding >= LARGE for phase in planned), hidden)
        coming = sorted(range(len(planned)), key=lambda index: not planned[index].shown)  # the hidden last
        arriving = PhaseResults(results, [len(planned[index].todo) for index in coming], self.summary.timings)
        given: list = [None] * len(planned)
        for position, index in enumerate(coming):
            given[index] = arriving.read(position) if planned[index].shown else list(arriving.read(position))
            if planned[index].record:
                planned[index].record(given[index])
        return given

    def index(self, code: str, beside: Planned | None) -> None:
        """The shards of the search index whose pages changed (plenum.shards), with HTML; their tasks in
        one batch with `beside` (the review's overview: it needs no page of the site), else it alone."""
        besides = [beside]

        def shards(name: str, todo: list[tuple]) -> list:
            results = self.together(Planned(name, todo), *besides)[0]
            besides.clear()
            return results

        if "html" in self.settings.formats:
            index_shards(self.record, self.settings, shards, code)
        self.together(*besides)

    # -- 1. conversion -----------------------------------------------------------------------------

    def convert(self, sources: list[Path], inputs: str, force: bool) -> None:
        """Convert the sources whose key changed or whose TEI files are not as written; report again
        the files an editor changed that the others kept."""
        record, summary = self.record.sources, self.summary
        summary.sources += len(sources)
        todo = []
        for path in sources:
            key = digest(inputs, self.record.file_digest(path) or "")
            entry = record.get(str(path))
            if force or entry is None or entry["key"] != key or not self.record.intact(entry["files"]):
                todo.append((str(path),))
                record[str(path)] = {"key": key, "files": {}, "notes": []}
            else:
                summary.unchanged += 1
                summary.notes += entry["notes"]
        for done in self.tasks("convert", todo):
            summary.errors += [done.error] if done.error else []
            summary.notes += done.notes
            for _, outcome in done.files:
                summary.converted += 1
                summary.changed += outcome in (pipeline.WRITTEN, pipeline.REPLACED)
                summary.kept += outcome == pipeline.KEPT
                summary.forced += outcome == pipeline.REPLACED
            if done.error:
                del record[done.source]
            else:
                record[done.source].update(files={name: self.record.file_digest(name) for name, _ in done.files},
                                           notes=done.notes, ids=done.ids)
        for gone in set(record) - {str(path) for path in sources}:
            del record[gone]
        for identifier, shared in self.record.shared_records().items():
            summary.notes.append(f"{' and '.join(shared)}: one archive record ({identifier}) converted from each; "
                                 f"their TEI files share the identifier, which an exported package refuses: keep one source")

    # -- 2. validation and the documents' pages ----------------------------------------------------

    def check(self, documents: dict[str, bool], inputs: str, schema: str, task: str = "check") -> None:
        """Check (validate: documents[path]) and render the documents whose key changed or whose pages
        are missing; count them all."""
        record, site = self.record.documents, self.settings.site_dir
        todo, before, pages = [], {}, file_names(site)
        for path, validated in documents.items():
            value = self.record.tei_digest(path)
            base = digest(inputs, str(validated), value or "")
            entry = record.get(path)
            if value is not None and entry and entry["key"] == _key(base, path, entry["links"]) \
                    and pages.issuperset(entry["pages"].values()) \
                    and self.record.has_parts([entry["summary"], entry["attested"]]):
                self.summary.unchanged_documents += 1
                continue
            xsd = validated and value is not None and (schema == "all" or _edited(path))
            todo.append((path, validated, xsd, validated and schema == "all"))
            before[path] = entry["pages"] if entry else {}
            record[path] = {"base": base}
        self.rendered |= bool(todo)
        for done in self.tasks(task, todo):
            if done.error:  # unpublished and unlisted, never counted as done: tried again next time
                self.summary.errors.append(done.error)
                done.summary, done.attested = None, None
            entry = record[done.path]
            entry.update(key=_key(entry.pop("base"), done.path, done.links) if not done.error else "",
                         unreadable=done.unreadable, links=done.links, pages=done.pages,
                         problems=[problem.as_dict() for problem in done.problems],
                         summary=self.record.keep(done.summary) if done.summary else None,
                         attested=self.record.keep(json.dumps(done.attested, ensure_ascii=False))
                         if done.attested else None, corpus=done.corpus)
            remove_written(site, set(before[done.path].values()) - set(done.pages.values()))
        claimed = {name for path in documents for name in record[path].get("pages", {}).values()}
        for gone in set(record) - set(documents):  # a page another spelling of its path now owns stays
            remove_written(site, set(record.pop(gone)["pages"].values()) - claimed)
        for path, validated in documents.items():
            self._count(record[path], validated)

    def _count(self, entry: dict, validated: bool) -> None:
        """Count one document as its check left it: its findings, valid or invalid, rendered."""
        problems = [Problem(**problem) for problem in entry["problems"]]
        self.summary.problems += problems
        self.summary.valid += validated and not blocking(problems) and not entry["unreadable"]
        self.summary.invalid += blocking(problems)
        self.summary.rendered += bool(entry["pages"]) or (entry["corpus"] and not blocking(problems))

    # -- 3. persons.xml ----------------------------------------------------------------------------

    def persons(self, path: Path, code: str) -> Path | None:
        """Give persons.xml the attestations of the edition's documents and validate it, unless neither
        it nor any document changed since the last build; it, when it is there and valid, for the pages."""
        if not path.is_file():
            return None
        documents, folder = self.record.documents, str(path.parent)
        attesting = [name for name in sorted(documents)  # each a str(Path): os.path gives its parent's, no Path made
                     if documents[name]["attested"] and (os.path.dirname(name) or ".") == folder]
        attested = digest(*(f"{name}={documents[name]['attested']}" for name in attesting))  # their contents' digests
        entry = self.record.pages.get(path.name)
        if not (entry and entry["attested"] == attested and entry["key"] == self.record.persons_key(path, code)):
            parts = [str(self.record.part(documents[name]["attested"])) for name in attesting]
            [done] = self.tasks("attest", [(str(path), parts)], shown=False, label=path.name, holding=len(attesting))
            if done.written:  # in a worker process from LARGE documents on: it holds them all
                self.record.rewrote_persons(path)
            if entry and entry["key"] == self.record.persons_key(path, code):  # the same bytes: the same findings
                entry = self.record.pages[path.name] = {**entry, "attested": attested}
            else:
                [done] = self.tasks("validate", [(str(path),)], shown=False, label=path.name,
                                    holding=len(attesting))  # it grows with the edition's attestations
                entry = self.record.pages[path.name] = {
                    "key": self.record.persons_key(path, code) if not done.error else "", "attested": attested,
                    "problems": [problem.as_dict() for problem in done.problems], "error": done.error}
        problems, error = [Problem(**problem) for problem in entry["problems"]], entry.get("error")
        self.summary.errors += [error] if error else []
        self.summary.problems += problems
        self.summary.valid += not (blocking(problems) or error)
        self.summary.invalid += blocking(problems)
        return None if blocking(problems) or error else path


def _edited(path: str) -> bool:
    """Whether a TEI file is readable and not plenum's untouched conversion (the XSD checks it)."""
    try:
        return fingerprint.state(tei.read_file(path)) != fingerprint.UNTOUCHED
    except InputError:
        return False


def _key(base: str, path: str, links: list[str]) -> str:
    """A document's key: its base key and which of the files it points to exist beside it."""
    folder = os.path.dirname(path)  # os.path: no Path per document
    return digest(base, *(f"{name}={os.path.isfile(os.path.join(folder, name))}" for name in links))


class PhaseResults:
    """A batch's results as they come (plenum.pool.Pool.run), split into its phases' in that order, their
    stage times counted: each phase's read once, in order; reading one keeps those of the phases before
    it still unread."""

    def __init__(self, results: Iterator, counts: list[int], timings: dict[str, float]) -> None:
        self._results, self._left, self._timings = iter(results), list(counts), timings
        self._kept: dict[int, deque] = {position: deque() for position in range(len(counts))}

    def read(self, position: int) -> Iterator:
        """The results of the phase at `position`, one by one."""
        kept = self._kept[position]
        while kept or self._left[position]:
            if not kept:
                for earlier in range(position):
                    while self._left[earlier]:
                        self._kept[earlier].append(self._take(earlier))
                kept.append(self._take(position))
            yield kept.popleft()

    def _take(self, position: int):
        """The batch's next result, which is the phase's at `position`."""
        self._left[position] -= 1
        done = next(self._results)
        timing.add(self._timings, done.timings)
        if not any(self._left):
            next(self._results, None)  # the batch's end: its progress display closes
        return done

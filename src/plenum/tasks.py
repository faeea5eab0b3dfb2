"""The tasks a run is made of (`TASKS`), and their bodies, done in long-lived worker processes.

Each worker process holds one `Context`, made once by its initializer: one Saxon engine with the
stylesheets and the Schematron rules compiled, the RELAX NG grammar (the XSD and tei_all when asked
for), the review's pages, and the personography. A task is a function of one path (or of the
others' results) that returns plain data; the runner decides what to do and reports. A TEI file is
parsed once by lxml (grammar, XSD, tei_all, attestations) and once by Saxon (rules, HTML and text).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import person_pages, pipeline, review as reviewer, review_files, search as site_search, teidiff, tei
from .siteconfig import base_url, edition_title
from .edition import NEW, PERSONS, remove_written
from .errors import InputError, PlenumError, naming, own_faults
from .extracts import Extracts, listing, together
from .fileio import write_atomic
from .paths import XSLT, resource
from .attestations import attest_tree, merge
from .persons import Personography
from .render import Renderer
from .timing import stage, take
from .outcomes import Attested, Checked, Converted, EditionPages, Reviewed, Validated
from .validate import SCHEMAS, Problem, blocking, TeiAllValidator, Validator, XsdValidator


# The static files of the site, kept in xslt/assets/.
ASSETS = ("edition.css", "view.js", "favicon.svg")

# Below this many tasks, starting worker processes (each compiles its stylesheets and schemas) or
# sending the tasks to a cluster costs more than it saves: the tasks run in this process.
SMALL = 4

# The stage a format's rendering is timed as.
STAGES = {"html": "HTML", "text": "text"}


@dataclass(frozen=True)
class Settings:
    """What every task of one run shares: where TEI is written (and persons.xml read), where pages and
    the review go, and the source folders the review reads lines from (by default seeds/ beside each
    file's TEI folder)."""

    tei_dir: Path | None
    site_dir: Path | None = None
    formats: tuple[str, ...] = ("html", "text")
    force: bool = False
    review_dir: Path | None = None
    sources: tuple[Path, ...] = ()


class Context:
    """A worker's engines, each compiled once, the first time a task needs it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._xsd: XsdValidator | None = None
        self._tei_all: TeiAllValidator | None = None
        self._persons = None  # the personography of the TEI folder as the renderer loaded it

    @functools.cached_property
    def renderer(self) -> Renderer:
        """The stylesheets, rendering site pages with the personography of the TEI folder, as this
        process read it for conversion (its curated part, plenum.persons.curated: a document's page
        and rules read no attestation)."""
        renderer = Renderer(self.settings.formats)
        persons = self.settings.tei_dir / PERSONS if self.settings.tei_dir else None
        self._persons = renderer.load_tree(pipeline.personography(self.settings.tei_dir).tree, persons) \
            if persons and persons.is_file() else None
        renderer.edition(self._persons, base_url(self.settings.tei_dir), edition_title(self.settings.tei_dir))
        return renderer

    @functools.cached_property
    def validator(self) -> Validator:
        """The grammar and the rules, the rules sharing the stylesheets' Saxon engine (and its
        personography) when pages are made."""
        if not self.settings.site_dir:
            return Validator()
        validator = Validator(self.renderer.engine)
        if self._persons is not None:
            validator.share(self.settings.tei_dir, self._persons)
        return validator

    @functools.cached_property
    def review_pages(self) -> review_files.Pages:
        return review_files.Pages()

    def validators(self, schema: str) -> list[Validator]:
        """The engines of one `plenum validate --schema` choice, each compiled once."""
        kinds = SCHEMAS[schema]
        project = [self.validator] if Validator in kinds else []
        return project + [engine for _, engine in self.extra(XsdValidator in kinds, TeiAllValidator in kinds)]

    def extra(self, xsd: bool, tei_all: bool) -> list[tuple[str, Validator]]:
        """The slower engines (named as timing stages), compiled the first time a task asks for them."""
        if xsd and self._xsd is None:
            self._xsd = XsdValidator()
        if tei_all and self._tei_all is None:
            self._tei_all = TeiAllValidator()
        return [(name, engine) for name, engine, wanted in (("XSD", self._xsd, xsd), ("tei_all", self._tei_all, tei_all))
                if wanted]


_context: Context | None = None


def start(settings: Settings) -> None:
    """The initializer of a worker process (also run in the main process for a small batch)."""
    global _context
    _context = Context(settings)


def context() -> Context:
    if _context is None:
        raise RuntimeError("tasks.start() was not called in this process")
    return _context


def current() -> Context | None:
    """This process's context, if it has one."""
    return _context


def convert(source: str) -> Converted:
    """Convert one source into the TEI folder; an editor's file is kept unless the build forces."""
    settings = context().settings
    done = Converted(source)
    try:
        conv = pipeline.convert(source, settings.tei_dir)
        done.ids = [document.root.get(tei.XML_ID) for document in conv.documents]
        for item in pipeline.write(conv, settings.tei_dir, settings.force):
            done.files.append((str(item.path), item.outcome))
            if item.outcome == pipeline.KEPT:
                done.notes.append(_kept(item))
            elif item.outcome == pipeline.REPLACED:
                done.notes.append(f"{item.path}: an editor's changes replaced by the new conversion "
                                  f"(--force); they are gone unless committed")
    except PlenumError as exc:
        done.error = str(exc)
    done.timings = take()
    return done


def _kept(item: pipeline.Written) -> str:
    """The note on an edited file left as it is: where the conversion went and how it differs."""
    if item.beside is None:
        return (f"{item.path}: changed by an editor, kept; {item.path.stem}{NEW} beside it was edited "
                f"too, so the new conversion was not written (--force replaces the file)")
    try:
        differences = teidiff.summary(teidiff.compare(item.beside, item.path))
    except PlenumError as exc:
        differences = f"it cannot be compared: {exc}"
    return (f"{item.path}: changed by an editor, kept; the new conversion is in {item.beside} "
            f"({differences}; see plenum diff {item.beside} {item.path}); --force replaces the file")


def check(path: str, validate: bool = True, xsd: bool = False, tei_all: bool = False) -> Checked:
    """Validate one TEI file and, when valid, render its pages into the site with a copy of the file.

    `validate` False renders without checking (TEI from other editions, checked when imported). A file
    that cannot be read (not well-formed, beyond plenum's limits, its includes over budget) is an
    error naming it, as in `plenum validate`, never a finding. The engines are the run's, not the
    file's: when one fails (persons.xml, a stylesheet, a schema) the error leaves the task and stops
    the run before anything is removed from the site.
    """
    work, site = context(), context().settings.site_dir
    renderer = work.renderer
    validator, extra = (work.validator, work.extra(xsd, tei_all)) if validate else (None, [])
    done = Checked(path)
    try:
        data = tei.read_file(path)
        with stage("lxml parse"):
            tree = tei.parse_bytes(data, path)
        if validator and etree.QName(tree.getroot()).namespace != tei.TEI_NS:
            done.problems = _findings(validator, extra, tree, path)  # readable, not TEI: invalid, as in validate
            done.timings = take()
            return done
        with stage("Saxon parse"):
            node = renderer.load_tree(tree, path)
        if validator:
            done.problems = _findings(validator, extra, tree, path, node)
        with stage("summary and attestations"), own_faults(path, "reading the persons and links of"):
            done.attested = attest_tree(tree, Path(path).name)
            done.links = _links(tree)
            done.corpus = etree.QName(tree.getroot()).localname == "teiCorpus"
            done.summary = renderer.summary(node)
        if not (blocking(done.problems) or done.corpus):
            _pages(renderer, node, Path(path), data, site, done.pages)
    except PlenumError as exc:
        done.unreadable = isinstance(exc, InputError)
        done.error = naming(exc, path)
        done.problems = [] if done.unreadable else done.problems
        _withdraw(site, done.pages)
    done.timings = take()
    return done


def _findings(validator: Validator, extra: list[tuple[str, Validator]], tree: etree._ElementTree, path: str,
              node=None) -> list[Problem]:
    """The findings of the grammar and rules, then of each slower engine asked for."""
    problems = validator.check_tree(tree, path, node)
    for name, engine in extra:
        with stage(name):
            problems += engine.check_tree(tree, path)
    return problems


def _pages(renderer: Renderer, node, path: Path, data: bytes, site: Path, pages: dict[str, str],
           summaries: list | None = None) -> None:
    """A valid document's pages, one per format, and its TEI file beside them; `pages` records them.
    A dossier's pages list its members from `summaries`."""
    for fmt in renderer.formats:
        name = renderer.output_name(path, fmt)
        with stage(STAGES.get(fmt, fmt)):
            write_atomic(site / name, renderer.render(node, fmt, summaries).encode("utf-8"))
        pages[fmt] = name
    write_atomic(site / path.name, data)
    pages["tei"] = path.name


def _withdraw(site: Path, pages: dict[str, str]) -> None:
    """Remove the pages a document that failed to render had written (none of them is published)."""
    remove_written(site, pages.values())
    pages.clear()


def _links(tree: etree._ElementTree) -> list[str]:
    """The other XML files of its folder a document points to (their presence is part of its check)."""
    names = set()
    for value in tree.xpath("//@target | //@ref | //@corresp | //@sameAs"):
        for pointer in value.split():
            name = pointer.split("#", 1)[0]
            if name.endswith(".xml") and "/" not in name and ":" not in name:
                names.add(name)
    return sorted(names)


def validate(path: str, schema: str = "project") -> Validated:
    """Validate one file against `schema` (project, xsd, tei_all or all): a file of `plenum validate`, or
    persons.xml in a build (it has no pages of its own). A file that cannot be read is its error."""
    done = Validated(path)
    engines = context().validators(schema)
    try:
        done.problems = sorted({problem for engine in engines for problem in engine.findings(path)})
    except PlenumError as exc:
        done.error = str(exc)
    done.timings = take()
    return done


def attest(path: str, parts: list[str]) -> Attested:
    """Give persons.xml at `path` the attestations kept in the files `parts` (each a document's
    attestations.attest_tree record), read anew: they grow with the edition, and so what holds them all."""
    with stage("persons.xml"):
        written = Personography.load(path).update(merge(json.loads(Path(part).read_bytes()) for part in parts))
    return Attested(path, written, take())


def edition(documents: list[tuple[str, str, bool]], persons: str | None, base: str = "",
            previous: dict[str, str] | None = None) -> EditionPages:
    """The pages that list documents, from the listed documents' (path, file of its summary, is a dossier): each
    dossier's pages, and with HTML the home page, the person index (with `persons`, the
    personography's path), each named person's page (made again when its key, from `base`, the code,
    is not the one in `previous`), persons.xml and the style sheet. A dossier that fails to render is
    reported by name and left out of the lists; any other failure is the run's and stops it. Each page
    holds the parts of the summaries it shows (plenum.extracts), read one summary at a time."""
    renderer, site = context().renderer, context().settings.site_dir
    done = EditionPages()
    with stage("edition pages"), Extracts() as extracts:
        personography = tei.parse_file(persons) if persons else None
        renderer.edition(renderer.load_tree(personography, Path(persons)) if persons else None)
        extracts.read((path, part) for path, part, _ in documents)
        listed = renderer.load_summary(extracts.listed(), site / "index.html")
        for path, _, corpus in documents:
            if corpus and (error := _dossier(renderer, Path(path), site, [listed], done.files)):
                done.errors.append(error)
                extracts.drop(path)
                listed = renderer.load_summary(extracts.listed(), site / "index.html")
        if "html" in renderer.formats:
            pages, people = {"index.html": renderer.index([listed])}, []
            del listed  # the home page is the last page that lists every document
            if personography is not None:
                done.persons, people, occurrences = person_pages.publish(renderer, site, personography, extracts,
                                                                         base, previous or {})
                local = renderer.load_summary(together(extracts.local), site / "persons.html")
                pages["persons.html"] = renderer.persons(occurrences, [local])
            done.files += _site_pages(pages, persons, site) + people
    done.timings = take()
    return done


def _dossier(renderer: Renderer, path: Path, site: Path, summaries: list, files: list[str]) -> str | None:
    """Write a dossier's pages and add their names to `files`; when it fails, the error naming it
    (and the pages it had written are removed)."""
    pages: dict[str, str] = {}
    try:
        _pages(renderer, renderer.load(path), path, tei.read_file(path), site, pages, summaries)
    except PlenumError as exc:
        _withdraw(site, pages)
        return naming(exc, path)
    files += pages.values()
    return None


def _site_pages(pages: dict[str, str], persons: str | None, site: Path) -> list[str]:
    """Write the home page and the person index (`pages`: name -> text) with persons.xml beside it, and
    the style sheet; their names."""
    for name, text in pages.items():
        write_atomic(site / name, text.encode("utf-8"))
    if persons:
        write_atomic(site / PERSONS, Path(persons).read_bytes())
    for asset in ASSETS:
        write_atomic(site / asset, resource(XSLT / "assets", asset).read_bytes())
    return [*pages, *ASSETS] + ([PERSONS] if persons else [])


def search(documents: list[tuple[str, str]], pages: list[str]) -> EditionPages:
    """The listed documents' (path, file of its summary) previous and next put into their `pages` (named
    so that a cluster's worker is sent them: it rendered only some), and the search page; the navs kept,
    for the pages made again while the summaries are the same. Of each summary, its listing alone is
    held (plenum.extracts.listing)."""
    renderer = context().renderer
    with stage("search"):
        site = context().settings.site_dir
        listed = together(listing(Path(part).read_text(encoding="utf-8"), path) for path, part in documents)
        files, pagers = site_search.publish(renderer, [renderer.load_summary(listed, site / site_search.PAGE)], site)
    return EditionPages(files, timings=take(), kept=pagers)


def review_document(path: str) -> Reviewed:
    """Review one TEI file into the review folder, <name>.json and .html. A file that cannot be reviewed
    (not TEI plenum can read) is its error; a failing page writer is the run's."""
    settings, done = context().settings, Reviewed(path)
    with stage("review"):
        try:
            with own_faults(path, "reviewing"):
                report = reviewer.review(path, settings.sources)
        except PlenumError as exc:
            done.error = str(exc)
        else:
            data = review_files.write_report(report, settings.review_dir, settings.site_dir, context().review_pages)
            done.listing, done.total = json.dumps(review_files.listing(data), ensure_ascii=False), data["total"]
            done.pages = [f"{report.path.stem}.json", f"{report.path.stem}.html"]
            done.source = str(report.source) if report.source else None
            done.note = f"{path}: {report.message}" if report.status in ("missing", "changed") else None
    done.timings = take()
    return done


def review_overview(listings: list[str]) -> EditionPages:
    """The review's overview of the documents (the files of their listings, in order): index.json,
    index.html and uncertain.html."""
    with stage("review"):
        files = review_files.write_overview([Path(part) for part in listings], context().settings.review_dir,
                                        context().review_pages)
    return EditionPages(files, timings=take())


@dataclass(frozen=True)
class Task:
    """One kind of task: its body, run in a worker process (or in this one for a small batch), and the
    label of its progress."""

    body: Callable
    label: str


# The tasks of a run. Each row says what one task takes and, for `plenum build`, what its key depends
# on: the runner does it again when the key changed or what it wrote is missing.
TASKS = {
    # a source file; the source's bytes, the code, the curated part of persons.xml, and the TEI files
    # it wrote still holding the bytes it left
    "convert": Task(convert, "Converting"),
    # a TEI file, whether to validate it, with the XSD, with tei_all; its bytes, the code, the curated
    # persons, the schemas asked for, which of the files it points to exist, and its pages
    "check": Task(check, "Checking"),
    # a TEI file, not validated (plenum render)
    "render": Task(check, "Rendering"),
    # a file and a --schema choice (plenum validate); persons.xml in a build: its bytes, the code, the
    # documents' attestations
    "validate": Task(validate, "Validating"),
    # persons.xml and the files of the documents' attestations; their digests and persons.xml's bytes
    "attest": Task(attest, "persons.xml"),
    # the listed documents' summaries and persons.xml; the code, persons.xml, the listed documents'
    # keys, and its pages
    "edition": Task(edition, "Edition"),
    # the listed documents' summaries (their pages' previous and next, the search page); the code, the
    # edition's key, the documents' keys, whether a page was made again, and its files
    "search": Task(search, "Search"),
    # the site, a shard of the search index and its pages (plenum.shards); the code, Pagefind's
    # version, the pages' documents' keys, and its files
    "index": Task(site_search.index, "Indexing"),
    # a TEI file; its bytes, the code, the folders, the bytes of the source file it shows, and its pages
    "review": Task(review_document, "Reviewing"),
    # every reviewed document's listing; the reviews' keys, and its pages
    "overview": Task(review_overview, "Review"),
}


def perform(name: str, *args):
    """Task `name` of TASKS on `args`: the one body a batch runs, so that it may hold tasks of several
    kinds (the edition-wide pages beside the reviews, plenum.runner.Runner.together)."""
    return TASKS[name].body(*args)

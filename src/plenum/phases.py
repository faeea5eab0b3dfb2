"""The build's phases after the documents' check, each planned apart from what its results mean: the
edition-wide pages, the search page, the review and its overview.

A phase's planning gives its tasks (`Planned`) and a function that records their results; the runner
runs the tasks of phases that do not depend on each other as one batch (plenum.runner.Runner.together),
so that a phase of one long task (the edition-wide pages, the overview) shares the cores with a phase
of many (the review, the search index's shards) instead of leaving all but one of them idle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import person_pages
from .edition import remove_written
from .fileio import all_present, file_names
from .search import link_neighbours
from .state import State, digest
from .summary import Summary
from .tasks import Settings
from .validate import blocking


@dataclass
class Planned:
    """One phase's tasks, of one kind of plenum.tasks.TASKS: each task's arguments, what their results
    mean (`record`, given them in the tasks' order), whether the progress display follows them (under
    `label`, by default the kind's), and how many documents a task holds (from pool.LARGE on, in a worker
    process)."""

    name: str
    todo: list[tuple] = field(default_factory=list)
    record: Callable[[list], None] | None = None
    shown: bool = True
    label: str | None = None
    holding: int = 0


class EditionPhases:
    """The phases of a run over the whole edition (a part of plenum.runner.Runner, whose record, summary
    and settings they use): each plans its tasks, or gives None when what it makes is as it was."""

    record: State
    summary: Summary
    settings: Settings
    rendered: bool  # whether a document's pages were made again (their neighbours are put in anew)

    # -- 4. the edition-wide pages -----------------------------------------------------------------

    def edition(self, persons: Path | None, code: str) -> Planned | None:
        """The home page, the person index (with `persons`) and the dossiers' pages, made again when a
        listed document, persons.xml or the code changed, or one of the pages is missing."""
        documents, site = self.record.documents, self.settings.site_dir
        listed = sorted(path for path, entry in documents.items() if entry["summary"] and not blocking(entry["problems"]))
        key = digest(code, self.record.file_digest(persons) or "" if persons else "",
                     *(_listed_key(path, documents[path]) for path in listed))
        entry = self.record.pages.get("edition")
        if entry and entry["key"] == key and all_present(site, entry["files"]):
            return None
        listing = [(path, str(self.record.part(documents[path]["summary"])), documents[path]["corpus"])
                   for path in listed]
        made = {person: page for person, page in (entry or {}).get("persons", {}).items()
                if (site / person_pages.page_name(person)).is_file()}  # a person page missing is made again

        def recorded(results: list) -> None:
            [done] = results
            self.summary.errors += done.errors
            remove_written(site, set(entry["files"] if entry else []) - set(done.files))
            self.record.pages["edition"] = {"key": "" if done.errors else key, "files": done.files,
                                            "persons": {} if done.errors else done.persons}

        return Planned("edition", [(listing, str(persons) if persons else None, code, made)], recorded, shown=False,
                       holding=len(listing))

    def search(self, code: str) -> Planned | None:
        """Each page's previous and next and the search page, made again when the listed documents'
        summaries changed (else the navs kept are put into pages made again, here); None without HTML."""
        if "html" not in self.settings.formats:
            return None
        documents, site = self.record.documents, self.settings.site_dir
        listed = sorted(path for path, entry in documents.items() if entry.get("pages", {}).get("html"))
        key = digest(code, self.record.pages.get("edition", {}).get("key", ""), *listed)
        entry = self.record.pages.get("search") or {"key": "", "files": []}
        if entry["key"] == key and entry.get("navs") and self.record.has_parts([entry["navs"]]) \
                and all_present(site, entry["files"]):
            if self.rendered:
                link_neighbours(self.record.part(entry["navs"]).read_text(encoding="utf-8"), site)
            return None
        listing = [(path, str(self.record.part(documents[path]["summary"]))) for path in listed]

        def recorded(results: list) -> None:
            [done] = results
            remove_written(site, set(entry["files"]) - set(done.files))
            self.record.pages["search"] = {"key": key, "files": done.files, "navs": self.record.keep(done.kept)}

        pages = [str(site / documents[path]["pages"]["html"]) for path in listed]
        return Planned("search", [(listing, pages)], recorded, shown=False, holding=len(listing))

    # -- 5. the review -----------------------------------------------------------------------------

    def review(self, documents: list[str], inputs: str, clashes: tuple[str, ...] = ()) -> Planned:
        """Review the documents whose TEI file or source file changed or whose review pages are missing;
        count them all. `clashes`: the errors of the documents left out for their names, reported first."""
        record, folder = self.record.reviews, self.settings.review_dir
        todo, bases, pages = [], {}, file_names(folder)
        for path in documents:
            bases[path] = base = digest(inputs, self.record.file_digest(Path(path)) or "")
            entry = record.get(path)
            if not (entry and entry["key"] == self.record.source_key(base, entry["source"]) and pages.issuperset(entry["pages"])
                    and self.record.has_parts([entry["listing"]])):
                todo.append((path,))

        def recorded(results: list) -> None:
            self.summary.errors += clashes
            for done in results:
                before = record.pop(done.path, {}).get("pages", [])
                remove_written(folder, set(before) - set(done.pages))
                if done.error:  # no pages: tried again next time
                    self.summary.errors.append(done.error)
                    continue
                record[done.path] = {"key": self.record.source_key(bases[done.path], done.source), "source": done.source,
                                     "pages": done.pages, "note": done.note, "total": done.total,
                                     "listing": self.record.keep(done.listing)}
            for gone in set(record) - set(documents):
                remove_written(folder, record.pop(gone)["pages"])
            for path in documents:
                if path in record:
                    self.summary.reviewed += 1
                    self.summary.interventions += record[path]["total"]
                    self.summary.notes += [record[path]["note"]] if record[path]["note"] else []

        return Planned("review", todo, recorded)

    def overview(self, documents: list[str], inputs: str) -> Planned | None:
        """The review's overview of the documents reviewed (after their review is recorded), made again
        when the code (its stylesheet) or one of their reviews changed or one of its pages is missing;
        none when no document was reviewed."""
        record, folder = self.record.reviews, self.settings.review_dir
        reviewed = [path for path in documents if path in record]
        entry = self.record.pages.get("review")
        key = digest(inputs, *(f"{path}={record[path]['listing']}" for path in reviewed))
        if entry and entry["key"] == key and all_present(folder, entry["files"]):
            return None
        listings = [str(self.record.part(record[path]["listing"])) for path in reviewed]

        def recorded(results: list) -> None:
            files = results[0].files if results else []
            remove_written(folder, set(entry["files"] if entry else []) - set(files))
            self.record.pages["review"] = {"key": key, "files": files}

        return Planned("overview", [(listings,)] if reviewed else [], recorded, shown=False, holding=len(listings))


def _listed_key(path: str, entry: dict) -> str:
    """What the edition-wide pages take of a listed document: its summary (a dossier's page, its file
    too), so that a document changed where its summary is not changes none of them."""
    return f"{path}={digest(entry['summary'])}={entry['key'] if entry['corpus'] else ''}"

"""The commands that look after an edition rather than build it: the person index and its
proposals (plenum persons), a new edition (plenum init) and the local server (plenum serve)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli_support import EPILOG, reports_errors
from .edition import PERSONS, tei_files
from .errors import EXIT_INTERRUPTED
from .siteconfig import UNTITLED
from .visible import marked


def _pairs(context: click.Context, parameter: click.Parameter, values: tuple[str, ...]) -> list[tuple[str, str]]:
    """'PROPOSAL=ID' values as pairs (a usage error, exit 2, for one without '=')."""
    found = []
    for value in values:
        proposal, equals, target = value.partition("=")
        if not (equals and proposal and target):
            raise click.BadParameter(f"'{value}' is not PROPOSAL=ID (for example han-ik-su=han-iksu)")
        found.append((proposal, target))
    return found


@click.command(epilog=EPILOG)
@click.option("--tei", "tei_dir", type=click.Path(path_type=Path), default=Path("tei"), show_default=True,
              help="Folder of the TEI edition (with persons.xml).")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "csv", "gexf"]), default="text",
              show_default=True, help="text: for reading; json: for tools; csv: turns, mentions and turn-taking "
                                      "edges per document and for the edition; gexf: the edition's turn-taking "
                                      "graph (Gephi, networkx).")
@click.option("--accept", multiple=True, metavar="PROPOSAL",
              help="Add the proposed person PROPOSAL to persons.xml under its proposed id (repeatable).")
@click.option("--rename", multiple=True, metavar="PROPOSAL=ID", callback=_pairs,
              help="Add the proposed person PROPOSAL to persons.xml under the id ID (repeatable).")
@click.option("--merge", multiple=True, metavar="PROPOSAL=ID", callback=_pairs,
              help="Add the forms of the proposed person PROPOSAL to the person ID of persons.xml (repeatable).")
@reports_errors
def persons(tei_dir: Path, output_format: str, accept: tuple[str, ...], rename: list[tuple[str, str]],
            merge: list[tuple[str, str]]) -> None:
    """Print the person index: each person, their name forms, and the documents with their turns;
    then the persons the documents propose. With --accept, --rename or --merge: adopt proposals.

    Read from TEI_DIR/persons.xml (the editors' personography) and the edition's documents:
    turns are sp/@who, mentions persName/@ref. Forms the documents attest beyond the curated ones
    are listed as attested. Names no form recognises (persName without @ref) are listed as
    unresolved, each with its file and how often. A speaker persons.xml does not know is proposed by the document it speaks in
    (listed as 'proposed', with the forms seen); --accept, --rename and --merge write persons.xml (all
    of them or, when one cannot be done, nothing) and point the proposals there (@sameAs). In text,
    characters that would act unseen on a terminal (bidirectional overrides, C1 controls) are shown
    as markers such as ⟨U+202E⟩, as in the pages.

    --format csv: a row per person's turns and mentions and per turn-taking edge (B's turn right after
    A's in one text: A→B, how often), per document then for the edition; --format gexf: the edition's
    graph (persons as nodes, turn-taking as weighted edges). Local speakers (who="#id") are <file>#<id>.
    """
    from . import adoption
    from .person_report import person_report

    documents = [path for path in tei_files([tei_dir]) if path.name != PERSONS]
    if output_format in ("csv", "gexf"):
        from . import person_network
        return click.echo(person_network.output(documents, tei_dir / PERSONS, output_format), nl=False)
    if accept or rename or merge:
        changes = [(name, name) for name in accept] + rename
        for line in adoption.adopt(tei_dir / PERSONS, adoption.proposals(documents), changes, merge,
                                   documents):
            click.echo(marked(line))
        click.echo("persons.xml and the proposals updated: run plenum build to link the turns anew", err=True)
        return
    report, count = person_report(documents, tei_dir / PERSONS, output_format)
    if report:
        click.echo(report)
    if count:
        click.echo(count, err=True)


@click.command(epilog=EPILOG)
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--title", default=UNTITLED, show_default=True,
              help="The edition's title (CITATION.cff): the authority of its TEI files, the heading of its site.")
@reports_errors
def init(folder: Path, title: str) -> None:
    """Start an edition of your own in FOLDER (new or empty): seeds/ for your pages, tei/ with an empty
    personography (persons.xml), CITATION.cff with the edition's title, and a README of the layout.
    Then put pages into FOLDER/seeds and run `plenum build` in FOLDER; speakers persons.xml does not
    know are proposed, never refused."""
    from . import scaffold

    for path in scaffold.start(folder, title):
        click.echo(str(path))
    click.echo(f"edition started in {folder}: put pages into {folder / 'seeds'} and run plenum build there", err=True)


@click.command(epilog=EPILOG)
@click.option("--tei", "tei_dir", type=click.Path(path_type=Path), default=Path("tei"), show_default=True,
              help="Folder of the TEI edition (imported TEI in its imported/ folder).")
@click.option("--site", type=click.Path(path_type=Path), default=Path("site"), show_default=True,
              help="Folder of the built site (without it, the DTS API only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (this machine only by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: a free one, printed).")
@reports_errors
def serve(tei_dir: Path, site: Path, host: str, port: int) -> None:
    """Serve the site and the DTS 1.0 API over the edition until Ctrl-C.

    The site is at /, the Distributed Text Services API at /api/dts/: the collection of the edition
    (its documents, the journal dossier, imported documents), the navigation of each document's
    citation trees (its refsDecl: parts, turns, paragraphs; notes; pages) and its passages as TEI.
    The edition is read when the server starts: restart it after a build.
    """
    from . import serve as server

    if not site.is_dir():
        click.echo(f"plenum: {site}: no site here (run plenum build); serving the DTS API only", err=True)
    app = server.application(tei_dir, site if site.is_dir() else None)
    for error in app.api.catalog.unreadable:
        click.echo(f"plenum: {marked(error)} (not served)", err=True)
    try:
        server.serve(app, host, port, lambda address: click.echo(
            f"plenum: serving {site if site.is_dir() else 'no site'} at {address} and the DTS API at "
            f"{address}api/dts/ ({app.api.catalog.count_units()} citable units); Ctrl-C stops", err=True))
    except KeyboardInterrupt:
        click.echo("\nplenum: server stopped", err=True)
        sys.exit(EXIT_INTERRUPTED)

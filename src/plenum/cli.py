"""The command line: one click group whose commands are the stages of the pipeline."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterable, Sized
from pathlib import Path

import click

from . import __version__, exchange, limits, runner, tei, teidiff
from .edition import IMPORTED, PERSONS, Edition, source_files, tei_files
from .errors import EXIT_INTERRUPTED, EXIT_INVALID, EXIT_OK, EXIT_USAGE, PlenumError, describe
from .render import FORMATS
from .summary import Summary, quiet
from .validate import SCHEMAS
from .visible import marked

LIMITS = (f"XML input must keep plenum's limits (those of Saxon's and lxml's parsers): files of at most "
          f"{tei.MAX_XML_BYTES / 2**20:.0f} MiB, elements nested at most {limits.MAX_DEPTH} levels deep, at most "
          f"{limits.MAX_ATTRIBUTES} attributes on one element (namespace declarations included), names and namespace "
          f"URIs of at most {limits.MAX_NAME:,} characters, texts of at most {limits.MAX_TEXT:,} bytes; a file "
          f"beyond them is unreadable input, reported on its own.")
EPILOG = ("Exit codes: 0 success, 1 invalid documents found, 2 bad usage, unreadable input or a file-system "
          "error, 130 interrupted (Ctrl-C)." + "\n\n" + LIMITS)
DIFF_EPILOG = ("Exit codes: 0 no encoding differences, 1 differences found, 2 bad usage, unreadable input or a "
               "file-system error, 130 interrupted (Ctrl-C)." + "\n\n" + LIMITS)
FORCE_HELP = ("Replace TEI files an editor changed with the new conversion (their changes are lost "
              "unless committed); without it they are kept and the conversion is written beside them.")


def _progress(items: Iterable, label: str):
    """click's progress bar on stderr (the default progress display of every long run); `items` may be
    results still coming in, if their number is known (pool.Completed)."""
    return click.progressbar(items if isinstance(items, Sized) else list(items), label=label.ljust(11),
                             file=sys.stderr)


def _finish(summary: Summary) -> None:
    """Print problems and errors (control characters of documents shown as markers), the one-line
    summary, and exit with the summary's code."""
    for problem in summary.problems:
        click.echo(marked(str(problem)))
    for note in summary.notes:
        click.echo(f"plenum: {marked(note)}", err=True)
    for error in summary.errors:
        click.echo(f"plenum: {marked(error)}", err=True)
    click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)


def reports_errors(command):
    """Turn a PlenumError, a file-system error (OSError) or Ctrl-C into one line on stderr and its exit
    code: the error's own, EXIT_USAGE, EXIT_INTERRUPTED."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PlenumError as exc:
            click.echo(f"plenum: {marked(str(exc))}", err=True)
            sys.exit(exc.exit_code)
        except OSError as exc:
            click.echo(f"plenum: {marked(describe(exc))}", err=True)
            sys.exit(EXIT_USAGE)
        except KeyboardInterrupt:
            click.echo("\nplenum: interrupted; files already written are complete, the rest were not made",
                       err=True)
            sys.exit(EXIT_INTERRUPTED)
    return wrapper


@click.group(epilog=EPILOG)
@click.version_option(__version__, prog_name="plenum")
def main() -> None:
    """Turn archival transcripts into a validated TEI P5 edition and its reading editions.

    The pipeline is one line: sources are read by the reader that recognises their layout,
    turned into TEI, enriched, checked to have lost nothing, validated, and rendered by XSLT.
    """


@main.command(epilog=EPILOG)
@click.option("--seeds", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True,
              help="Folder of source files.")
@click.option("--tei", "tei_dir", type=click.Path(path_type=Path), default=Path("tei"), show_default=True,
              help="Folder of the TEI edition.")
@click.option("--site", type=click.Path(path_type=Path), default=Path("site"), show_default=True,
              help="Folder of the HTML and plain-text editions.")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@click.option("--schema", type=click.Choice(["project", "all"]), default="project", show_default=True,
              help="project: the RELAX NG grammar and the Schematron rules on every document, the XSD on "
                   "documents that are not plenum's untouched conversions; all: the XSD and tei_all on "
                   "every document too.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core).")
@click.option("--full", is_flag=True, help="Ignore what the last build recorded: convert, check, render and review everything.")
@click.option("--review", "review_dir", type=click.Path(path_type=Path), default=None,
              help="Folder of the encoding review (see `plenum review --help`).  [default: review/ beside the TEI folder]")
@click.option("--state", "state_path", type=click.Path(path_type=Path), default=None,
              help="File in which the build records what it made from what.  [default: .plenum/build.json beside the TEI folder]")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Run the tasks on the Dask cluster of this scheduler instead of local worker processes "
                   "(needs plenum[dask] here and on the workers; they need no shared folder).")
@click.option("--cluster", metavar="local:N", default=None,
              help="Run the tasks on a Dask cluster of N worker processes started on this machine "
                   "(127.0.0.1 only) for the build, and closed with it.")
@reports_errors
def build(seeds: Path, tei_dir: Path, site: Path, force: bool, schema: str, jobs: int | None, full: bool,
          review_dir: Path | None, state_path: Path | None, scheduler: str | None, cluster: str | None) -> None:
    """Convert SEEDS into TEI, validate the edition, render the valid documents, and review them.

    Writes tei/<source>.xml for each source, site/<document>.html and .txt for each valid TEI
    document, site/index.html and site/persons.html, and the encoding review of each of the
    edition's own readable documents: review/<document>.json and .html, review/index.json,
    index.html and uncertain.html (as `plenum review`). Files whose content is unchanged are not
    rewritten. A source over 8 MiB (8,388,608 bytes) is reported and not converted.

    A rebuild does only what changed: a source is converted again when it, plenum's code,
    stylesheets or schemas, or the curated part of persons.xml changed; a TEI file is checked and
    rendered again when it or they changed, and reviewed again when it, the code or its source
    file changed. Content hashes decide, not timestamps; they are kept in the --state file. The
    work runs on every core, or on a Dask cluster (--scheduler, --cluster) with the same results:
    the files travel to the workers and back as bytes, and a task whose worker dies is run again.

    Each TEI file records the fingerprint of what plenum wrote. A file an editor has changed since
    (any byte) is never overwritten: it is kept and reported, and the new conversion is written
    beside it as <name>.new.xml, with a summary of how the two differ; --force replaces it.
    A conversion renamed or copied by hand in the TEI folder is reported and not published.

    A TEI file that cannot be read (the edition's own or one in tei/imported/; not well-formed, not
    UTF-8, beyond the limits below) is reported on stderr as in `plenum validate`; it is not
    published, the others are built, and the exit code is 2. With --schema all, tei_all checks
    each document with its local XIncludes in place.
    """
    if scheduler and cluster:
        raise click.UsageError("give --scheduler or --cluster, not both")
    if cluster and not cluster.startswith("local:"):  # runner checks N
        raise click.BadParameter(f"{cluster!r} is not local:N (N worker processes, e.g. local:4)",
                                 param_hint="--cluster")
    edition = Edition.of(tei_dir, [seeds], site, review_dir, state_path)
    _finish(runner.build(edition, _progress, force, schema, jobs, full, scheduler or cluster))


@main.command(epilog=EPILOG)
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("tei"), show_default=True,
              help="Folder to write the TEI documents to.")
@click.option("--force", is_flag=True, help=FORCE_HELP)
@reports_errors
def convert(sources: tuple[Path, ...], output: Path, force: bool) -> None:
    """Convert SOURCES (files or folders) into TEI documents in OUTPUT.

    Each file is read by the reader that recognises its layout; a file no reader recognises,
    whose conversion would lose text, or that is over 8 MiB (8,388,608 bytes; split a longer
    transcript into several files), is reported and nothing is written for it. A TEI file
    an editor has changed is kept, the conversion written beside it as <name>.new.xml (see
    `plenum build --help`).
    """
    summary = Summary()
    runner.convert(source_files(sources), output, summary, _progress, force)
    _finish(summary)


@main.command(epilog=EPILOG)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--schema", type=click.Choice(list(SCHEMAS)), default="project", show_default=True,
              help="project: the edition's RELAX NG grammar and Schematron rules; xsd: its XML Schema "
                   "(xmlschema, slower); tei_all: the official TEI P5 schema; all: every one.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one line per problem; json: the problems, the unreadable files and the summary "
                   "as JSON, for tools.")
@click.option("--svrl", type=click.Path(path_type=Path), metavar="DIR",
              help="Also write the Schematron findings of each file as SVRL (DIR/<name>.svrl), for oXygen or XSpec.")
@reports_errors
def validate(files: tuple[Path, ...], schema: str, output_format: str, svrl: Path | None) -> None:
    """Validate TEI FILES (files or folders of *.xml) against the project's schemas or the official tei_all.

    Prints each problem as file:line:column: severity: message [rule], the rule being the schema
    (plenum.rng, plenum.xsd, tei_all) or the Schematron rule (plenum.sch:who-resolves), its severity
    the rule's @role (error, warning, info; only errors make a file invalid). Schemas
    are compiled once for the whole run. tei_all (TEI P5 4.12.0) is not part of plenum: it is
    read from $PLENUM_TEI_ALL, from the cache `make tei-all` fills, or from ../shared/tei-all/
    beside the project, and checked against its pinned SHA-256. Against tei_all, a file's local
    XIncludes are put in place first (at most 10,000 inclusions and as many bytes as one file may
    hold, in all); a finding inside an included file names that file and its line.

    A file that cannot be read (not well-formed, beyond a limit below) is reported on stderr,
    the others are still checked, and the exit code is 2.
    """
    summary = Summary()
    as_json = output_format == "json"
    runner.validate(tei_files(files), summary, quiet if as_json else _progress, schema)
    if svrl is not None:
        from . import svrl as reports
        reports.write_reports(tei_files(files), svrl)
    if as_json:
        click.echo(json.dumps({"problems": [problem.as_dict() for problem in summary.problems],
                               "valid": summary.valid, "invalid": summary.invalid, "unreadable": summary.errors},
                              ensure_ascii=False, indent=2))
        sys.exit(summary.exit_code)
    _finish(summary)


@main.command(epilog=EPILOG)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("site"), show_default=True,
              help="Folder to write the reading editions to.")
@click.option("--format", "formats", type=click.Choice(list(FORMATS)), multiple=True,
              help="Output format (repeatable); default: html and text.")
@reports_errors
def render(files: tuple[Path, ...], output: Path, formats: tuple[str, ...]) -> None:
    """Render TEI FILES (files or folders of *.xml) as HTML pages and plain text into OUTPUT."""
    summary = Summary()
    runner.render(tei_files(files), output, formats or tuple(FORMATS), summary, _progress)
    _finish(summary)


@main.command(epilog=EPILOG)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("review"), show_default=True,
              help="Folder to write the review to.")
@click.option("--site", type=click.Path(path_type=Path), default=Path("site"), show_default=True,
              help="Folder of the reading editions the review links into.")
@click.option("--seeds", "sources", type=click.Path(path_type=Path), multiple=True,
              help="Folder of the source files (repeatable).  [default: seeds/ beside each file's TEI folder]")
@reports_errors
def review(files: tuple[Path, ...], output: Path, site: Path, sources: tuple[Path, ...]) -> None:
    """Review the encoding of TEI FILES (files or folders of *.xml; a folder's persons.xml is left
    out): every editorial intervention beside the source lines it came from.

    Writes OUTPUT/<document>.json and .html for each document: its interventions in document order
    (supplied, sic, sic/corr, orig/reg, decoded font runs, surplus, gap, unclear, add, del, subst,
    metamark, notes placed at the end, plenum's notes (what the conversion flagged included), speaker attributions below high certainty,
    unresolved names, unplaced fragments, OCR noise, joined paragraphs, removed hyphens), each with
    its source lines, its encoding and a link into the reading edition; OUTPUT/index.json and
    index.html, the counts per kind and document; OUTPUT/uncertain.html, every uncertain one.
    Source lines are read from the file the document's prefixDef names, relative to the TEI file,
    and only when it lies in the edition's source folder (--seeds); otherwise the interventions are
    listed without them and a note says why.
    """
    summary = Summary()
    named = {Path(path) for path in files}
    found = [path for path in tei_files(files) if path.name != PERSONS or path in named]
    runner.review(found, output, site, summary, _progress, sources)
    _finish(summary)


@main.command(epilog=DIFF_EPILOG)
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@reports_errors
def diff(old: Path, new: Path) -> None:
    """Report the encoding differences from TEI file OLD to TEI file NEW.

    One line per difference: file:line: added, removed or changed <element> in #anchor, source
    lines: its text, or what changed (attributes, text). Elements are aligned by xml:id, else by
    name, attributes and text; formatting is ignored (indentation and other whitespace, attribute
    order and quoting, character references, comments, processing instructions). Values and words
    over 80 characters are cut ("… (N characters)"), and control, line-breaking and bidi characters
    are shown as markers (⟨U+202E⟩), as in the reading editions.
    """
    differences = teidiff.compare(old, new)
    for difference in differences:
        click.echo(str(difference))
    click.echo(teidiff.summary(differences), err=True)
    sys.exit(EXIT_INVALID if differences else EXIT_OK)


@main.command("import", epilog=EPILOG)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("tei", IMPORTED),
              show_default=True, help="Folder of imported TEI; `plenum build` renders it with the edition.")
@reports_errors
def import_(files: tuple[Path, ...], output: Path) -> None:
    """Check TEI FILES from other editions (files or folders of *.xml) and add the acceptable ones.

    A file is accepted when it is well-formed XML (no DTDs, no entities), its root is in the TEI
    namespace, and it is valid against the official tei_all schema; it is then copied unchanged
    into OUTPUT, and `plenum build` renders it and lists it on the home page. What the edition's
    own schema would not accept is printed as warnings. A file already in OUTPUT is never replaced by
    a different one, and names whose pages the edition has (index, persons, uncertain, the edition's
    own documents) are refused. A personography named persons.xml (as `plenum export` ships it) is
    not copied: its persons the edition's persons.xml lacks join it, so the documents' person links
    resolve. Needs tei_all (see `plenum validate --help`).
    """
    summary = Summary()
    exchange.import_files(tei_files(files), output, summary, _progress)
    _finish(summary)


@main.command(epilog=EPILOG)
@click.option("--tei", "tei_dir", type=click.Path(path_type=Path), default=Path("tei"), show_default=True,
              help="Folder of the TEI edition (imported TEI in its imported/ folder).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("dist"), show_default=True,
              help="Folder to write the package to: new, empty, or a package export wrote (replaced whole).")
@click.option("--seeds", "sources", type=click.Path(path_type=Path), multiple=True,
              help="Folder of the source files (repeatable).  [default: seeds/ beside the TEI folder]")
@click.option("--bag", is_flag=True, help="Write the package as a BagIt bag (the package in OUTPUT/data/).")
@reports_errors
def export(tei_dir: Path, output: Path, sources: tuple[Path, ...], bag: bool) -> None:
    """Write the exchange package other projects ingest into OUTPUT.

    OUTPUT/tei/ holds every TEI file of the edition (imported ones in tei/imported/) and its
    personography, persons.xml, when present (not a member of the corpus); OUTPUT/schema/ the
    edition's schemas, OUTPUT/seeds/ the sources the documents' @source pointers lead to (only from
    the source folders, --seeds), LICENSE and CITATION.cff from the edition's folder when present,
    OUTPUT/corpus.xml a teiCorpus including every TEI document with XInclude (its header the
    edition's title, version and release date from CITATION.cff, and the encoding's licence),
    OUTPUT/corpus-expanded.xml the same corpus with the documents in place (for tools without
    XInclude), and OUTPUT/manifest.json each file's SHA-256, title, date and role. With --bag, OUTPUT
    is a BagIt bag: the package in OUTPUT/data/, beside bagit.txt, bag-info.txt and the SHA-256
    manifests. Every file is validated first (tei_all too, when found); if one is invalid nothing is
    written. OUTPUT must be new, empty, or a package export wrote holding nothing else, and must not
    hold the edition's folders; of an earlier package only the files its manifest lists are removed.
    `plenum import OUTPUT/tei OUTPUT/tei/imported` in another edition adds the documents and the
    persons of the personography that edition lacks, so the documents' person links resolve there.
    """
    summary = Summary()
    exchange.export(tei_dir, output, summary, _progress, sources, bag)
    _finish(summary)


def _pairs(context: click.Context, parameter: click.Parameter, values: tuple[str, ...]) -> list[tuple[str, str]]:
    """'PROPOSAL=ID' values as pairs (a usage error, exit 2, for one without '=')."""
    found = []
    for value in values:
        proposal, equals, target = value.partition("=")
        if not (equals and proposal and target):
            raise click.BadParameter(f"'{value}' is not PROPOSAL=ID (for example han-ik-su=han-iksu)")
        found.append((proposal, target))
    return found


@main.command(epilog=EPILOG)
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
    are listed as attested. Names no form recognises (persName without @ref) are counted as
    unresolved. A speaker persons.xml does not know is proposed by the document it speaks in
    (listed as 'proposed', with the forms seen); --accept, --rename and --merge write persons.xml
    (all of them or, when one cannot be done, nothing) and the next build links the turns. In text,
    characters that would act unseen on a terminal (bidirectional overrides, C1 controls) are shown
    as markers such as ⟨U+202E⟩, as in the pages.

    --format csv: a row per person's turns and mentions and per turn-taking edge (B's turn right after
    A's in one text: A→B, how often), per document then for the edition; --format gexf: the edition's
    graph (persons as nodes, turn-taking as weighted edges). Local speakers (who="#id") are <file>#<id>.
    """
    from . import adoption
    from . import persons as personography

    documents = [path for path in tei_files([tei_dir]) if path.name != PERSONS]
    if output_format in ("csv", "gexf"):
        from . import person_network
        return click.echo(person_network.output(documents, tei_dir / PERSONS, output_format), nl=False)
    proposed = adoption.proposals(documents)
    if accept or rename or merge:
        for line in adoption.adopt(tei_dir / PERSONS, proposed, [(name, name) for name in accept] + rename, merge):
            click.echo(marked(line))
        click.echo("persons.xml updated: run plenum build to link the turns to these persons", err=True)
        return
    found = personography.attest(documents)
    entries = personography.index(personography.Personography.load(tei_dir / PERSONS), found)
    unresolved = sum(len(tei.parse_file(path).xpath("//tei:text//tei:persName[not(@ref)]", namespaces=tei.NS))
                     for path in documents)
    if output_format == "json":
        click.echo(json.dumps({"persons": entries, "unresolved": unresolved,
                               "proposed": [vars(proposal) | {"forms": [form for form, _ in proposal.forms]}
                                            for proposal in proposed.values()]}, ensure_ascii=False, indent=2))
        return
    for entry in entries:
        click.echo(marked(f"{entry['name']} ({entry['id']})"))
        if entry["forms"]:
            click.echo("  forms: " + marked("; ".join(entry["forms"])))
        if entry["attested"]:
            click.echo("  attested: " + marked("; ".join(entry["attested"])))
        for place in entry["documents"]:
            counts = ", ".join(personography.count(place[kind], kind[:-1]) for kind in ("turns", "mentions")
                               if place[kind])
            click.echo(marked(f"  {place['file']}: {counts}"))
    forms = sum(len(entry["forms"]) + len(entry["attested"]) for entry in entries)
    mentions = sum(place["mentions"] for entry in entries for place in entry["documents"])
    turns = sum(place["turns"] for entry in entries for place in entry["documents"])
    for proposal in proposed.values():
        click.echo(marked(f"proposed: {proposal.n} ({'; '.join(form for form, _ in proposal.forms)}), cert {proposal.cert}, "
                          f"in {', '.join(proposal.documents)}"))
    click.echo(f"{len(entries)} persons in {len(documents)} documents: {forms} name forms, {turns} turns, "
               f"{mentions} mentions resolved, {unresolved} unresolved, {len(proposed)} proposed", err=True)


@main.command(epilog=EPILOG)
@click.argument("folder", type=click.Path(path_type=Path))
@reports_errors
def init(folder: Path) -> None:
    """Start an edition of your own in FOLDER (new or empty): seeds/ for your pages, tei/ with an empty
    personography (persons.xml), and a README of the layout. Then put pages into FOLDER/seeds and run
    `plenum build` in FOLDER; speakers persons.xml does not know are proposed, never refused."""
    from . import scaffold

    for path in scaffold.start(folder):
        click.echo(str(path))
    click.echo(f"edition started in {folder}: put pages into {folder / 'seeds'} and run plenum build there", err=True)


@main.command(epilog=EPILOG)
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


if __name__ == "__main__":  # pragma: no cover - `python -m plenum.cli`
    main()

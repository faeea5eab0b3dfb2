"""The command line: one click group whose commands are the stages of the pipeline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__, exchange, runner, teidiff
from .cli_edition import init, persons, serve
from .cli_support import DIFF_EPILOG, EPILOG, FORCE_HELP, finish, progress, reports_errors
from .edition import IMPORTED, PERSONS, Edition, real, source_files, tei_files
from .errors import EXIT_INVALID, EXIT_OK, PlenumError
from .render import FORMATS
from .summary import Summary, quiet
from .validate import SCHEMAS


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

    Writes tei/<source>.xml for each source, site/<document>.html, .txt and .csl.json (its citation)
    for each valid TEI document, site/index.html, site/persons.html with a page for each person the
    documents name (site/persons/<id>.html), site/search.html with the search
    index in site/pagefind/ (Pagefind; the search needs the site served over HTTP), and the
    encoding review of each of the
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
    finish(runner.build(edition, progress, force, schema, jobs, full, scheduler or cluster))


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
    runner.convert(source_files(sources), output, summary, progress, force)
    finish(summary)


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
    runner.validate(tei_files(files), summary, quiet if as_json else progress, schema)
    if svrl is not None:
        from . import svrl as reports
        reports.write_reports(tei_files(files), svrl)
    if as_json:
        click.echo(json.dumps({"problems": [problem.as_dict() for problem in summary.problems],
                               "valid": summary.valid, "invalid": summary.invalid, "unreadable": summary.errors},
                              ensure_ascii=False, indent=2))
        sys.exit(summary.exit_code)
    finish(summary)


@main.command(epilog=EPILOG)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("site"), show_default=True,
              help="Folder to write the reading editions to.")
@click.option("--format", "formats", type=click.Choice(list(FORMATS)), multiple=True,
              help="Output format (repeatable): html, text, csl (CSL-JSON); default: all three.")
@reports_errors
def render(files: tuple[Path, ...], output: Path, formats: tuple[str, ...]) -> None:
    """Render TEI FILES (files or folders of *.xml) as HTML pages, plain text and CSL-JSON citations into
    OUTPUT, with a home page and, given persons.xml, a person index and person pages (persons/)
    listing only these files.

    OUTPUT may not be the site `plenum build` keeps for the files' edition (its home page would list
    only these files): render elsewhere, or run `plenum build`."""
    summary = Summary()
    documents = tei_files(files)
    for edition in {Edition.around(path) for path in documents}:
        if edition.state.is_file() and real(output) == real(edition.site):
            raise PlenumError(f"{output}: is the site plenum build keeps for {edition.tei}; its home page would list "
                              f"only the files given: render into another folder (-o), or run plenum build")
    runner.render(documents, output, formats or tuple(FORMATS), summary, progress)
    finish(summary)


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
    runner.review(found, output, site, summary, progress, sources)
    finish(summary)


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
    exchange.import_files(tei_files(files), output, summary, progress)
    finish(summary)


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
    exchange.export(tei_dir, output, summary, progress, sources, bag)
    finish(summary)


main.add_command(persons)
main.add_command(init)
main.add_command(serve)


if __name__ == "__main__":  # pragma: no cover - `python -m plenum.cli`
    main()

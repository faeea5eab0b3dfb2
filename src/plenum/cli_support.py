"""What every command of the command line shares: the epilogs, the progress display, the summary
and the turning of errors into one line and an exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Sized

import click

from . import limits, tei
from .errors import EXIT_INTERRUPTED, EXIT_USAGE, PlenumError, describe
from .summary import Summary
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


def progress(items: Iterable, label: str):
    """click's progress bar on stderr (the default progress display of every long run); `items` may be
    results still coming in, if their number is known (pool.Arriving)."""
    return click.progressbar(items if isinstance(items, Sized) else list(items), label=label.ljust(11),
                             file=sys.stderr)


def finish(summary: Summary) -> None:
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
    code: the error's own, EXIT_USAGE, EXIT_INTERRUPTED (also where Ctrl-C broke a lock's release and the
    RuntimeError that made is raised in its place)."""
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
            _interrupted()
        except RuntimeError as exc:
            if not isinstance(exc.__context__, KeyboardInterrupt):
                raise
            _interrupted()    # (Ctrl-C inside a lock's 'with' of concurrent.futures: the lock's release fails)
    return wrapper


def _interrupted() -> None:
    """Ctrl-C's one line and exit code."""
    click.echo("\nplenum: interrupted; files already written are complete, the rest were not made", err=True)
    sys.exit(EXIT_INTERRUPTED)

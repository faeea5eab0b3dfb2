"""`python -m plenum`: the command line, as the `plenum` command runs it."""

from .cli import main

main(prog_name="plenum")

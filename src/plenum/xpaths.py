"""XPath expressions as text, for the checks plenum makes of those it is given (the conventions table's
conditions, Schematron rule contexts) before compiling them."""

from __future__ import annotations

import re

# A predicate holding no other (strings in it left whole): removed innermost first.
_PREDICATE = re.compile(r"\[(?:'[^']*'|\"[^\"]*\"|[^\[\]'\"])*\]")


def without_predicates(expression: str) -> str:
    """`expression` with its predicates removed, nested ones too: its outer steps and functions."""
    stripped = None
    while stripped != expression:
        stripped, expression = expression, _PREDICATE.sub("", expression)
    return expression

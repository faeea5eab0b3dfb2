"""The flow of imports is one way (issue 15.4): CLI → runner → tasks → readers, transforms, checks and
writers → foundation (tei, engines, ...), with no cycle among the package's modules, and the runner
no taller than three modules. Every import counts, those inside functions too."""

from __future__ import annotations

import ast
from pathlib import Path

import plenum

PACKAGE = Path(plenum.__file__).parent

# Each module of the package with its layer; a module may import only from its own layer or below.
LAYERS = {
    "the command line": ("cli", "cli_edition", "cli_support", "__main__"),
    "the runner": ("runner", "phases"),
    "the tasks": ("tasks", "pool", "cluster", "state", "shards"),
    "readers, transforms, checks and writers": (
        "readers", "readers.*", "transforms", "transforms.*", "pipeline", "lossless", "wordcheck", "persons",
        "attestations", "person_report", "person_network", "sourceview", "sourcemarks", "validate", "schematron", "svrl",
        "teiall", "includes", "render", "person_pages", "extracts", "search", "review", "review_files", "outcomes", "teidiff", "exchange", "package", "import_checks",
        "summary", "adoption", "scaffold", "serve", "dts", "dts.*"),
    "the foundation": ("__init__", "tei", "engines", "errors", "paths", "fileio", "limits", "source", "visible",
                       "textnodes", "provenance", "fingerprint", "digests", "xpaths", "edition", "timing", "conventions", "publication",
                       "siteconfig"),
}
RANKS = list(LAYERS)
# The runner's floors below the command line: the runner, then the modules of the tasks' layer.
RUNNER_LAYERS = ("the runner", "the tasks")
MAX_RUNNER_HEIGHT = 3


def _modules() -> dict[str, Path]:
    """Each module by its dotted name within the package ('readers' for readers/__init__.py)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _package_of(name: str) -> list[str]:
    """The package a module lies in, as parts ([] for the top level)."""
    is_package = MODULES[name].name == "__init__.py" and name != "__init__"
    parts = name.split(".") if name != "__init__" else []
    return parts if is_package else parts[:-1]


def _target(parts: list[str]) -> str | None:
    """The package's module with these parts, or None (a name outside the package)."""
    name = ".".join(parts) or "__init__"
    return name if name in MODULES else None


def imports(name: str) -> set[str]:
    """The package's modules that module `name` imports, anywhere in it."""
    found = set()
    for node in ast.walk(ast.parse(MODULES[name].read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(_target(alias.name.split(".")[1:]) for alias in node.names
                         if alias.name.split(".")[0] == "plenum")
        elif isinstance(node, ast.ImportFrom):
            module = (node.module or "").split(".") if node.module else []
            if node.level:
                package = _package_of(name)
                base = package[:len(package) - node.level + 1] + module
            elif module[:1] == ["plenum"]:
                base = module[1:]
            else:
                continue
            for alias in node.names:  # `from . import x` imports the module x when there is one
                found.add(_target(base + [alias.name]) or _target(base))
    found.discard(None)
    found.discard(name)
    return found


GRAPH = {name: imports(name) for name in MODULES}


def layer(name: str) -> str | None:
    for rank, members in LAYERS.items():
        if name in members or any(member.endswith(".*") and name.startswith(member[:-1]) for member in members):
            return rank
    return None


def test_every_module_has_a_layer():
    assert [name for name in MODULES if layer(name) is None] == []


def test_imports_go_down_the_layers_only():
    upward = sorted(f"{name} ({layer(name)}) imports {other} ({layer(other)})" for name, others in GRAPH.items()
                    for other in others if RANKS.index(layer(other)) < RANKS.index(layer(name)))
    assert upward == []


def test_no_module_imports_itself_through_others():
    cycles, done, stack = [], set(), []

    def visit(name: str) -> None:
        stack.append(name)
        for other in sorted(GRAPH[name]):
            if other in stack:
                cycles.append(" → ".join(stack[stack.index(other):] + [other]))
            elif other not in done:
                visit(other)
        stack.pop()
        done.add(name)

    for name in sorted(GRAPH):
        if name not in done:
            visit(name)
    assert cycles == []


def test_the_runner_is_at_most_three_modules_tall():
    def height(name: str) -> int:
        below = [other for other in GRAPH[name] if layer(other) in RUNNER_LAYERS]
        return 1 + max((height(other) for other in below), default=0)

    assert height("runner") <= MAX_RUNNER_HEIGHT
    assert "runner" in GRAPH["cli"]

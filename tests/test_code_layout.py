"""The code's layout: a class or module name means one thing across the package, and no module grows
far past 400 lines (issue 15.5)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import plenum

PACKAGE = Path(plenum.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_LINES = 425   # "about 400": a module past it is split along its seams


def _names(kind: str) -> dict[str, list[str]]:
    """Each class name (kind 'class') or module name (kind 'module') with the modules that hold it."""
    where: dict[str, list[str]] = defaultdict(list)
    for path in MODULES:
        module = str(path.relative_to(PACKAGE))
        if kind == "module" and path.stem not in ("__init__", "__main__"):
            where[path.stem].append(module)
        if kind == "class":
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef):
                    where[node.name].append(module)
    return where


def test_class_names_are_unique_across_modules():
    assert {name: modules for name, modules in _names("class").items() if len(modules) > 1} == {}


def test_module_names_are_unique_across_packages():
    assert {name: modules for name, modules in _names("module").items() if len(modules) > 1} == {}


def test_no_module_is_much_longer_than_400_lines():
    lengths = {str(path.relative_to(PACKAGE)): len(path.read_text(encoding="utf-8").splitlines())
               for path in MODULES}
    assert {module: length for module, length in lengths.items() if length > MAX_LINES} == {}

"""The package stays readable: every public function and method says in a docstring what it returns
(or does), and no module grows past 400 lines (split one along a seam before it does).

Public means a name without a leading underscore, defined at module level or in a class (nested
classes too); functions nested in a function are its private helpers and are not counted.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kfp_assistant"
MAX_LINES = 400
MODULES = sorted(PACKAGE.rglob("*.py"))

_Function = ast.FunctionDef | ast.AsyncFunctionDef


def _public_functions(node: ast.AST, prefix: str = "") -> Iterator[tuple[str, _Function]]:
    """(qualified name, node) of every public function and method under a module or class body,
    including those under if/try blocks, but not inside function bodies."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, _Function):
            if not child.name.startswith("_"):
                yield prefix + child.name, child
        elif isinstance(child, ast.ClassDef):
            if not child.name.startswith("_"):
                yield from _public_functions(child, f"{prefix}{child.name}.")
        elif isinstance(child, ast.If | ast.Try | ast.With):
            yield from _public_functions(child, prefix)


def _undocumented(path: Path) -> list[str]:
    """'file:line name' of each public function or method of a file without a docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(PACKAGE.parent) if path.is_relative_to(PACKAGE.parent) else path.name
    return [
        f"{where}:{node.lineno} {name}"
        for name, node in _public_functions(tree)
        if not (ast.get_docstring(node) or "").strip()
    ]


def _line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_every_public_function_has_a_docstring() -> None:
    missing = [entry for path in MODULES for entry in _undocumented(path)]
    assert not missing, f"{len(missing)} public functions without a docstring:\n" + "\n".join(missing)


def test_every_module_is_at_most_400_lines() -> None:
    long = {str(p.relative_to(PACKAGE.parent)): n for p in MODULES if (n := _line_count(p)) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines (split along a seam): {long}"


def test_the_checks_can_fail(tmp_path: Path) -> None:
    """A public function, method or property without a docstring is reported; private names, nested
    helpers and documented functions are not; a long file is counted as long."""
    source = tmp_path / "sample.py"
    source.write_text(
        "def bare(): pass\n"
        "def _private(): pass\n"
        "def documented():\n"
        '    """The answer."""\n'
        "    def helper(): pass\n"
        "class Thing:\n"
        "    @property\n"
        "    def size(self): return 1\n"
        "    def __len__(self): return 1\n"
        "if True:\n"
        "    def conditional(): pass\n",
        encoding="utf-8",
    )
    found = [entry.split(" ", 1)[1] for entry in _undocumented(source)]
    assert found == ["bare", "Thing.size", "conditional"]
    source.write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert _line_count(source) > MAX_LINES

"""The package's folders are the pipeline's stages: imports only point down, and nothing cycles.

Stages, bottom to top: sv, schema, settings, errors < ingest < extract < store < ask < compare <
export, assistant < evals < app. Every import of a kfp_assistant module counts, at module level or
deferred into a function: a deferred import would only hide a cycle, not remove it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kfp_assistant"
STAGES: dict[str, int] = {
    "sv": 0, "schema": 0, "settings": 0, "errors": 0,
    "ingest": 1, "extract": 2, "store": 3, "ask": 4, "compare": 5,
    "export": 6, "assistant": 6, "evals": 7, "app": 8,
}  # fmt: skip


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """kfp_assistant modules a file imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("kfp_assistant")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kfp_assistant"):
            found.add(node.module)
            # "from kfp_assistant.compare import charts" imports the module kfp_assistant.compare.charts
            found |= {f"{node.module}.{a.name}" for a in node.names if _is_module(f"{node.module}.{a.name}")}
    return found


def _is_module(name: str) -> bool:
    relative = Path(*name.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").exists() or (PACKAGE / relative / "__init__.py").exists()


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


GRAPH = {_module_name(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_belongs_to_a_stage() -> None:
    unknown = {m for m in GRAPH if _stage(m) not in STAGES and m != "kfp_assistant"}
    assert not unknown, f"modules outside the stages: {sorted(unknown)}"


def test_imports_only_point_down() -> None:
    upward = [
        f"{module} -> {imported}"
        for module, imports in GRAPH.items()
        for imported in imports
        if module != "kfp_assistant"
        and _stage(imported) in STAGES
        and STAGES[_stage(imported)] > STAGES[_stage(module)]
    ]
    assert not upward, "imports from a higher stage:\n" + "\n".join(sorted(upward))


def _cycle_from(start: str) -> list[str] | None:
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in GRAPH.get(node, set()):
            if nxt == start:
                return [*path, start]
            if nxt in GRAPH and nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_import_cycle(module: str) -> None:
    cycle = _cycle_from(module)
    assert cycle is None, " -> ".join(cycle or [])


def test_layer_check_catches_an_upward_import(tmp_path: Path) -> None:
    """The check itself can fail: a store module importing ask is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from kfp_assistant.ask.answer import Answerer\n", encoding="utf-8")
    imported = _imports(bad)
    assert imported == {"kfp_assistant.ask.answer"}
    assert STAGES[_stage(next(iter(imported)))] > STAGES["store"]

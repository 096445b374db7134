"""What a process imports to start: heavy libraries that answering does not need stay out."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("chromadb", "langchain_chroma", "langsmith", "scipy", "bm25s", "openpyxl")


def _imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_the_facade_imports_no_vector_store_tracing_or_scipy() -> None:
    # Each of these cost 0.3-4 s of every process start (CLI, app, benchmark children).
    assert _imported_after("import kfp_assistant.assistant") == set()


def test_the_probe_sees_a_heavy_import() -> None:
    assert _imported_after("import kfp_assistant.store.chroma as c; c.Chroma") >= {"langchain_chroma"}


def test_the_cli_imports_no_vector_store_or_spreadsheet_library() -> None:
    assert _imported_after("import kfp_assistant.app.cli") == set()

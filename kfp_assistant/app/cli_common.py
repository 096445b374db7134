"""What every `kfp` command shares: consoles, option types, error handling, the assistant, batches.

The command modules (cli.py, cli_records.py, cli_compare.py, cli_eval.py) import this one and
nothing of each other, so no module of the CLI imports back up the chain.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from kfp_assistant.assistant import Assistant
from kfp_assistant.errors import KfpError
from kfp_assistant.settings import Settings

console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])
IndexDirOption = Annotated[
    Path | None, typer.Option("--index-dir", help="Index folder (default: KFP_INDEX_DIR, else indexes/).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
AdminOption = Annotated[
    list[str] | None,
    typer.Option(
        "--administration",
        "-a",
        help="Only plans of this administration; part of the name is enough (repeatable).",
    ),
]
PeriodOption = Annotated[
    list[str] | None,
    typer.Option("--period", "-p", help="Only plans of this period, e.g. 2025-2027 (repeatable)."),
]
BatchOption = Annotated[
    Path | None,
    typer.Option("--batch", help="File of questions: one per line, or JSONL with a 'question' field."),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one 'error:' line on stderr; return the Exit to raise."""
    err_console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def friendly_errors(func: F) -> F:
    """Known problems become one line on stderr and exit code 1, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KfpError as exc:
            raise fail(str(exc)) from None

    return wrapper  # type: ignore[return-value]


def make_assistant(index_dir: Path | None = None, **overrides: Any) -> Assistant:
    """An Assistant over the settings, with the command line's overrides (None means not given)."""
    settings = Settings()
    updates: dict[str, Any] = {k: v for k, v in overrides.items() if v is not None}
    if index_dir is not None:
        updates["index_dir"] = index_dir
    return Assistant(settings.model_copy(update=updates))


def open_index(index_dir: Path | None = None, **overrides: Any) -> Assistant:
    """An Assistant over an index that holds plans; a clear error for a missing or empty one."""
    assistant = make_assistant(index_dir, **overrides)
    folder = assistant.settings.index_dir
    if not folder.is_dir():
        raise KfpError(
            f"no index at {folder} (the folder does not exist); check --index-dir or KFP_INDEX_DIR, "
            "or build one with `kfp ingest PATH`"
        )
    if not assistant.documents():
        raise KfpError(f"the index at {folder} holds no plans; add plans with `kfp ingest PATH`")
    return assistant


def print_json(data: Any) -> None:
    """Pretty JSON on stdout, non-ASCII kept (Swedish)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_json_line(data: Any) -> None:
    """One JSON object on one line (JSONL), flushed so that a pipe sees it at once."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


@dataclass
class BatchItem:
    """One line of a batch file: its question, or why it has none."""

    line: int
    question: str | None = None
    error: str | None = None


def read_batch(path: Path) -> list[BatchItem]:
    """The batch file's non-empty lines; a line that is not a question becomes an item with an error."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise KfpError(f"{path}: cannot read the batch file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise KfpError(f"{path}: the batch file is not UTF-8 text; save it as UTF-8") from None
    items = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line:
            items.append(_batch_item(number, line))
    return items


def _batch_item(number: int, line: str) -> BatchItem:
    if not line.startswith("{"):
        return BatchItem(number, question=line)
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return BatchItem(number, error=f"line {number}: not valid JSON ({exc.msg}, column {exc.colno})")
    question = data.get("question") if isinstance(data, dict) else None
    if not isinstance(question, str) or not question.strip():
        return BatchItem(number, error=f"line {number}: no 'question' text in the JSON object")
    return BatchItem(number, question=question.strip())


def run_batch(path: Path, answer: Callable[[str], dict[str, Any]]) -> int:
    """Answer each line as one JSON line; a bad line or a failed answer gets an error record and the
    batch goes on. Returns the number of error records."""
    errors = 0
    for item in read_batch(path):
        record: dict[str, Any]
        if item.question is None:
            record = {"line": item.line, "error": item.error}
        else:
            try:
                record = {"line": item.line, **answer(item.question)}
            except Exception as exc:  # one failed question must not stop the batch
                record = {"line": item.line, "question": item.question, "error": f"{exc}"}
        errors += "error" in record
        print_json_line(record)
    return errors

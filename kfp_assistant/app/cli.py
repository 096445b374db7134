"""Command line: thin wrappers over the Assistant facade. JSON output is stable for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from kfp_assistant.assistant import Assistant
from kfp_assistant.errors import KfpError
from kfp_assistant.schema import Answer, IngestReport, SearchHit
from kfp_assistant.settings import Settings

app = typer.Typer(help="kfp: ask, extract and compare Swedish competence supply plans.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluation runners that print scored reports.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])
IndexDirOption = Annotated[
    Path | None, typer.Option("--index-dir", help="Index folder (default KFP_INDEX_DIR).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def friendly_errors(func: F) -> F:
    """Known problems become one line on stderr and exit code 1, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KfpError as exc:
            err_console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def make_assistant(index_dir: Path | None = None, **overrides: Any) -> Assistant:
    settings = Settings()
    updates: dict[str, Any] = {k: v for k, v in overrides.items() if v is not None}
    if index_dir is not None:
        updates["index_dir"] = index_dir
    return Assistant(settings.model_copy(update=updates))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
@friendly_errors
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (default: corpus/).")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Remove plans whose files are gone.")] = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Wipe the index and build it anew.")] = False,
    follow_symlinks: Annotated[
        bool,
        typer.Option("--follow-symlinks", help="Follow links in folders to files outside them."),
    ] = False,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Parse, chunk and index plans; prints one status per file."""
    assistant = make_assistant(index_dir, follow_symlinks=follow_symlinks or None)
    if as_json:
        report = assistant.ingest(paths, prune=prune, rebuild=rebuild)
        print_json(report.model_dump())
    else:
        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("kvar"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[file]}"),
            console=err_console,
            transient=True,
        ) as bar:
            task = bar.add_task("Läser in", total=None, file="")

            def on_progress(done: int, total: int, file: str) -> None:
                bar.update(task, total=total, completed=done - 1, file=Path(file).name)

            report = assistant.ingest(paths, prune=prune, rebuild=rebuild, progress=on_progress)
        _print_ingest_table(report)
    if any(f.status == "failed" for f in report.files):
        raise typer.Exit(2)


def _print_ingest_table(report: IngestReport) -> None:
    table = Table(title=f"Ingest ({report.seconds:.1f} s)")
    for column in ("file", "status", "administration", "period", "pages", "chunks", "message"):
        table.add_column(column, overflow="fold")
    styles = {"ok": "green", "unchanged": "dim", "failed": "red", "removed": "yellow"}
    for f in report.files:
        message = f.message or "; ".join(f.warnings)
        table.add_row(
            Path(f.file).name,
            f"[{styles[f.status]}]{f.status}[/]",
            f.administration or "",
            f.period or "",
            str(f.pages),
            str(f.chunks),
            message,
        )
    console.print(table)


@app.command()
@friendly_errors
def docs(index_dir: IndexDirOption = None, as_json: JsonOption = False) -> None:
    """List the plans in the index."""
    documents = make_assistant(index_dir).documents()
    if as_json:
        print_json({"documents": [d.model_dump() for d in documents]})
        return
    table = Table(title=f"{len(documents)} planer i indexet")
    for column in ("file", "administration", "period", "title", "pages", "chunks", "doc_id"):
        table.add_column(column, overflow="fold")
    for d in documents:
        table.add_row(
            d.file,
            d.administration or "",
            d.period or "",
            d.title or "",
            str(d.pages),
            str(d.chunks),
            d.doc_id,
        )
    console.print(table)


@app.command()
@friendly_errors
def remove(
    target: Annotated[str, typer.Argument(help="File name, path or doc id of the plan.")],
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Remove a plan from the index."""
    removed = make_assistant(index_dir).remove(target)
    if as_json:
        print_json({"removed": [r.model_dump() for r in removed]})
    elif removed:
        for r in removed:
            console.print(f"removed {r.file} ({r.doc_id})")
    else:
        err_console.print(f"error: no plan in the index matches '{target}'. See `kfp docs`.")
        raise typer.Exit(1)


def _search_json(query: str, hits: list[SearchHit]) -> dict[str, Any]:
    return {"query": query, "results": [h.model_dump(exclude={"chunk_id"}) for h in hits]}


def read_batch(path: Path) -> list[str]:
    """Questions from a file: one per line, or JSONL objects with a 'question' field."""
    questions = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            questions.append(str(json.loads(line)["question"]))
        else:
            questions.append(line)
    return questions


@app.command("search")
@friendly_errors
def search_command(
    query: Annotated[str | None, typer.Argument(help="The question or search words.")] = None,
    k: Annotated[int, typer.Option("--k", help="Number of results.")] = 10,
    administration: Annotated[list[str] | None, typer.Option("--administration", "-a")] = None,
    period: Annotated[list[str] | None, typer.Option("--period", "-p")] = None,
    batch: Annotated[Path | None, typer.Option("--batch", help="File of questions (lines or JSONL).")] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Hybrid search over the plans."""
    assistant = make_assistant(index_dir)
    if batch is not None:
        for question in read_batch(batch):
            hits = assistant.search(question, k, administration, period)
            sys.stdout.write(json.dumps(_search_json(question, hits), ensure_ascii=False) + "\n")
        return
    if not query:
        err_console.print("error: give a QUERY or --batch FILE.")
        raise typer.Exit(1)
    hits = assistant.search(query, k, administration, period)
    if as_json:
        print_json(_search_json(query, hits))
        return
    for hit in hits:
        console.print(
            f"[bold]{hit.rank}.[/bold] {hit.administration or '?'} {hit.period or ''} — s. {hit.page} — "
            f"{hit.section} [dim]({hit.score:.4f}, {hit.file})[/dim]",
            highlight=False,
        )
        console.print(f"   {hit.text[:300]}", highlight=False)


def _answer_json(answer: Answer) -> dict[str, Any]:
    return answer.model_dump(
        mode="json", include={"question", "answer", "mode", "not_found", "route", "citations"}
    )


@app.command()
@friendly_errors
def ask(
    question: Annotated[str | None, typer.Argument(help="The question, in Swedish.")] = None,
    administration: Annotated[list[str] | None, typer.Option("--administration", "-a")] = None,
    period: Annotated[list[str] | None, typer.Option("--period", "-p")] = None,
    llm: Annotated[str | None, typer.Option("--llm", help="none, ollama:<model> or openai:<model>.")] = None,
    batch: Annotated[Path | None, typer.Option("--batch", help="File of questions (lines or JSONL).")] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Answer a question from the plans, with citations."""
    assistant = make_assistant(index_dir, llm=llm)
    if batch is not None:
        for line in read_batch(batch):
            answer = assistant.ask(line, None, administration, period)
            sys.stdout.write(json.dumps(_answer_json(answer), ensure_ascii=False) + "\n")
        return
    if not question:
        err_console.print("error: give a QUESTION or --batch FILE.")
        raise typer.Exit(1)
    if as_json:
        print_json(_answer_json(assistant.ask(question, None, administration, period)))
        return
    for event in assistant.ask_stream(question, None, administration, period):
        if event.kind == "text":
            sys.stdout.write(event.text)
            sys.stdout.flush()
        elif event.kind == "citations" and event.citations:
            sys.stdout.write("\n\nKällor:\n")
            for c in event.citations:
                where = f"{c.administration or c.file} {c.period or ''}".strip()
                sys.stdout.write(f"[{c.n}] {where}, s. {c.page}, {c.file}: »{c.quote[:160]}«\n")
    sys.stdout.write("\n")


@eval_app.command("qa")
@friendly_errors
def eval_qa(
    questions: Annotated[Path, typer.Option("--questions")] = Path("eval/qa_dev.jsonl"),
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
    llm: Annotated[str | None, typer.Option("--llm", help="none, ollama:<model> or openai:<model>.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Write each answer and score here.")] = None,
) -> None:
    """Share of answers holding every required fact and citing the source; refusals; latency."""
    from kfp_assistant.evals.qa import evaluate_qa, format_qa_report

    report = evaluate_qa(make_assistant(index_dir, llm=llm), questions)
    if out is not None:
        out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    report.pop("items")
    if as_json:
        print_json(report)
    else:
        console.print(format_qa_report(report), highlight=False)


WhatOption = Annotated[str, typer.Option("--what", help="activities, figures or gaps.")]
KINDS = ("activities", "figures", "gaps")


def _records(
    assistant: Assistant, kinds: tuple[str, ...], administration: list[str] | None
) -> dict[str, list]:
    plans = assistant.plan_records(administration)
    data: dict[str, list] = {}
    for kind in kinds:
        data[kind] = [record for plan in plans for record in getattr(plan, kind)]
    return data


@app.command()
@friendly_errors
def extract(
    what: WhatOption = "activities",
    administration: Annotated[list[str] | None, typer.Option("--administration", "-a")] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show the records extracted at ingest: activities, key figures or gaps."""
    if what not in KINDS:
        err_console.print(f"error: --what must be one of {', '.join(KINDS)}.")
        raise typer.Exit(1)
    assistant = make_assistant(index_dir)
    data = _records(assistant, (what,), administration)
    if as_json:
        print_json({what: [r.model_dump(mode="json") for r in data[what]]})
        return
    from kfp_assistant.export import columns, rows

    table = Table(title=f"{len(data[what])} {what}")
    shown = [c for c in columns(what) if c not in {"doc_id", "quote", "areas", "responsible_list"}]  # type: ignore[arg-type]
    for column in shown:
        table.add_column(column, overflow="fold")
    all_columns = columns(what)  # type: ignore[arg-type]
    for row in rows(what, data[what]):  # type: ignore[arg-type]
        table.add_row(*[str(row[all_columns.index(c)]) for c in shown])
    console.print(table)
    for plan in assistant.plan_records(administration):
        for warning in plan.warnings:
            err_console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)


@app.command()
@friendly_errors
def export(
    what: Annotated[str, typer.Argument(help="activities, figures, gaps or all.")],
    fmt: Annotated[str, typer.Option("--format", help="json, csv or xlsx.")] = "xlsx",
    out: Annotated[Path, typer.Option("--out", help="Output file.")] = Path("export.xlsx"),
    administration: Annotated[list[str] | None, typer.Option("--administration", "-a")] = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Export extracted records for reporting (JSON with schema, CSV for Swedish Excel, XLSX)."""
    from kfp_assistant.export import write_export

    kinds = KINDS if what == "all" else (what,)
    if any(k not in KINDS for k in kinds) or fmt not in ("json", "csv", "xlsx"):
        err_console.print("error: give activities|figures|gaps|all and --format json|csv|xlsx.")
        raise typer.Exit(1)
    data = _records(make_assistant(index_dir), kinds, administration)
    for path in write_export(data, fmt, out):  # type: ignore[arg-type]
        counts = ", ".join(f"{len(v)} {k}" for k, v in data.items())
        console.print(f"wrote {path} ({counts})")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extracted records."""
    from kfp_assistant.export import json_schema

    print_json(json_schema())


@eval_app.command("extract")
@friendly_errors
def eval_extract(
    gold: Annotated[Path, typer.Option("--gold", help="Folder with the gold JSONL files.")] = Path(
        "eval/gold"
    ),
    plans: Annotated[
        Path | None,
        typer.Option(
            "--plans", help="Score these plan files (loaded and extracted here) instead of the index."
        ),
    ] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Precision, recall, F1 and per-field accuracy of extraction against the gold files."""
    from kfp_assistant.evals.extraction import (
        evaluate_extraction,
        evaluate_plan_files,
        format_extraction_report,
    )

    assistant = make_assistant(index_dir)
    if plans is not None:
        llm = assistant.llm if assistant.settings.extract_with_llm else None
        report = evaluate_plan_files(plans, gold, llm=llm, embeddings=assistant.embeddings)
    else:
        report = evaluate_extraction(assistant, gold)
    if as_json:
        print_json(report)
    else:
        console.print(format_extraction_report(report), highlight=False)


@eval_app.command("retrieval")
@friendly_errors
def eval_retrieval(
    questions: Annotated[Path, typer.Option("--questions")] = Path("eval/retrieval_dev.jsonl"),
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Recall@1/5/10 and MRR@10 for the hybrid retriever and a naive baseline."""
    from kfp_assistant.evals.retrieval import evaluate_retrieval, format_retrieval_report

    report = evaluate_retrieval(make_assistant(index_dir), questions)
    if as_json:
        print_json(report)
    else:
        console.print(format_retrieval_report(report), highlight=False)


@app.command()
@friendly_errors
def bench(
    questions: Annotated[Path, typer.Option("--questions")] = Path("eval/retrieval_dev.jsonl"),
    plans: Annotated[
        int, typer.Option("--plans", help="Make N synthetic plans from the sample corpus and measure them.")
    ] = 0,
    workdir: Annotated[
        Path | None,
        typer.Option("--workdir", help="Folder for the synthetic plans and index (default: temporary)."),
    ] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Search latency p50/p95 and peak memory; with --plans N, the scale table of a synthetic corpus."""
    from kfp_assistant.evals.retrieval import benchmark_search, read_jsonl

    assistant = make_assistant(index_dir)
    if plans > 0:
        from kfp_assistant.evals.bench import bench_command
        from kfp_assistant.store.pipeline import collect_files

        texts = [str(item["question"]) for item in read_jsonl(questions)]
        sources, _ = collect_files([assistant.settings.corpus_dir])
        result, table = bench_command(assistant, plans, texts, workdir, sources)
        print_json(result) if as_json else console.print(table, highlight=False)
        return
    report = benchmark_search(assistant, questions)
    if as_json:
        print_json(report)
    else:
        for key, value in report.items():
            console.print(f"{key}: {value}")


@app.command()
@friendly_errors
def serve(
    host: Annotated[str | None, typer.Option("--host", help="Address (default KFP_HOST, 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option("--port", help="Port (default KFP_PORT, 7860).")] = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Start the app (Gradio) on KFP_HOST:KFP_PORT."""
    from kfp_assistant.app.ui import serve as serve_app

    serve_app(make_assistant(index_dir, host=host, port=port).settings)


def _register_compare_commands() -> None:
    from kfp_assistant.app.cli_compare import register

    register(app)


_register_compare_commands()


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover - `python -m kfp_assistant.app.cli`
    app()

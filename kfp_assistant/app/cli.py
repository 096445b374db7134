"""Command line `kfp`: thin wrappers over the Assistant facade. JSON output is stable for scripts.

The commands live in cli.py (index, questions, app, users), cli_records.py (extract, export,
schema), cli_compare.py (compare, diff) and cli_eval.py (eval, bench); cli_common.py holds what
they share. Messages are English; the app speaks Swedish.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from kfp_assistant.app import cli_compare, cli_records
from kfp_assistant.app.cli_common import (
    AdminOption,
    BatchOption,
    IndexDirOption,
    JsonOption,
    PeriodOption,
    console,
    err_console,
    fail,
    friendly_errors,
    make_assistant,
    open_index,
    print_json,
    run_batch,
)
from kfp_assistant.app.cli_eval import bench, eval_app
from kfp_assistant.app.login import hash_password, set_user
from kfp_assistant.schema import Answer, IngestReport, SearchHit

app = typer.Typer(help="kfp: ask, extract and compare Swedish competence supply plans.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.command()(cli_records.extract)
app.command()(cli_records.export)
app.command()(cli_records.schema)
app.command()(cli_compare.compare)
app.command()(cli_compare.diff)
app.command()(bench)


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
    sentences: Annotated[
        bool | None,
        typer.Option(
            "--sentences/--no-sentences",
            help="Also embed the plans' sentences for explanations before returning (default: "
            "KFP_SENTENCES_AT_INGEST, off: the app does it in the background, a question the few it needs).",
        ),
    ] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Parse, chunk and index plans; prints one status per file."""
    assistant = make_assistant(index_dir, follow_symlinks=follow_symlinks or None)
    if as_json:
        report = assistant.ingest(paths, prune=prune, rebuild=rebuild, sentences=sentences)
        print_json(report.model_dump())
    else:
        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[file]}"),
            console=err_console,
            transient=True,
        ) as bar:
            task = bar.add_task("Ingesting", total=None, file="")

            def on_progress(done: int, total: int, file: str) -> None:
                bar.update(task, total=total, completed=done - 1, file=Path(file).name)

            report = assistant.ingest(
                paths, prune=prune, rebuild=rebuild, progress=on_progress, sentences=sentences
            )
        _print_ingest_table(report)
        filled = assistant.settings.sentences_at_ingest if sentences is None else sentences
        console.print(ingest_times(report, filled))
    if any(f.status == "failed" for f in report.files):
        raise typer.Exit(2)


def ingest_times(report: IngestReport, filled: bool) -> str:
    """The line saying when the plans were answerable and when their sentences were cached."""
    line = f"Plans answerable after {report.answerable_seconds:.1f} s"
    if filled:
        return (
            f"{line}; sentence cache for explanations filled {report.sentence_seconds:.1f} s later "
            f"({report.sentences} sentences embedded), {report.seconds:.1f} s in all."
        )
    return (
        f"{line}. Sentences for explanations: embedded by the app in the background after it starts "
        "(or by a question, the few it needs); `--sentences` embeds them now."
    )


def _print_ingest_table(report: IngestReport) -> None:
    table = Table(title=f"Ingest ({report.seconds:.1f} s)")
    for column in ("file", "status", "administration", "period", "pages", "chunks", "message"):
        table.add_column(column, overflow="fold")
    styles = {"ok": "green", "unchanged": "dim", "failed": "red", "removed": "yellow"}
    for f in report.files:
        message = f.message or "; ".join(f.warnings)
        table.add_row(
            Path(f.file).name,
            f"[{styles.get(f.status, 'white')}]{f.status}[/]",
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
    table = Table(title=f"{len(documents)} plans in the index")
    for column in ("file", "administration", "period", "title", "pages", "chunks", "doc_id"):
        table.add_column(column, overflow="fold")
    for d in documents:
        row = (d.file, d.administration, d.period, d.title, d.pages, d.chunks, d.doc_id)
        table.add_row(*("" if v is None else str(v) for v in row))
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
            console.print(f"removed {r.file} ({r.doc_id})", highlight=False)
    if not removed:
        raise fail(f"no plan in the index matches '{target}'; list the plans with `kfp docs`")


def _search_json(query: str, hits: list[SearchHit]) -> dict[str, Any]:
    return {"query": query, "results": [h.model_dump(exclude={"chunk_id"}) for h in hits]}


@app.command("search")
@friendly_errors
def search_command(
    query: Annotated[str | None, typer.Argument(help="The question or search words.")] = None,
    k: Annotated[int, typer.Option("--k", min=1, max=1000, help="Number of results (1-1000).")] = 10,
    administration: AdminOption = None,
    period: PeriodOption = None,
    batch: BatchOption = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Hybrid search over the plans."""
    if batch is None and not query:
        raise fail("give a QUERY or --batch FILE")
    assistant = open_index(index_dir)
    if batch is not None:
        errors = run_batch(
            batch,
            lambda question: _search_json(question, assistant.search(question, k, administration, period)),
        )
        raise typer.Exit(2 if errors else 0)
    assert query is not None
    hits = assistant.search(query, k, administration, period)
    if as_json:
        print_json(_search_json(query, hits))
        return
    for hit in hits:
        whose = hit.administration or "(no administration stated)"
        console.print(
            f"[bold]{hit.rank}.[/bold] {whose} {hit.period or ''} — p. {hit.page} — "
            f"{hit.section} [dim]({hit.score:.4f}, {hit.file})[/dim]",
            highlight=False,
        )
        console.print(f"   {hit.text[:300]}", highlight=False)


def _answer_json(answer: Answer) -> dict[str, Any]:
    return answer.model_dump(
        mode="json", include={"question", "answer", "mode", "not_found", "route", "citations", "searched"}
    )


@app.command()
@friendly_errors
def ask(
    question: Annotated[str | None, typer.Argument(help="The question, in Swedish.")] = None,
    administration: AdminOption = None,
    period: PeriodOption = None,
    llm: Annotated[str | None, typer.Option("--llm", help="none, ollama:<model> or openai:<model>.")] = None,
    batch: BatchOption = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Answer a question from the plans, with citations."""
    if batch is None and not question:
        raise fail("give a QUESTION or --batch FILE")
    assistant = open_index(index_dir, llm=llm)
    if batch is not None:
        errors = run_batch(
            batch, lambda line: _answer_json(assistant.ask(line, None, administration, period))
        )
        raise typer.Exit(2 if errors else 0)
    assert question is not None
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


@app.command()
@friendly_errors
def serve(
    host: Annotated[str | None, typer.Option("--host", help="Address (default KFP_HOST, 127.0.0.1).")] = None,
    port: Annotated[
        int | None, typer.Option("--port", min=1, max=65535, help="Port (default KFP_PORT, 7860).")
    ] = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Start the app on KFP_HOST:KFP_PORT (only this machine unless --host says otherwise)."""
    # Deferred: gradio takes seconds to import, and only this command needs it.
    from kfp_assistant.app.web import serve as serve_app

    serve_app(make_assistant(index_dir, host=host, port=port).settings)


@app.command()
@friendly_errors
def user(
    name: Annotated[str, typer.Argument(help="User name to add, or whose password to change.")],
    users_file: Annotated[
        Path | None, typer.Option("--file", help="Users file (default KFP_AUTH); created if missing.")
    ] = None,
) -> None:
    """Add an app user or set a new password (asked for twice; stored as a scrypt hash)."""
    target = users_file or make_assistant().settings.auth
    if target is None:
        raise fail("give --file USERS_FILE or set KFP_AUTH")
    password = typer.prompt(f"Password for {name}", hide_input=True, confirmation_prompt=True)
    if len(password) < 8:
        raise fail("the password must have at least 8 characters")
    set_user(target, name, hash_password(password))
    console.print(f"{name} can now log in (users file {target})", highlight=False)


def main() -> None:  # pragma: no cover - console entry point
    """Run the CLI."""
    app()


if __name__ == "__main__":  # pragma: no cover - `python -m kfp_assistant.app.cli`
    app()

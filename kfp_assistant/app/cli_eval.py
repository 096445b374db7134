"""`kfp eval retrieval|extract|qa` and `kfp bench`: scored reports over the eval sets."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from kfp_assistant.app.cli_common import (
    IndexDirOption,
    JsonOption,
    console,
    friendly_errors,
    make_assistant,
    open_index,
    print_json,
)
from kfp_assistant.evals.bench import bench_command, near_copies_index
from kfp_assistant.evals.evidence_fit import fit_evidence
from kfp_assistant.evals.extraction import evaluate_extraction, evaluate_plan_files, format_extraction_report
from kfp_assistant.evals.qa import evaluate_qa, format_qa_report
from kfp_assistant.evals.retrieval import (
    benchmark_search,
    evaluate_retrieval,
    format_retrieval_report,
    read_jsonl,
)
from kfp_assistant.store.pipeline import collect_files

eval_app = typer.Typer(help="Evaluation runners that print scored reports.", no_args_is_help=True)


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
    report = evaluate_qa(open_index(index_dir, llm=llm), questions)
    if out is not None:
        out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    report.pop("items")
    if as_json:
        print_json(report)
    else:
        console.print(format_qa_report(report), highlight=False)


@eval_app.command("fit-evidence")
@friendly_errors
def eval_fit_evidence(
    questions: Annotated[
        list[str],
        typer.Option(
            "--questions",
            help="Development QA files; FILE@INDEX_DIR asks a file's questions over another index.",
        ),
    ],
    index_dir: IndexDirOption = None,
    write: Annotated[bool, typer.Option("--write", help="Save the model in the package.")] = False,
) -> None:
    """Fit the evidence model (when retrieved passages answer a question) on development questions."""
    by_index: dict[str | None, list[Path]] = {}
    for spec in questions:
        file, _, other = spec.partition("@")
        by_index.setdefault(other or None, []).append(Path(file))
    sources = [(open_index(Path(d) if d else index_dir), files) for d, files in by_index.items()]
    model, report = fit_evidence(sources)
    print_json(report)
    if write:
        model.save()


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
    if plans is not None:
        assistant = make_assistant(index_dir)
        llm = assistant.llm if assistant.settings.extract_with_llm else None
        report = evaluate_plan_files(plans, gold, llm=llm, embeddings=assistant.embeddings)
    else:  # the index's records: an empty index would score zeros rather than say what is wrong
        report = evaluate_extraction(open_index(index_dir), gold)
    if as_json:
        print_json(report)
    else:
        console.print(format_extraction_report(report), highlight=False)


@eval_app.command("retrieval")
@friendly_errors
def eval_retrieval(
    questions: Annotated[Path, typer.Option("--questions")] = Path("eval/retrieval_dev.jsonl"),
    near_copies: Annotated[
        int,
        typer.Option(
            "--near-copies",
            help="Score a new index of the sample corpus plus N synthetic near-copies of its plans "
            "under other administrations' names (no baseline).",
        ),
    ] = 0,
    workdir: Annotated[
        Path | None,
        typer.Option(
            "--workdir", help="With --near-copies: folder for the copies and index (default: temporary)."
        ),
    ] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Recall@1/5/10 and MRR@10 for the hybrid retriever and a naive baseline."""
    assistant = make_assistant(index_dir) if near_copies > 0 else open_index(index_dir)
    if near_copies > 0:
        sources, _ = collect_files([assistant.settings.corpus_dir])
        with tempfile.TemporaryDirectory(prefix="kfp-near-copies-") as tmp:
            copies = near_copies_index(assistant.settings, sources, near_copies, workdir or Path(tmp))
            report = evaluate_retrieval(copies, questions, baseline=False)
    else:
        report = evaluate_retrieval(assistant, questions)
    if as_json:
        print_json(report)
    else:
        console.print(format_retrieval_report(report), highlight=False)


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
    assistant = make_assistant(index_dir)
    if plans > 0:
        texts = [str(item["question"]) for item in read_jsonl(questions)]
        sources, _ = collect_files([assistant.settings.corpus_dir])
        result, table = bench_command(assistant, plans, texts, workdir, sources)
        if as_json:
            print_json(result)
        else:
            console.print(table, highlight=False)
        return
    report = benchmark_search(assistant, questions)
    if as_json:
        print_json(report)
    else:
        for key, value in report.items():
            console.print(f"{key}: {value}")

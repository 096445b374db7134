"""`kfp bench --plans N`: a synthetic corpus made from the sample plans, ingested and measured.

Each synthetic plan is one sample plan under another administration's name and another period,
with some of its words swapped with their neighbours (seeded, so the corpus is the same every
run). Metadata comes from a manifest.csv, since the invented names are not in the lexicon.
Every phase runs in a child process of its own, so each peak memory figure is that phase's.
"""

from __future__ import annotations

import multiprocessing
import random
import re
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kfp_assistant.assistant import Assistant
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.ingest.metadata import extract_metadata
from kfp_assistant.settings import Settings

_PARTS = tuple(
    [
        "Norr",
        "Söder",
        "Väster",
        "Öster",
        "Ek",
        "Björk",
        "Sjö",
        "Berg",
        "Dal",
        "Vik",
        "Holm",
        "Lund",
        "Ås",
        "Näs",
        "Strand",
        "Hag",
        "Mal",
        "Tall",
        "Gran",
        "Lind",
        "Sol",
        "Ängs",
        "Äng",
        "Kvarn",
        "Bro",
        "Hamn",
        "Sand",
        "Sten",
        "Skogs",
        "Bergs",
    ]
)
_ENDS = ("by", "sta", "vik", "holmen", "dalen", "berga", "ängen", "torp")
_SWAP = 0.15  # share of words swapped with their neighbour
_WORD = re.compile(r"\S+")
_COMPARISON = "Hur arbetar förvaltningarna med heltid som norm?"


def administration_names(count: int) -> list[str]:
    """Invented administration names, always the same ones in the same order."""
    names = [f"{p}{e} stadsdelsförvaltning" for e in _ENDS for p in _PARTS]
    return [
        names[i % len(names)] + (f" {i // len(names) + 1}" if i >= len(names) else "") for i in range(count)
    ]


def _shuffled(text: str, rng: random.Random) -> str:
    lines = []
    for line in text.splitlines():
        words = _WORD.findall(line)
        for i in range(len(words) - 1):
            if rng.random() < _SWAP and not any(ch.isdigit() for ch in words[i] + words[i + 1]):
                words[i], words[i + 1] = words[i + 1], words[i]
        lines.append(" ".join(words))
    return "\n".join(lines)


def make_corpus(sources: list[Path], plans: int, out: Path, seed: int = 16) -> list[Path]:
    """Write `plans` synthetic plans (Markdown) and their manifest.csv to out; returns the files."""
    texts = []
    for path in sorted(sources):
        parsed = load_document(path)
        meta = extract_metadata(parsed)
        text = "\n\n".join(page.text for page in parsed.pages)
        if meta.administration:
            text = text.replace(meta.administration, "{ADMIN}")
        texts.append(text)
    rng = random.Random(seed)
    admins = administration_names(max(1, plans // 3 + 1))
    out.mkdir(parents=True, exist_ok=True)
    rows = ["file;administration;period"]
    files = []
    for n in range(plans):
        admin = admins[n % len(admins)]
        year = 2020 + n // len(admins)
        period = f"{year}-{year + 2}"
        body = _shuffled(texts[n % len(texts)].replace("{ADMIN}", admin), rng)
        path = out / f"plan-{n:04d}.md"
        path.write_text(f"# Kompetensförsörjningsplan {period}\n\n{admin}\n\n{body}\n", encoding="utf-8")
        rows.append(f"{path.name};{admin};{period}")
        files.append(path)
    (out / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return files


def near_copies_index(settings: Settings, sources: list[Path], copies: int, workdir: Path) -> Assistant:
    """An assistant over a new index in workdir holding the sample plans and `copies` synthetic
    near-copies of them under other administrations' names (what a city's many plans look like to
    a question about one of them)."""
    files = make_corpus(sources, copies, workdir / "copies") if copies > 0 else []
    assistant = Assistant(settings.model_copy(update={"index_dir": workdir / "index"}))
    report = assistant.ingest([*sources, *files])
    failed = [f.file for f in report.files if f.status == "failed"]
    if failed:
        raise RuntimeError(f"near-copies index: could not ingest {', '.join(failed)}")
    return assistant


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _phase_ingest(settings: Settings, paths: list[str], queue: Any) -> None:
    started = time.perf_counter()
    report = Assistant(settings).ingest([Path(p) for p in paths])
    seconds = time.perf_counter() - started
    chunks = sum(f.chunks for f in report.files if f.status == "ok")
    queue.put(
        {"seconds": round(seconds, 2), "chunks": chunks, "embedded": report.embedded, "peak_mb": _peak_mb()}
    )


def _phase_remove(settings: Settings, target: str, queue: Any) -> None:
    started = time.perf_counter()
    Assistant(settings).remove(target)
    queue.put({"seconds": round(time.perf_counter() - started, 2), "peak_mb": _peak_mb()})


def _latencies(call: Callable[[str], object], questions: list[str]) -> dict[str, float]:
    times = []
    for question in questions:
        started = time.perf_counter()
        call(question)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"p50": round(statistics.median(times), 1), "p95": round(times[int(0.95 * (len(times) - 1))], 1)}


def _phase_search(settings: Settings, questions: list[str], started: float, queue: Any) -> None:
    assistant = Assistant(settings)
    assistant.ask(questions[0])
    first_answer = time.time() - started
    for question in questions[:5]:
        assistant.search(question, 10)
    admins = sorted({d.administration for d in assistant.documents() if d.administration})
    scoped = [f"{q.rstrip('?')} i {admins[i % len(admins)]}?" for i, q in enumerate(questions)]
    unscoped = _latencies(lambda q: assistant.search(q, 10), questions)
    scoped_ms = _latencies(lambda q: assistant.search(q, 10), scoped)
    began = time.perf_counter()
    assistant.ask(_COMPARISON)
    comparison = time.perf_counter() - began
    queue.put(
        {
            "first_answer_s": round(first_answer, 2),
            "unscoped_ms": unscoped,
            "scoped_ms": scoped_ms,
            "comparison_s": round(comparison, 2),
            "peak_mb": _peak_mb(),
        }
    )


def _child(target: Callable[..., None], *args: Any) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return dict(result)


def run_bench(
    assistant: Assistant, plans: int, questions: list[str], workdir: Path, sources: list[Path]
) -> dict[str, Any]:
    """Make the corpus, ingest all but one plan from nothing, add that one, remove it, search."""
    settings = assistant.settings.model_copy(update={"index_dir": workdir / "index"})
    files = make_corpus(sources, plans, workdir / "plans")
    ingest = _child(_phase_ingest, settings, [str(f) for f in files[:-1]])
    add = _child(_phase_ingest, settings, [str(files[-1])])
    remove = _child(_phase_remove, settings, files[-1].name)
    search = _child(_phase_search, settings, questions, time.time())
    return {
        "plans": plans,
        "embeddings": settings.embeddings,
        "chroma": settings.chroma_url or "on disk",
        "chunks": ingest["chunks"] + add["chunks"],
        "ingest": ingest,
        "chunks_per_s": round(ingest["chunks"] / max(ingest["seconds"], 1e-9), 1),
        "add_one_plan": add,
        "remove_one_plan": remove,
        "search": search,
    }


def format_bench(report: dict[str, Any]) -> str:
    """The issue's table, one row."""
    s, add, rm = report["search"], report["add_one_plan"], report["remove_one_plan"]
    cells = [
        f"{report['plans']} ({report['chunks']:,})",
        f"{report['ingest']['seconds']} s ({report['chunks_per_s']} chunks/s)",
        f"{add['seconds']} s, {add['peak_mb']} MB",
        f"{rm['seconds']} s, {rm['peak_mb']} MB",
        f"{s['unscoped_ms']['p50']} / {s['unscoped_ms']['p95']} ms",
        f"{s['scoped_ms']['p50']} / {s['scoped_ms']['p95']} ms",
        f"{s['comparison_s']} s",
        f"{s['first_answer_s']} s",
        f"{report['ingest']['peak_mb']} / {add['peak_mb']} / {s['peak_mb']} MB",
    ]
    header = [
        "plans (chunks)",
        "ingest from nothing",
        "add one plan",
        "remove one plan",
        "search p50 / p95, unscoped",
        "scoped",
        "open comparison",
        "start to first answer",
        "peak memory (ingest / add / search)",
    ]
    return "\n".join(
        [
            f"embeddings {report['embeddings']}, Chroma {report['chroma']}",
            "",
            "| " + " | ".join(header) + " |",
            "|" + "---|" * len(header),
            "| " + " | ".join(cells) + " |",
        ]
    )


def bench_command(
    assistant: Assistant, plans: int, questions: list[str], workdir: Path | None, sources: list[Path]
) -> tuple[dict[str, Any], str]:
    """run_bench in workdir (default: a temporary folder); returns the report and its table."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kfp-bench-") as tmp:
        report = run_bench(assistant, plans, questions, workdir or Path(tmp), sources)
    return report, format_bench(report)

"""Evaluation runners: scored reports, not pass/fail tests."""

from __future__ import annotations

import json
import re
import resource
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kfp_assistant.ask.retrieval import hybrid_search, query_scope
from kfp_assistant.ingest.loaders import load_document

if TYPE_CHECKING:
    from kfp_assistant.assistant import Assistant

_SPACE = re.compile(r"\s+")


def normalize(text: object) -> str:
    """Lowercased, whitespace-collapsed, without bullets, table bars or markdown bold: for scoring only."""
    value = str(text or "").replace("\u00a0", " ").replace("○", " ").replace(" | ", " ").replace("-\n", "")
    return _SPACE.sub(" ", value.replace("*", "")).strip().lower()


def passage_in(passage: str, text: str) -> bool:
    """True when the chunk holds the passage, or (cut at a chunk border) its first or last 60 characters."""
    p, t = normalize(passage), normalize(text)
    if p in t:
        return True
    return len(p) > 80 and (p[:60] in t or p[-60:] in t)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON Lines file, blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rank_of(hits: list[tuple[str, str]], file: str, passage: str) -> int | None:
    """1-based rank of the first (file, text) hit holding the passage."""
    for rank, (hit_file, text) in enumerate(hits, start=1):
        if hit_file == file and passage_in(passage, text):
            return rank
    return None


def _scores(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks) or 1
    return {
        "recall@1": round(sum(1 for r in ranks if r and r <= 1) / n, 3),
        "recall@5": round(sum(1 for r in ranks if r and r <= 5) / n, 3),
        "recall@10": round(sum(1 for r in ranks if r and r <= 10) / n, 3),
        "mrr@10": round(sum(1.0 / r for r in ranks if r and r <= 10) / n, 3),
    }


def naive_chunks(text: str, size: int = 1000, overlap: int = 200) -> list[str]:
    """The baseline's chunking: fixed windows over the whole text, blind to sections."""
    step = size - overlap
    return [text[i : i + size] for i in range(0, max(len(text) - overlap, 1), step)]


def evaluate_retrieval(assistant: Assistant, questions_file: Path, baseline: bool = True) -> dict[str, Any]:
    """Hybrid retriever vs naive baseline (1000/200 chunks, dense only, no prefix line), same questions;
    without `baseline`, the hybrid retriever alone (the baseline embeds every plan's text again)."""
    items = read_jsonl(questions_file)
    index = assistant.index
    hybrid_ranks: list[int | None] = []
    latencies: list[float] = []
    for item in items:
        started = time.perf_counter()
        fused = hybrid_search(index, item["question"], 10, query_scope(item["question"], index.documents()))
        latencies.append(time.perf_counter() - started)
        hits = []
        for chunk_id, _ in fused:
            chunk = index.chunk(chunk_id)
            if chunk is not None:
                hits.append((chunk.file, chunk.text))
        hybrid_ranks.append(_rank_of(hits, item["file"], item["passage"]))

    misses = [item["id"] for item, rank in zip(items, hybrid_ranks, strict=True) if not rank or rank > 5]
    return {
        "questions": len(items),
        "plans": len(index.documents()),
        "hybrid": _scores(hybrid_ranks),
        **({"baseline": _scores(_baseline_ranks(assistant, items))} if baseline else {}),
        "hybrid_query_ms_p50": round(statistics.median(latencies) * 1000, 1),
        "hybrid_misses_at_5": misses,
    }


def _baseline_ranks(assistant: Assistant, items: list[dict[str, Any]]) -> list[int | None]:
    files: list[str] = []
    texts: list[str] = []
    for doc in assistant.index.documents():
        parsed = load_document(Path(doc.path))
        full = "\n".join(page.text for page in parsed.pages)
        for piece in naive_chunks(full):
            files.append(doc.file)
            texts.append(piece)
    if not texts:
        return [None] * len(items)
    matrix = np.asarray(assistant.embeddings.embed_documents(texts), dtype=np.float32)
    ranks: list[int | None] = []
    for item in items:
        query = np.asarray(assistant.embeddings.embed_query(item["question"]), dtype=np.float32)
        order = np.argsort(-(matrix @ query))[:10]
        ranks.append(_rank_of([(files[i], texts[i]) for i in order], item["file"], item["passage"]))
    return ranks


def format_retrieval_report(report: dict[str, Any]) -> str:
    """The retrieval report as a markdown table of hybrid against baseline, with latency and misses."""
    lines = [
        f"{report['questions']} questions, {report['plans']} plans",
        "",
        "| retriever | recall@1 | recall@5 | recall@10 | MRR@10 |",
        "|---|---|---|---|---|",
    ]
    for name in [n for n in ("hybrid", "baseline") if n in report]:
        s = report[name]
        lines.append(f"| {name} | {s['recall@1']} | {s['recall@5']} | {s['recall@10']} | {s['mrr@10']} |")
    lines.append("")
    lines.append(f"hybrid query p50: {report['hybrid_query_ms_p50']} ms")
    lines.append(f"missed at 5: {', '.join(report['hybrid_misses_at_5']) or 'none'}")
    return "\n".join(lines)


def benchmark_search(assistant: Assistant, questions_file: Path, warmup: int = 5) -> dict[str, Any]:
    """Latency of hybrid search after warm-up, and the peak memory of this process."""
    questions = [item["question"] for item in read_jsonl(questions_file)]
    for question in questions[:warmup]:
        assistant.search(question, 10)
    latencies = []
    for question in questions:
        started = time.perf_counter()
        assistant.search(question, 10)
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    return {
        "queries": len(latencies),
        "query_ms_p50": round(statistics.median(latencies), 1),
        "query_ms_p95": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }

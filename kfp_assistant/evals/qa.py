"""`kfp eval qa`: answers scored against eval/qa_dev.jsonl.

An answerable question is right when the answer holds every required fact and
its citations include a source passage; an unanswerable one must be declined.
Comparison questions must also cite every administration they name.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from kfp_assistant.ask.answer import Turn
from kfp_assistant.assistant import Assistant
from kfp_assistant.evals.retrieval import normalize, read_jsonl
from kfp_assistant.schema import Answer
from kfp_assistant.sv.administrations import administration_key

# A number written with digit groups separated by a space (normal, no-break, thin or narrow no-break).
_GROUPED_NUMBER = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d])")


def _scored(text: str) -> str:
    """evaluate.normalize, after writing grouped numbers without spaces ("1 561" -> "1561"): plans
    write both, so an answer and a fact are compared with the grouping removed on both sides."""
    return normalize(_GROUPED_NUMBER.sub(lambda m: re.sub(r"\s", "", m.group()), str(text or "")))


def facts_held(answer: Answer, facts: list[str]) -> bool:
    """Whether the answer states every required fact (normalised, digit grouping ignored)."""
    text = _scored(answer.answer)
    return all(_scored(f) in text for f in facts)


def cites_source(answer: Answer, sources: list[dict[str, Any]]) -> bool:
    """A citation from the source's file whose quote overlaps the source passage."""
    for source in sources:
        passage = _scored(source["passage"])
        for c in answer.citations:
            if c.file == source["file"] and fuzz.partial_ratio(passage, _scored(c.quote)) >= 85:
                return True
    return False


def cites_every_administration(answer: Answer, administrations: list[str]) -> bool:
    """Whether the answer cites a plan of each administration named."""
    cited = {administration_key(c.administration or "") for c in answer.citations}
    return all(administration_key(a) in cited for a in administrations)


def score_item(item: dict[str, Any], answer: Answer) -> dict[str, Any]:
    """Whether an answer holds the facts, cites a source and (for comparisons) every administration."""
    if not item["answerable"]:
        return {"declined": answer.not_found}
    facts = facts_held(answer, item["required_facts"])
    cited = cites_source(answer, item["sources"])
    result = {"facts": facts, "cited": cited, "right": facts and cited and not answer.not_found}
    if item["type"] == "compare":
        result["all_administrations_cited"] = cites_every_administration(answer, item["administrations"])
        result["right"] = result["right"] and result["all_administrations_cited"]
    return result


def ask_item(assistant: Assistant, item: dict[str, Any]) -> Answer:
    """The answer to an item's question, asked in a chat after its `history` questions (follow-ups)."""
    turns: list[Turn] = []
    for earlier in item.get("history") or []:
        previous = assistant.ask(earlier, history=turns)
        turns = [*turns, Turn(earlier, previous.answer, dict(previous.route))]
    return assistant.ask(item["question"], history=turns)


def _groups(rows: list[dict[str, Any]], key: str) -> dict[str, float]:
    """Share answered right (or declined, for unanswerable items) per value of `key`."""
    by: dict[str, list[bool]] = {}
    for r in rows:
        by.setdefault(str(r[key]), []).append(bool(r.get("right", r.get("declined"))))
    return {k: _share(v) for k, v in sorted(by.items())}


def evaluate_qa(assistant: Assistant, questions_file: Path, warmup: int = 3) -> dict[str, Any]:
    """Scores of the answers to every item of a QA file: right with citation, declined, by kind, latency."""
    items = read_jsonl(questions_file)
    for item in items[:warmup]:
        assistant.ask(item["question"])
    latencies: list[float] = []
    rows = []
    for item in items:
        started = time.perf_counter()
        answer = ask_item(assistant, item)
        latencies.append((time.perf_counter() - started) * 1000)
        rows.append(
            {
                "id": item["id"],
                "type": item["type"],
                "lang": item.get("lang", "sv"),
                "followup": bool(item.get("history")),
                **score_item(item, answer),
                "answer": answer.answer,
                "citations": [f"{c.file} p{c.page}: {c.quote}" for c in answer.citations],
            }
        )
    answerable = [r for r in rows if "right" in r]
    unanswerable = [r for r in rows if "declined" in r]
    by_type: dict[str, list[bool]] = {}
    for r in answerable:
        by_type.setdefault(r["type"], []).append(bool(r["right"]))
    latencies.sort()
    return {
        "questions": len(rows),
        "mode": "llm" if assistant.llm is not None else "extractive",
        "answerable_right_with_citation": _share([r["right"] for r in answerable]),
        "answerable_facts": _share([r["facts"] for r in answerable]),
        "answerable_cited": _share([r["cited"] for r in answerable]),
        "unanswerable_declined": _share([r["declined"] for r in unanswerable]),
        "right_by_type": {t: _share(v) for t, v in sorted(by_type.items())},
        "by_language": _groups(rows, "lang"),
        "by_followup": _groups(rows, "followup"),
        "compare_all_administrations_cited": _share(
            [r["all_administrations_cited"] for r in answerable if "all_administrations_cited" in r]
        ),
        "latency_ms_p50": round(statistics.median(latencies), 1),
        "latency_ms_p95": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
        "wrong": [r["id"] for r in answerable if not r["right"]],
        "not_declined": [r["id"] for r in unanswerable if not r["declined"]],
        "counts": dict(Counter(r["type"] for r in rows)),
        "items": rows,
    }


def _share(values: list[Any]) -> float:
    return round(sum(1 for v in values if v) / len(values), 3) if values else 0.0


def format_qa_report(report: dict[str, Any]) -> str:
    """The QA report as text for the terminal, one figure a line."""
    lines = [
        f"{report['questions']} questions ({report['mode']}): {report['counts']}",
        f"answerable right with citation: {report['answerable_right_with_citation']}"
        f" (facts {report['answerable_facts']}, cited {report['answerable_cited']})",
        f"unanswerable declined: {report['unanswerable_declined']}",
        f"comparisons citing every administration: {report['compare_all_administrations_cited']}",
        "right by type: " + ", ".join(f"{k} {v}" for k, v in report["right_by_type"].items()),
        "by language (right or declined): " + ", ".join(f"{k} {v}" for k, v in report["by_language"].items()),
        "follow-ups (right or declined): " + str(report["by_followup"].get("True", "none")),
        f"latency p50 {report['latency_ms_p50']} ms, p95 {report['latency_ms_p95']} ms",
        f"wrong: {', '.join(report['wrong']) or 'none'}",
        f"not declined: {', '.join(report['not_declined']) or 'none'}",
    ]
    return "\n".join(lines)

"""Free comparison questions ("Hur arbetar förvaltningarna med avslutssamtal?"): the best passages of
each compared plan, and which plans have nothing on the topic.

In: a Route whose `plans` are the plans compared (scope.py chose them). Out: one part per plan, the
best matching first. Only the best `Settings.compare_top` plans that mention the topic are `shown`
with their passages; an answer names the others in one line, so that a question over a whole city's
plans stays readable (and an LLM prompt stays small).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kfp_assistant.ask.retrieval import expand_for_lexical, ranked_per_plan
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import Chunk
from kfp_assistant.store.index import ChunkIndex
from kfp_assistant.sv.words import question_stems, term_in, tokenize


def question_terms(question: str, administrations: Sequence[str], expand: bool = True) -> set[str]:
    """Stems that say what a question is about (not how it asks, not whose plan)."""
    names = {stem for name in administrations for stem in tokenize(name.replace("-", " "))}
    # Metric words get their synonyms ("könsfördelning" -> "andel kvinnor"), as in retrieval.
    words = tokenize(expand_for_lexical(question) if expand else question)
    skip = question_stems()
    return {t for t in words if t not in skip and t not in names and not t.isdigit()}


def _passage(chunk: Chunk, score: float) -> dict[str, Any]:
    return {
        "chunk_id": chunk.chunk_id,
        "text": chunk.text,
        "page": chunk.page_start,
        "section": chunk.section,
        "score": round(score, 6),
    }


def compare_question(
    index: ChunkIndex, route: Route, k: int = 3, top: int | None = None
) -> list[dict[str, Any]]:
    """Top k passages of each compared plan (route.plans), one part per plan, best matching plan first;
    the best `top` (default: the index settings' compare_top) relevant parts are marked `shown`.

    Per-plan retrieval always returns something, even from a plan that never mentions the topic,
    and its fused (RRF) score is rank-based within the plan, so it cannot tell. A part is therefore
    `relevant` only when its passages contain a word of the question's topic (Snowball stems,
    compound prefixes allowed); calibrated on the "compare" questions of eval/qa_dev.jsonl.
    """
    question = route.question
    documents = {d.doc_id: d for d in index.documents()}
    terms = question_terms(question, [d.administration or "" for d in documents.values()])
    found, order = ranked_per_plan(index, question, k, set(route.plans))
    rank = {doc_id: i for i, doc_id in enumerate(order)}
    parts: list[dict[str, Any]] = []
    for doc_id in sorted(route.plans, key=lambda d: rank.get(d, len(rank))):
        doc = documents.get(doc_id)
        if doc is None:
            continue
        hits = [(index.chunk(chunk_id), score) for chunk_id, score in found.get(doc_id, [])]
        passages = [_passage(chunk, score) for chunk, score in hits if chunk is not None]
        words = {w for p in passages for w in tokenize(str(p["text"]))}
        matched = sorted(t for t in terms if term_in(t, words))
        relevant = bool(passages) and (bool(matched) or not terms)
        plan = {
            "administration": doc.administration,
            "period": doc.period,
            "doc_id": doc_id,
            "file": doc.file,
        }
        parts.append({**plan, "passages": passages, "relevant": relevant, "matched_terms": matched})
    limit = index.settings.compare_top if top is None else top
    shown = [p for p in parts if p["relevant"]][: max(limit, 1)]
    for part in parts:
        part["shown"] = any(part is s for s in shown)
    return parts


def also_mentioned(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parts that mention the topic but are not shown (past compare_top), best first."""
    return [p for p in parts if p["relevant"] and not p.get("shown", True)]

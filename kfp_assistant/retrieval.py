"""Hybrid retrieval: reciprocal rank fusion of BM25 and dense results.

RRF (k=60) needs no score calibration between the two rankers, which have
incomparable scales; measured here, the fusion beat either ranker alone.
Comparisons use per-plan mode (top k from each plan), because a pooled top 5
held both compared plans only 83% of the time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from kfp_assistant.index import ChunkIndex, RegisteredDocument
from kfp_assistant.lexicon import METRICS, administration_key, find_administrations, metrics_in
from kfp_assistant.schema import SearchHit

RRF_K = 60
# "planen 2025-2027", "plan för 2021", "enligt planen från 2024": a period that names a plan version,
# unlike "hösten 2024", which dates a fact that may sit in a later plan.
_PLAN_PERIOD = re.compile(r"\bplan\w*\s+(?:för\s+|från\s+)?(?:år\s+)?(\d{4}(?:\s*[-–]\s*\d{4})?)", re.I)


def select_documents(
    documents: Iterable[RegisteredDocument],
    administrations: list[str] | None = None,
    periods: list[str] | None = None,
) -> set[str]:
    """Doc ids whose administration and period match the filters (names matched loosely)."""
    keys = [administration_key(a) for a in administrations or [] if a]
    wanted_periods = {p.strip() for p in periods or [] if p}
    chosen: set[str] = set()
    for doc in documents:
        doc_key = administration_key(doc.administration or "")
        if keys and not any(k and (k in doc_key or doc_key in k) for k in keys):
            continue
        if wanted_periods and not _period_matches(doc.period, wanted_periods):
            continue
        chosen.add(doc.doc_id)
    return chosen


def scope_from_query(query: str, documents: list[RegisteredDocument]) -> set[str] | None:
    """Plans a query names (administration, and a plan period such as "planen 2025-2027").

    None when it names none that are indexed: then every plan is searched, and an
    answer can still say that a named administration is not covered.
    """
    admins = find_administrations(query)
    chosen = select_documents(documents, admins) if admins else {d.doc_id for d in documents}
    if not chosen:
        return None
    match = _PLAN_PERIOD.search(query)
    if match:
        period = re.sub(r"\s*[-–]\s*", "-", match.group(1))
        narrowed = chosen & select_documents(documents, None, [period])
        chosen = narrowed or chosen
    return chosen if admins or match else None


def _period_matches(period: str | None, wanted: set[str]) -> bool:
    if period is None:
        return False
    if period in wanted:
        return True
    # A year asks for the plan whose period covers it ("2026" matches "2025-2027").
    bounds = [int(x) for x in period.split("-") if x.isdigit()]
    return any(w.isdigit() and bool(bounds) and bounds[0] <= int(w) <= bounds[-1] for w in wanted)


def fuse(rankings: list[list[tuple[str, float]]], k: int = RRF_K) -> list[tuple[str, float]]:
    """Reciprocal rank fusion of ranked id lists; ties keep the first ranking's order."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, (item, _score) in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])


def expand_for_lexical(query: str) -> str:
    """Add the vocabulary's words for any metric the query asks about ("fast anställda" ->
    "tillsvidareanställda"): users paraphrase, plans use the official term, and BM25 only
    matches words."""
    extra = [syn.rstrip("*") for metric in metrics_in(query) for syn in METRICS[metric]["synonyms"]]
    return f"{query} {' '.join(extra)}" if extra else query


def hybrid_search(
    index: ChunkIndex, query: str, k: int = 10, doc_ids: set[str] | None = None, fetch_k: int = 50
) -> list[tuple[str, float]]:
    """Fused (chunk id, score) list, best first."""
    lexical = index.lexical_search(expand_for_lexical(query), fetch_k, doc_ids)
    dense = index.dense_search(query, fetch_k, doc_ids)
    return fuse([lexical, dense])[:k]


def per_plan_search(
    index: ChunkIndex, query: str, k: int = 3, doc_ids: set[str] | None = None
) -> dict[str, list[tuple[str, float]]]:
    """Top k per plan, so every compared plan is represented."""
    targets = sorted(doc_ids) if doc_ids is not None else [d.doc_id for d in index.documents()]
    return {doc_id: hybrid_search(index, query, k, {doc_id}) for doc_id in targets}


def to_hits(index: ChunkIndex, fused: list[tuple[str, float]]) -> list[SearchHit]:
    hits: list[SearchHit] = []
    for chunk_id, score in fused:
        chunk = index.chunk(chunk_id)
        if chunk is None:
            continue
        hits.append(
            SearchHit(
                rank=len(hits) + 1,
                score=round(score, 6),
                file=chunk.file,
                doc_id=chunk.doc_id,
                administration=chunk.administration,
                period=chunk.period,
                page=chunk.page_start,
                section=chunk.section,
                text=chunk.text,
                chunk_id=chunk.chunk_id,
            )
        )
    return hits


def search(
    index: ChunkIndex,
    query: str,
    k: int = 10,
    administrations: list[str] | None = None,
    periods: list[str] | None = None,
) -> list[SearchHit]:
    """Hybrid search with optional administration/period filters; without them, the plans the query names."""
    documents = index.documents()
    doc_ids: set[str] | None
    if administrations or periods:
        doc_ids = select_documents(documents, administrations, periods)
    else:
        doc_ids = scope_from_query(query, documents)
    return to_hits(index, hybrid_search(index, query, k, doc_ids))


class HybridRetriever(BaseRetriever):
    """LangChain retriever over the chunk index (RRF of BM25 and dense)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: ChunkIndex
    k: int = Field(default=5, description="Results to return (per plan in per-plan mode).")
    administrations: list[str] = Field(
        default_factory=list, description="Only plans of these administrations."
    )
    periods: list[str] = Field(default_factory=list, description="Only plans of these periods or years.")
    per_plan: bool = Field(default=False, description="Return the top k of each plan.")

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun | None = None, k: int | None = None
    ) -> list[Document]:
        k = k or self.k
        documents = self.index.documents()
        doc_ids: set[str] | None
        if self.administrations or self.periods:
            doc_ids = select_documents(documents, self.administrations, self.periods)
        else:
            doc_ids = scope_from_query(query, documents)
        if self.per_plan:
            fused = [
                item for items in per_plan_search(self.index, query, k, doc_ids).values() for item in items
            ]
        else:
            fused = hybrid_search(self.index, query, k, doc_ids)
        return [
            Document(
                id=hit.chunk_id,
                page_content=hit.text,
                metadata=hit.model_dump(exclude={"text"}),
            )
            for hit in to_hits(self.index, fused)
        ]

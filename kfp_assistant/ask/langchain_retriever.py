"""The chunk index as a LangChain retriever (HybridRetriever), for LangChain pipelines built on it.

Its own module, imported only by those who use it: LangChain's retriever base class pulls in its
callbacks and LangSmith's tracing, about a second of every process start, which answering needs none of.
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from kfp_assistant.ask.retrieval import hybrid_search, per_plan_search, query_scope, to_hits
from kfp_assistant.ask.scope import select_documents
from kfp_assistant.store.index import ChunkIndex


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
        filtered = self.administrations or self.periods
        allowed = select_documents(documents, self.administrations, self.periods) if filtered else None
        doc_ids = query_scope(query, documents, allowed)
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

"""The facade: builds everything once from Settings. CLI and app call only this."""

from __future__ import annotations

import time
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from kfp_assistant.ask.answer import Answerer, AnswerLimits, Turn
from kfp_assistant.ask.llm import make_chat_model
from kfp_assistant.ask.retrieval import search
from kfp_assistant.ask.scope import select_documents
from kfp_assistant.ask.sentence_cache import SentenceWarmer
from kfp_assistant.ingest.chunking import CHUNKING_VERSION
from kfp_assistant.schema import (
    Answer,
    AnswerEvent,
    DocumentInfo,
    FileStatus,
    IngestReport,
    ParsedDocument,
    PlanMeta,
    PlanRecords,
    SearchHit,
)
from kfp_assistant.settings import Settings
from kfp_assistant.store.embeddings import make_embeddings
from kfp_assistant.store.index import ChunkIndex
from kfp_assistant.store.pipeline import Ingestor, Progress
from kfp_assistant.store.plans import PlanStore, extract_records

if TYPE_CHECKING:  # importing it pulls in LangSmith's tracing, about a second of every start
    from langchain_core.language_models import BaseChatModel

    from kfp_assistant.ask.langchain_retriever import HybridRetriever


class Assistant:
    """One object per process (or per test) that owns the models and stores."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        # The app sets it: what an ingest commits gets its sentences embedded in the background.
        self.background_sentences = False

    @cached_property
    def embeddings(self) -> Embeddings:
        """The embedding model the settings name (e5 by default), built once."""
        s = self.settings
        urls = tuple(u.strip() for u in (s.embeddings_url or "").split(",") if u.strip())
        return make_embeddings(s.embeddings, s.threads, (urls, s.embeddings_api_key, s.embeddings_prefixes))

    @property
    def chunking_id(self) -> str:
        """The chunking version and sizes, kept in the index: a change of chunking asks for a rebuild."""
        s = self.settings
        return f"{CHUNKING_VERSION}/max{s.chunk_max_chars}/table{s.table_max_chars}/prefix"

    @cached_property
    def index(self) -> ChunkIndex:
        """The chunk index (registry, Chroma, word index, record folder), opened once."""
        return ChunkIndex(self.settings, self.embeddings, self.chunking_id)

    @cached_property
    def plans(self) -> PlanStore:
        """The record store of the index's current build."""
        return PlanStore(lambda: self.index.plans_dir)

    def fresh(self) -> None:
        """See the index as committed now: every request starts here, so plans another process
        (the CLI, another app instance) added, removed or rebuilt are seen within one request."""
        self.index.refresh()

    @cached_property
    def warmer(self) -> SentenceWarmer:
        """Fills the embedding cache with the plans' sentences (ask/sentence_cache.py), built once."""
        return SentenceWarmer(self.index)

    @cached_property
    def llm(self) -> BaseChatModel | None:
        """The chat model the settings name, or None when no LLM is configured (answers are extractive)."""
        s = self.settings
        return make_chat_model(s.llm, base_url=s.openai_base_url, api_key=s.openai_api_key)

    @cached_property
    def answerer(self) -> Answerer:
        """The Answerer over the index, record store, LLM (if any) and request limits, built once."""
        return Answerer(
            self.index,
            self.plans,
            self.llm,
            AnswerLimits(self.settings.max_question_chars, self.settings.answer_seconds),
        )

    def ask(
        self,
        question: str,
        history: list[Turn] | None = None,
        administrations: list[str] | None = None,
        periods: list[str] | None = None,
    ) -> Answer:
        """The cited answer to a question, over the index as committed now."""
        self.fresh()
        with self.warmer.asking():
            return self.answerer.ask(question, history, administrations=administrations, periods=periods)

    def ask_stream(
        self,
        question: str,
        history: list[Turn] | None = None,
        administrations: list[str] | None = None,
        periods: list[str] | None = None,
    ) -> Iterator[AnswerEvent]:
        """The answer's events (text, citations, notices, the answer), over the index as committed now."""
        self.fresh()
        return self._asking(
            self.answerer.stream(question, history, administrations=administrations, periods=periods)
        )

    def _asking(self, events: Iterator[AnswerEvent]) -> Iterator[AnswerEvent]:
        with self.warmer.asking():
            yield from events

    def _extract(self, parsed: ParsedDocument, meta: PlanMeta) -> list[str]:
        llm = self.llm if self.settings.extract_with_llm else None
        records = extract_records(parsed, meta, llm=llm, embeddings=self.embeddings)
        self.plans.put(records)
        return records.warnings

    def _ingestor(self) -> Ingestor:
        ingestor = Ingestor(self.settings, self.index, on_document=self._extract)
        ingestor.on_remove = self.plans.remove
        return ingestor

    def ingest(
        self,
        paths: list[Path] | None = None,
        prune: bool = False,
        rebuild: bool = False,
        progress: Progress | None = None,
        replace_same_name: bool = True,
        sentences: bool | None = None,
    ) -> IngestReport:
        """Ingest files or folders (default: the corpus folder); one status per file.

        replace_same_name=False (uploads): a different file under a registered name becomes a
        new plan beside the old one, and its status lists the other in `same_name`; call
        `replace(old_doc_id, path)` when the user confirms. sentences (default: the setting
        sentences_at_ingest) also fills the sentence cache before returning; otherwise the app
        fills it in the background, or a question embeds the few it needs."""
        if rebuild and "index" not in self.__dict__:
            # A mismatched index refuses to open; --rebuild opens it without the check and builds anew.
            self.__dict__["index"] = ChunkIndex(
                self.settings, self.embeddings, self.chunking_id, verify=False
            )
        targets = paths or [self.settings.corpus_dir]
        report = self._ingestor().run(
            targets, prune=prune, rebuild=rebuild, progress=progress, replace_same_name=replace_same_name
        )
        return self._sentences(report, sentences, progress)

    def _sentences(
        self, report: IngestReport, now: bool | None, progress: Progress | None = None
    ) -> IngestReport:
        """The report, with the sentence cache of its plans filled (now) or being filled (in the
        app's background); the plans were answerable after `report.answerable_seconds`."""
        report.answerable_seconds = report.seconds
        # An unchanged plan too: an index stored before the cache was filled gets its sentences.
        doc_ids = [f.doc_id for f in report.files if f.status in ("ok", "unchanged") and f.doc_id]
        if self.settings.sentences_at_ingest if now is None else now:
            started = time.perf_counter()
            names = {f.doc_id: Path(f.file).name for f in report.files}

            def on_plan(done: int, total: int, doc_id: str) -> None:
                if progress:
                    progress(done, total, f"{names.get(doc_id, doc_id)} (meningar)")

            report.sentences = self.warmer.fill(doc_ids, on_plan)
            report.sentence_seconds = round(time.perf_counter() - started, 3)
            report.seconds = round(report.seconds + report.sentence_seconds, 3)
        elif self.background_sentences and doc_ids:
            self.warmer.start(doc_ids)
        return report

    def replace(self, old_doc_id: str, path: Path) -> FileStatus:
        """Ingest path as the new version of plan old_doc_id: the old one stays until the new one
        is committed, and leaves in the same commit. Returns the new file's status."""
        report = self._sentences(self._ingestor().run([path], replaces={path: [old_doc_id]}), None)
        return report.files[-1]

    def remove(self, target: str) -> list[FileStatus]:
        """Remove plans by file name, path or doc id; returns what was removed."""
        return self._ingestor().remove(target)

    def documents(self) -> list[DocumentInfo]:
        """The plans in the index, as committed now."""
        self.fresh()
        return [
            DocumentInfo(**d.model_dump(include=set(DocumentInfo.model_fields)))
            for d in self.index.documents()
        ]

    def search(
        self,
        query: str,
        k: int = 10,
        administrations: list[str] | None = None,
        periods: list[str] | None = None,
    ) -> list[SearchHit]:
        """The k best chunks for a query by hybrid retrieval, within the administrations and periods given."""
        self.fresh()
        return search(self.index, query, k, administrations, periods)

    def plan_records(
        self, administrations: list[str] | None = None, periods: list[str] | None = None
    ) -> list[PlanRecords]:
        """Extracted records of the matching plans, in index order (administration, latest first)."""
        self.fresh()
        docs = self.index.documents()
        wanted = select_documents(docs, administrations, periods) if administrations or periods else None
        return self.plans.all([d.doc_id for d in docs if wanted is None or d.doc_id in wanted])

    def retriever(self, k: int = 5, per_plan: bool = False) -> HybridRetriever:
        """A LangChain retriever over the index: k hits, or k per plan with per_plan."""
        # Imported here, for start-up time: LangChain's retriever base pulls in LangSmith's tracing.
        from kfp_assistant.ask.langchain_retriever import HybridRetriever

        return HybridRetriever(index=self.index, k=k, per_plan=per_plan)

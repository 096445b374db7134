"""The chunk index: Chroma (dense) + BM25 (lexical) + a registry of documents.

This is the one home of chromadb and langchain-chroma.

Crash safety: a document is registered in index.json (written atomically) only
after its chunks are in Chroma and in the chunk store, and readers only see
registered documents. An ingest killed midway leaves unregistered chunks,
which the next ingest overwrites (ids are deterministic, so no duplicates) or
sweeps away. A file lock keeps two ingests from writing at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api.collection_configuration import CreateCollectionConfiguration, CreateHNSWConfiguration
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings
from pydantic import BaseModel, Field

from kfp_assistant.errors import ConfigError, IndexLockedError, IndexMismatchError
from kfp_assistant.schema import Chunk, DocumentInfo
from kfp_assistant.settings import Settings
from kfp_assistant.store.embeddings import model_id
from kfp_assistant.store.lexical import LexicalIndex

# Recall over speed: at a few thousand chunks a query costs ~1 ms either way, but
# with default HNSW settings (M=16, ef_search=100) recall was measured to drop on
# 50k near-duplicate chunks (plans reuse wording year to year), so the graph is
# denser and searched wider than Chroma's defaults.
HNSW_CONFIG = CreateHNSWConfiguration(space="cosine", max_neighbors=32, ef_construction=256, ef_search=256)
_UPSERT_BATCH = 64
_QUERY_CACHE = 256


class RegisteredDocument(DocumentInfo):
    """A document in the registry: DocumentInfo plus where it came from."""

    path: str = Field(description="Path the file was ingested from.")
    meta_source: str = Field(default="content", description="content or manifest.")
    ingested_at: float = Field(default=0.0, description="Unix time of ingest.")


class Fingerprint(BaseModel):
    """How an index was built; querying it with anything else would give meaningless scores."""

    embeddings: str
    chunking: str

    def describe(self) -> str:
        return f"embeddings={self.embeddings}, chunking={self.chunking}"


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@contextlib.contextmanager
def index_lock(index_dir: Path, timeout: float) -> Iterator[None]:
    """Exclusive lock for writers; waits up to `timeout` seconds for another ingest."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexLockedError(
                        f"{index_dir}: another ingest is writing this index. Wait for it to finish and retry."
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def chroma_client(settings: Settings) -> Any:
    """A Chroma client for the configured server, or on disk under the index folder; telemetry off."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if not url.hostname:
            raise ConfigError(
                f"KFP_CHROMA_URL '{settings.chroma_url}' is not a URL like http://127.0.0.1:8000"
            )
        return chromadb.HttpClient(
            host=url.hostname, port=url.port or 8000, ssl=url.scheme == "https", settings=chroma_settings
        )
    path = settings.index_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class ChunkIndex:
    """Registry + Chroma + BM25 for one index folder."""

    def __init__(
        self, settings: Settings, embeddings: Embeddings, chunking: str, verify: bool = True
    ) -> None:
        self.settings = settings
        self.dir = settings.index_dir
        self.embeddings = embeddings
        self.fingerprint = Fingerprint(embeddings=model_id(embeddings), chunking=chunking)
        self._registry_file = self.dir / "index.json"
        self._chunks_dir = self.dir / "chunks"
        self._bm25_dir = self.dir / "bm25"
        self._store: Chroma | None = None
        self._lexical: LexicalIndex | None = None
        self._chunk_cache: dict[str, Chunk] = {}
        self._query_vectors: dict[str, list[float]] = {}
        self._cache_lock = threading.Lock()
        self._documents = self._read_registry(verify)

    # -- registry -------------------------------------------------------------------------------

    def _read_registry(self, verify: bool) -> dict[str, RegisteredDocument]:
        if not self._registry_file.exists():
            return {}
        data = json.loads(self._registry_file.read_text(encoding="utf-8"))
        built = Fingerprint(**data["fingerprint"])
        if built != self.fingerprint and not verify:
            return {}  # opened only to be wiped and rebuilt
        if built != self.fingerprint:
            raise IndexMismatchError(
                f"{self.dir}: the index was built with {built.describe()}, but the settings now say "
                f"{self.fingerprint.describe()}. Re-ingest with `kfp ingest --rebuild` "
                "(or set KFP_EMBEDDINGS back)."
            )
        return {d["doc_id"]: RegisteredDocument(**d) for d in data["documents"]}

    def reload(self) -> None:
        """Re-read the registry: another process may have committed plans since this one opened it."""
        self._documents = self._read_registry(verify=True)
        self._lexical = None

    def _write_registry(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        data = {
            "fingerprint": self.fingerprint.model_dump(),
            "documents": [d.model_dump() for d in self._documents.values()],
            "bm25_of": sorted(self._documents),
        }
        _atomic_write(self._registry_file, json.dumps(data, ensure_ascii=False, indent=1))

    def documents(self) -> list[RegisteredDocument]:
        """Registered documents, ordered by administration, then period (latest first)."""
        docs = list(self._documents.values())
        docs.sort(key=lambda d: d.period or "", reverse=True)
        docs.sort(key=lambda d: d.administration or "")
        return docs

    def document(self, doc_id: str) -> RegisteredDocument | None:
        return self._documents.get(doc_id)

    # -- Chroma -----------------------------------------------------------------------------------

    @property
    def store(self) -> Chroma:
        if self._store is None:
            self._store = Chroma(
                collection_name=self.settings.collection,
                embedding_function=self.embeddings,
                client=chroma_client(self.settings),
                collection_configuration=CreateCollectionConfiguration(hnsw=HNSW_CONFIG),
            )
        return self._store

    def _chroma_ids_of(self, doc_id: str | None = None) -> list[str]:
        got = self.store.get(where={"doc_id": doc_id} if doc_id else None, include=[])
        return list(got["ids"])

    # -- writing (callers hold index_lock) --------------------------------------------------------

    def add_document(self, info: RegisteredDocument, chunks: list[Chunk]) -> None:
        """Write a document's chunks everywhere, then register it (the commit point)."""
        for start in range(0, len(chunks), _UPSERT_BATCH):
            batch = chunks[start : start + _UPSERT_BATCH]
            self.store.add_texts(
                texts=[c.indexed_text for c in batch],
                metadatas=[_chroma_metadata(c) for c in batch],
                ids=[c.chunk_id for c in batch],
            )
        self._chunks_dir.mkdir(parents=True, exist_ok=True)
        payload = json.dumps([c.model_dump() for c in chunks], ensure_ascii=False)
        _atomic_write(self._chunks_dir / f"{info.doc_id}.json", payload)
        self._documents[info.doc_id] = info
        self._write_registry()

    def remove_document(self, doc_id: str) -> None:
        """Unregister first (readers stop seeing it), then delete its chunks."""
        self._documents.pop(doc_id, None)
        self._write_registry()
        ids = self._chroma_ids_of(doc_id)
        if ids:
            self.store.delete(ids=ids)
        (self._chunks_dir / f"{doc_id}.json").unlink(missing_ok=True)
        self._chunk_cache = {k: v for k, v in self._chunk_cache.items() if v.doc_id != doc_id}

    def sweep(self) -> int:
        """Delete chunks left by an interrupted ingest; returns how many."""
        stray = [cid for cid in self._chroma_ids_of() if cid.split(":", 1)[0] not in self._documents]
        if stray:
            self.store.delete(ids=stray)
        if self._chunks_dir.exists():
            for path in self._chunks_dir.glob("*.json"):
                if path.stem not in self._documents:
                    path.unlink()
        return len(stray)

    def rebuild_lexical(self) -> None:
        chunks = [c for doc_id in sorted(self._documents) for c in self.chunks_of(doc_id)]
        lexical = LexicalIndex.build([c.chunk_id for c in chunks], [c.indexed_text for c in chunks])
        lexical.save(self._bm25_dir)
        self._lexical = lexical

    def wipe(self) -> None:
        """Remove everything (for --rebuild with other settings)."""
        with contextlib.suppress(Exception):
            chroma_client(self.settings).delete_collection(self.settings.collection)
        self._store = None
        # The chroma folder stays: its client is shared per process; dropping the collection is enough.
        for path in (self._chunks_dir, self._bm25_dir):
            shutil.rmtree(path, ignore_errors=True)
        self._registry_file.unlink(missing_ok=True)
        self._documents = {}
        self._lexical = None
        self._chunk_cache = {}

    # -- reading ----------------------------------------------------------------------------------

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        path = self._chunks_dir / f"{doc_id}.json"
        if not path.exists():
            return []
        chunks = [Chunk(**c) for c in json.loads(path.read_text(encoding="utf-8"))]
        self._chunk_cache.update({c.chunk_id: c for c in chunks})
        return chunks

    def chunk(self, chunk_id: str) -> Chunk | None:
        if chunk_id not in self._chunk_cache:
            self.chunks_of(chunk_id.split(":", 1)[0])
        return self._chunk_cache.get(chunk_id)

    @property
    def lexical(self) -> LexicalIndex:
        if self._lexical is None:
            lexical = LexicalIndex.load(self._bm25_dir)
            if not lexical.complete or sorted({cid.split(":", 1)[0] for cid in lexical.chunk_ids}) != sorted(
                d.doc_id for d in self._documents.values() if d.chunks
            ):
                # The BM25 folder lags the registry (ingest stopped before its last step, or it was written
                # by a version without the 4-gram index): rebuild in memory from the chunk store.
                chunks = [c for doc_id in sorted(self._documents) for c in self.chunks_of(doc_id)]
                lexical = LexicalIndex.build([c.chunk_id for c in chunks], [c.indexed_text for c in chunks])
            self._lexical = lexical
        return self._lexical

    def _allowed_docs(self, doc_ids: set[str] | None) -> set[str]:
        """Registered documents, narrowed to doc_ids when given."""
        return set(self._documents) if doc_ids is None else doc_ids & set(self._documents)

    def dense_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        """Top k (chunk id, cosine similarity) among registered (and allowed) documents."""
        allowed = self._allowed_docs(doc_ids)
        if not allowed:
            return []
        where: dict[str, Any] = {"doc_id": {"$in": sorted(allowed)}}
        vector = self._query_vector(query)
        found = self.store.similarity_search_by_vector_with_relevance_scores(vector, k=k, filter=where)
        return [(str(doc.id), 1.0 - float(distance)) for doc, distance in found]

    def _query_vector(self, query: str) -> list[float]:
        """Embed a query once: answering, per-plan comparison and fusion all search with the same one."""
        vector = self._query_vectors.get(query)
        if vector is None:
            vector = self.embeddings.embed_query(query)
            with self._cache_lock:  # the app serves several sessions from one index
                if len(self._query_vectors) >= _QUERY_CACHE:
                    self._query_vectors.pop(next(iter(self._query_vectors)))
                self._query_vectors[query] = vector
        return vector

    def lexical_search(
        self,
        query: str,
        k: int,
        doc_ids: set[str] | None = None,
        related: str = "",
        related_weight: float = 0.0,
    ) -> list[tuple[str, float]]:
        return self.lexical.search(query, k, self._allowed_docs(doc_ids), related, related_weight)

    def gram_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        return self.lexical.gram_search(query, k, self._allowed_docs(doc_ids))


def _chroma_metadata(chunk: Chunk) -> dict[str, Any]:
    # Chroma metadata cannot hold None.
    return {
        "doc_id": chunk.doc_id,
        "file": chunk.file,
        "administration": chunk.administration or "",
        "period": chunk.period or "",
        "section": chunk.section,
        "page": chunk.page_start,
        "page_end": chunk.page_end,
        "position": chunk.position,
    }

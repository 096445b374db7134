"""Chroma, on disk or as a server: the one home of chromadb and langchain-chroma.

Chroma on disk keeps each collection's vector graph in the memory of every process that
opened it and does not notice another process's writes: an app kept answering from a plan
the CLI had removed ("Error finding id") and missed plans the CLI had added. So a reader
whose registry generation moved opens a fresh client (`forget_client`); a Chroma server
needs no such step, its one process holds the only copy.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from langchain_core.embeddings import Embeddings

from kfp_assistant.errors import ConfigError
from kfp_assistant.schema import Chunk
from kfp_assistant.settings import Settings

# chromadb and langchain-chroma are imported when first used, not at start: together 1.5-4 s of every
# process start (with their telemetry and gRPC dependencies), and a process that only answers
# questions searches the word index's copy of the vectors, never Chroma.
if TYPE_CHECKING:
    from langchain_chroma import Chroma

    # Errors Chroma raises when another process changed the collection under this one's feet.
    CHROMA_ERRORS: tuple[type[BaseException], ...]


def chroma_errors() -> tuple[type[BaseException], ...]:
    """Errors Chroma raises when another process changed the collection under this one's feet."""
    import chromadb

    return (chromadb.errors.ChromaError, RuntimeError, KeyError)


def __getattr__(name: str) -> Any:
    """CHROMA_ERRORS and Chroma, imported on first use (a module attribute looked up lazily)."""
    if name == "CHROMA_ERRORS":
        return chroma_errors()
    if name == "Chroma":
        from langchain_chroma import Chroma

        return Chroma
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def chroma_client(settings: Settings) -> Any:
    """A Chroma client for the configured server, or on disk under the index folder; telemetry off."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

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


def forget_client(settings: Settings) -> None:
    """Make the next chroma_client() on disk load the collections afresh (see the module note)."""
    if settings.chroma_url or "chromadb" not in sys.modules:
        return  # a server, or no client was ever opened in this process
    from chromadb.api.shared_system_client import SharedSystemClient

    # chromadb shares one system per folder and process; dropping it from that table makes the
    # next client build a new one, while holders of the old one keep working until released.
    SharedSystemClient._identifier_to_system.pop(str(settings.index_dir / "chroma"), None)
    SharedSystemClient._identifier_to_refcount.pop(str(settings.index_dir / "chroma"), None)


def open_store(settings: Settings, collection: str, embeddings: Embeddings) -> Chroma:
    """The LangChain Chroma store of one collection (created when missing)."""
    from chromadb.api.collection_configuration import (
        CreateCollectionConfiguration,
        CreateHNSWConfiguration,
    )
    from langchain_chroma import Chroma

    # Recall over speed: at a few thousand chunks a query costs ~1 ms either way, but
    # with default HNSW settings (M=16, ef_search=100) recall was measured to drop on
    # 50k near-duplicate chunks (plans reuse wording year to year), so the graph is
    # denser and searched wider than Chroma's defaults.
    hnsw = CreateHNSWConfiguration(space="cosine", max_neighbors=32, ef_construction=256, ef_search=256)
    return Chroma(
        collection_name=collection,
        embedding_function=embeddings,
        client=chroma_client(settings),
        collection_configuration=CreateCollectionConfiguration(hnsw=hnsw),
    )


def collection_names(settings: Settings) -> list[str]:
    """Names of the collections on the configured Chroma."""
    return [getattr(c, "name", str(c)) for c in chroma_client(settings).list_collections()]


def drop_collection(settings: Settings, name: str) -> None:
    """Delete a collection if it exists."""
    import chromadb

    with contextlib.suppress(chromadb.errors.ChromaError, RuntimeError, KeyError, ValueError):
        chroma_client(settings).delete_collection(name)


def drop_other_collections(settings: Settings, keep: str, legacy: bool) -> None:
    """Delete this index's collections of other builds (and, when `legacy`, the pre-build one)."""
    prefix = f"{settings.collection}-b"
    for name in collection_names(settings):
        if name != keep and (name.startswith(prefix) or (legacy and name == settings.collection)):
            drop_collection(settings, name)


def upsert(store: Chroma, chunks: list[Chunk], vectors: list[list[float]], code: int) -> None:
    """Write chunks with vectors already computed (through the embedding cache)."""
    store._collection.upsert(
        ids=[c.chunk_id for c in chunks],
        embeddings=vectors,  # type: ignore[arg-type]
        documents=[c.indexed_text for c in chunks],
        metadatas=[chunk_metadata(c, code) for c in chunks],
    )


def vectors_of(store: Chroma, doc_id: str, count: int) -> list[list[float]]:
    """A plan's vectors as Chroma holds them, in chunk order ([] unless all are there)."""
    got = store.get(where={"doc_id": doc_id}, include=["embeddings"])
    vectors = got.get("embeddings")
    by_id = dict(zip(got["ids"], vectors if vectors is not None else [], strict=False))
    rows = [by_id.get(f"{doc_id}:{i}") for i in range(count)]
    if any(r is None for r in rows):
        return []
    return [[float(x) for x in r] for r in rows if r is not None]


def plan_where(documents: list[Any]) -> dict[str, Any]:
    """Chroma's filter for these registered plans: their integer codes (cheaper to compare than
    16-character ids), or their ids when a plan has no code (-1, an index from before codes).
    Searching every plan passes no filter at all: one listing every plan cost up to 186 ms at 1,000."""
    codes = sorted(d.code for d in documents)
    key, values = ("plan", codes) if min(codes) >= 0 else ("doc_id", sorted(d.doc_id for d in documents))
    return {key: {"$in": values}} if len(values) > 1 else {key: values[0]}


def nearest(
    store: Callable[[], Chroma],
    vector: list[float],
    k: int,
    where: dict[str, Any] | None,
    catch_up: Callable[[], object],
) -> list[tuple[str, float]]:
    """The k nearest chunks in Chroma's graph: (chunk id, cosine similarity). `catch_up` reloads
    the registry and reopens Chroma (index.refresh(force=True))."""
    for attempt in range(2):
        try:
            found = store().similarity_search_by_vector_with_relevance_scores(vector, k=k, filter=where)
            return [(str(doc.id), 1.0 - float(dist)) for doc, dist in found]
        except chroma_errors():
            # Another process removed or rebuilt between our refresh and this query: catch up
            # once; if Chroma still fails, the word rankings answer alone rather than an error.
            if attempt:
                break
            catch_up()
    return []


def chunk_metadata(chunk: Chunk, code: int) -> dict[str, Any]:
    """What Chroma stores beside a chunk's vector (Chroma metadata cannot hold None). `code`, the
    plan's integer id, makes a filter by plans compare integers rather than 16-character strings."""
    return {
        "doc_id": chunk.doc_id,
        "plan": code,
        "file": chunk.file,
        "administration": chunk.administration or "",
        "period": chunk.period or "",
        "section": chunk.section,
        "page": chunk.page_start,
        "page_end": chunk.page_end,
        "position": chunk.position,
    }

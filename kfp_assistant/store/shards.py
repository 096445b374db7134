"""One plan's share of the search index, written at ingest next to its chunks: word postings (Swedish
stems and character 4-grams as 64-bit integer ids) and the plan's chunk vectors.

Groups of shards are merged (groups.py) for readers (lexical.py); nothing in a shard depends on any
other plan, so writing one costs in proportion to that plan.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from kfp_assistant.schema import Chunk
from kfp_assistant.sv.words import STOPWORDS, WORD, tokenize

GRAM = 4  # 3-grams matched too much noise, 5- and 6-grams too few compound parts (dev set)


def char_grams(text: str) -> list[str]:
    """Character 4-grams of each non-stopword, with "#" marking word starts and ends."""
    grams: list[str] = []
    for word in WORD.findall(text.lower()):
        if word in STOPWORDS:
            continue
        marked = f"#{word}#"
        if len(marked) <= GRAM:
            grams.append(marked)
        else:
            grams.extend(marked[i : i + GRAM] for i in range(len(marked) - GRAM + 1))
    return grams


@lru_cache(maxsize=1 << 18)
def stem_id(stem: str) -> int:
    """A stem as a 64-bit integer (its hash; collisions among 2^64 values are not a concern)."""
    return int.from_bytes(hashlib.blake2b(stem.encode(), digest_size=8).digest(), "little", signed=True)


@lru_cache(maxsize=1 << 18)
def gram_id(gram: str) -> int:
    """A 4-gram as a 64-bit integer: its characters' code points, 16 bits each."""
    value = 0
    for char in gram.ljust(GRAM, "\0"):
        value = (value << 16) | (ord(char) % 65521 if ord(char) > 0xFFFF else ord(char))
    return value - (1 << 63)


@dataclass
class Postings:
    """Term -> (chunk, term frequency) lists, sorted by term, plus each chunk's length in tokens."""

    terms: np.ndarray  # int64, unique, sorted
    ptr: np.ndarray  # int64, len(terms) + 1 offsets into chunks/tf
    chunks: np.ndarray  # int32 chunk number within the holder
    tf: np.ndarray  # uint16
    lengths: np.ndarray  # float32, one per chunk

    @classmethod
    def build(cls, token_ids: list[list[int]]) -> Postings:
        """Postings of chunks given as lists of term ids."""
        terms, chunks, tfs = [], [], []
        for number, ids in enumerate(token_ids):
            unique, counts = np.unique(np.asarray(ids, dtype=np.int64), return_counts=True)
            terms.append(unique)
            chunks.append(np.full(len(unique), number, dtype=np.int32))
            tfs.append(counts.astype(np.uint16))
        lengths = np.array([len(ids) for ids in token_ids], dtype=np.float32)
        return cls._sorted(_cat(terms, np.int64), _cat(chunks, np.int32), _cat(tfs, np.uint16), lengths)

    @classmethod
    def _sorted(cls, terms: np.ndarray, chunks: np.ndarray, tf: np.ndarray, lengths: np.ndarray) -> Postings:
        order = np.argsort(terms, kind="stable")
        terms, chunks, tf = terms[order], chunks[order], tf[order]
        unique, starts = np.unique(terms, return_index=True)
        ptr = np.append(starts, len(terms)).astype(np.int64)
        return cls(unique, ptr, chunks, tf, lengths)

    @classmethod
    def merge(cls, parts: list[Postings]) -> Postings:
        """One Postings over several, their chunks numbered one after another."""
        offsets = np.cumsum([0] + [len(p.lengths) for p in parts])
        terms = [np.repeat(p.terms, np.diff(p.ptr)) for p in parts]
        chunks = [p.chunks + np.int32(off) for p, off in zip(parts, offsets, strict=False)]
        return cls._sorted(
            _cat(terms, np.int64),
            _cat(chunks, np.int32),
            _cat([p.tf for p in parts], np.uint16),
            _cat([p.lengths for p in parts], np.float32),
        )

    def select(self, keep: np.ndarray) -> Postings:
        """The postings of the chunks where keep is True, renumbered in order: what merging only
        those chunks' plans would give."""
        number = (np.cumsum(keep) - 1).astype(np.int32)
        kept = keep[self.chunks]
        terms = np.repeat(self.terms, np.diff(self.ptr))[kept]
        unique, starts = np.unique(terms, return_index=True)
        ptr = np.append(starts, len(terms)).astype(np.int64)
        return Postings(unique, ptr, number[self.chunks[kept]], self.tf[kept], self.lengths[keep])

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The arrays, named for one npz file."""
        return {f"{prefix}_{k}": getattr(self, k) for k in ("terms", "ptr", "chunks", "tf", "lengths")}

    @classmethod
    def from_arrays(cls, data: dict[str, np.ndarray], prefix: str) -> Postings:
        """Postings read back from arrays()."""
        return cls(*(data[f"{prefix}_{k}"] for k in ("terms", "ptr", "chunks", "tf", "lengths")))


def _cat(arrays: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros(0, dtype=dtype)


@dataclass
class Shard:
    """One plan's word postings: what ingest writes, next to its chunks."""

    doc_id: str
    stems: Postings
    grams: Postings
    words: list[str]  # the plan's distinct stems, for wildcard queries ("tillsvidareanställ*")
    # The chunks' embedding vectors (rows in chunk order), for searching many plans at once
    # without one vector-store query per plan; empty when not known.
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))

    @property
    def size(self) -> int:
        """Chunks in the shard."""
        return len(self.stems.lengths)

    @classmethod
    def build(cls, doc_id: str, texts: list[str], vectors: list[list[float]] | None = None) -> Shard:
        """Tokenize one plan's chunk texts (in chunk order), beside their vectors."""
        stem_lists = [tokenize(t) for t in texts]
        words = sorted({s for stems in stem_lists for s in stems})
        return cls(
            doc_id,
            Postings.build([[stem_id(s) for s in stems] for stems in stem_lists]),
            Postings.build([[gram_id(g) for g in char_grams(t)] for t in texts]),
            words,
            np.asarray(vectors if vectors else np.zeros((0, 0)), dtype=np.float32),
        )

    def save(self, path: Path) -> None:
        """Write atomically (a temporary file, then rename): a reader never sees half a shard."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.npz")
        arrays: dict[str, Any] = {"words": np.array(self.words, dtype=str), "vectors": self.vectors}
        arrays.update(self.stems.arrays("stems"))
        arrays.update(self.grams.arrays("grams"))
        np.savez(tmp, **arrays)
        os.replace(tmp, path)

    @classmethod
    def load(cls, doc_id: str, path: Path) -> Shard | None:
        """A stored shard, or None when there is none (or it cannot be read)."""
        try:
            with np.load(path) as data:
                arrays = {k: data[k] for k in data.files}
        except (FileNotFoundError, ValueError, OSError, KeyError):
            return None
        return cls(
            doc_id,
            Postings.from_arrays(arrays, "stems"),
            Postings.from_arrays(arrays, "grams"),
            [str(w) for w in arrays["words"]],
            arrays.get("vectors", np.zeros((0, 0), dtype=np.float32)),
        )


class ChunkCache:
    """Chunks of the most recently read plans, read from their JSON files, bounded by chunks: holding
    every chunk took 532 MB at 1,000 plans, and a bound of 128 plans was less than one comparison of a
    city's plans reads (240-330), so every comparison read most of them again. The default holds
    about 380 plans of 31 chunks."""

    def __init__(self, chunks: int = 12_000) -> None:
        self.chunks = chunks
        self._cache: OrderedDict[tuple[Path, str], dict[str, Chunk]] = OrderedDict()
        self._held = 0
        self._lock = threading.Lock()

    def plan(self, folder: Path, doc_id: str) -> dict[str, Chunk]:
        """Chunk id -> chunk of one plan stored in folder, in order ({} when none)."""
        key = (folder, doc_id)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)  # least recently used leaves first
                return cached
        try:
            data = json.loads((folder / f"{doc_id}.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        chunks = {c["chunk_id"]: Chunk(**c) for c in data}
        with self._lock:
            if key not in self._cache:
                self._cache[key] = chunks
                self._held += len(chunks)
            while self._held > self.chunks and len(self._cache) > 1:
                self._held -= len(self._cache.popitem(last=False)[1])
        return chunks

    @property
    def held(self) -> int:
        """Chunks held now."""
        return self._held

    def drop(self, doc_id: str) -> None:
        """Forget one plan."""
        with self._lock:
            for key in [k for k in self._cache if k[1] == doc_id]:
                self._held -= len(self._cache.pop(key))

    def clear(self) -> None:
        """Forget every plan."""
        with self._lock:
            self._cache.clear()
            self._held = 0

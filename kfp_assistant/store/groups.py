"""Groups: the shards of up to GROUP plans merged into one set of postings and vectors, what a word
index query visits and what is stored so that a reader opens a few files instead of one per plan.

A plan's group is fixed by its registry code (code // GROUP): codes are given in the order plans
arrive and never reused, so a new plan joins the last group and a removal touches one group. A
group changes incrementally: `without` masks out plans (no other plan is read again) and `merge`
appends new ones; either gives what merging the members' shards afresh gives, chunk for chunk.
A stored group's file is named by its number and a digest of its members: a reader looks for the
file its registry snapshot asks for, and never mistakes an older group for it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kfp_assistant.store.shards import Postings, Shard, _cat

GROUP = 32  # plans per group: a change rewrites one group, a query visits each (32 at 1,000 plans)


@dataclass
class Group:
    """Merged postings, unit vectors and vocabulary of some plans, their chunks one plan after another."""

    docs: list[str]
    sizes: np.ndarray  # int64, chunks per plan
    stems: Postings
    grams: Postings
    vectors: np.ndarray  # float32 unit rows in chunk order; zeros for a chunk stored without one
    words: np.ndarray  # str, the group's distinct stems, sorted (wildcard queries)
    word_ptr: np.ndarray  # int64, len(docs) + 1 offsets into word_ids
    word_ids: np.ndarray  # int64, each plan's stems as indices into words

    @classmethod
    def of_shard(cls, shard: Shard) -> Group:
        """One plan's shard as a group (its vectors normalised once, here)."""
        words = np.array(sorted(shard.words), dtype=str)
        return cls(
            [shard.doc_id],
            np.array([shard.size], dtype=np.int64),
            shard.stems,
            shard.grams,
            _unit_rows(shard.vectors, shard.size),
            words,
            np.array([0, len(words)], dtype=np.int64),
            np.arange(len(words), dtype=np.int64),
        )

    @classmethod
    def merge(cls, parts: list[Group]) -> Group:
        """One group of the parts' plans, in order."""
        width = max((p.vectors.shape[1] for p in parts if p.vectors.size), default=0)
        rows = [p.vectors if p.vectors.shape[1:] == (width,) else _zeros(p.vectors, width) for p in parts]
        lists = [p.words[p.word_ids] for p in parts]
        counts = _cat([np.diff(p.word_ptr) for p in parts], np.int64)
        return cls(
            [d for p in parts for d in p.docs],
            _cat([p.sizes for p in parts], np.int64),
            Postings.merge([p.stems for p in parts]),
            Postings.merge([p.grams for p in parts]),
            np.concatenate(rows).astype(np.float32, copy=False) if rows else np.zeros((0, 0), np.float32),
            *_vocabulary(np.concatenate(lists) if lists else np.zeros(0, dtype=str), counts),
        )

    def without(self, gone: set[str]) -> Group | None:
        """The group without these plans (None when none is left): their chunks masked out, the
        others renumbered, nothing read again."""
        keep_doc = np.array([d not in gone for d in self.docs], dtype=bool)
        if keep_doc.all():
            return self
        if not keep_doc.any():
            return None
        keep = np.repeat(keep_doc, self.sizes)
        starts, ends = self.word_ptr[:-1][keep_doc], self.word_ptr[1:][keep_doc]
        kept_words = self.words[self.word_ids[_ranges(starts, ends)]]
        return Group(
            [d for d, k in zip(self.docs, keep_doc, strict=True) if k],
            self.sizes[keep_doc],
            self.stems.select(keep),
            self.grams.select(keep),
            self.vectors[keep] if len(self.vectors) else self.vectors,
            *_vocabulary(kept_words, ends - starts),
        )

    @property
    def size(self) -> int:
        """Chunks in the group."""
        return int(self.sizes.sum())

    def save(self, path: Path) -> None:
        """Write atomically (a temporary file, then rename): a reader never sees half a group."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.npz")
        arrays: dict[str, Any] = {
            "docs": np.array(self.docs, dtype=str),
            "sizes": self.sizes,
            "vectors": self.vectors,
            "words": self.words,
            "word_ptr": self.word_ptr,
            "word_ids": self.word_ids,
            **self.stems.arrays("stems"),
            **self.grams.arrays("grams"),
        }
        np.savez(tmp, **arrays)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> Group | None:
        """A stored group, or None when there is none (or it cannot be read)."""
        try:
            with np.load(path) as data:
                a = {k: data[k] for k in data.files}
        except (FileNotFoundError, ValueError, OSError, KeyError):
            return None
        return cls(
            [str(d) for d in a["docs"]],
            a["sizes"],
            Postings.from_arrays(a, "stems"),
            Postings.from_arrays(a, "grams"),
            a["vectors"],
            a["words"],
            a["word_ptr"],
            a["word_ids"],
        )


def group_file(folder: Path, number: int, docs: list[str]) -> Path:
    """Where the group `number` holding exactly these plans is stored."""
    digest = hashlib.blake2b("\n".join(sorted(docs)).encode(), digest_size=8).hexdigest()
    return folder / f"g{number:05d}-{digest}.npz"


def group_number(path: Path) -> int | None:
    """The group number in a group file's name, or None for another file."""
    name = path.name
    if not (name.startswith("g") and name.endswith(".npz") and "-" in name):
        return None
    head = name[1:].split("-", 1)[0]
    return int(head) if head.isdigit() else None


def _vocabulary(words: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(sorted distinct words, per-plan offsets, per-plan indices) of plans' word lists given one
    after another (counts: words per plan)."""
    vocab, inverse = np.unique(words, return_inverse=True)
    ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return vocab, ptr, inverse.astype(np.int64).reshape(-1)


def _ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The positions start..end-1 of each (start, end) pair, one after another."""
    counts = ends - starts
    return np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))


def _unit_rows(vectors: np.ndarray, size: int) -> np.ndarray:
    if not vectors.size:
        return np.zeros((size, 0), dtype=np.float32)
    matrix = np.asarray(vectors, dtype=np.float32)
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def _zeros(vectors: np.ndarray, width: int) -> np.ndarray:
    return np.zeros((len(vectors), width), dtype=np.float32)

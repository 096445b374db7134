"""The word index: BM25 over Swedish stems and over character 4-grams, one shard per plan.

Plans share most of their vocabulary, so exact word matches ("avslutssamtal", "Realcruit",
"AMI") carry much of the signal. Two BM25 rankings are kept: one over Snowball stems, and one
over character 4-grams of each word. Swedish writes compounds as one word ("dygnsvila",
"tillsvidareanställda"), which stemming leaves whole, so a question saying "vila" never matches
them by stem; their 4-grams do. Measured on the dev set, adding the 4-gram ranking raised
recall@5 from 0.89 to 0.93 and MRR@10 from 0.75 to 0.79 (`kfp eval retrieval`).

Incremental: each plan's postings are written as one shard file at ingest (cost proportional to
that plan), and the shards of each group of plans merged into one stored group file (groups.py,
written by upkeep.pack for the groups that changed); a reader opens the group files (32 at 1,000
plans rather than 1,000 shards), follows changes group by group, and computes BM25 at query
time from the merged postings, with document frequencies and lengths over every plan it holds,
so the scores equal those of one index built over all chunks (bm25s, Lucene variant, k1=1.2,
b=0.75, which this replaces). Terms are held as 64-bit integers (a stem's hash; a 4-gram's four
characters packed), never as one Python string per occurrence. Chosen over SQLite FTS5 after
measuring both (see the module scripts/bench_word_index.py and the README's quality table).
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet

import numpy as np

from kfp_assistant.store.groups import GROUP, Group, _ranges
from kfp_assistant.store.shards import Postings, Shard, _cat, char_grams, gram_id, stem_id
from kfp_assistant.sv.words import tokenize

_WILDCARD = re.compile(r"(\w+)\*")
K1, B = 1.2, 0.75
_LOCAL = 1 << 40  # local codes (plans without a registry code) start here, past every real one
_SCORE_CACHE = 128


class LexicalIndex:
    """BM25 over the shards of the registered plans, merged in memory in groups of plans (groups.py).

    `sync` brings it to a new set of plans: only the groups that gain or lose a plan change, by
    masking out the plans that left and appending the shards of the new ones, so a change costs in
    proportion to the group it touches. A group no reader holds yet is read from its stored file
    when there is one for exactly its plans (`load_group`), else merged from its plans' shards."""

    def __init__(
        self,
        load: Callable[[str], Shard],
        load_group: Callable[[int, list[str]], Group | None] | None = None,
    ) -> None:
        self._load = load
        self._load_group = load_group
        self._groups: dict[int, Group] = {}
        self._merged: list[tuple[Postings, Postings]] = []  # per group, in group order
        self._vectors: list[np.ndarray] = []  # per group, unit-length rows in chunk order
        self._plan_code: dict[str, int] = {}
        self._next_local = _LOCAL
        self._sizes: dict[str, int] = {}
        self._words: set[str] = set()
        self._sorted_words: list[str] | None = None
        self.chunk_ids: list[str] = []
        self._codes: dict[str, int] = {}  # plan -> its number in chunk order
        self._code_of_chunk = np.zeros(0, dtype=np.int32)
        self._tie_rank = np.zeros(0, dtype=np.int64)
        self._has_vector = np.zeros(0, dtype=bool)
        self._lengths = (np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.float32))
        self._score_cache: dict[tuple[str, str], np.ndarray] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_texts(cls, plans: dict[str, list[str]]) -> LexicalIndex:
        """An index over plans given as chunk texts (chunk ids "<plan>:<position>")."""
        index = cls(lambda doc_id: Shard.build(doc_id, plans[doc_id]))
        index.sync(plans)
        return index

    @property
    def doc_ids(self) -> set[str]:
        """The plans it holds."""
        return set(self._sizes)

    def groups(self) -> dict[int, list[str]]:
        """Group number -> the plans it holds."""
        return {n: list(g.docs) for n, g in self._groups.items()}

    def sync(self, doc_ids: Iterable[str], codes: Mapping[str, int] | None = None) -> None:
        """Hold exactly these plans: drop the others, load and merge the new ones. `codes` are the
        plans' registry codes (their group is code // GROUP); a plan without one gets a local code."""
        wanted = list(dict.fromkeys(doc_ids))
        for doc_id in wanted:
            code = (codes or {}).get(doc_id, -1)
            if code >= 0:
                self._plan_code[doc_id] = code
            elif doc_id not in self._plan_code:
                self._plan_code[doc_id] = self._next_local
                self._next_local += 1
        members: dict[int, list[str]] = {}
        for doc_id in sorted(wanted, key=self._plan_code.__getitem__):
            members.setdefault(self._plan_code[doc_id] // GROUP, []).append(doc_id)
        changed = False
        for number in sorted(set(self._groups) | set(members)):
            held, want = self._groups.get(number), members.get(number, [])
            if held is not None and set(held.docs) == set(want):
                continue
            changed = True
            group = self._regroup(number, held, want)
            if group is None:
                self._groups.pop(number, None)
            else:
                self._groups[number] = group
        for doc_id in set(self._plan_code) - set(wanted):
            self._plan_code.pop(doc_id)
        if changed:
            self._renumber()

    def _regroup(self, number: int, held: Group | None, want: list[str]) -> Group | None:
        if not want:
            return None
        if held is not None:  # mask out who left, append who came
            kept = held.without(set(held.docs) - set(want))
            new = [Group.of_shard(self._load(d)) for d in want if d not in held.docs]
            return Group.merge(([kept] if kept is not None else []) + new)
        stored = self._load_group(number, want) if self._load_group is not None else None
        if stored is not None and set(stored.docs) == set(want):
            return stored
        return Group.merge([Group.of_shard(self._load(d)) for d in want])

    def _renumber(self) -> None:
        groups = [self._groups[n] for n in sorted(self._groups)]
        self._merged = [(g.stems, g.grams) for g in groups]
        self._vectors = [g.vectors for g in groups]
        self._sizes = {d: int(n) for g in groups for d, n in zip(g.docs, g.sizes, strict=True)}
        self._words = set().union(*(g.words.tolist() for g in groups))
        self._sorted_words = None
        docs = [d for g in groups for d in g.docs]
        self._codes = {d: i for i, d in enumerate(docs)}
        self.chunk_ids = [f"{d}:{i}" for d in docs for i in range(self._sizes[d])]
        self._code_of_chunk = np.repeat(
            np.arange(len(docs), dtype=np.int32), [self._sizes[d] for d in docs]
        ).astype(np.int32)
        # Ties rank in (plan id, position) order, as one index over the sorted plans did.
        id_rank = np.argsort(np.argsort(np.array(docs, dtype=str))) if docs else np.zeros(0, np.int64)
        by_id = np.lexsort((np.arange(len(self.chunk_ids)), id_rank[self._code_of_chunk]))
        self._tie_rank = np.empty(len(by_id), dtype=np.int64)
        self._tie_rank[by_id] = np.arange(len(by_id))
        self._has_vector = _cat([np.any(v != 0, axis=1) for v in self._vectors], bool)
        self._lengths = (
            _cat([m[0].lengths for m in self._merged], np.float32),
            _cat([m[1].lengths for m in self._merged], np.float32),
        )
        self._score_cache = {}

    # -- queries ----------------------------------------------------------------------------------

    def vocabulary(self) -> AbstractSet[str]:
        """Every stem of the plans it holds."""
        return self._words

    def _vocabulary(self) -> list[str]:
        if self._sorted_words is None:
            self._sorted_words = sorted(self._words)
        return self._sorted_words

    def _query_stems(self, query: str) -> list[str]:
        """Stems of the query. A word ending in "*" (from the metric vocabulary, e.g.
        "tillsvidareanställ*") stands for every indexed stem it begins."""
        vocabulary = self._vocabulary()
        stems = [t for t in tokenize(_WILDCARD.sub(" ", query)) if t in self._words]
        for prefix in (p.lower() for p in _WILDCARD.findall(query)):
            start = bisect.bisect_left(vocabulary, prefix)
            matched = []
            while start < len(vocabulary) and vocabulary[start].startswith(prefix):
                matched.append(vocabulary[start])
                start += 1
            stems.extend(matched or [t for t in tokenize(prefix) if t in self._words])
        return stems

    def scores(self, query: str) -> np.ndarray:
        """BM25 score (stems) of every chunk, in chunk_ids order."""
        return self._bm25(0, [stem_id(s) for s in self._query_stems(query)])

    def gram_scores(self, query: str) -> np.ndarray:
        """BM25 score (character 4-grams) of every chunk, in chunk_ids order."""
        return self._bm25(1, [gram_id(g) for g in char_grams(_WILDCARD.sub(r"\1", query))])

    def _bm25(self, kind: int, term_ids: list[int]) -> np.ndarray:
        total = len(self.chunk_ids)
        if not term_ids or not total:
            return np.zeros(total, dtype=np.float32)
        terms, repeats = np.unique(np.asarray(term_ids, dtype=np.int64), return_counts=True)
        found = []
        df = np.zeros(len(terms), dtype=np.float64)
        offset = 0
        for merged in self._merged:
            postings = merged[kind]
            if len(postings.terms):
                at = np.minimum(np.searchsorted(postings.terms, terms), len(postings.terms) - 1)
                hit = np.flatnonzero(postings.terms[at] == terms)
                starts, ends = postings.ptr[at[hit]], postings.ptr[at[hit] + 1]
                df[hit] += ends - starts
                found.append((postings, hit, starts, ends, offset))
            offset += len(postings.lengths)
        lengths = self._lengths[kind]
        norm = K1 * (1 - B + B * lengths / max(float(lengths.mean()), 1e-9))
        idf = np.log1p((total - df + 0.5) / (df + 0.5)) * repeats
        chunks, weights = [], []
        # Every hit term's postings of a group gathered at once (one numpy pass, not one per term).
        for postings, hit, starts, ends, base in found:
            where = _ranges(starts, ends)
            if not len(where):
                continue
            chunk = postings.chunks[where] + base
            tf = postings.tf[where].astype(np.float32)
            chunks.append(chunk)
            weights.append(np.repeat(idf[hit], ends - starts) * tf / (tf + norm[chunk]))
        if not chunks:
            return np.zeros(total, dtype=np.float32)
        return np.bincount(np.concatenate(chunks), np.concatenate(weights), minlength=total).astype(
            np.float32
        )

    def search(
        self,
        query: str,
        k: int,
        allowed_docs: set[str] | None = None,
        related: str = "",
        related_weight: float = 0.0,
    ) -> list[tuple[str, float]]:
        """Top k (chunk id, score) by stems with a positive score, among chunks of the allowed documents.

        `related` words (from the thesaurus) add their BM25 score times `related_weight`, so they
        can lift a chunk that says the same thing in other words without outvoting the query."""
        scores = self.cached_scores("stems", query)
        if related and related_weight:
            scores = scores + related_weight * self.cached_scores("stems", related)
        return self._top(scores, k, allowed_docs)

    def gram_search(
        self, query: str, k: int, allowed_docs: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """Top k (chunk id, score) by character 4-grams, among chunks of the allowed documents."""
        return self._top(self.cached_scores("grams", query), k, allowed_docs)

    def cached_scores(self, kind: str, query: str) -> np.ndarray:
        """scores() ("stems") or gram_scores() ("grams") of a query, kept for the next call: the
        scores over all chunks do not depend on which plans a caller then filters for."""
        key = (kind, query)
        scores = self._score_cache.get(key)
        if scores is None:
            scores = self.scores(query) if kind == "stems" else self.gram_scores(query)
            with self._lock:
                if len(self._score_cache) >= _SCORE_CACHE:
                    self._score_cache.pop(next(iter(self._score_cache)), None)
                self._score_cache[key] = scores
        return scores

    def dense_scores(self, vector: list[float]) -> np.ndarray:
        """Cosine similarity of every chunk to a query vector (0 for a plan stored without vectors)."""
        query = np.asarray(vector, dtype=np.float32)
        query = query / max(float(np.linalg.norm(query)), 1e-12)
        parts = [
            m @ query if m.shape[1] == len(query) else np.zeros(len(m), np.float32) for m in self._vectors
        ]
        return _cat(parts, np.float32)

    def dense_search(
        self, vector: list[float], k: int, allowed_docs: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """Top k (chunk id, cosine similarity) among the allowed plans' chunks that have a vector:
        exact, one matrix product over the vectors held (7 ms at 31,000 chunks)."""
        scores = self.dense_scores(vector)
        allowed = self.allowed_mask(allowed_docs)
        chosen = np.flatnonzero(self._has_vector if allowed is None else self._has_vector & allowed)
        return [(self.chunk_ids[i], float(scores[i])) for i in self._best(scores, chosen, k)]

    def _best(self, scores: np.ndarray, chosen: np.ndarray, k: int) -> np.ndarray:
        """The k best of the chosen chunks, best first; ties in (plan id, position) order, also at
        the k-th place, so the result does not depend on where each plan's chunks lie in memory."""
        k = min(max(k, 0), len(chosen))
        if k == 0:
            return np.zeros(0, dtype=np.int64)
        values = scores[chosen]
        kth = values[np.argpartition(-values, k - 1)[k - 1]]
        pool = chosen[values >= kth]
        return pool[np.lexsort((self._tie_rank[pool], -scores[pool]))][:k]

    def top_by_plan(
        self, scores: np.ndarray, k: int, allowed_docs: set[str] | None, positive: bool = True
    ) -> dict[str, list[tuple[str, float]]]:
        """Top k (chunk id, score) of each allowed plan, from one score per chunk: one pass over all
        chunks instead of one search per plan."""
        mask = self.allowed_mask(allowed_docs)
        keep = scores > 0 if positive else np.ones(len(scores), dtype=bool)
        chosen = np.flatnonzero(keep if mask is None else keep & mask)
        codes = self._code_of_chunk[chosen]
        order = chosen[np.lexsort((self._tie_rank[chosen], -scores[chosen], codes))]
        codes = self._code_of_chunk[order]
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else np.zeros(0, int)
        rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
        found: dict[str, list[tuple[str, float]]] = {}
        for i in order[rank < k]:
            chunk_id = self.chunk_ids[i]
            found.setdefault(chunk_id.split(":", 1)[0], []).append((chunk_id, float(scores[i])))
        return found

    def allowed_mask(self, allowed_docs: set[str] | None) -> np.ndarray | None:
        """Per chunk, whether its plan is allowed (None: every plan is)."""
        if allowed_docs is None or allowed_docs >= self._sizes.keys():
            return None
        wanted = np.zeros(len(self._codes), dtype=bool)
        wanted[[self._codes[d] for d in allowed_docs if d in self._codes]] = True
        return wanted[self._code_of_chunk]

    def _top(self, scores: np.ndarray, k: int, allowed_docs: set[str] | None) -> list[tuple[str, float]]:
        mask = self.allowed_mask(allowed_docs)
        chosen = np.flatnonzero(scores > 0 if mask is None else (scores > 0) & mask)
        return [(self.chunk_ids[i], float(scores[i])) for i in self._best(scores, chosen, k)]

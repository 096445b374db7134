"""BM25 over chunks with Swedish stemming: the one home of bm25s and PyStemmer.

Plans share most of their vocabulary, so exact word matches ("avslutssamtal",
"Realcruit", "AMI") carry much of the signal; measured here, BM25 alone
reached recall@5 0.95 on Swedish questions.
"""

from __future__ import annotations

import json
import re
import shutil
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_SWEDISH

_WORD = re.compile(r"\w+", re.UNICODE)
_STOPWORDS = frozenset(STOPWORDS_SWEDISH)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("swedish")


def tokenize(text: str) -> list[str]:
    """Lowercase words, Swedish stopwords dropped, Snowball-stemmed. Digits are kept: figures matter."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS]
    return list(_stemmer().stemWords(words))


# Words of a question that say how it asks, not what about: they occur in every plan, so they
# neither make a sentence an answer nor a plan relevant. Stemmed as tokenize() stems them.
QUESTION_WORDS = (
    "vad vilka vilken vilket hur många mycket finns står säger plan planen planer planerna förvaltning "
    "förvaltningen förvaltningarna nämnd nämnden stadsdelsförvaltning kompetensförsörjningsplan enligt "
    "arbetar jobbar gör ser har tar upp beskriv beskriver berätta nämner nämns jämför jämfört skillnad "
    "skiljer förändrats förändring utvecklats två båda sedan varför när vem ska kommer kan sina deras "
    "år åren förhållande antal"
)


@lru_cache(maxsize=1)
def question_stems() -> frozenset[str]:
    return frozenset(tokenize(QUESTION_WORDS))


MIN_PREFIX = 5  # shortest stem that may match a longer compound ("avslut" ~ "avslutssamtal")


def term_in(term: str, words: set[str]) -> bool:
    """Whether a stem occurs among words, counting Swedish compounds ("avslut" in "avslutssamtal",
    "kompetensbaserad" against "kompetensbaser"), which Snowball stemming leaves whole."""
    if term in words:
        return True
    return len(term) >= MIN_PREFIX and any(
        len(w) >= MIN_PREFIX and (w.startswith(term) or term.startswith(w)) for w in words
    )


def terms_found(terms: set[str], text: str) -> int:
    """How many of the stems occur in the text."""
    words = set(tokenize(text))
    return sum(1 for t in terms if term_in(t, words))


class LexicalIndex:
    """A bm25s index plus the chunk ids in index order, saved under one folder."""

    def __init__(self, chunk_ids: list[str], retriever: bm25s.BM25 | None) -> None:
        self.chunk_ids = chunk_ids
        self._retriever = retriever
        self._position = {cid: i for i, cid in enumerate(chunk_ids)}
        vocab = retriever.vocab_dict if retriever is not None else {}
        self._vocab: dict[str, int] = dict(vocab)

    @classmethod
    def build(cls, chunk_ids: list[str], texts: list[str]) -> LexicalIndex:
        if not texts:
            return cls([], None)
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        retriever.index([tokenize(t) for t in texts], show_progress=False)
        return cls(list(chunk_ids), retriever)

    def save(self, folder: Path) -> None:
        """Write to a sibling folder, then swap it in, so a crash never leaves half an index."""
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self._retriever is not None:
            self._retriever.save(str(tmp), show_progress=False)
        (tmp / "chunk_ids.json").write_text(json.dumps(self.chunk_ids), encoding="utf-8")
        old = folder.with_name(folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            folder.rename(old)
        tmp.rename(folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        ids_file = folder / "chunk_ids.json"
        if not ids_file.exists():
            return cls([], None)
        chunk_ids = json.loads(ids_file.read_text(encoding="utf-8"))
        if not chunk_ids:
            return cls([], None)
        retriever = bm25s.BM25.load(str(folder), show_progress=False, verbosity=0)
        return cls(chunk_ids, retriever)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk, in chunk_ids order."""
        tokens = [t for t in tokenize(query) if t in self._vocab]
        if self._retriever is None or not tokens:
            return np.zeros(len(self.chunk_ids), dtype=np.float32)
        return np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)

    def search(self, query: str, k: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """Top k (chunk id, score) with a positive score, restricted to allowed chunk ids."""
        scores = self.scores(query)
        if allowed is not None:
            mask = np.array([cid in allowed for cid in self.chunk_ids], dtype=bool)
            scores = np.where(mask, scores, 0.0)
        order = np.argsort(-scores, kind="stable")[:k]
        return [(self.chunk_ids[i], float(scores[i])) for i in order if scores[i] > 0]

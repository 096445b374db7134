"""Do the retrieved passages answer the question? A logistic model over every signal the search has.

In: the question's Route, its content stems, the scored sentences of the top chunks and the fused
search score. Out: the probability that the best passage answers the question; the extractive
answerer declines below a threshold.

Counting the question's literal words alone declined questions in everyday words ("hur många
jobbar", "sjukskrivna") while the answer was on screen. The features add the dense similarity,
thesaurus relatives, character 4-grams (compounds, typos), the fused rank score, what the router
recognised (administration, metric, area) and terms the plans never use (a question about
salaries in plans that never mention them). The weights are fitted on the development questions by
`kfp eval fit-evidence` (evals/evidence_fit.py), which writes evidence_model.json next to this file
with the data it was fitted on and the threshold chosen there.

A chunk can be near the question while the sentence shown is not: the strongest signal besides the
rankings is the dense similarity of the question to its best few sentences (SentenceSimilarity),
embedded with the index's model only where it can change the decision. An English question is
judged on the words the plans' Swedish knows; the English words the glossary leaves count for nothing.
"""

from __future__ import annotations

import json
import math
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kfp_assistant.ask.extractive import REFERENT, Passage
from kfp_assistant.ask.route import Route
from kfp_assistant.store.embeddings import model_id
from kfp_assistant.store.index import ChunkIndex
from kfp_assistant.sv.metrics import metrics_in
from kfp_assistant.sv.thesaurus import related_terms
from kfp_assistant.sv.words import WORD, question_stems, term_in, tokenize

# Every signal computed; the model uses MODEL_FEATURES. Compared on the four development sets (the
# questions the gate decides: not comparisons, not declined as off topic; 93, 9 unanswerable) by
# out-of-fold probabilities of 5-fold cross-validation, right answers kept / unanswerable declined at
# the threshold chosen there: literal, grams, related, fused (the former model) 0.93/1.0; literal and
# fused 0.91/1.0; literal, sentence and fused 1.0/1.0 (see evidence_fit.py). On all eight dev sets
# (147 questions, 15 unanswerable) no other signal added to these three raised the out-of-fold area
# under the curve (0.944; "area" 0.950, "related" 0.947, the rest 0.92-0.945).
FEATURES = (
    "literal",
    "coverage",
    "similarity",
    "related",
    "grams",
    "fused",
    "terms",
    "named",
    "metric",
    "area",
    "absent",
    "english",
    "sentence",
)
MODEL_FEATURES = ("literal", "sentence", "fused")
MODEL_FILE = Path(__file__).with_name("evidence_model.json")
_GRAM = 4
# Distinct best sentences whose dense similarity to the question is measured: e5 embeds one in 25-60 ms
# on 2 cores, and the right sentence is nearly always among the first three by support.
SENTENCES = 3
# The sentence signal is measured only where it can change the decision: where a sentence similarity SURE
# scales above and below its mean on the fitting data (the range seen there) would decide the same, the
# other signals have decided. Most questions are clear; embedding sentences costs 25-60 ms each.
SURE = 3.0
# The question's dense similarity to given sentences (SentenceSimilarity), or None where not measured.
Similar = Callable[[list[str]], list[float]]
_SALIENT = 6  # shorter stems are too often parts of other words to tell that a plan never uses them


@dataclass
class EvidenceModel:
    """Logistic regression over standardised features: weights, their means and scales, bias, threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float
    fitted_on: list[str] = field(default_factory=list)
    means: dict[str, float] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)
    # The embedding model whose similarities the sentence feature was fitted on: another model's lie
    # on another scale, so with another one the feature is not measured.
    embeddings: str = ""

    def probability(self, features: dict[str, float]) -> float:
        """P(the best passage answers the question) for these features; one not measured counts as its
        mean on the fitting data (it then neither raises nor lowers the probability)."""
        z = self.bias
        for name, weight in self.weights.items():
            mean = self.means.get(name, 0.0)
            z += weight * (features.get(name, mean) - mean) / self.scales.get(name, 1.0)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def answers(self, features: dict[str, float]) -> bool:
        """Whether to answer (True) or decline (False)."""
        return self.probability(features) >= self.threshold

    def save(self, path: Path = MODEL_FILE) -> None:
        """Writes the model as JSON."""
        data = {
            "weights": self.weights,
            "means": self.means,
            "scales": self.scales,
            "bias": self.bias,
            "threshold": self.threshold,
            "fitted_on": self.fitted_on,
            "embeddings": self.embeddings,
        }
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> EvidenceModel:
    """The fitted model shipped with the package."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return EvidenceModel(
        data["weights"],
        data["bias"],
        data["threshold"],
        data.get("fitted_on", []),
        data.get("means", {}),
        data.get("scales", {}),
        data.get("embeddings", ""),
    )


def _grams(word: str) -> set[str]:
    marked = f"#{word}#"
    return {marked[i : i + _GRAM] for i in range(len(marked) - _GRAM + 1)}


def _gram_share(question_words: list[str], text: str) -> float:
    """Share of the question's long words whose 4-grams are mostly in the text (compounds, typos)."""
    if not question_words:
        return 0.0
    present = set().union(*(_grams(w) for w in WORD.findall(text.lower()))) if text else set()
    hits = sum(1 for w in question_words if len(_grams(w) & present) >= 0.6 * len(_grams(w)))
    return hits / len(question_words)


def salient_stems(question: str, route: Route) -> set[str]:
    """Long content stems of the question that say what it is about (not how it asks). In an
    explanation a word for a figure the router recognised ("varför är korttidsfrånvaron ett problem?")
    is none: plans explain the figure in their own words; asked for a count ("hur många timanställda"),
    a word no plan writes still says the plans do not state that figure."""
    skip = question_stems() | set(tokenize(" ".join(route.administrations + route.unknown_administrations)))
    metrics = set(route.metrics) if route.intent in ("explain", "other") else set()
    return {
        t
        for t in tokenize(question)
        if len(t) >= _SALIENT
        and t not in skip
        and not t.isdigit()
        and not metrics & set(metrics_in(t, question=True))
    }


def absent_stems(salient: Iterable[str], vocabulary: AbstractSet[str]) -> list[str]:
    """The stems no indexed plan uses, compounds counted (sv.words.term_in)."""
    return [t for t in salient if not term_in(t, vocabulary)]


def judged_tokens(tokens: set[str], vocabulary: AbstractSet[str], english: bool) -> set[str]:
    """The question stems evidence is judged on: an English question's words that the plans' Swedish
    knows (an English word the glossary left, "candidates", can be in no sentence); all of a Swedish
    question's, where a word no plan writes says the plans do not answer."""
    if not english:
        return tokens
    return {t for t in tokens if t == REFERENT or term_in(t, vocabulary)} or tokens


class SentenceSimilarity:
    """Dense similarity of a question to sentences: the index's cached query vector against sentence
    vectors kept in memory (the most recent `size`) over the index's embedding cache on disk, where a
    sentence embedded once, by any process, is read back instead of embedded again (an index the
    process may not write to is only kept in memory)."""

    def __init__(self, index: ChunkIndex, size: int = 4096) -> None:
        self.index = index
        self.size = size
        self.measured: bool | None = None  # decided at the first question (no model touched before)
        self._vectors: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()
        self._on_disk = True

    def to(self, question: str) -> Similar | None:
        """The similarity of this question to sentences, as the evidence model takes it (None when the
        index's embedding model is not the one the evidence model was fitted with)."""
        if self.measured is None:
            self.measured = model_id(self.index.embeddings) == load_model().embeddings
        return self.of(question) if self.measured else None

    def of(self, question: str) -> Similar:
        """The similarity of this question to sentences, with whatever model the index has."""
        return lambda texts: self(question, texts)

    def _embedded(self, texts: list[str]) -> list[list[float]]:
        if self._on_disk:
            try:
                return self.index.passages.embed_documents(texts)
            except (sqlite3.Error, OSError):  # a read-only index folder: embedded, kept in memory only
                self._on_disk = False
        return self.index.embeddings.embed_documents(texts)

    def __call__(self, question: str, texts: list[str]) -> list[float]:
        """The cosine similarity of the question to each text."""
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        found = dict(zip(missing, self._embedded(missing), strict=True)) if missing else {}
        with self._lock:
            for text in texts:
                if text in self._vectors:
                    self._vectors.move_to_end(text)
                    found.setdefault(text, self._vectors[text])
            self._vectors.update(found)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        query = self.index.query_vector(question)
        return [_cosine(query, found[t]) for t in texts]


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))
    return dot / norm if norm else 0.0


def sentence_similarity(passages: list[Passage], similar: Similar | None) -> float | None:
    """The highest dense similarity of the question to its SENTENCES best-supported distinct sentences
    (None when not measured): a chunk can be near the question while none of its sentences says it."""
    texts = list(dict.fromkeys(p.text for p in passages))[:SENTENCES]
    if similar is None or not texts:
        return None
    return max(similar(texts))


def off_topic(features: dict[str, float]) -> bool:
    """True when the question names something no plan writes and the sentences shown hold none of its
    words: however well the search ranks them, they are about the rest of the question only."""
    return (
        not features.get("english")
        and features.get("absent", 0.0) > 0
        and features.get("coverage", 1.0) == 0.0
    )


def judge(
    route: Route,
    passages: list[Passage],
    tokens: set[str],
    *,
    before: bool,
    fused_top: float,
    vocabulary: AbstractSet[str],
    english: bool,
    similar: Similar | None = None,
    every: bool = False,
) -> tuple[float, dict[str, float]]:
    """The evidence model's probability that the passages answer, and the features it was given
    (`similar`: the question's dense similarity to sentences, measured where it can change the decision
    or, with `every`, always; None leaves that feature unmeasured)."""
    absent = [] if english else absent_stems(salient_stems(route.question, route), vocabulary)
    features = evidence_features(
        route, passages, judged_tokens(tokens, vocabulary, english), before=before, fused_top=fused_top,
        absent=len(absent), english=english,
    )  # fmt: skip
    sentence = sentence_similarity(passages, similar) if every or not settled(features) else None
    if sentence is not None:
        features["sentence"] = sentence
    return load_model().probability(features), features


def settled(features: dict[str, float]) -> bool:
    """Whether the model decides the same for any sentence similarity within SURE scales of its mean."""
    model = load_model()
    if "sentence" not in model.weights:
        return True
    mean, scale = model.means.get("sentence", 0.0), model.scales.get("sentence", 1.0)
    low, high = (model.answers(features | {"sentence": mean + k * scale}) for k in (-SURE, SURE))
    return low == high


def evidence_features(
    route: Route,
    passages: list[Passage],
    tokens: set[str],
    *,
    before: bool,
    fused_top: float,
    absent: int,
    english: bool,
) -> dict[str, float]:
    """The features of the best passage (by the literal evidence) for the model."""
    best = max(passages, key=lambda p: p.evidence(tokens, before))
    window = " ".join(x for x in (best.before if before else "", best.text, best.follow) if x)
    covered = (best.terms | best.follow_terms | (best.before_terms if before else frozenset())) & tokens
    related = set(tokenize(" ".join(related_terms(route.question)))) - tokens
    window_words = set(tokenize(window))
    long_words = [w for w in WORD.findall(route.question.lower()) if len(w) >= _SALIENT]
    coverage = len(covered) / len(tokens) if tokens else 0.0
    return {
        # the literal rule this model replaces: the share of question stems shown, and the similarity
        "literal": 0.7 * coverage + 0.3 * best.similarity,
        "coverage": coverage,
        "similarity": max(p.similarity for p in passages),
        "related": min(1.0, sum(1 for r in related if term_in(r, window_words)) / 2),
        "grams": _gram_share(long_words, window),
        "fused": fused_top,
        "terms": min(len(tokens), 8) / 8,
        "named": float(bool(route.administrations)),
        "metric": float(bool(route.metrics)),
        "area": float(bool(route.areas)),
        "absent": min(absent, 2) / 2,
        "english": float(english),
    }

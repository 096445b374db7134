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
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.route import Route
from kfp_assistant.sv.thesaurus import related_terms
from kfp_assistant.sv.words import WORD, question_stems, term_in, tokenize

# Every signal computed; the model uses MODEL_FEATURES. Compared by 5-fold cross-validation on the
# development questions (kept right answers / declined unanswerable ones): the literal score alone
# 0.83/0.88, every feature 0.87/0.83, these four 0.86/0.89; see evidence_fit.py.
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
)
MODEL_FEATURES = ("literal", "grams", "related", "fused")
MODEL_FILE = Path(__file__).with_name("evidence_model.json")
_GRAM = 4
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

    def probability(self, features: dict[str, float]) -> float:
        """P(the best passage answers the question) for these features."""
        z = self.bias
        for name, weight in self.weights.items():
            value = (features.get(name, 0.0) - self.means.get(name, 0.0)) / self.scales.get(name, 1.0)
            z += weight * value
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
    """Long content stems of the question that say what it is about (not how it asks)."""
    skip = question_stems() | set(tokenize(" ".join(route.administrations + route.unknown_administrations)))
    return {t for t in tokenize(question) if len(t) >= _SALIENT and t not in skip and not t.isdigit()}


def absent_stems(salient: Iterable[str], vocabulary: AbstractSet[str]) -> list[str]:
    """The stems no indexed plan uses, compounds counted (sv.words.term_in)."""
    return [t for t in salient if not term_in(t, vocabulary)]


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
    covered = best.terms | best.follow_terms | (best.before_terms if before else frozenset())
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

"""The evidence model: a logistic regression over retrieval signals, its fitting and threshold."""

from __future__ import annotations

import numpy as np

from kfp_assistant.ask.evidence import MODEL_FEATURES, EvidenceModel, absent_stems, load_model
from kfp_assistant.evals.evidence_fit import MIN_DECLINED, choose_threshold, fit_logistic


def test_shipped_model_loads_and_uses_the_model_features() -> None:
    model = load_model()
    assert set(model.weights) == set(MODEL_FEATURES)
    assert 0.0 < model.threshold < 1.0 and model.fitted_on


def test_more_literal_support_raises_the_probability() -> None:
    model = EvidenceModel(weights={"literal": 2.0}, bias=0.0, threshold=0.5, means={"literal": 0.6})
    low, high = model.probability({"literal": 0.3}), model.probability({"literal": 0.9})
    assert low < 0.5 < high
    assert not model.answers({"literal": 0.3}) and model.answers({"literal": 0.9})


def test_fit_separates_separable_data() -> None:
    rng = np.random.default_rng(3)
    x = np.vstack([rng.normal(-1, 0.3, (40, 1)), rng.normal(1, 0.3, (40, 1))])
    y = np.array([0] * 40 + [1] * 40, dtype=float)
    w, b = fit_logistic(x, y)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    assert w[0] > 0 and (p[40:] > 0.5).all() and (p[:40] < 0.5).all()


def test_threshold_declines_enough_unanswerable_questions() -> None:
    rows = [{"label": 1, "answerable": True}] * 6 + [{"label": 0, "answerable": False}] * 10
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.1, 0.2, 0.15, 0.3, 0.05, 0.25, 0.4, 0.12, 0.18, 0.6])
    threshold = choose_threshold(p, rows)
    declined = sum(1 for v, r in zip(p, rows, strict=True) if not r["answerable"] and v < threshold)
    assert declined / 10 >= MIN_DECLINED
    assert all(v >= threshold for v, r in zip(p, rows, strict=True) if r["answerable"] and v >= 0.6)


def test_absent_stems_count_compounds_as_present() -> None:
    vocabulary = {"avslutssamtal", "personalomsättning"}
    assert absent_stems(["avslut", "löneskillnad"], vocabulary) == ["löneskillnad"]

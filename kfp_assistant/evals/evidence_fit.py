"""`kfp eval fit-evidence`: fit the evidence model (ask/evidence.py) on development questions.

Every question is answered with the evidence check switched off, so each answer from retrieved
passages comes with its features. Its label is 1 when that answer would be right (every required
fact, a citation of the source passage), 0 when the question is unanswerable or the answer would
be wrong: declining a wrong answer costs nothing, declining a right one does. A logistic regression
(Newton's method, L2) is fitted to the labels, and the threshold is chosen on the same questions:
the highest share of unanswerable questions declined that keeps most answers right (see
`choose_threshold`). Cross-validated figures are printed too, as the honest estimate; the blind test
half is never used here.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import numpy as np

from kfp_assistant.ask.evidence import MODEL_FEATURES, EvidenceModel
from kfp_assistant.assistant import Assistant
from kfp_assistant.evals.qa import ask_item, score_item
from kfp_assistant.evals.retrieval import read_jsonl

L2 = 0.3  # chosen by cross-validation among 0.3, 1 and 3 (evidence.py)
# Unanswerable questions the threshold must decline on the fitting data, if it can: the 0.90 asked of
# the product (0.95 declined every unanswerable dev question but also a quarter of the right answers).
MIN_DECLINED = 0.9


def collect(assistant: Assistant, files: list[Path]) -> list[dict[str, Any]]:
    """(features, label, answerable, id) of every question answered from retrieved passages."""
    answerer = assistant.answerer
    answerer.decide_on_evidence = False
    rows = []
    try:
        for file in files:
            for item in read_jsonl(file):
                answer = ask_item(assistant, item)
                if not answer.evidence_features:
                    continue  # answered from records: the evidence model is not asked
                score = score_item(item, answer)
                rows.append(
                    {
                        "id": item["id"],
                        "features": answer.evidence_features,
                        "answerable": bool(item["answerable"]),
                        "label": int(bool(score.get("right"))),
                    }
                )
    finally:
        answerer.decide_on_evidence = True
    return rows


def _matrix(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[r["features"].get(f, 0.0) for f in MODEL_FEATURES] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows], dtype=float)
    return x, y


def _standardised(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x scaled to mean 0 and unit spread per feature (dense similarities vary in the second decimal),
    with the means and scales."""
    means, scales = x.mean(axis=0), x.std(axis=0) + 1e-9
    return (x - means) / scales, means, scales


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression (the bias is not penalised)."""
    design = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ w, -30, 30)))
        gradient = design.T @ (p - y) + penalty * w
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def _rates(p: np.ndarray, rows: list[dict[str, Any]], threshold: float) -> tuple[float, float]:
    """(share of right answers kept among answerable-right ones, share of unanswerable declined)."""
    right = [p[i] >= threshold for i, r in enumerate(rows) if r["label"] == 1]
    declined = [p[i] < threshold for i, r in enumerate(rows) if not r["answerable"]]
    return (float(np.mean(right)) if right else 1.0, float(np.mean(declined)) if declined else 1.0)


def choose_threshold(p: np.ndarray, rows: list[dict[str, Any]]) -> float:
    """The threshold that keeps the most right answers while declining at least MIN_DECLINED of the
    unanswerable questions (or, if no threshold does, the one maximising kept + declined)."""
    candidates = sorted({round(float(v), 3) for v in p} | {0.5})
    scored = [(t, *_rates(p, rows, t)) for t in candidates]
    good = [s for s in scored if s[2] >= MIN_DECLINED]
    if good:
        return max(good, key=lambda s: (s[1], s[2]))[0]
    return max(scored, key=lambda s: s[1] + s[2])[0]


def cross_validate(rows: list[dict[str, Any]], folds: int = 5, seed: int = 7) -> dict[str, float]:
    """Kept-right and declined shares with the model and threshold fitted on the other folds."""
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    kept: list[bool] = []
    declined: list[bool] = []
    for k in range(folds):
        test = [rows[i] for i in order[k::folds]]
        train = [rows[i] for j, i in enumerate(order) if j % folds != k]
        raw, y = _matrix(train)
        x, means, scales = _standardised(raw)
        w, b = fit_logistic(x, y)
        threshold = choose_threshold(1 / (1 + np.exp(-(x @ w + b))), train)
        xt = (_matrix(test)[0] - means) / scales
        pt = 1 / (1 + np.exp(-(xt @ w + b)))
        kept += [bool(pt[i] >= threshold) for i, r in enumerate(test) if r["label"] == 1]
        declined += [bool(pt[i] < threshold) for i, r in enumerate(test) if not r["answerable"]]
    return {"kept_right": round(float(np.mean(kept)), 3), "declined": round(float(np.mean(declined)), 3)}


def fit_evidence(assistant: Assistant, files: list[Path]) -> tuple[EvidenceModel, dict[str, Any]]:
    """The model fitted on the questions of `files`, and a report of how it was fitted."""
    rows = collect(assistant, files)
    raw, y = _matrix(rows)
    x, means, scales = _standardised(raw)
    w, b = fit_logistic(x, y)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    threshold = choose_threshold(p, rows)
    kept, declined = _rates(p, rows, threshold)
    model = EvidenceModel(
        weights={f: round(float(v), 4) for f, v in zip(MODEL_FEATURES, w, strict=True)},
        bias=round(b, 4),
        threshold=threshold,
        fitted_on=[str(f) for f in files],
        means={f: round(float(v), 5) for f, v in zip(MODEL_FEATURES, means, strict=True)},
        scales={f: round(float(v), 5) for f, v in zip(MODEL_FEATURES, scales, strict=True)},
    )
    report = {
        "questions": len(rows),
        "positive": int(y.sum()),
        "unanswerable": sum(1 for r in rows if not r["answerable"]),
        "threshold": threshold,
        "fit": {"kept_right": round(kept, 3), "declined": round(declined, 3)},
        "cross_validated": cross_validate(rows),
        "weights": model.weights,
    }
    return model, report

"""`kfp eval extract`: extracted records against hand-made gold (eval/gold/*.jsonl).

Activities are matched one-to-one by text similarity within the same file;
per-field accuracy is over the matched pairs. Key figures match on file,
metric and value (a number the gold does not have counts as wrong, so
precision is conservative).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from kfp_assistant.assistant import Assistant
from kfp_assistant.evals.retrieval import normalize, read_jsonl
from kfp_assistant.sv.areas import areas_in

ACTIVITY_FIELDS = ("area", "target_date", "responsible", "table", "goal", "followup")
MATCH_THRESHOLD = 90


def _prf(matched: int, predicted: int, gold: int) -> dict[str, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "predicted": predicted,
        "gold": gold,
        "matched": matched,
    }


def _match_activities(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching by activity text, best pairs first, within each file."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["file"] == p["file"]:
                score = fuzz.ratio(normalize(g["activity"]), normalize(p["activity"]))
                if score >= MATCH_THRESHOLD:
                    candidates.append((score, gi, pi))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _score, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], pred[pi]))
    return pairs


def _field_equal(field: str, g: dict[str, Any], p: dict[str, Any]) -> bool:
    if field == "area":
        return areas_in(str(g.get("area") or "")) == areas_in(str(p.get("area") or ""))
    return normalize(g.get(field)) == normalize(p.get(field))


def _activities_report(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    files = {g["file"] for g in gold}
    pred = [p for p in pred if p["file"] in files]  # gold covers the table plans only
    pairs = _match_activities(gold, pred)
    report: dict[str, Any] = _prf(len(pairs), len(pred), len(gold))
    report["field_accuracy"] = {
        f: round(sum(_field_equal(f, g, p) for g, p in pairs) / len(pairs), 3) if pairs else 0.0
        for f in ACTIVITY_FIELDS
    }
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    report["missed"] = [g["activity"][:80] for g in gold if id(g) not in matched_gold][:20]
    report["spurious"] = [p["activity"][:80] for p in pred if id(p) not in matched_pred][:20]
    return report


def _figures_report(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    files = {g["file"] for g in gold}
    pred = [p for p in pred if p["file"] in files]

    def key(r: dict[str, Any]) -> tuple[str, str, float]:
        return (r["file"], r["metric"], round(float(r["value"]), 2))

    gold_keys = [key(g) for g in gold]
    pred_keys = [key(p) for p in pred]
    right = sum(1 for k in pred_keys if k in gold_keys)
    found = sum(1 for k in set(gold_keys) if k in pred_keys)
    report: dict[str, Any] = _prf(right, len(pred_keys), len(gold_keys))
    report["recall"] = round(found / len(set(gold_keys)), 3) if gold_keys else 0.0
    report["wrong"] = [
        f"{p['file']}: {p['metric']}={p['value']} ({p['quote'][:60]})"
        for p in pred
        if key(p) not in gold_keys
    ][:20]
    report["missed"] = [f"{k[0]}: {k[1]}={k[2]}" for k in sorted(set(gold_keys)) if k not in pred_keys][:20]
    return report


def _gaps_report(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    files = {g["file"] for g in gold}
    pred = [p for p in pred if p["file"] in files]
    as_activity = [{**g, "activity": g["text"]} for g in gold]
    pairs = _match_activities(as_activity, [{**p, "activity": p["text"]} for p in pred])
    return _prf(len(pairs), len(pred), len(gold))


def evaluate_extraction(assistant: Assistant, gold_dir: Path) -> dict[str, Any]:
    """Scores per record kind, plus quote checks and extraction time per plan."""
    plans = assistant.plan_records()
    pred = {
        kind: [r.model_dump(mode="json") for plan in plans for r in getattr(plan, kind)]
        for kind in ("activities", "figures", "gaps")
    }
    report: dict[str, Any] = {"plans": len(plans)}
    scorers = {"activities": _activities_report, "figures": _figures_report, "gaps": _gaps_report}
    for kind, scorer in scorers.items():
        path = gold_dir / f"{kind}.jsonl"
        if path.exists():
            report[kind] = scorer(read_jsonl(path), pred[kind])
    report["dropped_unquoted"] = sum(p.dropped_unquoted for p in plans)
    report["seconds_per_plan"] = {p.file: p.seconds for p in plans}
    return report


def format_extraction_report(report: dict[str, Any]) -> str:
    lines = [
        f"{report['plans']} plans",
        "",
        "| records | precision | recall | F1 | predicted | gold |",
        "|---|---|---|---|---|---|",
    ]
    for kind in ("activities", "figures", "gaps"):
        if kind in report:
            r = report[kind]
            lines.append(
                f"| {kind} | {r['precision']} | {r['recall']} | {r['f1']} | {r['predicted']} | {r['gold']} |"
            )
    if "activities" in report:
        lines += ["", "activity field accuracy (matched pairs):"]
        lines += [f"  {f}: {v}" for f, v in report["activities"]["field_accuracy"].items()]
    lines.append(f"\nrecords dropped (quote not on page): {report['dropped_unquoted']}")
    lines.append(
        "extraction seconds per plan: " + ", ".join(f"{k} {v}" for k, v in report["seconds_per_plan"].items())
    )
    for kind in ("activities", "figures"):
        for label in ("missed", "spurious", "wrong"):
            items = report.get(kind, {}).get(label) or []
            if items:
                lines.append(f"\n{kind} {label}:")
                lines += [f"  - {i}" for i in items]
    return "\n".join(lines)

"""`kfp eval extract`: extracted records against hand-made gold (eval/gold/*.jsonl).

Activities are matched one-to-one by text similarity within the same file;
per-field accuracy is over the matched pairs. Key figures match on file,
metric and value (a number the gold does not have counts as wrong, so
precision is conservative); "strict" also needs the year (as_of) and whether
the figure is plan-wide (scope None or an employment type) to agree.

Two ways to get the records: the plan store of an index (the sample corpus,
`kfp eval extract`), or straight from a folder of plan files, loaded and
extracted here without an index (`--plans eval/layouts/plans --gold
eval/layouts/gold`); a plans.jsonl in the gold folder then also scores the
administration and period found for each plan.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings
from rapidfuzz import fuzz

from kfp_assistant.assistant import Assistant
from kfp_assistant.errors import DocumentError
from kfp_assistant.evals.retrieval import normalize, read_jsonl
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.ingest.metadata import extract_metadata
from kfp_assistant.schema import PlanRecords
from kfp_assistant.store.plans import extract_records
from kfp_assistant.sv.areas import areas_in
from kfp_assistant.sv.text import fold

if TYPE_CHECKING:  # importing it pulls in LangSmith's tracing, about a second of every start
    from langchain_core.language_models import BaseChatModel

ACTIVITY_FIELDS = ("area", "target_date", "responsible", "table", "goal", "followup")
MATCH_THRESHOLD = 90
# Scopes that keep a figure plan-wide: an employment type restricts who is counted, not where.
# "fast anställda", not "Fastighetsskötare"
_EMPLOYMENT_SCOPE_RE = re.compile(
    r"tillsvidare|tidsbegräns|visstid|månadsavlön|\bfast(?:a|anställ\w*)?\b", re.I
)


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
    report["missed"] = [f"{g['file']}: {g['activity'][:80]}" for g in gold if id(g) not in matched_gold][:40]
    report["spurious"] = [f"{p['file']}: {p['activity'][:80]}" for p in pred if id(p) not in matched_pred][
        :40
    ]
    return report


def _headline(r: dict[str, Any]) -> bool:
    if "headline" in r:
        return bool(r["headline"])
    return not r.get("scope") or bool(_EMPLOYMENT_SCOPE_RE.search(str(r["scope"])))


def _figure_key(r: dict[str, Any]) -> tuple[str, str, float]:
    return (r["file"], r["metric"], round(float(r["value"]), 2))


def _strict_key(r: dict[str, Any]) -> tuple[str, str, float, str | None, bool]:
    return (*_figure_key(r), r.get("as_of"), _headline(r))


def _figures_report(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    files = {g["file"] for g in gold}
    pred = [p for p in pred if p["file"] in files]
    gold_keys = [_figure_key(g) for g in gold]
    pred_keys = [_figure_key(p) for p in pred]
    right = sum(1 for k in pred_keys if k in gold_keys)
    found = sum(1 for k in set(gold_keys) if k in pred_keys)
    # Recall counts distinct gold figures (a value several gold records repeat is one figure to find),
    # so F1 is taken from that recall, not from the per-record share _prf counts.
    report: dict[str, Any] = _prf(right, len(pred_keys), len(gold_keys))
    precision = right / len(pred_keys) if pred_keys else 0.0
    recall = found / len(set(gold_keys)) if gold_keys else 0.0
    report["recall"] = round(recall, 3)
    report["f1"] = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    strict_gold = {_strict_key(g) for g in gold}
    strict_right = sum(1 for p in pred if _strict_key(p) in strict_gold)
    strict_found = len(strict_gold & {_strict_key(p) for p in pred})
    report["strict"] = {
        "precision": round(strict_right / len(pred), 3) if pred else 0.0,
        "recall": round(strict_found / len(strict_gold), 3) if strict_gold else 0.0,
    }
    report["wrong"] = [
        f"{p['file']}: {p['metric']}={p['value']} as_of={p.get('as_of')} scope={p.get('scope')} "
        f"({p['quote'][:70]})"
        for p in pred
        if _strict_key(p) not in strict_gold
    ][:40]
    predicted = {_strict_key(p) for p in pred}
    report["missed"] = [
        f"{k[0]}: {k[1]}={k[2]} as_of={k[3]}{'' if k[4] else ' (scoped)'}"
        for k in sorted(strict_gold, key=str)
        if k not in predicted
    ][:40]
    return report


def _gaps_report(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    files = {g["file"] for g in gold}
    pred = [p for p in pred if p["file"] in files]
    as_activity = [{**g, "activity": g["text"]} for g in gold]
    as_pred = [{**p, "activity": p["text"]} for p in pred]
    pairs = _match_activities(as_activity, as_pred)
    report: dict[str, Any] = _prf(len(pairs), len(pred), len(gold))
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    report["missed"] = [f"{g['file']}: {g['text'][:80]}" for g in as_activity if id(g) not in matched_gold]
    report["spurious"] = [f"{p['file']}: {p['text'][:80]}" for p in as_pred if id(p) not in matched_pred]
    return report


def same_organisation(predicted: str | None, gold: str | None) -> bool:
    """Whether two administration names name the same organisation: the same words, in any order,
    up to case, accents, punctuation and the linking "i" ("Trafikkontoret i Stockholms stad" is
    "Trafikkontoret, Stockholms stad")."""

    def words(name: str | None) -> set[str]:
        return {w for w in re.findall(r"[\w-]+", fold(name or "")) if w != "i"}

    return words(predicted) == words(gold)


def _plans_report(gold: list[dict[str, Any]], plans: list[PlanRecords]) -> dict[str, Any]:
    """Administration and period per plan: right when they name the gold's organisation and period."""
    by_file = {p.file: p for p in plans}
    rows = []
    for g in gold:
        plan = by_file.get(g["file"])
        administration = plan.administration if plan else None
        period = plan.period if plan else None
        rows.append(
            {
                "file": g["file"],
                "administration": administration,
                "gold_administration": g.get("administration"),
                "administration_right": plan is not None
                and same_organisation(administration, g.get("administration")),
                "period": period,
                "gold_period": g.get("period"),
                "period_right": plan is not None and period == g.get("period"),
            }
        )
    return {
        "administration_right": sum(r["administration_right"] for r in rows),
        "period_right": sum(r["period_right"] for r in rows),
        "plans": len(rows),
        "rows": rows,
    }


def _score(plans: list[PlanRecords], gold_dir: Path) -> dict[str, Any]:
    """Every record kind of the plans against the gold files present in gold_dir."""
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
    if (gold_dir / "plans.jsonl").exists():
        report["metadata"] = _plans_report(read_jsonl(gold_dir / "plans.jsonl"), plans)
    report["cells"] = sum(len(p.cells) for p in plans)
    report["dropped_unquoted"] = sum(p.dropped_unquoted for p in plans)
    report["seconds_per_plan"] = {p.file: p.seconds for p in plans}
    return report


def evaluate_extraction(assistant: Assistant, gold_dir: Path) -> dict[str, Any]:
    """Scores per record kind of the indexed plans, plus quote checks and extraction time per plan."""
    return _score(assistant.plan_records(), gold_dir)


def evaluate_plan_files(
    plans_dir: Path,
    gold_dir: Path,
    llm: BaseChatModel | None = None,
    embeddings: Embeddings | None = None,
) -> dict[str, Any]:
    """Scores of the plan files in plans_dir, loaded and extracted here (no index), against gold_dir."""
    plans: list[PlanRecords] = []
    failed: list[str] = []
    started = time.perf_counter()
    for path in sorted(
        p for p in plans_dir.iterdir() if p.suffix.lower() in (".pdf", ".docx", ".txt", ".md")
    ):
        try:
            document = load_document(path)
        except DocumentError as exc:
            failed.append(str(exc))
            continue
        meta = extract_metadata(document)
        plans.append(extract_records(document, meta, llm=llm, embeddings=embeddings))
    report = _score(plans, gold_dir)
    report["failed"] = failed
    report["seconds_total"] = round(time.perf_counter() - started, 2)
    return report


def format_extraction_report(report: dict[str, Any]) -> str:
    """The report as Markdown-ish text: scores first, then what was missed and what was wrong."""
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
    if "figures" in report:
        strict = report["figures"]["strict"]
        lines.append(
            f"\nfigures, strict (year and plan-wide scope must agree too): "
            f"precision {strict['precision']}, recall {strict['recall']}"
        )
    if "activities" in report:
        lines += ["", "activity field accuracy (matched pairs):"]
        lines += [f"  {f}: {v}" for f, v in report["activities"]["field_accuracy"].items()]
    if "metadata" in report:
        meta = report["metadata"]
        lines.append(
            f"\nplans with the right administration: {meta['administration_right']}/{meta['plans']}, "
            f"right period: {meta['period_right']}/{meta['plans']}"
        )
        for row in meta["rows"]:
            if not (row["administration_right"] and row["period_right"]):
                lines.append(
                    f"  - {row['file']}: {row['administration']!r} / {row['period']!r} "
                    f"(gold {row['gold_administration']!r} / {row['gold_period']!r})"
                )
    lines.append(f"\ntable cells stored: {report.get('cells', 0)}")
    lines.append(f"records dropped (quote not on page): {report['dropped_unquoted']}")
    lines.append(
        "extraction seconds per plan: " + ", ".join(f"{k} {v}" for k, v in report["seconds_per_plan"].items())
    )
    for failure in report.get("failed", []):
        lines.append(f"failed: {failure}")
    for kind in ("activities", "figures", "gaps"):
        for label in ("missed", "spurious", "wrong"):
            items = report.get(kind, {}).get(label) or []
            if items:
                lines.append(f"\n{kind} {label}:")
                lines += [f"  - {i}" for i in items]
    return "\n".join(lines)

"""`kfp eval extract --plans DIR --gold DIR`: plan files scored straight from disk, metadata included."""

from __future__ import annotations

import json
from pathlib import Path

from kfp_assistant.evals.extraction import evaluate_plan_files, format_extraction_report, same_organisation

PLAN = """# Kompetensförsörjningsplan 2025-2027

Farsta stadsdelsförvaltning

## Nuläge

Personalomsättningen var 8,7 procent 2024.

## Aktiviteter

| Område | Aktivitet | Måldatum | Ansvarig |
|---|---|---|---|
| Attrahera | Delta i arbetsmarknadsdagar | Löpande | HR |
| Rekrytera | Använda kompetensbaserad rekrytering | 2025-12-31 | AC |
"""


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def test_plan_files_are_scored_with_their_administration_and_period(tmp_path: Path) -> None:
    plans, gold = tmp_path / "plans", tmp_path / "gold"
    plans.mkdir()
    gold.mkdir()
    (plans / "farsta.md").write_text(PLAN, encoding="utf-8")
    base = {"file": "farsta.md"}
    _write(
        gold / "plans.jsonl",
        [{**base, "administration": "Farsta stadsdelsförvaltning", "period": "2025-2027"}],
    )
    _write(
        gold / "activities.jsonl",
        [
            {
                **base,
                "activity": "Delta i arbetsmarknadsdagar",
                "target_date": "Löpande",
                "responsible": "HR",
            },
            {
                **base,
                "activity": "Använda kompetensbaserad rekrytering",
                "target_date": "2025",
                "responsible": "AC",
            },
            {**base, "activity": "Erbjuda sommarjobb", "target_date": None, "responsible": None},
        ],
    )
    _write(gold / "figures.jsonl", [{**base, "metric": "turnover_pct", "value": 8.7, "as_of": "2023"}])
    report = evaluate_plan_files(plans, gold)
    assert report["metadata"]["administration_right"] == 1 and report["metadata"]["period_right"] == 1
    activities = report["activities"]
    assert (activities["matched"], activities["predicted"], activities["gold"]) == (2, 2, 3)
    assert activities["field_accuracy"]["responsible"] == 1.0
    assert activities["field_accuracy"]["target_date"] == 0.5
    figures = report["figures"]
    assert figures["precision"] == 1.0 and figures["strict"]["precision"] == 0.0  # the year differs
    assert report["cells"] == 6
    assert "right period: 1/1" in format_extraction_report(report)


def test_same_organisation_ignores_word_order_punctuation_and_linking_i() -> None:
    assert same_organisation("Trafikkontoret i Stockholms stad", "Trafikkontoret, Stockholms stad")
    assert same_organisation("region kronoberg", "Region Kronoberg")
    assert not same_organisation("Trafikkontoret", "Trafikkontoret, Stockholms stad")
    assert not same_organisation(None, "Region Kronoberg")


def test_figure_f1_follows_the_recall_of_distinct_gold_figures() -> None:
    """A value that several gold records repeat (one row quoted for each of its cells) is one figure to
    find: recall counts it once, and F1 is taken from that same recall, never from the record count."""
    from kfp_assistant.evals.extraction import _figures_report

    gold = [
        {"file": "x.pdf", "metric": "sick_leave_pct", "value": 6.1, "as_of": "2025", "scope": None},
        {"file": "x.pdf", "metric": "sick_leave_pct", "value": 6.1, "as_of": "2025", "scope": None},
        {"file": "x.pdf", "metric": "turnover_pct", "value": 9.0, "as_of": "2025", "scope": None},
    ]
    pred = [{**g, "quote": "q"} for g in gold[1:]]
    report = _figures_report(gold, pred)
    assert report["precision"] == 1.0
    assert report["recall"] == 1.0
    assert report["f1"] == 1.0
    report = _figures_report(gold, pred[:1])
    assert report["recall"] == 0.5
    assert report["f1"] == round(2 * 1.0 * 0.5 / 1.5, 3)

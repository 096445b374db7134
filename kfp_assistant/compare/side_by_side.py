"""Comparisons across administrations: activities, gaps and key figures side by side. The diff
between versions of one plan is in diff.py; free comparison questions are answered in ask/.

Everything here returns plain JSON-ready dicts: the CLI prints or exports them, the charts
module draws them, the app shows them. Records keep file, page and quote, so every row of
a comparison can be traced to its plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kfp_assistant.ask.scope import version_key
from kfp_assistant.schema import Activity, Gap, KeyFigure, PlanRecords
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.areas import UBARA_AREAS
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.periods import period_bounds
from kfp_assistant.sv.themes import gap_themes, theme_label


def _plan_fields(plan: PlanRecords) -> dict[str, Any]:
    return {"administration": plan.administration, "period": plan.period}


# --------------------------------------------------------------------------- activities and gaps


def own_activities(plan: PlanRecords) -> list[Activity]:
    # Follow-up tables restate the previous plan's activities; counting them would double them.
    """The plan's own activities, without the follow-up table's restated activities of the previous plan."""
    return [a for a in plan.activities if a.table == "plan"]


def compare_activities(plans: Sequence[PlanRecords]) -> dict[str, Any]:
    """Activities per UBARA area x plan. A row paired "Utveckla/Behålla" counts in both areas."""
    rows: list[dict[str, Any]] = []
    totals: list[dict[str, Any]] = []
    for plan in plans:
        own = own_activities(plan)
        totals.append({**_plan_fields(plan), "file": plan.file, "count": len(own)})
        for area in UBARA_AREAS:
            hits = [a for a in own if area in a.areas]
            if hits:
                rows.append(
                    {
                        **_plan_fields(plan),
                        "area": area,
                        "count": len(hits),
                        "activities": [a.model_dump(exclude={"doc_id"}) for a in hits],
                    }
                )
    return {"aspect": "activities", "rows": rows, "totals": totals}


def compare_gaps(plans: Sequence[PlanRecords]) -> dict[str, Any]:
    """Gaps per theme (themes.py) x plan; a gap may fall under several themes."""
    rows: list[dict[str, Any]] = []
    totals: list[dict[str, Any]] = []
    for plan in plans:
        totals.append({**_plan_fields(plan), "file": plan.file, "count": len(plan.gaps)})
        by_theme: dict[str, list[Gap]] = {}
        for gap in plan.gaps:
            for theme in gap_themes(gap.text, gap.theme):
                by_theme.setdefault(theme, []).append(gap)
        for theme, gaps in by_theme.items():
            rows.append(
                {
                    "theme": theme,
                    "label": theme_label(theme),
                    **_plan_fields(plan),
                    "count": len(gaps),
                    "gaps": [g.model_dump(exclude={"doc_id"}) for g in gaps],
                }
            )
    rows.sort(key=lambda r: (r["theme"] == "other", -r["count"], r["theme"]))
    return {"aspect": "gaps", "rows": rows, "totals": totals}


# --------------------------------------------------------------------------- key figures

_EMPLOYMENT_SCOPE = re.compile(r"tillsvidare|tidsbegräns|visstid|månadsavlön|timavlön|fast", re.I)
_GENDER_SCOPE = re.compile(r"^(?:kvinn|män|män)", re.I)


def scope_rank(scope: str | None) -> int | None:
    """How close a figure is to the whole administration: 0 all staff, 1 permanent staff, 2 another
    employment type, 3 one gender; None for professions and departments, which do not compare
    across plans (departments get reorganised and renamed)."""
    if scope is None:
        return 0
    if _EMPLOYMENT_SCOPE.search(scope):
        return 1 if re.search(r"tillsvidare|fast", scope, re.I) else 2
    return 3 if _GENDER_SCOPE.search(scope.strip()) else None


def _as_of_end(figure: KeyFigure) -> int:
    bounds = period_bounds(figure.as_of)
    return bounds[1] if bounds else 0


def _is_span(figure: KeyFigure) -> bool:
    bounds = period_bounds(figure.as_of)
    return bounds is not None and bounds[0] != bounds[1]


def reference_figures(plan: PlanRecords) -> dict[tuple[str, str | None, bool], KeyFigure]:
    """Each plan's current value per (metric, scope, multi-year total?).

    The reference year of a metric is its latest as_of up to the plan's first year: plans report
    the state of the year before ("under året 2024" in a 2025-2027 plan) and quote earlier years
    only as comparisons; later years are forecasts (retirements). Only when a metric has no
    value up to that year does the latest forecast stand in. Multi-year totals ("64 pensions-
    avgångar 2024-2026") are kept apart from one-year values.
    """
    start = (period_bounds(plan.period) or (9999, 9999))[0]
    groups: dict[tuple[str, bool], list[KeyFigure]] = {}
    for fig in plan.figures:
        if scope_rank(fig.scope) is not None:
            groups.setdefault((fig.metric, _is_span(fig)), []).append(fig)
    chosen: dict[tuple[str, str | None, bool], KeyFigure] = {}
    for (metric, span), figs in groups.items():
        current = [f for f in figs if _as_of_end(f) <= start or span] or figs
        year = max(_as_of_end(f) for f in current)
        for fig in current:
            key = (metric, fig.scope, span)
            if _as_of_end(fig) == year and key not in chosen:
                chosen[key] = fig
    return chosen


def _headline(plan: PlanRecords) -> dict[str, KeyFigure]:
    """One figure per metric: the reference one-year value nearest to the whole administration."""
    best: dict[str, KeyFigure] = {}
    for (metric, _scope, span), fig in reference_figures(plan).items():
        rank = scope_rank(fig.scope) or 0
        if not span and (metric not in best or rank < (scope_rank(best[metric].scope) or 0)):
            best[metric] = fig
    return best


def _figure_row(fig: KeyFigure) -> dict[str, Any]:
    label = METRICS[fig.metric]["label_sv"] if fig.metric in METRICS else fig.metric
    return {
        "metric": fig.metric,
        "label": label,
        "administration": fig.administration,
        "period": fig.period,
        "value": fig.value,
        "unit": fig.unit,
        "as_of": fig.as_of,
        "scope": fig.scope,
        "page": fig.page,
        "quote": fig.quote,
        "file": fig.file,
    }


def compare_figures(plans: Sequence[PlanRecords]) -> dict[str, Any]:
    """Key figures per metric x plan, plus each administration's trend over its plan versions."""
    rows: list[dict[str, Any]] = []
    for plan in plans:
        rows += [_figure_row(f) for f in _headline(plan).values()]
    order = list(METRICS)
    rows.sort(key=lambda r: order.index(r["metric"]) if r["metric"] in order else len(order))
    trend: list[dict[str, Any]] = []
    for plan_group in _by_administration(plans):
        for metric in order:
            points = [
                {"period": p.period, "as_of": fig.as_of, "value": fig.value}
                for p in plan_group
                if (fig := _headline(p).get(metric)) is not None
            ]
            if points:
                trend.append(
                    {"administration": plan_group[0].administration, "metric": metric, "points": points}
                )
    return {"aspect": "figures", "rows": rows, "trend": trend}


def _by_administration(plans: Sequence[PlanRecords]) -> list[list[PlanRecords]]:
    groups: dict[str, list[PlanRecords]] = {}
    for plan in plans:
        groups.setdefault(administration_key(plan.administration or plan.file), []).append(plan)
    return [sorted(g, key=version_key) for g in groups.values()]

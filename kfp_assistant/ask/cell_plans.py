"""Which plans a table question draws on: the versions it names, else each administration's versions
latest first (an older version answers only what the current one does not state as a key figure).
Shared by the table-cell answer (cells.py), its rankings (table_ranks.py) and activity fields."""

from __future__ import annotations

from kfp_assistant.ask.figure_groups import group_unnamed
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.scope import version_key
from kfp_assistant.schema import PlanRecords
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.periods import named_plan_periods, period_bounds


def states_figure(route: Route, plan: PlanRecords) -> bool:
    """Whether the plan states a key figure of a metric asked, of a year asked (if any) and naming the
    group asked (if any): the current plan's "Medelåldern bland tillsvidareanställda är 44 år" answers
    before an older version's table does."""
    years = {int(y) for y in route.figure_years if y.isdigit()}
    for figure in plan.figures:
        bounds = period_bounds(figure.as_of or "")
        if figure.metric not in route.metrics or (years and not (bounds and bounds[1] in years)):
            continue
        if not group_unnamed(route, f"{figure.quote} {figure.scope or ''}"):
            return True
    return False


def _versions_named(route: Route) -> bool:
    """Whether the question picks plan versions: a span, "planen 2021", "förra planen"; a bare year
    dates a figure, which the latest plan may report."""
    named = named_plan_periods(route.question)
    return bool(route.relative_period or named or any("-" in p for p in route.requested_periods))


def plans_in_scope(route: Route) -> set[str]:
    """The doc_ids a record answer may draw on: the named versions, else every version in scope (the
    latest is tried first and an older one answers only what it has nothing on)."""
    return set((route.plans or route.scope) if _versions_named(route) else (route.scope or route.plans))


def plan_versions(route: Route, plans: list[PlanRecords]) -> list[list[PlanRecords]]:
    """Plans to try, one list per administration: the named versions, else its versions latest first."""
    if _versions_named(route):
        return [[p] for p in plans]
    groups: dict[str, list[PlanRecords]] = {}
    for plan in plans:
        groups.setdefault(administration_key(plan.administration or plan.file), []).append(plan)
    return [sorted(group, key=version_key, reverse=True) for group in groups.values()]

"""Which plans and metrics a figure answer shows: an older version when only it states the figure of the
group asked for, and the counts by form of employment for a headcount a plan does not total."""

from __future__ import annotations

from kfp_assistant.ask.figure_groups import asked_groups, group_unnamed
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.scope import latest_per_administration, versions_of
from kfp_assistant.schema import PlanRecords

# A headcount a plan does not state as a total is told by the counts it does state, by form of employment.
_HEADCOUNT_PARTS = ("employees_permanent", "employees_temporary")


def stand_ins(metrics: list[str], plan: PlanRecords) -> list[str]:
    """The metrics to show of a plan: "hur många jobbar där?" of a plan stating no total headcount is
    answered by its permanent and fixed-term counts."""
    stated = {f.metric for f in plan.figures}
    out: list[str] = []
    for metric in metrics:
        missing = metric == "employees_total" and metric not in stated
        out += [m for m in _HEADCOUNT_PARTS if m in stated] if missing else [metric]
    return list(dict.fromkeys(out))


def latest_giving_group(plans: list[PlanRecords], route: Route) -> list[PlanRecords]:
    """Each administration's latest plan; for a figure asked of a group ("sjukfrånvaron inom
    äldreomsorgen"), its latest plan stating the figure of that group, if only an older one does."""
    if route.versions_named:
        return plans
    latest = sorted(latest_per_administration(plans), key=lambda p: (p.administration or "", p.period or ""))
    if not asked_groups(route):
        return latest

    def gives(plan: PlanRecords) -> bool:
        return any(
            f.metric in route.metrics and not group_unnamed(route, f"{f.quote} {f.scope or ''}")
            for f in plan.figures
        )

    older = [
        next((v for v in reversed(versions_of(plans, p.administration or "")) if gives(v)), p) for p in latest
    ]
    return latest if all(gives(p) for p in latest) else older

"""When a list question's activities are due: a bare year it names ("vilka ska vara klara 2025?") filters
the rows by their target date, unless the year names a plan."""

from __future__ import annotations

import re

from kfp_assistant.ask.route import Route
from kfp_assistant.schema import Activity
from kfp_assistant.sv.periods import period_bounds
from kfp_assistant.sv.status import status_asked
from kfp_assistant.sv.year_parts import due_in

# Asking when rows are due: "vilka ska vara klara 2026?" filters even a plan for 2026.
_DUE_WORDS = re.compile(r"\b(?:klar\w*|färdig\w*|senast|deadline|genomför\w*|slutför\w*|måldatum)\b", re.I)


def due_years(route: Route, plan_period: str | None = None) -> list[int]:
    """Bare years a question names, none naming a plan ("vilka ska vara klara 2025?"):
    for a list of activities, when they are due, not which plan. Unless asked when rows are due, the
    one year a plan covers names that plan ("vilka insatser gör de 2026?" of a plan for 2026): no due year."""
    if route.relative_period or status_asked(route.question):  # "vilka från 2025 blev klara?": a version
        return []
    years = route.figure_years
    names_plan = plan_period and years == [plan_period] and not _DUE_WORDS.search(route.question)
    if len(years) != len(route.requested_periods) or names_plan:
        return []
    return [int(y) for y in years]


def is_due(activity: Activity, years: list[int]) -> bool:
    """Whether the activity's target date (a year, a span, "Q1 2025") falls in one of the years."""
    bounds = period_bounds(activity.target_date or "")
    return bounds is not None and any(bounds[0] <= y <= bounds[1] for y in years)


def due_rows(rows: list[Activity], years: list[int], months: set[int] | None) -> list[Activity]:
    """The rows due in the years asked and within the part of the year asked ("tredje kvartalet"), each
    filter only when asked."""
    return [
        a for a in rows if (not years or is_due(a, years)) and (not months or due_in(a.target_date, months))
    ]

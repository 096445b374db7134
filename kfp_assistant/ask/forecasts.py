"""Numbers asked ahead of the data: "hur många väntas gå i pension under planperioden?", "how many are
expected to retire?". A records answer showing only outcomes of years before the plan's period (the
retirements of 2023 and 2024 in a plan for 2025-2027) does not answer it; the plan's text, which states
the forecast ("under planperioden beräknas 38 gå i pension"), may.

In: the Route, the key figures shown and the records answer's text. Out: whether the answer misses.
"""

from __future__ import annotations

import re

from kfp_assistant.ask.route import Route
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.periods import asks_forecast, before_plan, period_bounds

_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")
_HEADING = re.compile(r"\*\*[^*]*\*\*")  # "**Socialförvaltningen 2025-2027:**" names the plan, no outcome


def misses_the_forecast(route: Route, figures: list[KeyFigure], text: str) -> bool:
    """Whether a forecast is asked and every figure shown (or, for table cells, every year the answer
    names) lies before the plan's period."""
    if not asks_forecast(route.question):
        return False
    if figures:
        return all(before_plan(f.as_of, f.period) for f in figures)
    starts = [b[0] for p in route.periods if (b := period_bounds(p)) is not None]
    years = [int(y) for y in _YEAR.findall(_HEADING.sub(" ", text))]
    return bool(starts and years) and max(years) < min(starts)

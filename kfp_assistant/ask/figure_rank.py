"""Which of a plan's figures of one metric answer first: the year asked, the whole administration, the
latest; for a horizon ("hur många går i pension fram till 2028?") the total of the stretch ending then
("2026-2028: 112") before the one year's ("2028: 40")."""

from __future__ import annotations

from collections.abc import Collection

from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.periods import period_bounds


def _ends_at(figure: KeyFigure, horizons: Collection[str]) -> bool:
    """Whether the figure is of a stretch of years ending at a horizon asked ("2026-2028" for 2028)."""
    bounds = period_bounds(figure.as_of)
    return bounds is not None and bounds[0] < bounds[1] and str(bounds[1]) in horizons


def figure_rank(figure: KeyFigure, years: list[str], horizons: Collection[str] = ()) -> tuple[int, int, int]:
    """(0 when the figure is of a year asked, else 1; 0 for the whole administration, 1 for a group; 0 when
    it totals the stretch to a horizon asked)."""
    year_hit = 0 if not years or any(y in (figure.as_of or "") for y in years) else 1
    stretch = 0 if not horizons or _ends_at(figure, horizons) else 1
    return (year_hit, 0 if figure.scope is None else 1, stretch)


def ranked(figures: list[KeyFigure], years: list[str], horizons: Collection[str] = ()) -> list[KeyFigure]:
    """The asked-for year first, whole-administration figures first, a horizon's stretch first, and within
    those the latest."""
    latest_first = sorted(figures, key=lambda f: f.as_of or "", reverse=True)
    return sorted(latest_first, key=lambda f: figure_rank(f, years, horizons))

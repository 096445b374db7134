"""Charts are written as PNG or SVG, non-empty, and returned as Figures for the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from kfp_assistant.compare import charts
from kfp_assistant.errors import KfpError

ACTIVITIES: dict[str, Any] = {
    "aspect": "activities",
    "rows": [
        {"administration": "Socialnämnden", "period": "2025-2027", "area": "Utveckla", "count": 2},
        {"administration": "Socialnämnden", "period": "2025-2027", "area": "Avsluta", "count": 1},
        {"administration": "Farsta", "period": "2025-2027", "area": "Rekrytera", "count": 3},
    ],
    "totals": [
        {"administration": "Socialnämnden", "period": "2025-2027", "count": 3},
        {"administration": "Farsta", "period": "2025-2027", "count": 3},
    ],
}  # fmt: skip
GAPS: dict[str, Any] = {
    "aspect": "gaps",
    "rows": [
        {"theme": "digitalisation", "label": "Digitalisering och AI", "administration": "Socialnämnden",
         "period": "2025-2027", "count": 2, "gaps": []},
    ],
    "totals": [{"administration": "Socialnämnden", "period": "2025-2027", "count": 2}],
}  # fmt: skip
FIGURES: dict[str, Any] = {
    "aspect": "figures",
    "rows": [],
    "trend": [
        {"administration": "Socialnämnden", "metric": "turnover_pct",
         "points": [{"period": "2024-2026", "as_of": "2023", "value": 4.48},
                    {"period": "2025-2027", "as_of": "2024", "value": 7.3}]},
        {"administration": "Farsta stadsdelsförvaltning", "metric": "turnover_pct",
         "points": [{"period": "2025-2027", "as_of": None, "value": 6.1}]},
    ],
}  # fmt: skip


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_activity_and_gap_charts_are_written(tmp_path: Path, suffix: str) -> None:
    path = charts.activities_chart(ACTIVITIES, tmp_path / f"a{suffix}")
    assert path.exists() and path.stat().st_size > 1000
    gaps = charts.gaps_chart(GAPS, tmp_path / "sub" / f"g{suffix}")
    assert gaps.stat().st_size > 1000
    head = path.read_bytes()[:8]
    assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<?xml" in head


def test_figures_chart_draws_one_panel_per_metric(tmp_path: Path) -> None:
    fig = charts.figures_chart_figure(FIGURES, ["turnover_pct", "sick_leave_pct"])
    assert isinstance(fig, Figure) and len(fig.axes) == 2
    assert len(fig.axes[0].get_lines()) == 2  # one line per administration
    path = charts.figures_chart(FIGURES, ["turnover_pct"], tmp_path / "f.png")
    assert path.stat().st_size > 1000
    assert isinstance(charts.activities_chart_figure(ACTIVITIES), Figure)
    assert isinstance(charts.gaps_chart_figure(GAPS), Figure)


def test_bad_suffix_and_unknown_metric_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(KfpError, match=r"\.png or \.svg"):
        charts.activities_chart(ACTIVITIES, tmp_path / "a.pdf")
    with pytest.raises(KfpError, match="unknown metric"):
        charts.figures_chart_figure(FIGURES, ["nonsense"])

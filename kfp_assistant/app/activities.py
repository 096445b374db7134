"""The Aktiviteter tab's logic, without gradio: filter choices, rows, counts and download links.

Downloads are links to routes.py, which writes the file when it is asked for: typing in the filter
writes nothing anywhere.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlencode

from kfp_assistant.app.render import h
from kfp_assistant.assistant import Assistant
from kfp_assistant.export import TABLE_SV, ActivityFilter
from kfp_assistant.schema import Activity

ALL = "Alla"
TABLE_CHOICES = [
    ("Alla", ALL),
    ("Planens aktiviteter", "plan"),
    ("Uppföljning av förra planen", "followup"),
]
ACTIVITY_HEADERS = [
    "Förvaltning", "Planperiod", "Område", "Mål/behov", "Aktivitet", "Måldatum", "Ansvarig", "Tabell", "Sida",
]  # fmt: skip
FILTER_KEYS = ("administration", "period", "area", "responsible", "text", "table")


def all_activities(assistant: Assistant) -> list[Activity]:
    """Every activity row of every plan in the index, in index order."""
    return [a for plan in assistant.plan_records() for a in plan.activities]


def activity_choices(activities: list[Activity]) -> dict[str, list[str]]:
    """Values for the filter dropdowns, each list starting with 'Alla'."""
    return {
        "administration": [ALL, *sorted({a.administration for a in activities if a.administration})],
        "period": [ALL, *sorted({a.period for a in activities if a.period}, reverse=True)],
        "area": [ALL, *sorted({area for a in activities for area in a.areas})],
        "responsible": [ALL, *sorted({r for a in activities for r in a.responsible_list})],
    }


def make_filter(*values: str | None) -> ActivityFilter:
    """An ActivityFilter from the tab's values in FILTER_KEYS order; 'Alla' and '' mean no filter."""
    cleaned: dict[str, Any] = {}
    for key, value in zip(FILTER_KEYS, values, strict=False):
        cleaned[key] = None if value in (None, "", ALL) else value
    table: Literal["plan", "followup"] | None = cleaned.get("table")
    return ActivityFilter(**{**cleaned, "table": table})


def filter_activities(activities: list[Activity], *values: str | None) -> list[Activity]:
    """Activities matching the tab's filters (administration, period, area, responsible, text, table)."""
    return make_filter(*values).apply(activities)


def activity_rows(activities: list[Activity]) -> list[list[Any]]:
    """Table rows in ACTIVITY_HEADERS order; follow-up rows say so in the Tabell column."""
    return [
        [
            a.administration or "",
            a.period or "",
            a.area or "",
            a.goal or "",
            a.activity,
            a.target_date or "",
            a.responsible or "",
            TABLE_SV[a.table],
            a.page,
        ]
        for a in activities
    ]


def count_line(shown: list[Activity], total: int) -> str:
    """Markdown: how many rows are shown, and how many are the plans' own activities vs follow-ups."""
    own = sum(1 for a in shown if a.table == "plan")
    followups = len(shown) - own
    line = f"**{len(shown)}** av {total} rader: **{own}** aktiviteter ur planerna"
    if followups:
        line += f" och **{followups}** uppföljningar av förra planens aktiviteter (Tabell: Uppföljning)"
    return line + "."


def export_links(*values: str | None) -> str:
    """HTML links that download the rows shown, as XLSX, CSV and JSON, built when clicked."""
    chosen = make_filter(*values)
    query = urlencode({k: v for k in FILTER_KEYS if (v := getattr(chosen, k))})
    links = [
        f'<a class="kfp-download" id="kfp-dl-{fmt}" href="kfp/export/aktiviteter.{fmt}?{h(query)}" '
        f'download="aktiviteter.{fmt}">Ladda ner {fmt.upper()}</a>'
        for fmt in ("xlsx", "csv", "json")
    ]
    return '<div class="kfp-downloads">' + " ".join(links) + "</div>"

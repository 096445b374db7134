"""A plan in brief: "sammanfatta planen", "vad handlar Socialnämndens plan om?", "give me an overview".

A manager asking for a summary gets what the plan's records hold, each cited: the latest key figures of
the whole administration (one per metric), the competence needs it names, and how many activities it
plans under each UBARA area, with the first of each. Nothing is written that the plan does not say. A
summary of a topic ("sammanfatta vad de gör för att behålla personal") is no summary of the plan: the
question then names more than the plan, and goes the usual way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kfp_assistant.ask.passages import plan_label
from kfp_assistant.ask.records_answer import cite_record, format_value
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import Citation, KeyFigure, PlanRecords
from kfp_assistant.sv.areas import UBARA_AREAS
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.periods import period_bounds
from kfp_assistant.sv.words import tokenize

MAX_PLANS = 3
MAX_FIGURES = 6
MAX_NEEDS = 8
SHORT = 90  # characters of a need or an activity shown; the citation holds the whole
# The figures a reader of a plan looks for first; others follow in the plan's order.
FIRST_METRICS = (
    "employees_total", "employees_permanent", "turnover_pct", "sick_leave_pct", "average_age", "retirements",
)  # fmt: skip

_ASKS_SUMMARY = re.compile(
    r"\b(?:sammanfatta\w*|sammanfattning\w*|summera\w*|summering\w*|översikt\w*|överblick\w*|"
    r"huvuddrag\w*|kortfattat|i\s+korthet|summari[sz]e\w*|summary|overview|in\s+brief)\b"
    r"|\bvad\s+handlar\s+(?:\w+\s+){0,4}?plan\w*\s+om\b",
    re.IGNORECASE,
)
# Words of a request for a summary that name nothing in the plan: left alone, the question asks for the
# whole plan; any other word asks for a summary of that topic.
_FILLER = frozenset(
    tokenize(
        "sammanfatta sammanfattning summera summering översikt överblick huvuddrag huvuddragen kortfattat"
        " korthet kort snabbt lite gärna ge mig du kan hela handlar plan planen planens planer planerna"
        " kompetensförsörjningsplan kompetensförsörjningsplanen nya senaste aktuella förvaltning"
        " förvaltningen förvaltningens nämnd nämnden nämndens tack please give me an a of the short brief"
        " summarize summarise summary overview in its their what about"
    )
)


def asks_summary(question: str, topic: Iterable[str]) -> bool:
    """Whether the question asks for a summary of a whole plan (`topic`: its content stems)."""
    return bool(_ASKS_SUMMARY.search(question)) and not set(topic) - _FILLER


def _year(figure: KeyFigure) -> int:
    bounds = period_bounds(figure.as_of or "")
    return bounds[1] if bounds else 0


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[: SHORT - 1].rsplit(" ", 1)[0] + " …"


def _figures(plan: PlanRecords, citations: list[Citation]) -> str:
    """The whole administration's latest figure of each metric, in the plan's order."""
    latest: dict[str, KeyFigure] = {}
    for figure in plan.figures:
        if figure.scope is None and _year(figure) >= _year(latest.get(figure.metric, figure)):
            latest[figure.metric] = figure
    ordered = sorted(
        latest.values(), key=lambda f: FIRST_METRICS.index(f.metric) if f.metric in FIRST_METRICS else 99
    )
    parts = []
    for figure in ordered[:MAX_FIGURES]:
        n = cite_record(citations, plan, figure.page, figure.quote)
        label = str(METRICS[figure.metric]["label_sv"]) if figure.metric in METRICS else figure.metric
        when = f" ({figure.as_of})" if figure.as_of else ""
        parts.append(f"{label} {format_value(figure)}{when} [{n}]")
    return "; ".join(parts)


def _needs(plan: PlanRecords, citations: list[Citation]) -> str:
    parts = []
    for gap in plan.gaps[:MAX_NEEDS]:
        n = cite_record(citations, plan, gap.page, gap.quote)
        parts.append(f"{_short(gap.text)} [{n}]")
    more = f" (och {len(plan.gaps) - MAX_NEEDS} till)" if len(plan.gaps) > MAX_NEEDS else ""
    return "; ".join(parts) + more


def _activities(plan: PlanRecords, citations: list[Citation]) -> str:
    """How many of the plan's own activities each area has, with its first."""
    own = [a for a in plan.activities if a.table == "plan"]
    parts = []
    for area in UBARA_AREAS:
        in_area = [a for a in own if area in a.areas]
        if in_area:
            n = cite_record(citations, plan, in_area[0].page, in_area[0].quote)
            parts.append(f"{area} {len(in_area)} (t.ex. {_short(in_area[0].activity)}) [{n}]")
    unplaced = sum(1 for a in own if not a.areas)
    return "; ".join(parts) + (f"; utan område {unplaced}" if unplaced else "")


def summarise(
    route_: Route, plans: list[PlanRecords], topic: Iterable[str]
) -> tuple[str, list[Citation]] | None:
    """The plans the question is about in brief, each statement cited; None when the question asks for no
    summary of a whole plan (`topic`: its content stems) or the plans hold nothing to tell."""
    if not asks_summary(route_.question, topic):
        return None
    chosen = [p for p in plans if p.doc_id in set(route_.plans)][:MAX_PLANS]
    citations: list[Citation] = []
    blocks = []
    for plan in chosen:
        lines = [
            f"- {title}: {text}"
            for title, text in (
                ("Nyckeltal", _figures(plan, citations)),
                (f"Kompetensbehov ({len(plan.gaps)})", _needs(plan, citations)),
                (
                    f"Aktiviteter ({sum(1 for a in plan.activities if a.table == 'plan')})",
                    _activities(plan, citations),
                ),
            )
            if text
        ]
        if lines:
            name = plan_label(plan.administration or plan.file, plan.period)
            blocks.append(f"**{name} i korthet:**\n" + "\n".join(lines))
    return ("\n\n".join(blocks), citations) if blocks else None

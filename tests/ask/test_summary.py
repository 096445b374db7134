"""A plan in brief, from its records (made-up plan): figures, needs and activities, each cited."""

from __future__ import annotations

from kfp_assistant.ask.router import route
from kfp_assistant.ask.summary import asks_summary, summarise
from kfp_assistant.schema import Activity, Gap, KeyFigure, PlanRecords
from kfp_assistant.sv.words import tokenize

PLAN = {"file": "kultur.pdf", "doc_id": "k26", "administration": "Kulturnämnden", "period": "2026-2028"}
CATALOG = [{"administration": "Kulturnämnden", "period": "2026-2028", "doc_id": "k26"}]


def _figure(metric: str, value: float, unit: str, as_of: str, scope: str | None = None) -> KeyFigure:
    return KeyFigure(**PLAN, metric=metric, value=value, unit=unit, as_of=as_of, scope=scope, page=2,
                     quote=f"Värdet är {value:g}".replace(".", ","))  # fmt: skip


def _activity(text: str, area: str, table: str = "plan") -> Activity:
    return Activity(**PLAN, table=table, area=area, areas=[area], goal=None, activity=text, target_date=None,
                    target_end=None, responsible=None, page=5, quote=text)  # fmt: skip


RECORDS = PlanRecords(
    **PLAN,
    figures=[
        _figure("sick_leave_pct", 5.1, "percent", "2024"),
        _figure("sick_leave_pct", 4.8, "percent", "2025"),
        _figure("sick_leave_pct", 9.0, "percent", "2025", scope="vaktmästare"),
        _figure("employees_total", 412, "count", "2025"),
    ],
    gaps=[Gap(**PLAN, theme=None, text="Ljudtekniker med erfarenhet av digitala scener", page=4, quote="x")],
    activities=[
        _activity("Mentorprogram för nya ljudtekniker", "Introducera"),
        _activity("Lönekartläggning", "Behålla"),
        _activity("Förra planens studiebesök", "Utveckla", table="followup"),
    ],
)


def _summary(question: str) -> str | None:
    route_ = route(question, CATALOG)
    found = summarise(route_, [RECORDS], set(tokenize(question)) - {"kulturnämnd", "kulturnämnden"})
    return None if found is None else found[0]


def test_a_summary_tells_the_latest_figures_the_needs_and_the_activities_by_area() -> None:
    text = _summary("Kan du sammanfatta Kulturnämndens plan kort?")
    assert text is not None
    assert "412" in text and "4,8 %" in text and "5,1" not in text, "the latest of each metric, whole staff"
    assert "9 %" not in text and "9,0" not in text, "a group's figure is no headline"
    assert "Ljudtekniker med erfarenhet" in text
    assert "Introducera 1" in text and "Behålla 1" in text and "Utveckla" not in text, "own activities only"
    assert text.count("[") >= 5, "every statement cited"


def test_a_summary_of_a_topic_is_no_summary_of_the_plan() -> None:
    assert asks_summary("Give me an overview of the plan", set(tokenize("Give me an overview of the plan")))
    assert not asks_summary("Sammanfatta vad de gör för att behålla personal", {"behåll", "personal"})
    assert _summary("Hur hög är sjukfrånvaron i Kulturnämnden?") is None

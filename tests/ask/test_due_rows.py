"""A bare year a list question names filters the rows by target date, unless it is the one year the plan
covers and the question does not ask when rows are due (made-up plan)."""

from __future__ import annotations

from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Activity, PlanRecords

ADMIN = "Fritidsförvaltningen i Ekby kommun"
PLANS = [{"doc_id": "ek", "administration": ADMIN, "period": "2026", "file": "ek.pdf"}]


def _row(text: str, due: str) -> Activity:
    return Activity(
        file="ek.pdf", doc_id="ek", administration=ADMIN, period="2026", table="plan", area="Utveckla",
        areas=["Utveckla"], goal=None, activity=text, target_date=due, responsible="HR", page=5, quote=text,
    )  # fmt: skip


ROWS = [
    _row("Kurs i livräddning för badvärdar", "2026-06-30"),
    _row("Mentorskap för fritidsledare", "Löpande"),
]


def _shown(question: str) -> list[str]:
    route_ = route(question, PLANS)
    plan = PlanRecords(doc_id="ek", file="ek.pdf", administration=ADMIN, period="2026", activities=ROWS)
    found = answer_from_records(route_, [plan], content_tokens(question, route_))
    assert found is not None, question
    return [a.activity for a in ROWS if a.activity in found.text]


def test_the_one_year_a_plan_covers_names_the_plan_not_a_due_date() -> None:
    assert _shown("Vilka aktiviteter har Ekby 2026?") == [a.activity for a in ROWS]


def test_a_year_asked_as_when_rows_are_due_still_filters() -> None:
    assert _shown("Vilka aktiviteter ska vara klara 2026 i Ekby?") == ["Kurs i livräddning för badvärdar"]

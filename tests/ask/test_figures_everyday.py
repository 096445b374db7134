"""Figures asked in everyday words, answered by the figure a plan gives (made-up plans)."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure, PlanRecords
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.metrics import metrics_in
from kfp_assistant.sv.words import tokenize


def _figure(metric: str, value: float, quote: str) -> KeyFigure:
    return KeyFigure(
        file="plan.pdf", doc_id="d", administration="X", period=None, metric=metric, value=value,
        unit="count", page=2, quote=quote, as_of="2025",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("Hur mycket folk slutar hos dem?", "turnover_pct"),
        ("Hur vanligt är det att folk slutar?", "turnover_pct"),
        ("Hur många slutar varje år?", "departures"),
        ("Hur mycket folk har förvaltningen?", "employees_total"),
        ("Kan du ta fram hur stor personalomsättningen är?", "turnover_pct"),
        ("Hur gammal är snittmedarbetaren?", "average_age"),
        (in_swedish_terms("How old are the employees on average?"), "average_age"),
    ],
)
def test_everyday_words_name_the_figure(question: str, metric: str) -> None:
    assert metrics_in(question, question=True)[:1] == [metric]


def test_all_staff_asked_of_a_plan_counting_permanent_and_fixed_term_apart_gets_both() -> None:
    permanent = _figure("employees_permanent", 1016, "Nämnden har 1016 tillsvidareanställda medarbetare.")
    temporary = _figure("employees_temporary", 86, "Antalet visstidsanställda var 86.")
    plan = PlanRecords(
        doc_id="d", file="plan.pdf", administration="X", period="2025-2027", figures=[permanent, temporary]
    )
    question = "Hur många är anställda?"
    answered = answer_from_records(route(question, []), [plan], set(tokenize(question)))
    assert answered is not None and "1016" in answered.text and "86" in answered.text


@pytest.mark.parametrize(
    "question",
    [
        "Hur vill de lösa bristen på socionomer?",
        "Hur ska de få tag på bygglovshandläggare?",
        "Vad satsar de på för ingenjörerna?",
    ],
)
def test_what_is_done_about_a_topic_or_a_need_is_answered_by_the_activities(question: str) -> None:
    routed = route(question, [])
    assert routed.open_question and routed.target == "activities"


def test_why_and_figures_about_a_topic_are_no_open_questions() -> None:
    assert not route("Varför slutar socionomerna?", []).open_question
    assert not route("Hur många undersköterskor finns det?", []).open_question
    assert not route("Hur tänker de kring trygga anställningar?", []).open_question  # their reasoning
    assert not route("Vad är tanken bakom programmet för arbetsledare?", []).open_question

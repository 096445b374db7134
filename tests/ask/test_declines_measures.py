"""Figures the plans do not report, on made-up plan text: a mean age of an occupation the plan gives no
age for, a number per employee where the plan gives a percentage; and a compound of a metric's word is
no misspelling of it."""

from __future__ import annotations

from kfp_assistant.ask.compose import compose_extractive
from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.figure_groups import asked_groups
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_text import misses_the_question
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.metrics import metrics_in
from kfp_assistant.sv.numbers import asks_per_person, states_per_person
from kfp_assistant.sv.words import tokenize
from tests.ask.chunks import plan_chunk


def _declines(question: str, text: str) -> bool:
    route_ = route(question, [])
    passages = score_chunk(plan_chunk(text), content_tokens(question, route_), 0.99)
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=frozenset(tokenize(text))
    )
    return composed.not_found


def test_an_age_limit_is_no_mean_age_of_the_occupation_asked() -> None:
    text = "Av de tillsvidareanställda är 37 personer 61 år eller äldre; flest är bygginspektörer."
    assert _declines("Hur hög är medelåldern bland bygginspektörerna?", text)
    assert not _declines(
        "Hur hög är medelåldern bland bygginspektörerna?", "Medelåldern bland bygginspektörerna är 51 år."
    )
    assert asked_groups(route("Vilken sjukfrånvaro har lantmätarna?", [])) == ["lantmätarna"]


def test_a_number_per_employee_is_not_answered_by_a_percentage() -> None:
    question = "Hur många sjukdagar per anställd hade nämnden?"
    assert asks_per_person(question) and not asks_per_person("Hur hög var sjukfrånvaron?")
    sick = KeyFigure(
        file="plan.pdf", doc_id="d", administration="X", period=None, metric="sick_leave_pct", value=6.1,
        unit="percent", page=2, quote="Sjukfrånvaron var 6,1 procent.", as_of="2025",
    )  # fmt: skip
    route_ = route(question, [])
    vocabulary = frozenset(tokenize("sjukdagar per anställd nämnden hade sjukfrånvaron"))
    assert misses_the_question(route_, content_tokens(question, route_), [sick], sick.quote, vocabulary)
    assert states_per_person("I snitt 11 sjukdagar per anställd.")


def test_a_compound_of_a_metric_word_is_no_misspelling_of_it() -> None:
    assert metrics_in("Hur lång är anställningstiden i snitt?", question=True) == []
    assert metrics_in("Hur hög är personalomsätningen?", question=True) == ["turnover_pct"]

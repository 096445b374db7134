"""Questions in other words than the plan's, on made-up plan text: a short word's compounds, a share
asked of a count, what is done about salaries (no amount)."""

from __future__ import annotations

from kfp_assistant.ask.compose import compose_extractive
from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure, PlanRecords
from kfp_assistant.sv.everyday import in_plan_words
from kfp_assistant.sv.numbers import asks_for_money
from kfp_assistant.sv.words import tokenize
from tests.ask.chunks import plan_chunk


def _answer(question: str, text: str) -> str:
    """The extractive answer from one made-up chunk ("" when it declines)."""
    question = in_plan_words(question)
    route_ = route(question, [])
    passages = score_chunk(plan_chunk(text), content_tokens(question, route_), 0.99)
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=frozenset(tokenize(text))
    )
    return "" if composed.not_found else composed.text


def test_a_compound_of_a_short_question_word_answers() -> None:
    text = "Nämnden har många nya lokaler. Vi ser över lönestrukturen för tekniker under 2026."
    assert "lönestrukturen" in _answer("Vad gör nämnden med lönerna?", text)


def test_what_is_done_about_salaries_asks_no_amount() -> None:
    assert not asks_for_money("Vad gör nämnden med lönerna?")
    assert not asks_for_money("Hur arbetar de med lönesättningen för sjuksköterskor?")
    assert asks_for_money("Hur mycket höjs lönerna?")
    assert asks_for_money("Vad är ingångslönen för lärare?")


def test_a_share_asked_of_staff_is_not_answered_by_their_count() -> None:
    figure = KeyFigure(
        file="plan.pdf", doc_id="d", administration="X", period=None, metric="employees_permanent",
        value=420, unit="count", page=1, quote="Nämnden har 420 tillsvidareanställda.",
    )  # fmt: skip
    plan = PlanRecords(doc_id="d", file="plan.pdf", administration="X", period="2025-2027", figures=[figure])
    share = "Hur stor andel av de anställda har en fast anställning?"
    assert answer_from_records(route(share, []), [plan], set(tokenize(share))) is None
    count = "Hur många har en fast anställning?"
    answered = answer_from_records(route(count, []), [plan], set(tokenize(count)))
    assert answered is not None and "420" in answered.text

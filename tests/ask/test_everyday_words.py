"""Questions in other words than the plan's, on made-up plan text: what is done about salaries asks no
amount."""

from __future__ import annotations

from kfp_assistant.ask.compose import compose_extractive
from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.router import route
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


def test_what_is_done_about_salaries_asks_no_amount() -> None:
    assert not asks_for_money("Vad gör nämnden med lönerna?")
    assert not asks_for_money("Hur arbetar de med lönesättningen för sjuksköterskor?")
    assert asks_for_money("Hur mycket höjs lönerna?")
    assert asks_for_money("Vad är ingångslönen för lärare?")

"""How many units of time, answered by a time written out (made-up plan text)."""

from __future__ import annotations

from kfp_assistant.ask.compose import compose_extractive
from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.router import route
from kfp_assistant.sv.words import tokenize
from tests.ask.chunks import plan_chunk


def test_how_many_days_is_answered_by_days_written_out() -> None:
    text = "Nämnden behåller möjligheten till distansarbete upp till tre dagar i veckan för handläggarna."
    question = "Hur många dagar i veckan får handläggarna ha distansarbete?"
    route_ = route(question, [])
    passages = score_chunk(plan_chunk(text), content_tokens(question, route_), 0.99)
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=frozenset(tokenize(text))
    )
    assert not composed.not_found and "tre dagar i veckan" in composed.text

"""A count asked is answered by a number; a text answer quoting none is declined (ask/answer_checks).
Made-up wording."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.answer_checks import held_to_question, unless_uncounted
from kfp_assistant.ask.compose import Composed
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Citation

from .chunks import plan_chunk


def _composed(quote: str) -> Composed:
    return Composed(f"{quote} [1]", [Citation.of_chunk(1, plan_chunk(quote, "p:1"), 1, quote)], False)


@pytest.mark.parametrize(
    ("quote", "kept"),
    [
        ("3.2.1 Erbjuda mentorer till alla nya lärare. (Ansvar: rektor)", False),  # an outline number
        ("Alla nya lärare ska erbjudas en mentor.", False),
        ("Alla nya lärare ska ha en mentor inom sex månader.", False),  # a time, no count
        ("Under 2025 hade 34 av de nya lärarna en mentor.", True),
        ("Tolv medarbetare gick mentorprogrammet under året.", True),
        ("Av de nio nya lärarna har sju fått en mentor.", True),
    ],
)
def test_a_count_is_answered_by_a_number(quote: str, kept: bool) -> None:
    asked = route("Hur många av de nya lärarna har en mentor?", [])
    checked = unless_uncounted(asked, _composed(quote))
    assert checked.not_found is not kept


def test_other_questions_are_not_held_to_a_number() -> None:
    asked = route("Vad gör de för att behålla nya lärare?", [])
    composed = _composed("Alla nya lärare ska erbjudas en mentor.")
    assert not held_to_question(asked, composed, []).not_found

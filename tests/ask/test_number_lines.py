"""Amounts no key figure names, answered by the plan's line stating one about the thing (ask/number_lines)."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.number_lines import answer_number_line
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Chunk
from kfp_assistant.sv.words import tokenize

from .chunks import plan_chunk

_PROSE = plan_chunk(
    "Förvaltningen har under året byggt ut sin verksamhet och öppnar tre nya bibliotek under hösten. "
    "Bemanningsföretag har anlitats i ökad omfattning, till en kostnad av 1,8 miljoner kronor. "
    "Under 2025 hölls utvecklingssamtal med 140 av de 162 medarbetarna. "
    "Målet är att tiden från annons till anställning ska vara högst 40 dagar.",
    "p:1",
)
_FACTS = Chunk(
    **(
        plan_chunk(
            "Faktaruta Antal bibliotek: 23 Antal chefer: 17 Medelålder: 47 år Andel kvinnor: 68 procent",
            "p:2",
        ).model_dump()
        | {"kind": "table"}
    )
)
_TABLE = Chunk(
    **(
        plan_chunk(
            "Nyckeltal | 2024 | 2025\nTid från annons till anställning, dagar | 61 | 55\n"
            "Utveckla | Mentorprogram för nya chefer | 2026-06-30 | HR",
            "p:3",
        ).model_dump()
        | {"kind": "table"}
    )
)
_CHUNKS = [_PROSE, _FACTS, _TABLE]
_VOCABULARY = frozenset(tokenize(" ".join(c.text for c in _CHUNKS)))


def _answer(question: str) -> str | None:
    route_ = route(question, []).model_copy(update={"plans": ["p"], "scope": ["p"]})
    found = answer_number_line(route_, question, lambda _: _CHUNKS, lambda _: "Plan", _VOCABULARY)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("Hur många bibliotek driver de?", "Antal bibliotek: 23"),
        ("Vad har bemanningsföretagen kostat?", "1,8 miljoner kronor"),
        ("Hur mycket har de lagt på bemanningsföretag?", "1,8 miljoner kronor"),
        ("Hur många fick ett utvecklingssamtal förra året?", "140 av de 162"),
        ("Hur lång tid tar det från annons till anställning?", "| 61 | 55"),
    ],
)
def test_the_line_stating_the_amount_of_the_thing_answers(question: str, stated: str) -> None:
    answer = _answer(question)
    assert answer is not None and stated in answer


@pytest.mark.parametrize(
    "question",
    [
        "Hur många parkeringsplatser har de?",  # the thing is in no line
        "Hur många undersköterskor har de?",  # people of an occupation: key figures and tables
        "Hur många aktiviteter finns det?",  # records count these
        "Hur många dagar i veckan får man arbeta hemifrån?",  # a unit counted: too loose to match
        "Hur många är över 60 år?",  # an age band: the table's cell
        "Vilka bibliotek finns det?",  # no amount asked
        # some of a group counted by what they are: the group's count is not theirs
        "Hur många av cheferna är inhyrda konsulter?",
        "Hur många av de 162 medarbetarna har gått mentorprogrammet?",
    ],
)
def test_no_line_answers_what_it_does_not_state(question: str) -> None:
    assert _answer(question) is None


def test_a_target_is_not_what_is() -> None:
    answer = _answer("Hur lång tid tar det från annons till anställning?")
    assert answer is not None and "40 dagar" not in answer

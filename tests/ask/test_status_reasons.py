"""Why an activity was not done: the plan's sentence or follow-up comment giving why (ask/status_reasons)."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.router import route
from kfp_assistant.ask.status_reasons import answer_status_reason
from kfp_assistant.schema import Chunk

from .chunks import plan_chunk

_PROSE = plan_chunk(
    "Introduktionsprogrammet genomfördes som planerat. Översynen av lönestrukturen för ingenjörer "
    "sköts upp eftersom lönekartläggningen drog ut på tiden. Arbetsmiljöenkäten skickades ut i maj.",
    "p:1",
)
_FOLLOWUP = Chunk(
    **(
        plan_chunk(
            "Område | Aktivitet | Status | Kommentar\n"
            "Behålla | Hälsosamtal för alla över 55 år | Ej genomförd | Företagshälsan saknade kapacitet\n"
            "Attrahera | Sommarjobb för gymnasieelever | Genomförd | 14 elever",
            "p:2",
        ).model_dump()
        | {"kind": "table"}
    )
)


def _answer(question: str) -> str | None:
    route_ = route(question, []).model_copy(update={"plans": ["p"], "scope": ["p"]})
    found = answer_status_reason(route_, question, lambda _: [_PROSE, _FOLLOWUP], lambda _: "Plan")
    return found[0] if found else None


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Varför blev det ingen översyn av lönestrukturen för ingenjörer?", "lönekartläggningen drog ut"),
        ("Varför sköts översynen av lönestrukturen upp?", "lönekartläggningen drog ut"),
        ("Varför har hälsosamtalen för de över 55 inte blivit av?", "saknade kapacitet"),
        ("Why weren't the health talks carried out?", None),  # English words no plan writes
        ("Varför genomfördes inte arbetsmiljöenkäten?", None),  # the plan gives no reason
        ("Hur gick det med hälsosamtalen?", None),  # no why
    ],
)
def test_the_reason_near_the_activity_answers(question: str, reason: str | None) -> None:
    answer = _answer(question)
    if reason is None:
        assert answer is None or "Arbetsmiljöenkäten" not in answer
    else:
        assert answer is not None and reason in answer

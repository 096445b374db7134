"""Query handling of the hybrid retriever that needs no index: plan names taken out of the dense query."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.retrieval import without_plan_names


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Hur ska Hässelby-Vällingby hitta framtida chefer bland medarbetarna (plan 2025-2027)?",
            "Hur ska hitta framtida chefer bland medarbetarna?",
        ),
        ("När följs introduktionen upp i Socialnämndens plan 2024-2026?", "När följs introduktionen upp?"),
        (
            "Vilken yrkesgrupp slutade oftast hos Farsta enligt 2021 års plan?",
            "Vilken yrkesgrupp slutade oftast?",
        ),
        (
            "Hur tänker stadsdelsnämnden i Skärholmen använda AI, enligt planen 2025-2027?",
            "Hur tänker använda AI?",
        ),
        ("Jämför kompetensgapen i Socialnämnden och Utbildningsnämnden", "Jämför kompetensgapen"),
        # A bare year dates a fact and stays; so does everything that is not a plan's name.
        (
            "Hur många fast anställda hade Socialnämnden hösten 2024?",
            "Hur många fast anställda hade hösten 2024?",
        ),
        ("Vad säger uppföljningen i planen om lokaler?", "Vad säger uppföljningen i planen om lokaler?"),
        ("Hur många anställda har förvaltningen?", "Hur många anställda har förvaltningen?"),
        # Nothing but the name: there is nothing else to search for, so the question stays whole.
        ("Vad säger Socialnämnden?", "Vad säger Socialnämnden?"),
    ],
)
def test_without_plan_names(question: str, expected: str) -> None:
    assert without_plan_names(question) == expected

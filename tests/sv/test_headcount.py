"""How many of an occupation there are is its headcount; what many of them did is not."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.router import route
from kfp_assistant.sv.metrics import question_metrics

CATALOG = [{"administration": "Parknämnden", "period": "2025-2027", "doc_id": "p25"}]


@pytest.mark.parametrize(
    ("question", "headcount"),
    [
        ("Hur många lokalvårdare har Parknämnden?", True),
        ("hur många bibliotekarier finns det på förvaltningen?", True),
        ("Hur många kockar jobbar i köken?", True),
        ("Hur många lärare har förvaltningen totalt?", True),
        ("Hur många bibliotekarier har gått utbildningen?", False),
        ("Hur många lokalvårdare har slutat?", False),
        ("Hur många poäng ska lokalvårdarna nå?", False),
    ],
)
def test_how_many_of_an_occupation_there_are_is_its_headcount(question: str, headcount: bool) -> None:
    assert (question_metrics(question) == ["employees_total"]) is headcount


def test_a_headcount_of_an_occupation_is_asked_of_the_key_figures() -> None:
    asked = route("Hur många lokalvårdare har Parknämnden?", CATALOG)
    assert asked.metrics == ["employees_total"] and asked.target == "figures"

"""Why people leave asks the causes of the leaving, not the purpose of an activity that names it."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.why import asks_why_leaving


@pytest.mark.parametrize(
    ("question", "leaving"),
    [
        ("Varför slutar folk på Parknämnden?", True),
        ("varför har så många lokalvårdare slutat?", True),
        ("Why do people quit at Parknämnden?", True),
        ("Varför genomför de avgångssamtal med alla som slutar?", False),
        ("Varför ska cheferna hålla stanna-samtal?", False),
        ("Why has sick leave risen at Parknämnden?", False),
    ],
)
def test_why_people_leave_is_told_by_the_verb_after_why(question: str, leaving: bool) -> None:
    assert asks_why_leaving(question) is leaving

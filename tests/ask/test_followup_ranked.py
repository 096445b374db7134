"""A follow-up naming another administration and asking who ranks first ("och X? vem har tuffast mål?",
"och Y, vilken är lägre?") compares the one asked about before with the one named."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.router import route

_CATALOG = [
    {"doc_id": "k", "administration": "Kulturförvaltningen i Malmö stad", "period": "2026"},
    {"doc_id": "f", "administration": "Fritidsförvaltningen i Malmö stad", "period": "2026"},
]


@pytest.mark.parametrize(
    "followup",
    ["och fritidsförvaltningen? vem har tuffast mål?", "och fritidsförvaltningen, vilken är högre?"],
)
def test_who_ranks_first_compares_both(followup: str) -> None:
    before = route("Vad har Kulturförvaltningen för mål för sjukfrånvaron?", _CATALOG)
    after = resolve_followup(followup, [before], _CATALOG)
    assert after.intent == "compare"
    assert after.administrations == [c["administration"] for c in _CATALOG]


def test_another_administration_alone_is_asked_alone() -> None:
    before = route("Vad har Kulturförvaltningen för mål för sjukfrånvaron?", _CATALOG)
    after = resolve_followup("och fritidsförvaltningen?", [before], _CATALOG)
    assert after.administrations == ["Fritidsförvaltningen i Malmö stad"]

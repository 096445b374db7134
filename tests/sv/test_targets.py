"""Target questions read by one vocabulary: the target alone, or the outcome against it."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.targets import asks_against_target, asks_for_target, names_target


@pytest.mark.parametrize(
    ("question", "alone", "against"),
    [
        ("Vad är sjukfrånvaromålet för Parknämnden?", True, False),  # a target ending a compound
        ("Vilken målsättning har de för heltid?", True, False),
        ("Hur ligger personalomsättningen i förhållande till målet?", False, True),
        ("Nådde de delmålet för introduktionen?", False, True),
        ("Vilket måldatum har aktiviteten?", False, False),  # a date, no target
        ("Hur hög är sjukfrånvaron?", False, False),
    ],
)
def test_a_target_asked_alone_or_against_the_outcome(question: str, alone: bool, against: bool) -> None:
    assert asks_for_target(question) is alone
    assert asks_against_target(question) is against


def test_a_target_date_names_no_target() -> None:
    assert not names_target("Måldatum: 2026-06-30")
    assert names_target("Målet är att sjukfrånvaron ska understiga 5 procent.")

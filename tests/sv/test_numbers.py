"""Amounts in Swedish text: a year dates a statement, it counts nothing."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.numbers import states_number


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Förvaltningen inför en ny organisation under 2026 för att korta beslutsvägarna.", False),
        ("Planen gäller 2026-2028.", False),
        ("Arbetet startar 2027", False),
        ("Sjukfrånvaron var 5,4 % under 2023.", True),
        ("I december 2023 fanns totalt 1 204 anställda.", True),
        ("Kommunen har drygt 2000 medarbetare.", True),  # a four-digit count before its noun
        ("Hälften av cheferna har gått utbildningen.", True),
    ],
)
def test_a_year_is_no_amount(text: str, amount: bool) -> None:
    assert states_number(text) is amount

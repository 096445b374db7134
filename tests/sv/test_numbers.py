"""Amounts in Swedish text: a year dates a statement, it counts nothing."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.numbers import states_amount_of, states_number


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
        ("Inom en 3-årsperiod behövs fler sjuksköterskor.", False),  # a span inside a word
        ("Den 4:e största gruppen är lärare.", False),
    ],
)
def test_a_year_is_no_amount(text: str, amount: bool) -> None:
    assert states_number(text) is amount


def test_an_amount_in_the_metric_s_unit() -> None:
    assert states_amount_of("Medelåldern är 47 år.", "years")
    assert not states_amount_of("Av de 1 204 anställda ser åldersstrukturen ut som nedan.", "years")
    assert states_amount_of("Medelålder (år) | 46,9 | 46,5", "years")
    assert states_amount_of("Av dessa är 84 % kvinnor.", "percent")  # shares need no word of their own


def test_a_salary_set_aside_is_not_asked() -> None:
    from kfp_assistant.sv.numbers import asks_for_money

    assert not asks_for_money("Vilka förmåner får personalen utöver den vanliga lönen?")
    assert not asks_for_money("vad erbjuder de förutom lön?")
    assert asks_for_money("Vad kostar friskvården utöver lönen?")  # a cost is still asked
    assert asks_for_money("Hur mycket tjänar en lokalvårdare?")

"""Abbreviations spelled out only where no plan writes them."""

from __future__ import annotations

from kfp_assistant.sv.abbreviations import spell_out_abbreviations


def test_an_abbreviation_no_plan_writes_is_spelled_out_and_one_a_plan_writes_stays() -> None:
    question = "Vilka yrken är svåra att rekrytera enligt SKR:s rapport, och hur många USK finns?"
    spelled = spell_out_abbreviations(question, lambda short: False)
    assert "enligt Sveriges Kommuner och Regioner rapport" in spelled and "många undersköterskor" in spelled
    assert spell_out_abbreviations(question, lambda short: short == "SKR").count("SKR") == 1


def test_only_capitals_as_written_are_an_abbreviation() -> None:
    text = "Hur arbetar de med samverkan och sam-planering, och vad gör Sam?"
    assert spell_out_abbreviations(text, lambda short: False) == text

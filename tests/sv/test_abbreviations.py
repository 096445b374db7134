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


def test_short_forms_that_are_no_word_in_lower_case_are_read_typed_small() -> None:
    never = lambda short: False  # noqa: E731
    spelled = spell_out_abbreviations("hur många usk:ar och ssk har de, och vad säger las?", never)
    assert spelled == (
        "hur många undersköterskor och sjuksköterskor har de, och vad säger lagen om anställningsskydd?"
    )
    # a clipped occupation name, the same way; a plan that writes the short form keeps it
    assert "fler sjuksköterskor" in spell_out_abbreviations("varför behövs fler sjuksk?", never)
    question = "hur många usk finns?"
    assert spell_out_abbreviations(question, lambda short: short == "USK") == question


def test_short_forms_that_are_words_in_lower_case_stay() -> None:
    text = "Hur jobbar de med sol och sam-planering, och hur många yh-platser finns?"
    assert spell_out_abbreviations(text, lambda short: False) == text

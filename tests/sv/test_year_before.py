"""A figure told as the year before a named year is that year's."""

from __future__ import annotations

from kfp_assistant.sv.periods import years_before_named


def test_a_figure_for_the_year_before_one_named_is_that_years() -> None:
    assert years_before_named("Nöjdheten 2025 var 71, jämfört med 68 året innan.") == {"2024"}
    assert years_before_named("Andelen var 40 procent föregående år och 44 procent 2025.") == set()
    assert years_before_named("Under 2025 rekryterades 40 personer.") == set()


def test_how_many_units_of_time_is_answered_by_a_time_written_out() -> None:
    from kfp_assistant.sv.numbers import asks_time_count

    assert asks_time_count("Hur många dagar i månaden får man ha distansarbete?")
    assert asks_time_count("How many weeks does the induction take?")
    assert not asks_time_count("Hur många anställda har nämnden?")

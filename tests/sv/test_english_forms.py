"""English ways of asking put in the Swedish forms the router reads: age decades in words, plans named
by their year, why people leave, what a plan says about a topic."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.english_forms import in_swedish_forms
from kfp_assistant.sv.periods import named_plan_periods
from kfp_assistant.sv.table_terms import age_bands


@pytest.mark.parametrize(
    ("question", "band"),
    [
        ("How many teachers at Norrby are in their forties?", (40, 49)),
        ("How many nurses are in their late 50s?", (50, 59)),
        ("What share of the engineers are in their early thirties?", (30, 39)),
    ],
)
def test_an_age_decade_in_words_is_the_band_of_its_years(question: str, band: tuple[int, int]) -> None:
    assert age_bands(in_swedish_terms(question)) == [band]


def test_a_decade_of_years_is_no_age() -> None:
    assert age_bands(in_swedish_terms("How did turnover develop in the 2010s?")) == []
    assert "årsåldern" not in in_swedish_forms("What happened in the 90s?")


@pytest.mark.parametrize(
    "question",
    [
        "What does Norrby's 2019 plan list as risks?",
        "Which activities were in the 2019 competence supply plan?",
        "What were the goals of the plan for 2019?",
        "How high was sick leave according to the plan from 2019?",
    ],
)
def test_a_plan_named_by_its_year_names_that_version(question: str) -> None:
    assert named_plan_periods(in_swedish_terms(question)) == ["2019"]


def test_a_year_of_a_figure_names_no_plan() -> None:
    assert named_plan_periods(in_swedish_terms("How many were hired in 2019?")) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Why are engineers leaving the company?", "varför slutar ingenjörer"),
        ("Why did staff resign last year?", "varför slutar medarbetare"),
        ("Why do the teachers quit, as stated in the plan?", "varför slutar lärare , enligt planen"),
    ],
)
def test_why_people_leave_is_asked_in_the_swedish_order(question: str, expected: str) -> None:
    assert expected in in_swedish_terms(question)


def test_what_a_plan_says_about_a_topic_is_no_question_of_doing() -> None:
    swedish = in_swedish_terms("What does the new plan write about overtime?")
    assert swedish.startswith("vad säger") and "om övertid" in swedish and "vad gör" not in swedish
    assert in_swedish_terms("What does Norrby do about overtime?").startswith("vad gör")


def test_social_services_units_in_english_are_the_plans_words() -> None:
    swedish = in_swedish_terms("How many case workers in the children and young people unit are there?")
    assert "barn och unga" in swedish and "handläggare" in swedish
    assert "kommun" in in_swedish_terms("Which local authority has most vacancies?")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the turnover at the culture department?", "i kulturförvaltningen"),
        ("How many work in Norrby's traffic office?", "trafikkontoret"),
        ("Which risks does the education committee name?", "utbildningsnämnden"),
        ("What do the property administrations plan?", "fastighetsförvaltningen"),
    ],
)
def test_an_administration_named_by_its_field_is_its_swedish_name(question: str, expected: str) -> None:
    assert expected in in_swedish_terms(question)


def test_a_place_by_its_name_is_set_as_swedish_sets_it() -> None:
    assert "i Norrby" in in_swedish_terms("How many nurses work in Norrby?")
    assert "i Mälarby AB" in in_swedish_terms("What is the sick leave at Mälarby AB?")
    assert " in " not in in_swedish_terms("How many work in the kitchens?")


def test_a_function_word_before_the_question_mark_is_dropped() -> None:
    assert in_swedish_terms("How many engineers does Norrby have?").endswith("Norrby ?")


def test_what_is_spent_and_how_hard_recruiting_is_are_the_plans_words() -> None:
    assert "kostnad för konsulter" in in_swedish_terms("How much was spent on consultants last year?")
    swedish = in_swedish_terms("How hard is it to recruit environmental health inspectors?")
    assert "hur svårt är det att rekrytera hälsoskyddsinspektörer" in swedish


def test_a_question_ending_in_a_pronoun_points_back_as_swedish_ends_it() -> None:
    assert in_swedish_terms("And what share of all staff is that?").endswith("är det?")
    assert in_swedish_terms("How old were they?").endswith("var de?")
    assert not in_swedish_terms("Is it common among the nurses?").endswith("det?"), "a pronoun not at the end"

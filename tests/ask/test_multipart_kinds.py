"""Parts of a question left short, on made-up questions: a later part naming only which of a thing ("och i
vilka yrken?"), a frame before the first question ("Enligt förra planen, …"), a first part with its own
verb and name; a part asking when is no key figure; a follow-up naming a form of employment after a
flow asks that flow of them."""

from __future__ import annotations

from typing import Any

import pytest

from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.multipart import question_parts
from kfp_assistant.ask.router import route
from kfp_assistant.sv.english import in_swedish_terms, is_english
from kfp_assistant.sv.everyday import in_plan_words
from kfp_assistant.sv.why import gives_cause

CATALOG: list[dict[str, Any]] = [{"administration": "Parknämnden", "period": "2025-2027", "doc_id": "p25"}]


def test_a_part_with_its_own_verb_and_name_takes_no_predicate_from_the_last() -> None:
    parts = question_parts("Hur många nyanställningar gjorde Parknämnden och hur många slutade de?")
    assert parts == ["Hur många nyanställningar gjorde Parknämnden?", "hur många slutade de?"]
    shared = question_parts("Hur många timavlönade och hur många visstidsanställda hade Parknämnden 2024?")
    assert shared[0] == "Hur många timavlönade hade Parknämnden 2024?"


def test_a_later_part_naming_which_of_a_thing_is_a_part_and_keeps_the_subject() -> None:
    parts = question_parts("Enligt förra planen, hur många går i pension under perioden och i vilka yrken?")
    assert parts == ["Enligt förra planen, hur många går i pension under perioden?", "vilka yrken?"]
    first = route("Hur många går i pension i Parknämnden under perioden?", CATALOG)
    then = resolve_followup("och vilka yrken?", [first], CATALOG)
    assert "pension" in then.topic, "which occupations of those retiring"


def test_a_part_asking_when_is_told_by_the_text_not_a_key_figure() -> None:
    assert route("när ska handlingsplanen för heltid införas i Parknämnden?", CATALOG).intent == "explain"
    assert route("Hur stor andel arbetar heltid i Parknämnden?", CATALOG).intent == "figure"
    assert route("När var sjukfrånvaron som högst i Parknämnden?", CATALOG).intent != "explain"


def test_a_form_of_employment_after_a_flow_asks_the_flow_of_them() -> None:
    first = route("Hur många tillsvidareanställda slutade i Parknämnden?", CATALOG)
    assert first.metrics == ["departures"]
    then = resolve_followup("och bland visstidarna?", [first], CATALOG)
    assert then.metrics == ["departures"]
    headcount = resolve_followup(
        "och bland visstidarna?", [route("Hur många anställda har Parknämnden?", CATALOG)], CATALOG
    )
    assert headcount.metrics != ["departures"]


def test_recruited_from_outside_in_everyday_words_is_recruited_externally() -> None:
    assert "rekryterades externt" in in_plan_words("Hur många av de nya kom utifrån?", set())
    assert "externt" in in_plan_words("Hur stor andel kom från andra arbetsgivare?", set())


def test_english_activity_fields_in_everyday_english() -> None:
    swedish = in_swedish_terms("When must managers complete the e-learning, and when are the health talks?")
    assert "när ska" in swedish and "genomföra" in swedish and "e-utbildning" in swedish
    assert "hälsosamtal" in swedish


def test_what_the_plan_is_to_solve_it_asks_the_activities_on_the_topic_talked_about() -> None:
    first = route("Hur hög är personalomsättningen i Parknämnden?", CATALOG)
    why = resolve_followup("varför har den ökat?", [first], CATALOG)
    plan = resolve_followup("vad är planen för att lösa det?", [first, why], CATALOG)
    assert plan.target == "activities" and plan.open_question
    assert "personalomsättningen" in plan.topic, "'det' is the turnover talked about"


def test_who_is_responsible_is_a_part_of_its_own_and_people_leaving_is_no_time() -> None:
    parts = question_parts("Vad gör Parknämnden för att behålla personal, och vem ansvarar?")
    assert parts == ["Vad gör Parknämnden för att behålla personal?", "vem ansvarar?"]
    assert route("och när folk slutar då?", CATALOG).intent != "explain"
    assert "vad görs åt" in in_swedish_terms("What are the gaps and what is being done about them?")


def test_a_name_before_a_colon_is_no_frame_of_the_first_question_only() -> None:
    parts = question_parts(
        "Parknämnden: hur många anställdes 2025, hur många slutade och hur många av dem gick i pension?"
    )
    assert parts == [
        "Parknämnden: hur många anställdes 2025?",
        "hur många slutade?",
        "hur många av dem gick i pension?",
    ]


def test_a_short_english_follow_up_is_english_and_english_ages_read_as_swedish() -> None:
    assert is_english("why?") and not is_english("varför?")
    assert "över 60" in in_swedish_terms("How many are over 60?")
    assert "under planperioden" in in_swedish_terms("How many retire over the plan period?")
    assert gives_cause("Omsättningen drivs framför allt av ingenjörer som går till konsultbolag.")


def test_going_into_retirement_is_no_place_the_earlier_parts_share() -> None:
    parts = question_parts(
        "Hur många lokalvårdare har Parknämnden, hur många av dem är visstidare,"
        " och hur många går i pension till 2029?"
    )
    assert parts == [
        "Hur många lokalvårdare har Parknämnden?",
        "hur många lokalvårdare är visstidare?",
        "hur många lokalvårdare går i pension till 2029?",
    ]


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "hur många kockar finns det och hur många av dem är timavlönade?",
            ["hur många kockar finns det?", "hur många kockar är timavlönade?"],
        ),
        (
            "How many bus drivers are there and how many of them are over 60?",
            ["How many bus drivers are there?", "how many bus drivers are over 60?"],
        ),
        (
            "Hur många parkarbetare har enheten, varav hur många är säsongsanställda?",
            ["Hur många parkarbetare har enheten?", "hur många parkarbetare är säsongsanställda?"],
        ),
        # a group named in several words, and an English question in Swedish words ("them")
        (
            "Hur många lärare i svenska och matematik finns och hur många av dem är obehöriga?",
            [
                "Hur många lärare i svenska och matematik finns?",
                "hur många lärare i svenska och matematik är obehöriga?",
            ],
        ),
        (
            "hur många busschaufförer finns och hur många them deltidsanställda?",
            ["hur många busschaufförer finns?", "hur många busschaufförer deltidsanställda?"],
        ),
        # the counted noun left out of a later part is the first part's too
        (
            "Hur många fältassistenter finns och hur många slutar nästa år?",
            ["Hur många fältassistenter finns?", "hur många fältassistenter slutar nästa år?"],
        ),
        # the whole staff narrows nothing, a place is no group, and a part naming its own noun keeps it
        (
            "Hur många anställda har Norrby och hur många av dem är chefer?",
            ["Hur många anställda har Norrby?", "hur många av dem är chefer?"],
        ),
        (
            "Hur många i Norrby är över 60 och hur många är under 25?",
            ["Hur många i Norrby är över 60?", "hur många är under 25?"],
        ),
        (
            "Hur många kockar finns det och hur många vaktmästare finns det?",
            ["Hur många kockar finns det?", "hur många vaktmästare finns det?"],
        ),
    ],
)
def test_a_part_counting_of_them_asks_of_the_group_the_first_counts(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts

"""A "which … most/least" question ranks units, age groups or occupations: years ranked or one figure of the
whole are no answer, a sentence ranking the figure asked is (ask/ranked_dimension). Made-up wording."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.compose import Composed
from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.ranked_dimension import asked_dimension, ranks_asked, unless_unranked
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.router import route
from kfp_assistant.ask.units import units
from kfp_assistant.schema import Citation

from .chunks import plan_chunk


@pytest.mark.parametrize(
    ("question", "dimension"),
    [
        ("Vilken avdelning har högst sjukfrånvaro?", "avdelning"),
        ("vilka enheter har lägst personalomsättning i Ekby?", "enhet"),
        ("Which unit has the most sick leave?", "enhet"),
        ("Vilken åldersgrupp har flest sjukdagar?", "åldersgrupp"),
        ("Vilka yrkesgrupper har högst omsättning?", "yrkesgrupp"),
        ("Vilket år var sjukfrånvaron högst?", None),  # years are what is ranked
        ("Vilken aktivitet är viktigast?", None),  # no dimension of a figure
        ("Hur hög är sjukfrånvaron på avdelningen?", None),  # no ranking
    ],
)
def test_the_dimension_asked(question: str, dimension: str | None) -> None:
    assert asked_dimension(question) == dimension


def _one(question: str) -> Route:
    """The question's route over one plan."""
    return route(question, []).model_copy(update={"plans": ["p"], "scope": ["p"]})


def _cite(quote: str) -> Citation:
    return Citation.of_chunk(1, plan_chunk(quote, "p:1"), 1, quote)


def test_years_ranked_or_a_whole_figure_do_not_rank_units() -> None:
    asked = _one("Vilken enhet har högst sjukfrånvaro i Ekby?")
    years = (
        "**Ekby:**\nHögst (Nyckeltal – Sjukfrånvaro): **2023**, 7,2 % [1]\n\nI ordning:\n- 2023: 7,2 % [1]"
    )
    assert not ranks_asked(asked, years, [_cite("2023 | 7,2 %")])
    whole = "Sjukfrånvaron var 6,4 procent 2024 (7,0 procent 2023)."
    assert not ranks_asked(asked, whole, [_cite(whole)])
    target = "Målet är att sjukfrånvaron ska vara lägre än 5 procent."
    assert not ranks_asked(asked, target, [_cite(target)])
    ceiling = "Sjukfrånvaron ska vara högst 4,5 procent 2027."
    assert not ranks_asked(asked, ceiling, [_cite(ceiling)])


def test_a_ranking_of_named_rows_or_a_ranking_sentence_answers() -> None:
    asked = _one("Vilken enhet har högst sjukfrånvaro i Ekby?")
    table = "**Ekby:**\nHögst (Sjukfrånvaro per enhet): **Hemvården**, 9,1 % [1]"
    assert ranks_asked(asked, table, [_cite("Hemvården | 9,1 %")])
    sentence = "Sjukfrånvaron är högst i hemvården och lägst på kansliet."
    assert ranks_asked(asked, sentence, [_cite(sentence)])
    rows = [_cite("Hemvården | 9,1 %"), _cite("Kansliet | 3,2 %")]
    assert ranks_asked(asked, "", rows)
    # a question asking no ranking of a dimension is never held back here
    whole = "6,4 procent"
    assert ranks_asked(route("Hur hög är sjukfrånvaron i Ekby?", []), whole, [_cite(whole)])


def _passage(text: str, position: int) -> Passage:
    chunk = plan_chunk(text, "p:1")
    unit = units(chunk)[position]
    return Passage(chunk=chunk, text=unit.text, page=1, score=1.0, position=position)


def test_the_plans_ranking_sentence_answers_else_the_question_is_declined() -> None:
    asked = _one("Vilka yrkesgrupper har högst omsättning i Ekby?")
    restated = Composed(
        "Personalomsättningen var 11 procent. [1]", [_cite("Personalomsättningen var 11 procent.")], False
    )
    text = "Personalomsättningen var 11 procent. Den var klart störst bland lokalvårdarna."
    kept = unless_unranked(asked, restated, [_passage(text, 1)])
    assert not kept.not_found and "lokalvårdarna" in kept.text
    # a ranking sentence of another figure does not rank this one
    other = "Personalomsättningen var 11 procent. Sjukfrånvaron är högst bland lokalvårdarna."
    declined = unless_unranked(asked, restated, [_passage(other, 1)])
    assert declined.not_found and "yrkesgrupp" in declined.text


def test_a_ranking_of_another_kind_or_of_administrations_is_not_held_back_or_taken() -> None:
    asked = _one("Vilka yrkesgrupper har högst omsättning i Ekby?")
    ages = "Åldersgruppen 25-34 år har högst personalomsättning."
    assert not ranks_asked(asked, ages, [_cite(ages)])
    by_age = _one("Vilken åldersgrupp har högst omsättning i Ekby?")
    occupations = "Omsättningen var högst bland fritidspedagoger, 18 procent."
    assert not ranks_asked(by_age, occupations, [_cite(occupations)])
    assert ranks_asked(asked, occupations, [_cite(occupations)])
    staff = "Högst sjukfrånvaro har kökspersonalen, följt av vaktmästarna."
    assert not ranks_asked(by_age, staff, [_cite(staff)])
    # two administrations compared: their plans' figures rank them
    both = route("Vilken förvaltning har högst sjukfrånvaro, Ekby eller Ås?", [])
    assert ranks_asked(both.model_copy(update={"administrations": ["Ekby", "Ås"]}), "6,1 och 7,2", [])

"""Which key figure a comparison asked by an adjective or a verb means (sv.comparatives), and which way
it ranks (sv.superlatives.lowest_first); made-up questions."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.comparatives import comparative_metrics, ranked_kind, ranks_where
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.metrics import metrics_in
from kfp_assistant.sv.superlatives import lowest_first


@pytest.mark.parametrize(
    ("question", "found", "meant"),
    [
        ("Vem har äldst personal, A eller B?", [], ["average_age"]),
        ("Är medarbetarna yngre hos A än hos B?", [], ["average_age"]),
        ("Vilken arbetsplats har de yngsta anställda?", ["employees_total"], ["average_age"]),
        (
            in_swedish_terms("Which workforce is older on average, A or B?"),
            ["employees_total"],
            ["average_age"],
        ),
        ("Är man sjukare i A än i B?", [], ["sick_leave_pct"]),
        ("Var är personalen mer sjuk, A eller B?", [], ["sick_leave_pct"]),
        ("Vilken är störst, A eller B?", [], ["employees_total"]),
        ("Vilken är den största arbetsgivaren av A och B?", [], ["employees_total"]),
        ("Which one is bigger, A or B?", [], ["employees_total"]),
        ("Var slutar flest, A eller B?", [], ["departures", "turnover_pct"]),
        ("Vem har flest som slutar, A eller B?", ["departures"], ["departures", "turnover_pct"]),
        ("Har A fler kvinnor än B?", ["women_count"], ["women_share"]),
        ("Är B mer mansdominerad än A?", [], ["men_share"]),
    ],
)
def test_an_adjective_or_verb_of_a_comparison_names_its_figure(
    question: str, found: list[str], meant: list[str]
) -> None:
    assert comparative_metrics(question, found) == meant


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("Har A fler anställda som är 60 år eller äldre än B?", ["employees_total"]),  # an age band
        ("Har A fler äldre medarbetare än B?", ["employees_total"]),  # a count of older staff
        ("Hur många slutade hos A jämfört med B?", ["departures"]),  # a count asked
        ("Hur många kvinnor jobbar hos A jämfört med B?", ["women_count"]),
        ("Jobbar fler kvinnor än män heltid hos A än hos B?", ["full_time_share"]),  # another figure named
        ("Vem har störst problem att rekrytera, A eller B?", []),  # the size of a problem
        ("Har A högre personalomsättning än B?", ["turnover_pct"]),
    ],
)
def test_other_meanings_of_the_same_words_are_left_alone(question: str, found: list[str]) -> None:
    assert comparative_metrics(question, found) == found


def test_older_sicker_and_more_rank_highest_first_younger_and_healthier_lowest() -> None:
    assert lowest_first("Vem har äldst personal?") is False
    assert lowest_first("Är medarbetarna yngre hos A?") is True
    assert lowest_first("Var är man friskast?") is True
    assert lowest_first("Who has the higher sick leave, A or B?") is False
    assert lowest_first("Which one has fewer leavers?") is True
    assert lowest_first("Var är personalen mer sjuk?") is False


def test_where_or_who_ranks_first_over_administrations_named_by_none() -> None:
    assert ranks_where("Var är sjukfrånvaron lägst?", ["sick_leave_pct"], 0)
    assert ranks_where(in_swedish_terms("Who has the highest staff turnover?"), ["turnover_pct"], 0)
    assert not ranks_where("Var är sjukfrånvaron lägst?", ["sick_leave_pct"], 1), "one administration named"
    assert not ranks_where("Var är bristen störst?", [], 0), "no figure named"
    assert not ranks_where("Vilket år var sjukfrånvaron lägst?", ["sick_leave_pct"], 0), "a year ranked"


def test_the_share_of_full_time_asked_as_one_compound() -> None:
    assert metrics_in("Jämför heltidsandelen i A och B", question=True) == ["full_time_share"]


_NAMES = [
    "Region Österland",
    "Hälso- och sjukvårdsförvaltningen i Region Västmark",
    "Norrby stadsdelsförvaltning",
    "Söderby stadsdelsförvaltning",
    "Norrby Vatten AB",
    "Kulturförvaltningen i Norrby kommun",
]


def test_a_ranking_over_one_kind_of_administration_names_those_of_that_kind() -> None:
    assert ranked_kind("Vilken region har lägst sjukfrånvaro?", _NAMES) == _NAMES[:2]
    assert ranked_kind("Vilken av stadsdelarna har flest anställda?", _NAMES) == _NAMES[2:4]
    assert ranked_kind("Vilket bolag har äldst personal?", _NAMES) == ["Norrby Vatten AB"]
    assert (
        ranked_kind(
            in_swedish_terms("Which of the district administrations has the highest turnover?"), _NAMES
        )
        == _NAMES[2:4]
    )
    assert ranked_kind("Vilka regioner finns i indexet?", _NAMES) == [], "no ranking"
    assert ranked_kind("Vilken sjukfrånvaro har regionen högst?", _NAMES) == [], "no kind asked which of"


def test_keeping_staff_judged_is_the_staff_turnover() -> None:
    better = "Vem är bäst på att behålla sina medarbetare, Norrby eller Söderby?"
    assert comparative_metrics(better, metrics_in(better, question=True)) == ["turnover_pct"]
    assert lowest_first(better, "turnover_pct") is True
    english = in_swedish_terms("Who is worse at retaining staff, Norrby or Söderby?")
    assert comparative_metrics(english, metrics_in(english, question=True)) == ["turnover_pct"]
    plain = "Hur arbetar Norrby och Söderby för att behålla personal?"
    assert comparative_metrics(plain, metrics_in(plain, question=True)) == [], "how they work, not a figure"


def test_two_adjectives_compare_two_figures() -> None:
    both = "Vem har äldst personal och flest kvinnor, Norrby eller Söderby?"
    assert comparative_metrics(both, metrics_in(both, question=True)) == ["women_share", "average_age"]
    women = "Vem har flest kvinnor, Norrby eller Söderby?"
    assert comparative_metrics(women, metrics_in(women, question=True)) == ["women_share"]

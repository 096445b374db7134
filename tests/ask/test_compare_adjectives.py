"""Comparisons asked by an adjective or a verb answered by each side's figure and a verdict
(router + sv.comparatives + ask.compare_figures); made-up plans."""

from __future__ import annotations

from kfp_assistant.ask.compare_figures import answer_figure_comparison
from kfp_assistant.ask.records_text import counts_a_subgroup
from kfp_assistant.ask.router import route
from kfp_assistant.sv.english import in_swedish_terms
from tests.ask.test_compare_figures import CATALOG, _figure, _plan

COUNT = "count"


def test_older_staff_is_compared_by_mean_age_with_a_verdict() -> None:
    asked = route("Vilken har äldst personal, Kulturnämnden eller Farsta?", CATALOG)
    assert asked.intent == "compare" and asked.metrics == ["average_age"]
    plans = [
        _plan("k", [_figure("k", "average_age", 44.5, "2024", unit="years"),
                    _figure("k", "employees_total", 900, "2024", unit=COUNT)]),
        _plan("f", [_figure("f", "average_age", 47.5, "2024", unit="years")]),
    ]  # fmt: skip
    answer = answer_figure_comparison(asked, plans)
    assert answer is not None and "900" not in answer.text
    assert (
        "**Högst medelålder:** Farsta stadsdelsförvaltning 2025-2027 (47,5 år), före Kulturnämnden"
        in answer.text
    )
    younger = route(in_swedish_terms("Which workforce is younger, Kulturnämnden or Farsta?"), CATALOG)
    assert younger.metrics == ["average_age"]
    answer = answer_figure_comparison(younger, plans)
    assert answer is not None and "**Lägst medelålder:** Kulturnämnden" in answer.text


def test_more_women_is_the_share_of_women_ranked() -> None:
    asked = route("Har Farsta fler kvinnor än Kulturnämnden?", CATALOG)
    assert asked.metrics == ["women_share"]
    plans = [
        _plan(
            "k",
            [_figure("k", "women_share", 62, "2024"), _figure("k", "women_count", 700, "2024", unit=COUNT)],
        ),
        _plan("f", [_figure("f", "women_share", 81, "2024")]),
    ]
    answer = answer_figure_comparison(asked, plans)
    assert answer is not None and "700" not in answer.text
    # a yes/no question: Ja or Nej first, with both values
    assert answer.text.startswith(
        "**Ja** – andel kvinnor: Farsta stadsdelsförvaltning 2025-2027 81 % mot Kulturnämnden 2025-2027 62 %"
    )
    split = route("Jämför könsfördelningen i Farsta och Kulturnämnden", CATALOG)
    assert answer_figure_comparison(split, plans) is None, "a distribution is told by all gender figures"


def test_where_more_leave_is_how_many_left_and_the_turnover() -> None:
    asked = route("Var slutar flest, Kulturnämnden eller Farsta?", CATALOG)
    assert asked.metrics == ["departures", "turnover_pct"]
    plans = [
        _plan(
            "k",
            [_figure("k", "turnover_pct", 9.1, "2024"), _figure("k", "departures", 80, "2024", unit=COUNT)],
        ),
        _plan("f", [_figure("f", "departures", 120, "2024", unit=COUNT)]),
    ]
    answer = answer_figure_comparison(asked, plans)
    assert answer is not None and "9,1 %" in answer.text and "Avgångar: 120" in answer.text
    assert (
        "**Högst avgångar:** Farsta stadsdelsförvaltning 2025-2027 (120), före Kulturnämnden" in answer.text
    )


def test_the_bigger_one_counts_a_plan_split_by_form_of_employment_in_its_parts() -> None:
    asked = route("Vilken är störst, Kulturnämnden eller Farsta?", CATALOG)
    assert asked.metrics == ["employees_total"]
    plans = [
        _plan("k", [_figure("k", "employees_permanent", 318, "2025", unit=COUNT),
                    _figure("k", "employees_temporary", 41, "2025", unit=COUNT)]),
        _plan("f", [_figure("f", "employees_total", 412, "2024", unit=COUNT)]),
    ]  # fmt: skip
    answer = answer_figure_comparison(asked, plans)
    assert answer is not None and "Visstidsanställda: 41" in answer.text and "412" in answer.text
    assert "**Högst antal anställda:** Farsta" in answer.text


def test_an_administration_named_by_parts_of_its_name_is_no_group_of_staff() -> None:
    catalog = [
        {"doc_id": "k", "administration": "Kultur- och fritidsförvaltningen", "period": "2026"},
        {"doc_id": "f", "administration": "Farsta stadsdelsförvaltning", "period": "2025-2027"},
    ]
    asked = route("Vilken är störst, kultur och fritid eller Farsta?", catalog)
    figure = _figure("f", "employees_total", 412, "2024", unit=COUNT)
    assert not counts_a_subgroup(asked, {"kultur", "fritid"}, [figure])
    other = route("Hur många anställda har Farsta inom kulturskolan?", catalog)
    assert counts_a_subgroup(other, {"kulturskol"}, [figure]), "a group named, not the plan's name"


def test_the_youngest_staff_over_every_plan_is_ranked_by_mean_age() -> None:
    asked = route(in_swedish_terms("Which organisation has the youngest staff?"), CATALOG)
    assert asked.intent == "compare" and asked.metrics == ["average_age"] and len(asked.plans) == 3
    lowest = route("Var är sjukfrånvaron lägst?", CATALOG)
    assert lowest.intent == "compare" and lowest.metrics == ["sick_leave_pct"]
    plans = [
        _plan("k", [_figure("k", "sick_leave_pct", 5.5, "2024")]),
        _plan("f", [_figure("f", "sick_leave_pct", 4.5, "2024")]),
        _plan("s", [_figure("s", "sick_leave_pct", 6.5, "2024")]),
    ]
    answer = answer_figure_comparison(lowest, plans)
    assert (
        answer is not None
        and "**Lägst sjukfrånvaro:** Farsta stadsdelsförvaltning 2025-2027 (4,5 %)" in answer.text
    )

"""Follow-ups that change only the administration or the year of a list keep what the list was of, on
made-up plans: "och i B?" after A's needs asks B's needs (A's name is no topic), "och 2021?" after a list
of activities asks the list of the plan of 2021 when that is a version of its own."""

from __future__ import annotations

from typing import Any

from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.list_topic import topic_stems
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.router import route
from kfp_assistant.sv.administrations import without_names
from kfp_assistant.sv.words import tokenize

CATALOG: list[dict[str, Any]] = [
    {"administration": "Parknämnden", "period": "2022", "doc_id": "p22"},
    {"administration": "Parknämnden", "period": "2025-2027", "doc_id": "p25"},
    {"administration": "Hamnnämnden", "period": "2025-2027", "doc_id": "h25"},
]


def test_a_follow_up_naming_another_administration_keeps_the_list_not_the_first_name() -> None:
    first = route("Vilka kompetensbehov har Parknämnden?", CATALOG)
    then = resolve_followup("och Hamnnämnden?", [first], CATALOG)
    assert then.administrations == ["Hamnnämnden"] and then.target == "gaps"
    assert not set(tokenize("Parknämnden")) & content_tokens(then.question, then), "whose, not what about"


def test_without_names_leaves_what_was_asked() -> None:
    assert (
        without_names("Vilka behov har Parknämndens förvaltning?", ["Parknämnden"])
        == "Vilka behov har förvaltning"
    )


def test_a_year_that_is_a_version_of_its_own_picks_that_plans_list() -> None:
    first = route("Vilka aktiviteter har Parknämnden inom Attrahera?", CATALOG)
    assert first.plans == ["p25"]
    then = resolve_followup("och 2022?", [first], CATALOG)
    assert then.plans == ["p22"] and then.target == "activities" and then.areas == ["Attrahera"]
    due = route("Vilka aktiviteter i Hamnnämnden ska vara klara 2026?", CATALOG)
    assert due.figure_years == ["2026"], "a year no version is named for dates the activities"


def test_now_after_a_year_asks_the_latest_plan() -> None:
    first = route("Hur hög var sjukfrånvaron i Parknämnden 2022?", CATALOG)
    answered = first.model_copy(update={"quoted": ["p22||Sjukfrånvaron var 6,1 procent 2022."]})
    then = resolve_followup("och nu?", [answered], CATALOG)
    assert then.plans == ["p25"] and then.requested_periods == []


def test_a_field_asked_of_a_list_keeps_the_list_and_its_topic() -> None:
    first = route("Vilka aktiviteter har Parknämnden inom Attrahera?", CATALOG)
    due = resolve_followup("när ska de vara klara?", [first], CATALOG)
    assert due.target == "activities" and due.areas == ["Attrahera"]
    assert not topic_stems(due, content_tokens(due.question, due)) & set(tokenize("klara vara"))
    who = resolve_followup("vem ansvarar för dem?", [first, due], CATALOG)
    assert "klara" not in who.topic, "a field asked before is no topic"


def test_a_figure_set_against_another_side_by_a_comparative_compares_both() -> None:
    first = route("Hur hög är sjukfrånvaron i Hamnnämnden?", CATALOG)
    then = resolve_followup("och i Parknämnden, är den lägre där?", [first], CATALOG)
    assert then.intent == "compare" and len(then.administrations) == 2
    assert then.metrics == ["sick_leave_pct"]
    other = resolve_followup("och i Parknämnden?", [first], CATALOG)
    assert other.administrations == ["Parknämnden"], "a side named alone is asked of alone"


def test_the_previous_plan_without_a_name_is_the_one_talked_abouts() -> None:
    first = route("Vilka kompetensbehov har Parknämnden?", CATALOG)
    then = resolve_followup("vilka kompetensgap finns kvar från förra planen?", [first], CATALOG)
    assert then.administrations == ["Parknämnden"] and then.intent == "compare"
    assert set(then.plans) == {"p22", "p25"}

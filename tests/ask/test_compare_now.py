"""Versions of one plan set side by side: "förra planen vs nya", "2021 jämfört med nu", and a follow-up
naming another version after a figure (sv.versus, scope.now_sides, followup, compare_figures,
records_answer); made-up plans."""

from __future__ import annotations

from kfp_assistant.ask.compare_figures import answer_comparison_records
from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure, PlanRecords
from kfp_assistant.sv.versus import asks_now, two_versions

CATALOG = [
    {"doc_id": "o", "administration": "Miljönämnden", "period": "2021"},
    {"doc_id": "n", "administration": "Miljönämnden", "period": "2025-2027"},
]


def _figure(doc_id: str, metric: str, value: float, as_of: str, scope: str | None = None) -> KeyFigure:
    quote = f"Värdet {str(value).replace('.', ',')} gäller {scope or 'hela nämnden'} år {as_of}."
    period = "2021" if doc_id == "o" else "2025-2027"
    return KeyFigure(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration="Miljönämnden", period=period, metric=metric,
        value=value, unit="percent" if metric.endswith("pct") else "count", as_of=as_of, scope=scope, page=2,
        quote=quote,
    )  # fmt: skip


def _plans() -> list[PlanRecords]:
    old = [
        _figure("o", "turnover_pct", 4.1, "2021"),
        _figure("o", "turnover_pct", 11.2, "2021", "inspektörer"),
        _figure("o", "turnover_pct", 6.3, "2021", "handläggare"),
        _figure("o", "employees_total", 410, "2021"),
        _figure("o", "retirements", 30, "2021-2023"),
    ]
    new = [
        _figure("n", "turnover_pct", 7.0, "2024"),
        _figure("n", "turnover_pct", 9.5, "2024", "handläggare"),
        _figure("n", "turnover_pct", 8.0, "2024", "inspektörer"),
        _figure("n", "employees_total", 455, "2024"),
        _figure("n", "retirements", 27, "2025-2027"),
        _figure("n", "retirements", 12, "2027"),
    ]
    return [
        PlanRecords(doc_id=d, file=f"{d}.pdf", administration="Miljönämnden", period=p, figures=f)
        for d, p, f in (("o", "2021", old), ("n", "2025-2027", new))
    ]


def test_words_setting_two_versions_or_now_side_by_side() -> None:
    assert two_versions("Hur många går i pension, förra planen vs nya?")
    assert two_versions("Skiljer sig den nya och den gamla planen åt?")
    assert not two_versions("Vad står det i den nya planen om heltid?")
    assert asks_now("Vilken grupp hade högst omsättning 2021 jämfört med nu?")
    assert not asks_now("Vilka nya aktiviteter finns?")


def test_older_version_vs_the_new_one_gives_each_its_own_figure() -> None:
    asked = route("Hur många går i pension under planperioden i Miljönämnden - förra planen vs nya?", CATALOG)
    assert asked.intent == "compare" and set(asked.plans) == {"o", "n"}
    answer = answer_comparison_records(asked, _plans())
    assert answer is not None and "30 (2021-2023)" in answer.text and "27 (2025-2027)" in answer.text


def test_a_year_against_now_dates_the_older_version_and_the_latest_answers_for_now() -> None:
    asked = route(
        "Vilken yrkesgrupp hade högst personalomsättning i Miljönämnden 2021 jämfört med nu?", CATALOG
    )
    assert asked.intent == "compare" and asked.figure_years == ["2021"]
    answer = answer_from_records(asked, _plans(), set())
    assert answer is not None
    assert "Högst: handläggare (9,5 %)" in answer.text and "Högst: inspektörer (11,2 %)" in answer.text
    plain = route("Vilken yrkesgrupp hade högst personalomsättning i Miljönämnden 2021?", CATALOG)
    answer = answer_from_records(plain, _plans(), set())
    assert answer is not None and "9,5" not in answer.text, "without 'nu' the year filters every plan"


def test_a_follow_up_naming_another_version_after_a_figure_compares_the_two() -> None:
    first = route("Hur många anställda har Miljönämnden idag?", CATALOG)
    assert first.plans == ["n"]
    follow = resolve_followup("hur var det i 2021 års plan då?", [first], CATALOG)
    assert follow.intent == "compare" and set(follow.plans) == {"o", "n"}
    answer = answer_comparison_records(follow, _plans())
    assert answer is not None and "410" in answer.text and "455" in answer.text
    same = resolve_followup("och enligt planen 2025-2027?", [first], CATALOG)
    assert same.intent != "compare", "the version the answer drew on is no other version"


def test_a_change_between_versions_and_a_difference_between_administrations_are_stated() -> None:
    asked = route("Har personalomsättningen i Miljönämnden ökat sedan 2021 års plan?", CATALOG)
    answer = answer_comparison_records(asked, _plans())
    assert answer is not None
    assert (
        "**Förändring:** från 4,1 % (2021) till 7,0 % (2024): en ökning med 2,9 procentenheter."
        in answer.text
    )
    catalog = [*CATALOG, {"doc_id": "k", "administration": "Kulturnämnden", "period": "2025-2027"}]
    culture = PlanRecords(
        doc_id="k", file="k.pdf", administration="Kulturnämnden", period="2025-2027",
        figures=[_figure("k", "employees_total", 300, "2024").model_copy(update={"doc_id": "k"})],
    )  # fmt: skip
    more = route("Hur många fler anställda har Miljönämnden än Kulturnämnden?", catalog)
    answer = answer_comparison_records(more, [*_plans(), culture])
    assert (
        answer is not None
        and "**Skillnad:** 155 – Miljönämnden 2025-2027 (455) mot Kulturnämnden" in answer.text
    )
    plain = route("Jämför antalet anställda i Miljönämnden och Kulturnämnden", catalog)
    answer = answer_comparison_records(plain, [*_plans(), culture])
    assert answer is not None and "Skillnad" not in answer.text and "Förändring" not in answer.text


def test_who_ranks_first_after_one_figure_of_several_administrations_compares_them() -> None:
    catalog = [*CATALOG, {"doc_id": "k", "administration": "Kulturnämnden", "period": "2025-2027"}]
    first = route("Sjukfrånvaron i Miljönämnden?", catalog)
    second = resolve_followup("och i Kulturnämnden?", [first], catalog)
    assert second.metrics == ["sick_leave_pct"]
    ranked = resolve_followup("vem har högst?", [first, second], catalog)
    assert ranked.intent == "compare" and set(ranked.administrations) == {"Miljönämnden", "Kulturnämnden"}
    assert ranked.metrics == ["sick_leave_pct"]
    other = resolve_followup("vilka aktiviteter har de?", [first, second], catalog)
    assert other.intent != "compare", "no ranking asked"

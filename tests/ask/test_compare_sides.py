"""Comparisons side by side (ask.compare_sides, the comparison frame): every compared plan has its say,
also one the key figures leave out; made-up plans and sentences."""

from __future__ import annotations

from kfp_assistant.ask.changes import answer_changes, asks_for_changes
from kfp_assistant.ask.compare_sides import missing_sides
from kfp_assistant.ask.compose import compose_extractive, compose_records
from kfp_assistant.ask.extractive import Passage, score_chunk
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import RecordAnswer
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Activity, Chunk, KeyFigure, PlanRecords
from kfp_assistant.sv.periods import relative_plan

CATALOG = [
    {"doc_id": "k", "administration": "Kulturnämnden", "period": "2025-2027"},
    {"doc_id": "f", "administration": "Farsta stadsdelsförvaltning", "period": "2025-2027"},
    {"doc_id": "s", "administration": "Servicenämnden", "period": "2024-2026"},
]


def _passages(doc_id: str, text: str, route_: Route) -> list[Passage]:
    chunk = Chunk(
        chunk_id=f"{doc_id}:0", doc_id=doc_id, file=f"{doc_id}.pdf", position=0, page_start=2, page_end=2,
        section="Nuläge", text=text, prefix="",
    )  # fmt: skip
    return score_chunk(chunk, content_tokens(route_.question, route_), 0.85)


def _figure(doc_id: str, value: float, quote: str) -> KeyFigure:
    return KeyFigure(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration="Kulturnämnden", period="2025-2027",
        metric="sick_leave_pct", value=value, unit="percent", as_of="2024", page=3, quote=quote,
    )  # fmt: skip


def test_which_administration_ranks_first_is_a_comparison_of_every_plan() -> None:
    ranked = route("Vilken förvaltning har högst sjukfrånvaro?", CATALOG)
    assert ranked.intent == "compare" and sorted(ranked.plans) == ["f", "k", "s"]
    assert route("Vilken förvaltning ansvarar för introduktionen?", CATALOG).intent != "compare"


def test_a_plan_without_the_key_figure_is_quoted_or_named() -> None:
    route_ = route("Jämför sjukfrånvaron i Kulturnämnden, Farsta och Servicenämnden.", CATALOG)
    assert route_.intent == "compare" and route_.metrics == ["sick_leave_pct"]
    quote = "Sjukfrånvaron var 5,1 % under 2024."
    figures = [_figure("k", 5.1, quote)]
    passages = _passages("k", quote, route_)
    passages += _passages(
        "f", "Arbetet med friskvård fortsätter. Sjukfrånvaron låg på 7,2 procent i fjol.", route_
    )
    passages += _passages("s", "Servicenämnden arbetar med friskvård och hälsa för alla medarbetare.", route_)
    found, silent = missing_sides(route_, figures, passages)
    assert [(label, p.text) for label, p in found] == [
        ("Farsta stadsdelsförvaltning 2025-2027", "Sjukfrånvaron låg på 7,2 procent i fjol.")
    ]
    assert silent == ["Servicenämnden 2024-2026"]
    records = RecordAnswer(
        f"**Kulturnämnden 2025-2027:**\n- Sjukfrånvaro: 5,1 % [1] – »{quote}«", figures=figures
    )
    text = compose_records(records, passages, route_).text
    assert "**Farsta stadsdelsförvaltning 2025-2027:** Sjukfrånvaron låg på 7,2 procent i fjol. [" in text
    assert "**Ingen uppgift om sjukfrånvaro i:** Servicenämnden 2024-2026." in text


def test_a_figure_no_compared_plan_states_is_declined_naming_them() -> None:
    route_ = route("Jämför medelåldern i Kulturnämnden och Farsta.", CATALOG)
    passages = _passages("k", "Medarbetarna är i genomsnitt nöjda med arbetsmiljön och ledarskapet.", route_)
    composed = compose_extractive(
        route_.question, passages, [], route_, fused_top=0.5, english=False, vocabulary=frozenset()
    )
    assert composed.not_found and "Ingen uppgift om medelålder i:" in composed.text


def test_how_a_comparison_is_asked_is_no_topic() -> None:
    route_ = route("Vilka kompetensbehov har Kulturnämnden och Farsta gemensamt?", CATALOG)
    assert content_tokens(route_.question, route_) == {"kompetensbehov"}
    for text in ("Vad är nytt jämfört med förra?", "Hur har det ändrats sedan förra versionen?"):
        found = relative_plan(text)
        assert found is not None and found[0] == "previous", text
    assert relative_plan("förra året") is not None and relative_plan("förra året")[0] == "previous_year"


def _activity(doc_id: str, text: str, area: str) -> Activity:
    return Activity(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration="Kulturnämnden", period=None, table="plan",
        area=area, areas=[area], goal=None, activity=text, target_date=None, target_end=None,
        responsible=None, page=4, quote=text,
    )  # fmt: skip


def _plan(doc_id: str, period: str, activities: list[Activity]) -> PlanRecords:
    return PlanRecords(
        doc_id=doc_id, file=f"{doc_id}.pdf", administration="Kulturnämnden", period=period,
        activities=activities,
    )  # fmt: skip


def test_what_is_new_lists_the_newer_versions_activities_the_older_lacks() -> None:
    catalog = [
        {"doc_id": "k1", "administration": "Kulturnämnden", "period": "2024-2026"},
        {"doc_id": "k2", "administration": "Kulturnämnden", "period": "2025-2027"},
    ]
    kept = "Erbjuda avslutssamtal till alla som slutar"
    old = _plan(
        "k1", "2024-2026", [_activity("k1", kept, "Avsluta"), _activity("k1", "Mentorsprogram", "Utveckla")]
    )
    new = _plan(
        "k2",
        "2025-2027",
        [_activity("k2", f"{kept}.", "Avsluta"), _activity("k2", "Friskvårdsbidrag", "Behålla")],
    )
    asked = route("Vad är nytt i Kulturnämndens plan jämfört med förra?", catalog)
    assert asks_for_changes(asked) and sorted(asked.plans) == ["k1", "k2"]
    answer = answer_changes(asked, [old, new])
    assert answer is not None
    assert "Friskvårdsbidrag" in answer.text and "avslutssamtal" not in answer.text
    dropped = answer_changes(
        route("Vad har tagits bort i Kulturnämndens plan sedan förra?", catalog), [old, new]
    )
    assert dropped is not None and "Mentorsprogram" in dropped.text
    topic = route("Hur har arbetet med avslutssamtal i Kulturnämnden förändrats sedan förra planen?", catalog)
    assert not asks_for_changes(topic), "a change of one topic is answered by the two versions' text on it"

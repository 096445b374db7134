"""Comparisons asked in everyday words: what a new version added or dropped (ask.changes), a figure
against the version before or against a column of the plan's own table (ask.compare_row), and which
plans a comparison is about (router, scope); made-up plans and sentences."""

from __future__ import annotations

from kfp_assistant.ask.changes import answer_changes, asks_for_changes
from kfp_assistant.ask.compare_figures import answer_comparison_records
from kfp_assistant.ask.compare_row import answer_row_comparison
from kfp_assistant.ask.compare_sides import missing_sides
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Activity, Gap, KeyFigure, PlanRecords, TableCell
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.versus import asks_versus
from tests.ask.test_compare_sides import _passages

VERSIONS = [
    {"doc_id": "m1", "administration": "Miljönämnden", "period": "2023-2025"},
    {"doc_id": "m2", "administration": "Miljönämnden", "period": "2024-2026"},
    {"doc_id": "m3", "administration": "Miljönämnden", "period": "2025-2027"},
    {"doc_id": "t", "administration": "Tekniska nämnden", "period": "2025-2027"},
]


def _activity(doc_id: str, text: str, area: str) -> Activity:
    return Activity(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration="Miljönämnden", period=None, table="plan",
        area=area, areas=[area], goal=None, activity=text, target_date=None, target_end=None,
        responsible=None, page=5, quote=text,
    )  # fmt: skip


def _gap(doc_id: str, text: str) -> Gap:
    return Gap(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration="Miljönämnden", period=None, theme=None,
        text=text, page=4, quote=text,
    )  # fmt: skip


def _plans() -> list[PlanRecords]:
    kept = "Erbjuda mentorskap till nya inspektörer"
    old = PlanRecords(
        doc_id="m2", file="m2.pdf", administration="Miljönämnden", period="2024-2026",
        activities=[
            _activity("m2", kept, "Introducera"), _activity("m2", "Delta i yrkesmässor", "Attrahera")
        ],
        gaps=[_gap("m2", "Kunskap om livsmedelskontroll"), _gap("m2", "Juridisk kompetens")],
    )  # fmt: skip
    new = PlanRecords(
        doc_id="m3", file="m3.pdf", administration="Miljönämnden", period="2025-2027",
        activities=[
            _activity("m3", kept, "Introducera"),
            _activity("m3", "Traineeprogram för ingenjörer", "Rekrytera"),
        ],
        gaps=[_gap("m3", "Kunskap om livsmedelskontroll"), _gap("m3", "Klimatanpassning")],
    )  # fmt: skip
    return [old, new]


def test_verbs_of_change_compare_the_version_with_the_one_before() -> None:
    for question in (
        "Vilka aktiviteter har strukits i Miljönämndens nya plan?",
        "Vilka kompetensbehov har tillkommit i Miljönämndens senaste plan?",
        "Har andelen män blivit större i Miljönämnden sedan förra planen?",
        "Är pensionsavgångarna fler i Miljönämndens nya plan än i den gamla?",
        "Vad är nytt i Miljönämndens plan för 2025-2027 jämfört med den förra?",
    ):
        asked = route(question, VERSIONS)
        assert asked.intent == "compare", question
        assert sorted(asked.plans) == ["m2", "m3"], question
    for question in (
        "Vilka aktiviteter finns i Miljönämndens nya plan?",
        "Vilka åtgärder har minskat sjukfrånvaron i Miljönämnden?",
        "Har mindre än hälften av de anställda i Miljönämnden heltid?",
    ):
        assert route(question, VERSIONS).intent != "compare", question


def test_what_was_dropped_lists_only_the_older_versions_items_the_newer_lacks() -> None:
    asked = route("Vilka aktiviteter har Miljönämnden tagit bort sedan förra planen?", VERSIONS)
    assert asks_for_changes(asked)
    answer = answer_changes(asked, _plans())
    assert answer is not None
    assert "Delta i yrkesmässor" in answer.text
    assert "Traineeprogram" not in answer.text and "mentorskap" not in answer.text
    assert "Klimatanpassning" not in answer.text, "only activities were asked about"


def test_what_was_added_among_the_needs_lists_the_new_ones() -> None:
    asked = route("Vilka kompetensbehov har tillkommit i Miljönämndens senaste plan?", VERSIONS)
    answer = answer_changes(asked, _plans())
    assert answer is not None
    assert "Klimatanpassning" in answer.text
    assert "Juridisk kompetens" not in answer.text and "Traineeprogram" not in answer.text
    assert {c.doc_id for c in answer.citations} == {"m3"}


def test_a_change_of_one_area_lists_that_areas_activities() -> None:
    asked = route(
        "Vilka nya rekryteringsaktiviteter har tillkommit i Miljönämnden sedan förra planen?", VERSIONS
    )
    assert asked.areas == ["Rekrytera"] and asks_for_changes(asked)
    answer = answer_changes(asked, _plans())
    assert answer is not None and "Traineeprogram" in answer.text and "yrkesmässor" not in answer.text


def test_a_question_of_one_topics_change_is_left_to_the_text() -> None:
    asked = route("Hur har arbetet med klimatfrågor i Miljönämnden förändrats sedan förra planen?", VERSIONS)
    assert asked.intent == "compare" and not asks_for_changes(asked)


def test_english_questions_of_change_are_asked_in_the_plans_words() -> None:
    question = in_swedish_terms("What is new in the Miljönämnden plan compared to the previous one?")
    asked = route(question, VERSIONS)
    assert asked.intent == "compare" and sorted(asked.plans) == ["m2", "m3"] and asks_for_changes(asked)
    removed = route(in_swedish_terms("Which activities were removed from the Miljönämnden plan?"), VERSIONS)
    assert removed.intent == "compare" and removed.target == "activities"
    both = in_swedish_terms("Do both Miljönämnden and Tekniska nämnden mention artificial intelligence?")
    assert "AI" in both and route(both, VERSIONS).intent == "compare"


def test_both_plans_of_two_administrations_are_their_latest() -> None:
    asked = route("Har båda planerna något om friskvård, Miljönämnden och Tekniska nämnden?", VERSIONS)
    assert sorted(asked.plans) == ["m3", "t"]
    over_time = route("Hur har friskvården förändrats mellan Miljönämndens två planer?", VERSIONS)
    assert sorted(over_time.plans) == ["m1", "m2", "m3"]


def test_a_clipped_field_name_names_the_one_plan_of_that_field() -> None:
    catalog = [*VERSIONS, {"doc_id": "s", "administration": "Socialförvaltningen", "period": "2025-2027"}]
    assert route("Hur många slutade på soc förra året?", catalog).administrations == ["Socialförvaltningen"]
    two = [*catalog, {"doc_id": "s2", "administration": "Socialtjänstnämnden", "period": "2025-2027"}]
    assert route("Hur många slutade på soc förra året?", two).administrations == []


def _cell(column: str, value: str, number: float) -> TableCell:
    return TableCell(
        file="t.pdf", doc_id="t", administration="Tekniska nämnden", period="2025-2027", page=3, table=0,
        caption="Tabell 2. Nyckeltal jämfört med kommunen", row=1, row_headers=["Sjukfrånvaro, %"],
        column_header=column, value=value, number=number, unit="percent", quote="Sjukfrånvaro, % | 4,1 | 5,9",
    )  # fmt: skip


def test_a_figure_against_a_column_of_its_own_table_shows_the_whole_row() -> None:
    quote = "Sjukfrånvaro, % | 4,1 | 5,9"
    figure = KeyFigure(
        file="t.pdf", doc_id="t", administration="Tekniska nämnden", period="2025-2027",
        metric="sick_leave_pct", value=4.1, unit="percent", as_of="2024", page=3, quote=quote,
    )  # fmt: skip
    plan = PlanRecords(
        doc_id="t", file="t.pdf", administration="Tekniska nämnden", period="2025-2027", figures=[figure],
        cells=[_cell("Tekniska nämnden 2024", "4,1", 4.1), _cell("Kommunen totalt 2024", "5,9", 5.9)],
    )  # fmt: skip
    asked = route("Är sjukfrånvaron högre eller lägre i Tekniska nämnden än i kommunen som helhet?", VERSIONS)
    assert asked.intent == "compare" and asked.plans == ["t"]
    answer = answer_comparison_records(asked, [plan])
    assert answer is not None and answer.figures == [figure]
    assert "Tekniska nämnden 2024: 4,1; Kommunen totalt 2024: 5,9" in answer.text
    assert "**Högst:** Kommunen totalt 2024 (5,9)" in answer.text
    alone = plan.model_copy(update={"cells": plan.cells[:1]})
    assert answer_row_comparison(asked, [alone]) is None, "a row of one value compares nothing"


def test_a_side_without_the_share_shows_its_sentence_stating_a_percentage() -> None:
    asked = route("Är andelen heltid högre i Tekniska nämnden än i Miljönämnden?", VERSIONS)
    passages = _passages(
        "m3",
        "Medarbetare över 60 år har den lägsta andelen heltid. Bland alla medarbetare arbetar 93 % heltid.",
        asked,
    )
    found, _ = missing_sides(asked, [], passages)
    assert [p.text for _, p in found] == ["Bland alla medarbetare arbetar 93 % heltid."]


def test_what_both_versions_hold_is_cited_in_each() -> None:
    asked = route("Vilka aktiviteter finns kvar från Miljönämndens förra plan?", VERSIONS)
    assert asked.intent == "compare" and asks_for_changes(asked)
    answer = answer_changes(asked, _plans())
    assert answer is not None
    assert (
        "mentorskap" in answer.text
        and "Traineeprogram" not in answer.text
        and "yrkesmässor" not in answer.text
    )
    assert {c.doc_id for c in answer.citations} == {"m2", "m3"}


def test_comparisons_told_without_words_of_comparison() -> None:
    assert asks_versus("Har antalet chefer blivit färre sedan förra planen?")
    assert asks_versus("Vilka insatser har plockats bort?")
    assert asks_versus("Är sjukfrånvaron lägre på enheten än i regionen som helhet?")
    assert not asks_versus("Hur många är äldre än 60 år?")
    assert not asks_versus("Vilka åtgärder har minskat personalomsättningen?")
    assert not asks_versus("Vilka aktiviteter har kommunen?")


def test_a_short_name_of_the_administration_is_no_topic() -> None:
    catalog = [
        {"doc_id": "n", "administration": "Norrby-Åsen stadsdelsförvaltning", "period": "2025-2027"},
        {"doc_id": "s", "administration": "Socialförvaltningen", "period": "2025-2027"},
    ]
    for question, topic in (
        ("Hur ser NÅ på medarbetarnas språkkunskaper?", {"språkkunskap", "medarbet"}),
        ("Vad säger soc om heltid?", {"heltid"}),
    ):
        asked = route(question, catalog)
        assert asked.administrations, question
        assert content_tokens(asked.question, asked) == topic, question


def test_what_a_plan_dropped_needs_no_word_of_the_versions() -> None:
    asked = route("Vilka kompetensbehov har försvunnit ur Miljönämndens plan?", VERSIONS)
    assert asked.intent == "compare" and asks_for_changes(asked)
    answer = answer_changes(asked, _plans())
    assert (
        answer is not None and "Juridisk kompetens" in answer.text and "Klimatanpassning" not in answer.text
    )


def test_nothing_worded_alike_in_both_shows_each_versions_items() -> None:
    asked = route("Är det samma rekryteringsaktiviteter i Miljönämndens båda planer?", VERSIONS)
    answer = answer_changes(asked, _plans())
    assert answer is not None and "Inga aktiviteter är lika formulerade" in answer.text
    assert "Traineeprogram" in answer.text and {c.doc_id for c in answer.citations} == {"m3"}

"""Comparisons judged rather than measured ("var är det värst?", "vem har bäst …?"), of one group on
each side ("omsättningen bland socialsekreterarna"), of an administration's versions asked in other words
("mellan X:s planer", "den gamla jämfört med den nya") and figures asked after versions were compared;
made-up plans and sentences."""

from __future__ import annotations

from kfp_assistant.ask.compare_figures import answer_figure_comparison, change_line, ranking_line
from kfp_assistant.ask.compare_verdict import yes_no_direction
from kfp_assistant.ask.comparison import without_frame
from kfp_assistant.ask.compose import compose_records
from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_text import misses_the_question
from kfp_assistant.ask.router import route, spell_out_initials
from kfp_assistant.schema import PlanRecords
from kfp_assistant.sv.comparatives import comparative_metrics
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.everyday import in_plan_words
from kfp_assistant.sv.periods import relative_plan
from kfp_assistant.sv.respelling import Respeller
from kfp_assistant.sv.superlatives import judged, lowest_first
from kfp_assistant.sv.words import tokenize
from tests.ask.test_compare_figures import CATALOG, _figure, _plan
from tests.ask.test_compare_sides import _passages

VERSIONS = [
    {"doc_id": "m1", "administration": "Miljönämnden", "period": "2023-2025"},
    {"doc_id": "m2", "administration": "Miljönämnden", "period": "2025-2027"},
    {"doc_id": "k", "administration": "Kulturnämnden", "period": "2025-2027"},
]


def test_a_judging_word_ranks_by_the_figures_better_end() -> None:
    assert lowest_first("Var är sjukfrånvaron värst?", "sick_leave_pct") is False  # the highest is worst
    assert lowest_first("Vem har bäst personalomsättning?", "turnover_pct") is True
    assert lowest_first("Vem har bäst AMI?", "ami_index") is False
    assert lowest_first("Var är det sämst ställt med medarbetarindex?", "ami_index") is True
    assert lowest_first("Vem har högst sjukfrånvaro?", "sick_leave_pct") is False  # measured, as before
    assert judged("Var är det värst, A eller B?") == "worse" and judged("Vem har högst?") is None
    assert judged("Har den blivit bättre eller sämre?") == "better"


def test_worst_names_the_side_with_the_higher_sick_leave_and_both_figures() -> None:
    asked = route("Var är sjukfrånvaron värst, Kulturnämnden eller Farsta?", CATALOG)
    assert asked.intent == "compare" and asked.metrics == ["sick_leave_pct"]
    plans = [
        _plan("k", [_figure("k", "sick_leave_pct", 5.1, "2024")]),
        _plan("f", [_figure("f", "sick_leave_pct", 6.3, "2024")]),
    ]
    answer = answer_figure_comparison(asked, plans)
    assert answer is not None and "5,1 %" in answer.text and "6,3 %" in answer.text
    assert "**Sämst, högst sjukfrånvaro:** Farsta stadsdelsförvaltning 2025-2027 (6,3 %)" in answer.text
    # "värst" is how the question judges, not a word the figures must explain
    tokens = content_tokens(asked.question, asked)
    assert not misses_the_question(asked, tokens, answer.figures, answer.text, frozenset())
    best = ranking_line("turnover_pct", [(n, f) for n, f in _pairs()], "Vem har bäst omsättning?")
    assert best is not None and best.startswith("**Bäst, lägst personalomsättning:** B")


def _pairs() -> list[tuple[str, object]]:
    return [
        ("A", _figure("k", "turnover_pct", 12.0, "2024")),
        ("B", _figure("f", "turnover_pct", 9.5, "2024")),
    ]


def test_a_change_judged_says_whether_it_is_better_or_worse() -> None:
    old, new = _figure("k", "sick_leave_pct", 5.9, "2023"), _figure("k", "sick_leave_pct", 6.4, "2024")
    line = change_line([("förra", old), ("nya", new)], "Har sjukfrånvaron blivit bättre eller sämre?", True)
    assert line is not None and "en ökning med 0,5 procentenheter, en försämring" in line
    plain = change_line([("förra", old), ("nya", new)], "Hur har sjukfrånvaron förändrats?", True)
    assert plain is not None and "försämring" not in plain


def test_a_group_asked_of_each_side_is_not_answered_by_the_other_sides_whole_staff() -> None:
    asked = route("Var slutar flest lärare, Kulturnämnden eller Farsta?", CATALOG)
    culture = _plan(
        "k", [_figure("k", "turnover_pct", 8.0, "2024"), _figure("k", "turnover_pct", 17.5, "2024", "lärare")]
    )
    farsta = _plan(
        "f",
        [_figure("f", "turnover_pct", 9.0, "2024"), _figure("f", "departures", 40, "2024", unit="count")],
    )
    answer = answer_figure_comparison(asked, [culture, farsta])
    assert answer is not None and "17,5 %" in answer.text
    assert "9,0" not in answer.text and "40" not in answer.text, "Farsta states nothing of its teachers"
    assert "Högst" not in answer.text
    quote = "Bland lärarna var personalomsättningen 14 procent, högre än i andra grupper."
    passages = _passages("f", "Personalomsättningen var 9 procent. " + quote, asked)
    text = compose_records(answer, passages, asked).text
    assert f"**Farsta stadsdelsförvaltning 2025-2027:** {quote}" in text
    silent = compose_records(answer, _passages("f", "Personalomsättningen var 9 procent.", asked), asked).text
    assert "**Ingen uppgift om personalomsättning" in silent and "bland lärare i:** Farsta" in silent


def test_a_word_of_an_administrations_name_names_no_group() -> None:
    catalog = [
        {"doc_id": "s", "administration": "Socialförvaltningen i Ystad", "period": "2025-2027"},
        {"doc_id": "k", "administration": "Kulturnämnden", "period": "2025-2027"},
    ]
    asked = route("Jämför personalomsättningen på social i Ystad och Kulturnämnden", catalog)
    whole = _figure("f", "turnover_pct", 13.5, "2024").model_copy(update={"doc_id": "s"})
    group = _figure("f", "turnover_pct", 19.8, "2024", "socialsekreterare").model_copy(update={"doc_id": "s"})
    social = _plan("f", [whole, group]).model_copy(update={"doc_id": "s"})
    answer = answer_figure_comparison(
        asked, [social, _plan("k", [_figure("k", "turnover_pct", 8.0, "2024")])]
    )
    assert answer is not None and "13,5 %" in answer.text and "19,8" not in answer.text


def test_a_later_figure_of_one_side_is_shown_after_the_year_all_report() -> None:
    asked = route("Jämför sjukfrånvaron i Kulturnämnden och Farsta", CATALOG)
    culture = _plan(
        "k", [_figure("k", "sick_leave_pct", 5.0, "2024"), _figure("k", "sick_leave_pct", 4.6, "2025")]
    )
    farsta = _plan("f", [_figure("f", "sick_leave_pct", 6.3, "2024")])
    answer = answer_figure_comparison(asked, [culture, farsta])
    assert answer is not None
    assert "5,0 % (2024)" in answer.text and "4,6 % (2025)" in answer.text and "6,3 % (2024)" in answer.text


def test_an_administrations_plans_are_its_versions() -> None:
    for question in (
        "Skiljer sig sjukfrånvaron mellan Miljönämndens planer?",
        "Har personalomsättningen ökat mellan Miljönämndens planer?",
    ):
        asked = route(question, VERSIONS)
        assert asked.intent == "compare" and sorted(asked.plans) == ["m1", "m2"], question
    old_new = route("Hur många går i pension i Miljönämndens gamla plan jämfört med den nya?", VERSIONS)
    assert sorted(old_new.plans) == ["m1", "m2"]


def test_a_figure_asked_after_two_versions_were_compared_is_compared_in_both() -> None:
    before = route("Jämför pensionsavgångarna i Miljönämndens två planer", VERSIONS)
    assert sorted(before.plans) == ["m1", "m2"]
    for question in ("och sjukfrånvaron?", "och hur stort blir rekryteringsbehovet?"):
        after = resolve_followup(question, [before], VERSIONS)
        assert after.intent == "compare" and sorted(after.plans) == ["m1", "m2"], question
    why = resolve_followup("varför?", [before], VERSIONS)
    assert why.intent != "compare"


def test_a_follow_up_comparing_versions_keeps_the_group_asked_before() -> None:
    before = route("Hur hög är personalomsättningen bland lärarna i Miljönämnden?", VERSIONS)
    after = resolve_followup("har den blivit sämre sedan förra planen?", [before], VERSIONS)
    assert after.intent == "compare" and sorted(after.plans) == ["m1", "m2"]
    plans = [
        _version("m1", "2023-2025", [(9.0, "2023", None), (18.0, "2023", "lärare")]),
        _version("m2", "2025-2027", [(8.0, "2025", None), (21.0, "2025", "lärare")]),
    ]
    answer = answer_figure_comparison(after, plans)
    assert answer is not None and "18,0 %" in answer.text and "21,0 %" in answer.text
    assert "9,0" not in answer.text and "en försämring" in answer.text and "Bäst" not in answer.text


def test_everyday_words_of_size_versions_and_the_city() -> None:
    assert comparative_metrics("Vem är störst storleksmässigt, A eller B?", []) == ["employees_total"]
    assert relative_plan("Har de anställt fler sedan förra kompetensplanen?") is not None
    assert relative_plan("Vad står i den nya kompetensförsörjningsplanen?") is not None
    assert in_plan_words("ligger de över snittet i stan?") == "ligger de över genomsnitt i staden?"
    # how a question asks after a way of working picks no sentence of its own ("på ett bra sätt")
    asked = route("På vilket sätt hanterar Kulturnämnden och Farsta friskvården?", CATALOG)
    assert content_tokens(asked.question, asked) == {"friskvård"}


def _version(doc_id: str, period: str, values: list[tuple[float, str, str | None]]) -> PlanRecords:
    figures = [
        _figure("k", "turnover_pct", value, as_of, scope).model_copy(
            update={"doc_id": doc_id, "administration": "Miljönämnden", "period": period}
        )
        for value, as_of, scope in values
    ]
    return PlanRecords(
        doc_id=doc_id, file=f"{doc_id}.pdf", administration="Miljönämnden", period=period, figures=figures
    )


def test_a_misspelt_administration_name_is_put_right() -> None:
    catalog = [*VERSIONS, {"doc_id": "s", "administration": "Servicenämnden", "period": "2025-2027"}]
    assert spell_out_initials("jämför sjukfrånvaron i miljönämdens planer", catalog) == (
        "jämför sjukfrånvaron i miljönämndens planer"
    )
    assert spell_out_initials("Hur har Servicenämden det?", catalog) == "Hur har Servicenämnden det?"
    assert spell_out_initials("vad gör nämnderna för miljön?", catalog) == "vad gör nämnderna för miljön?"


def test_a_metric_word_starting_like_a_frame_word_stays_the_topic() -> None:
    asked = route("Jämför medelåldern i Kulturnämnden och Farsta", CATALOG)
    assert without_frame(asked.question) == "medelåldern i Kulturnämnden och Farsta"
    assert content_tokens(asked.question, asked) == {"medelåld"}
    assert without_frame("skillnaden mellanchefernas löner") == "mellanchefernas löner"


def test_how_much_bigger_one_administration_is_asks_the_headcount() -> None:
    assert comparative_metrics("Hur mycket större är Kulturnämnden än Farsta?", []) == ["employees_total"]
    assert comparative_metrics("Hur mycket större är sjukfrånvaron i A än i B?", ["sick_leave_pct"]) == [
        "sick_leave_pct"
    ]


def test_an_english_judging_comparison_compares() -> None:
    asked = route(in_swedish_terms("Is sick leave at Kulturnämnden worse than at Farsta?"), CATALOG)
    assert asked.intent == "compare" and asked.metrics == ["sick_leave_pct"]
    assert yes_no_direction(asked.question, False, True, "sick_leave_pct") is True  # worse: higher


def test_more_or_fewer_since_the_last_plan_states_the_change() -> None:
    asked = route("Har Miljönämnden blivit fler eller färre anställda sedan förra kompetensplanen?", VERSIONS)
    assert asked.intent == "compare" and sorted(asked.plans) == ["m1", "m2"]
    plans = [
        _version("m1", "2023-2025", [(840, "2023", None)]),
        _version("m2", "2025-2027", [(815, "2025", None)]),
    ]
    plans = [
        p.model_copy(
            update={
                "figures": [
                    f.model_copy(update={"metric": "employees_total", "unit": "count"}) for f in p.figures
                ]
            }
        )
        for p in plans
    ]
    answer = answer_figure_comparison(asked, plans)
    assert answer is not None and "en minskning med 25" in answer.text and "Högst" not in answer.text
    tokens = content_tokens(asked.question, asked)
    assert not misses_the_question(asked, tokens, answer.figures, answer.text, frozenset({"fler", "färr"}))


def test_a_comparison_typed_without_a_and_o_with_dots_is_one() -> None:
    assert Respeller()("jamfor sjukfranvaron i A och B", frozenset(tokenize("sjukfrånvaron"))) == (
        "jämför sjukfrånvaron i A och B"
    )

"""Comparisons of two versions of one plan asked about an area or about what goes on ("vad är nytt för att
locka sökande?", "vilka aktiviteter följer med in i nya planen?"), and English comparisons put in the
Swedish the router reads; made-up plans and questions."""

from __future__ import annotations

from kfp_assistant.ask.changes import answer_changes, asks_for_changes
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Activity, PlanRecords
from kfp_assistant.sv.english import in_swedish_terms

VERSIONS = [
    {"doc_id": "v1", "administration": "Gatunämnden", "period": "2024-2026"},
    {"doc_id": "v2", "administration": "Gatunämnden", "period": "2025-2027"},
    {"doc_id": "o", "administration": "Parknämnden", "period": "2025-2027"},
]


def _activity(doc_id: str, text: str, area: str, table: str = "plan", **more: object) -> Activity:
    return Activity(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration="Gatunämnden", period=None, table=table,
        area=area, areas=[area], goal=None, activity=text, target_date=None, target_end=None,
        responsible=None, page=3, quote=text, **more,
    )  # fmt: skip


def _plans() -> list[PlanRecords]:
    old = PlanRecords(
        doc_id="v1", file="v1.pdf", administration="Gatunämnden", period="2024-2026",
        activities=[
            _activity("v1", "Visa upp yrket asfaltsläggare på gymnasiemässor", "Attrahera"),
            _activity("v1", "Inför friskvårdstimme för driftpersonalen", "Behålla"),
            _activity("v1", "Bygg en gemensam vikariepool för vinterdriften", "Rekrytera"),
        ],
    )  # fmt: skip
    new = PlanRecords(
        doc_id="v2", file="v2.pdf", administration="Gatunämnden", period="2025-2027",
        activities=[
            _activity("v2", "Visa upp yrket asfaltsläggare på gymnasiemässor", "Attrahera"),
            _activity("v2", "Erbjud feriejobb i parkdriften till ungdomar", "Attrahera"),
            _activity("v2", "Inför cykelförmån via bruttolöneavdrag", "Behålla"),
            _activity(
                "v1b", "Bygg en gemensam vikariepool för vinterdriften", "Rekrytera", table="followup",
                followup="Påbörjad", extra={"Kommentar": "Poolen startade i norra distriktet"},
            ),
            _activity(
                "v1b", "Inför friskvårdstimme för driftpersonalen", "Behålla", table="followup",
                followup="Genomförd", extra={"Kommentar": "Alla enheter har friskvårdstimme"},
            ),
        ],
    )  # fmt: skip
    return [old, new]


def test_what_is_new_for_an_area_lists_the_areas_new_activities_only() -> None:
    for question in (
        "Vad är nytt för att locka sökande i Gatunämndens nya plan jämfört med den förra?",
        "Vad har tillkommit inom attrahera hos Gatunämnden sedan förra planen?",
    ):
        asked = route(question, VERSIONS)
        assert asked.intent == "compare" and asks_for_changes(asked), question
        answer = answer_changes(asked, _plans())
        assert answer is not None
        assert "feriejobb" in answer.text, question
        assert "cykelförmån" not in answer.text and "vikariepool" not in answer.text, question


def test_what_goes_on_into_the_new_version_includes_what_its_follow_up_carries_over() -> None:
    question = "Vilka aktiviteter från Gatunämndens plan 2024-2026 följer med in i planen 2025-2027?"
    asked = route(question, VERSIONS)
    assert asked.intent == "compare", "two versions named by their periods are compared"
    answer = answer_changes(asked, _plans())
    assert answer is not None
    assert "gymnasiemässor" in answer.text  # worded alike in both
    assert "vikariepool" in answer.text and "Påbörjad" in answer.text  # the follow-up says it goes on
    assert "friskvårdstimme" not in answer.text  # done, not carried over


def test_one_version_named_is_no_comparison() -> None:
    assert route("Vilka aktiviteter finns i Gatunämndens plan 2025-2027?", VERSIONS).intent != "compare"


def test_english_comparisons_keep_their_connectors_and_age_bands() -> None:
    assert in_swedish_terms("Does Norrby or Söderby have more staff aged 55 or older?") == (
        "Norrby eller Söderby har fler anställda 55 år eller äldre?"
    )
    assert "säsongsanställda" in in_swedish_terms("How many seasonal workers did Söderby have?")
    assert "och" in in_swedish_terms("What is the turnover and the sick leave at Norrby?").split()
    assert "högre" in in_swedish_terms("Which has the higher turnover, Norrby or Söderby?").split()
    assert in_swedish_terms("Did Norrby hire more people than Söderby?").startswith("Norrby anställde fler")


SIDES = [
    {"doc_id": "n", "administration": "Norrby stadsdelsförvaltning", "period": "2025-2027"},
    {"doc_id": "s", "administration": "Söderby stadsdelsförvaltning", "period": "2026-2028"},
]


def test_which_roles_are_hardest_asks_each_sides_needs_not_who_has_it_hardest() -> None:
    asked = route("Vilka yrken är svårast att rekrytera till i Norrby respektive Söderby?", SIDES)
    assert (asked.intent, asked.target) == ("compare", "gaps")
    english = route(in_swedish_terms("Which roles are hardest to fill at Norrby and at Söderby?"), SIDES)
    assert english.target == "gaps"


def test_an_age_band_of_the_staff_compared_is_no_comparison_of_headcounts() -> None:
    asked = route("Har Norrby eller Söderby flest anställda som är 60 år eller äldre?", SIDES)
    assert asked.intent == "compare" and asked.metrics == []
    english = route(in_swedish_terms("Does Norrby or Söderby have more staff aged 60 or older?"), SIDES)
    assert english.metrics == []
    assert route("Har Norrby eller Söderby flest anställda?", SIDES).metrics == ["employees_total"]


def test_how_two_things_followed_up_went_is_asked_of_each() -> None:
    from kfp_assistant.ask.multipart import question_parts

    assert question_parts("Hur gick det med mentorerna och lönekartläggningen i Norrbys förra plan?") == [
        "Hur gick det med mentorerna i Norrbys förra plan?",
        "Hur gick det med lönekartläggningen i Norrbys förra plan?",
    ]
    assert question_parts("Vad hände med traineeprogrammet och mässorna?") == [
        "Vad hände med traineeprogrammet?",
        "Vad hände med mässorna?",
    ]
    # one thing with "och" inside its name is still asked of as one when no pair is named
    assert question_parts("Hur gick det med mentorerna?") == ["Hur gick det med mentorerna?"]


def test_a_figure_read_from_a_part_row_is_no_headline_beside_the_total() -> None:
    from kfp_assistant.ask.compare_figures import answer_figure_comparison
    from kfp_assistant.schema import KeyFigure

    def figure(doc_id: str, name: str, value: float, quote: str) -> KeyFigure:
        return KeyFigure(
            file=f"{doc_id}.pdf", doc_id=doc_id, administration=name, period="2025-2027",
            metric="sick_leave_pct", value=value, unit="percent", as_of="2025", page=2, quote=quote,
        )  # fmt: skip

    norr = PlanRecords(
        doc_id="n", file="n.pdf", administration="Norrby stadsdelsförvaltning", period="2025-2027",
        figures=[
            figure("n", "Norrby stadsdelsförvaltning", 1.2, "Sjukfrånvaro dag 15–59 | 1,1 | 1,2"),
            figure("n", "Norrby stadsdelsförvaltning", 6.3, "Total sjukfrånvaro | 6,6 | 6,3"),
        ],
    )  # fmt: skip
    soder = PlanRecords(
        doc_id="s", file="s.pdf", administration="Söderby stadsdelsförvaltning", period="2026-2028",
        figures=[figure("s", "Söderby stadsdelsförvaltning", 5.8, "Sjukfrånvaron var 5,8 procent 2025.")],
    )  # fmt: skip
    asked = route("Vem har lägst sjukfrånvaro, Norrby eller Söderby?", SIDES)
    answer = answer_figure_comparison(asked, [norr, soder])
    assert answer is not None and "6,3" in answer.text and "1,2" not in answer.text


def test_a_district_named_for_its_part_of_town_is_called_by_its_first_part() -> None:
    catalog = [
        {"doc_id": "m", "administration": "Strandholmens stadsdelsförvaltning", "period": "2026-2028"},
        {"doc_id": "f", "administration": "Farsta stadsdelsförvaltning", "period": "2025-2027"},
    ]
    asked = route("farsta eller strand – vem hade högst personalomsättning 2024?", catalog)
    assert sorted(asked.administrations) == [
        "Farsta stadsdelsförvaltning",
        "Strandholmens stadsdelsförvaltning",
    ]
    assert route("Hur hög är sjukfrånvaron i Farsta?", catalog).administrations == [
        "Farsta stadsdelsförvaltning"
    ]


def test_roles_added_or_dropped_among_the_hard_to_recruit_are_matched_by_their_stems() -> None:
    from kfp_assistant.schema import Gap

    def gap(doc_id: str, text: str) -> Gap:
        return Gap(file=f"{doc_id}.pdf", doc_id=doc_id, administration="Gatunämnden", period=None, theme=None,
                   text=text, page=4, quote=text)  # fmt: skip

    before = [gap("v1", "Maskinförare med C-körkort"), gap("v1", "Asfaltsläggare")]
    old = PlanRecords(
        doc_id="v1", file="v1.pdf", administration="Gatunämnden", period="2024-2026", gaps=before
    )
    new = PlanRecords(doc_id="v2", file="v2.pdf", administration="Gatunämnden", period="2025-2027",
                      gaps=[gap("v2", "Maskinförare"), gap("v2", "Trafikplanerare")])  # fmt: skip
    asked = route(
        "Vilka yrken har Gatunämnden lagt till eller strukit bland de svårrekryterade sedan förra planen?",
        VERSIONS,
    )
    assert asks_for_changes(asked)
    answer = answer_changes(asked, [old, new])
    assert answer is not None
    added, dropped = answer.text.split("som inte finns i den nya")
    assert "Trafikplanerare" in added and "Maskinförare" not in added
    assert "Asfaltsläggare" in dropped and "Maskinförare" not in dropped


def test_a_thing_named_first_then_asked_what_happened_asks_its_status() -> None:
    from kfp_assistant.ask.activity_fields import fields_asked
    from kfp_assistant.ask.multipart import question_parts

    assert fields_asked("Mentorsprogrammet skulle startas i fjol, vad hände?") == ["status"]
    assert "status" not in fields_asked("Vad händer om ingen söker?")
    parts = question_parts(
        "Traineeprogrammet skulle vara klart i förra planen, vad hände och när gäller det nu?"
    )
    assert len(parts) == 2, "one activity asked of the version before and of now: two parts"


def test_a_later_part_naming_its_administration_after_a_dash_keeps_its_age_band() -> None:
    from kfp_assistant.sv.table_terms import age_bands

    assert age_bands("och hur många är under 30 – Norrby stadsdelsförvaltning?") == [(0, 29)]
    assert age_bands("Hur många är 60– år?") == [(60, 200)]
    assert age_bands("anställda 55- i Norrby") == [(55, 200)]


def test_whose_view_a_how_question_asks_is_the_plans() -> None:
    from kfp_assistant.sv.requests import without_request

    assert without_request("Hur svårt anser cheferna att det är att hitta lärare?") == (
        "Hur svårt är det att hitta lärare?"
    )
    assert without_request("Hur svårt tycker Norrby att det är att hitta lärare?").startswith(
        "Hur svårt tycker"
    )


def test_what_is_carried_into_a_year_is_read_from_the_follow_up_even_without_an_activity_table() -> None:
    catalog = [
        {"doc_id": "a1", "administration": "Hamnkontoret", "period": "2025"},
        {"doc_id": "a2", "administration": "Hamnkontoret", "period": "2026"},
    ]
    asked = route("Vilka aktiviteter från Hamnkontorets plan för 2025 förs över till 2026?", catalog)
    assert asked.intent == "compare" and asks_for_changes(asked)
    old = PlanRecords(
        doc_id="a1", file="a1.pdf", administration="Hamnkontoret", period="2025",
        activities=[_activity("a1", "Inför kajutbildning för nya hamnarbetare", "Utveckla")],
    )  # fmt: skip
    carried = _activity(
        "a2", "Inför kajutbildning för nya hamnarbetare", "Utveckla", table="followup",
        followup="Ej genomförd. Förs över till 2026.",
    )  # fmt: skip
    new = PlanRecords(
        doc_id="a2", file="a2.pdf", administration="Hamnkontoret", period="2026", activities=[carried]
    )
    answer = answer_changes(asked, [old, new])
    assert answer is not None and "kajutbildning" in answer.text
    assert any(c.doc_id == "a2" for c in answer.citations)


def test_which_group_ranks_first_on_the_figure_talked_about_keeps_the_figure() -> None:
    from kfp_assistant.ask.followup import resolve_followup

    catalog = [{"doc_id": "n", "administration": "Norrby stadsdelsförvaltning", "period": "2025-2027"}]
    before = route("Vad är sjukfrånvaron i Norrby?", catalog)
    asked = resolve_followup("och i vilken avdelning är den högst?", [before], catalog)
    assert asked.metrics == ["sick_leave_pct"] and asked.intent == "figure"
    other = resolve_followup("vilka yrken är vanligast bland dem?", [before], catalog)
    assert other.metrics == []


def test_how_a_named_versions_activities_went_is_asked_of_the_version_after_too() -> None:
    from kfp_assistant.ask.followup import resolve_followup

    before = route("Vilka aktiviteter hade Gatunämnden i planen 2024-2026?", VERSIONS)
    before = before.model_copy(update={"quoted": ["v1|Utveckla|Visa upp yrket asfaltsläggare på mässor"]})
    went = resolve_followup("Och vilka av dem blev aldrig av enligt uppföljningen?", [before], VERSIONS)
    assert set(went.scope) == {"v1", "v2"}
    listed = resolve_followup("Och vilka av dem gäller rekrytering?", [before], VERSIONS)
    assert listed.scope == ["v1"]


def test_a_share_compared_from_the_text_keeps_each_sides_sentence_stating_a_share() -> None:
    from kfp_assistant.ask.compare_sides import stating_numbers
    from kfp_assistant.sv.numbers import states_share
    from tests.ask.test_compare_sides import _passages

    asked = route("Vem har störst andel anställda som är 60+, Norrby eller Söderby?", SIDES)
    passages = _passages("n", "Tabellen visar hur stor andel som är 60 år eller äldre per yrke.", asked)
    passages += _passages("n", "Var sjunde anställd är 60 år eller äldre.", asked)
    passages += _passages("s", "Gruppen som är 60 år eller äldre har vuxit.", asked)
    kept = [p.text for p in stating_numbers(passages, states_share)]
    assert kept == [
        "Var sjunde anställd är 60 år eller äldre.",
        "Gruppen som är 60 år eller äldre har vuxit.",
    ]


def test_going_on_into_the_new_plan_is_a_comparison_of_the_two_versions() -> None:
    asked = route("Vilka aktiviteter i Gatunämndens plan 2024-2026 fortsätter in i den nya planen?", VERSIONS)
    assert asked.intent == "compare" and asks_for_changes(asked)
    assert route("Sjukfrånvaron fortsätter i samma takt hos Gatunämnden?", VERSIONS).intent != "compare"

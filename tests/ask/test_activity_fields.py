"""Questions about one activity's fields (Ansvarig, Måldatum, Uppföljning), on hand-made activity rows."""

from __future__ import annotations

from kfp_assistant.ask.activity_fields import answer_from_activity_fields, fields_asked
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Activity, PlanRecords, TableCell
from kfp_assistant.store.embeddings import make_embeddings

ADMIN = "Spånga-Tensta stadsdelsförvaltning"


def activity(
    text: str,
    goal: str,
    responsible: str,
    date: str,
    followup: str | None = None,
    table: str = "plan",
    area: str = "Behålla",
) -> Activity:
    return Activity(
        file="st.pdf",
        doc_id="st",
        administration=ADMIN,
        period="2025-2027",
        table=table,  # type: ignore[arg-type]
        area=area,
        goal=goal,
        activity=text,
        target_date=date,
        responsible=responsible,
        followup=followup,
        page=7,
        quote=text,
    )


ROWS = [
    activity(
        "Införa ett digitalt schemaverktyg i hemtjänsten",
        "Bättre planering av arbetstid",
        "Enhetschef hemtjänst",
        "2026-03-31",
        "Andel scheman i verktyget",
    ),
    activity(
        "Erbjuda alla nya undersköterskor en handledare första månaden",
        "Trygg start för nyanställda",
        "Närmaste chef",
        "Löpande",
        "Introduktionsenkät efter tre månader",
        area="Introducera",
    ),
    activity(
        "Ta fram en rutin för överlämning när en chef slutar",
        "Kunskap stannar kvar",
        "HR-chef",
        "Q4 2025",
        area="Avsluta",
    ),
    activity(
        "Genomföra medarbetarsamtal med fokus på kompetensutveckling",
        "Medarbetare utvecklas i sitt uppdrag",
        "Enhetschef",
        "2025-12-31",
        "Årlig uppföljning",
    ),
    activity(
        "Genomföra lönesamtal med koppling till kompetensutveckling",
        "Medarbetare utvecklas i sitt uppdrag",
        "Avdelningschef",
        "2026-06-30",
        "Årlig uppföljning",
    ),
]
ROW_CELL = TableCell(
    file="st.pdf",
    doc_id="st",
    administration=ADMIN,
    period="2025-2027",
    page=7,
    table=0,
    caption="Aktiviteter",
    row=0,
    row_headers=["Behålla"],
    column_header="Aktivitet",
    value="Införa ett digitalt schemaverktyg i hemtjänsten",
    number=None,
    quote="Behålla | Bättre planering av arbetstid | Införa ett digitalt schemaverktyg i hemtjänsten "
    "| 2026-03-31 | Enhetschef hemtjänst | Andel scheman i verktyget",
)
PLAN = PlanRecords(
    doc_id="st", file="st.pdf", administration=ADMIN, period="2025-2027", activities=ROWS, cells=[ROW_CELL]
)
KNOWN = [{"doc_id": "st", "administration": ADMIN, "period": "2025-2027"}]


def ask(question: str, plan: PlanRecords = PLAN, dense: bool = False) -> str | None:
    embeddings = make_embeddings("fake") if dense else None
    answer = answer_from_activity_fields(route(question, KNOWN), [plan], embeddings)
    return None if answer is None else answer.text


def test_who_and_when_of_one_activity_cites_its_whole_row() -> None:
    r = route(
        "Vem ansvarar för schemaverktyget i hemtjänsten i Spånga-Tensta och när ska det vara infört?", KNOWN
    )
    answer = answer_from_activity_fields(r, [PLAN])
    assert answer is not None
    assert "Enhetschef hemtjänst" in answer.text and "2026-03-31" in answer.text
    (citation,) = answer.citations
    assert citation.quote == ROW_CELL.quote and citation.page == 7


def test_follow_up_question_states_the_follow_up_first() -> None:
    text = ask("Hur följs handledningen av nya undersköterskor upp?")
    assert text is not None and text.index("Uppföljning: Introduktionsenkät") < text.index("Ansvarig")


def test_fields_asked() -> None:
    assert fields_asked("Vem ska ta fram rutinen och till när?") == ["responsible", "target_date"]
    assert fields_asked("När ska mentorskapet vara på plats?") == ["target_date"]
    assert fields_asked("Vad gör de när någon slutar?") == []
    assert fields_asked("Hur ska överlämningen följas upp?") == ["followup"]
    assert fields_asked("Blev avgångsenkäten från förra planen av?") == ["status"]


def test_no_field_asked_a_list_question_or_an_unknown_topic_gives_no_answer() -> None:
    assert ask("Vad gör Spånga-Tensta när en chef slutar?") is None
    assert ask("Vilka aktiviteter har HR-chefen ansvar för?") is None
    assert ask("Vem ansvarar för friskvårdsbidraget?") is None
    assert ask("Vem ansvarar för lönekartläggningen?") is None  # "kartläggning" alone is not it


def test_one_shared_word_answers_only_when_the_activities_agree() -> None:
    assert ask("Vem ansvarar för kompetensutvecklingen?") is None  # two activities, two parties
    text = ask("När följs kompetensutvecklingen upp?")
    assert text is not None and text.count("Årlig uppföljning") == 2


def test_a_lexical_tie_is_settled_by_the_embedding_model_or_not_answered() -> None:
    rows = [
        activity("Utbilda chefer i arbetsmiljö", "Säker arbetsplats", "HR-chef", "2025"),
        activity(
            "Utbilda chefer i arbetsmiljö, brandskydd och krisstöd",
            "Säker arbetsplats",
            "Säkerhetschef",
            "2026",
        ),
    ]
    plan = PLAN.model_copy(update={"activities": rows})
    question = "Vem ansvarar för att utbilda chefer i arbetsmiljö?"
    assert ask(question, plan) is None  # both name every topic word and they disagree
    assert "HR-chef" in (ask(question, plan, dense=True) or "")  # the closer wording wins


def test_the_plans_own_activities_come_before_its_follow_up_of_the_previous_plan() -> None:
    old = activity(
        "Införa ett digitalt schemaverktyg i hemtjänsten", "x", "IT-chef", "2024", "Genomförd", "followup"
    )
    plan = PLAN.model_copy(update={"activities": [old, *ROWS]})
    assert "Enhetschef hemtjänst" in (ask("Vem ansvarar för schemaverktyget i hemtjänsten?", plan) or "")
    text = ask("Vem ansvarade för schemaverktyget i hemtjänsten i förra planen?", plan)
    assert text is not None and "IT-chef" in text and "Genomförd" in text


def test_whether_an_activity_was_done_is_answered_from_the_follow_up_table_only() -> None:
    done = activity(
        "Införa ett digitalt schemaverktyg i hemtjänsten", "x", "IT-chef", "2024", "Ej genomförd", "followup"
    )
    plan = PLAN.model_copy(update={"activities": [done, *ROWS]})
    text = ask("Blev det digitala schemaverktyget i hemtjänsten av?", plan)
    assert text is not None and "Status: Ej genomförd" in text
    assert ask("Blev det digitala schemaverktyget i hemtjänsten av?") is None  # no follow-up table


def test_being_done_said_in_other_words_is_no_topic() -> None:
    text = ask("När ska schemaverktyget vara på plats?")
    assert text is not None and "2026-03-31" in text
    assert fields_asked("När ska rutinen vara igång?") == ["target_date"]


def test_who_when_and_which_area_asked_in_other_words() -> None:
    assert fields_asked("Vem håller i överlämningsrutinen?") == ["responsible"]
    assert fields_asked("Vem har hand om schemaverktyget?") == ["responsible"]
    assert fields_asked("Vilket område hör handledningen till?") == ["area"]
    assert "Område: Introducera" in (
        ask("Vilket område hör handledningen av nya undersköterskor till?") or ""
    )
    text = ask("Vem står bakom rutinen för överlämning när en chef slutar?")
    assert text is not None and "HR-chef" in text
    text = ask("Hur ska de mäta om schemaverktyget i hemtjänsten fungerar?")
    assert text is not None and "Uppföljning: Andel scheman i verktyget" in text


def test_a_noun_made_from_the_activitys_verb_names_it() -> None:
    text = ask("Vem ansvarar för handledarskapet för nya undersköterskor?")
    assert text is not None and "Närmaste chef" in text


def test_an_english_question_is_judged_on_the_words_the_activities_know() -> None:
    text = ask("When is the digital scheduling tool in home care supposed to be in place at Spånga-Tensta?")
    assert text is None or "2026-03-31" in text
    text = ask("When should Spånga-Tensta have its schemaverktyg in place?")
    assert text is not None and "2026-03-31" in text


def test_a_question_naming_a_goal_gets_every_activity_under_it() -> None:
    text = ask("Vem ansvarar för insatserna för att medarbetare ska utvecklas i sitt uppdrag?")
    assert text is not None and "Enhetschef" in text and "Avdelningschef" in text
    one = ask("Vem ansvarar för lönesamtalen med koppling till kompetensutveckling?")
    assert one is not None and "Avdelningschef" in one and "Enhetschef" not in one


LEADERS = [
    activity("Kompetensutveckling för chefer i hemtjänsten", "Goda chefer", "Verksamhetschef", "2026"),
    activity(
        "Fadder för varje ny undersköterska första halvåret",
        "Trygg start",
        "Enhetschef",
        "Löpande",
        "Introduktionsenkät",
        area="Introducera",
    ),
    activity(
        "Utbildning i dokumentation för nya undersköterskor",
        "Rätt dokumentation",
        "MAS",
        "2025",
        "Antal utbildade",
    ),
    activity(
        "Se över lönestrukturen för sjuksköterskor",
        "Behålla personal",
        "HR-chef",
        "Q3 2026",
        "Personalomsättning per yrke",
    ),
]


def test_an_activity_named_by_a_compound_of_its_words_and_other_verbs_of_running_it() -> None:
    plan = PLAN.model_copy(update={"activities": LEADERS})
    assert fields_asked("Vem leder chefsutvecklingen?") == ["responsible"]
    assert "Verksamhetschef" in (ask("Vem leder chefsutvecklingen i Spånga-Tensta?", plan) or "")
    assert "Verksamhetschef" in (ask("Vem driver chefsutvecklingen?", plan) or "")
    text = ask("Hur följs fadderverksamheten för nya undersköterskor upp?", plan)
    assert text is not None and "Introduktionsenkät" in text and "MAS" not in text


def test_follow_up_and_time_asked_in_other_words() -> None:
    assert fields_asked("Hur vet de att fadderskapet fungerar?") == ["followup"]
    assert fields_asked("Vilket mått används för lönestrukturen?") == ["followup"]
    assert fields_asked("Hur ofta hålls introduktionsdagen?") == ["target_date"]
    assert fields_asked("När genomförs lönekartläggningen?") == ["target_date"]
    assert fields_asked("Vems ansvar är introduktionen?") == ["responsible"]
    assert fields_asked("Vilket år ska mentorskapet vara klart?") == ["target_date"]
    assert fields_asked("Under vilken period pågår chefsutvecklingen?") == ["target_date"]
    assert fields_asked("Vilken funktion leder lönearbetet?") == ["responsible"]
    plan = PLAN.model_copy(update={"activities": LEADERS})
    text = ask("Vilken indikator används för lönestrukturen?", plan)
    assert text is not None and "Uppföljning: Personalomsättning per yrke" in text
    text = ask("Vilken funktion leder lönestrukturarbetet?", plan)  # a head naming the work on it
    assert text is not None and "HR-chef" in text


def test_words_of_the_administrations_name_are_no_topic() -> None:
    admin = "Kultur- och fritidsförvaltningen"
    rows = [
        a.model_copy(update={"administration": admin})
        for a in [
            activity(
                "Medarbetarsamtal med fokus på utveckling", "x", "Närmaste chef", "Årligen", "Andel samtal"
            ),
            activity(
                "Sommarjobb på fritidsgårdar", "x", "Enhetschef fritid", "Sommaren 2026", "Antal platser"
            ),
        ]
    ]
    plan = PLAN.model_copy(update={"administration": admin, "activities": rows})
    known = [{"doc_id": "st", "administration": admin, "period": "2025-2027"}]
    r = route("Hur följs medarbetarsamtalen upp på kultur och fritid?", known)
    r = r.model_copy(update={"administrations": [admin]})
    answer = answer_from_activity_fields(r, [plan])
    assert answer is not None and "Andel samtal" in answer.text and "Antal platser" not in answer.text


def _goal_cell(activity_: Activity, header: str) -> TableCell:
    return ROW_CELL.model_copy(
        update={
            "column_header": header,
            "value": activity_.goal,
            "quote": f"{activity_.activity} | {activity_.goal}",
        }
    )


def test_why_is_answered_by_the_goal_only_where_its_column_says_why() -> None:
    rows = [
        activity("Mentorskap för blivande pensionärer", "Kunskap stannar kvar", "Enhetschef", "2027"),
        activity("Ergonomigenomgång i köken", "Färre arbetsskador", "Skyddsombud", "2026"),
    ]
    why = PLAN.model_copy(update={"activities": rows, "cells": [_goal_cell(rows[0], "Därför")]})
    assert fields_asked("Varför har de mentorskap för blivande pensionärer?") == ["purpose"]
    text = ask("Varför har de mentorskap för blivande pensionärer?", why)
    assert text is not None and "Därför: Kunskap stannar kvar" in text
    assert ask("Vad är syftet med ergonomigenomgången i köken?", why) is None, "no column says why"
    heading = PLAN.model_copy(update={"activities": rows, "cells": [_goal_cell(rows[0], "Aktivitet")]})
    assert ask("Varför har de mentorskap för blivande pensionärer?", heading) is None
    both = ask("Vem ansvarar för ergonomigenomgången i köken och varför görs den?", why)
    assert both is not None and "Skyddsombud" in both and "Färre arbetsskador" not in both


def test_an_older_version_answers_what_the_latest_names_only_in_passing() -> None:
    def version(doc_id: str, period: str, rows: list[Activity]) -> PlanRecords:
        rows = [a.model_copy(update={"doc_id": doc_id, "period": period}) for a in rows]
        return PlanRecords(
            doc_id=doc_id, file=f"{doc_id}.pdf", administration=ADMIN, period=period, activities=rows
        )

    old = version(
        "old", "2023-2025", [activity("Strukturerade överlämningar av ärenden", "x", "Enhetschef", "2024")]
    )
    new = version(
        "new", "2025-2027", [activity("Enkät till alla som slutar", "x", "HR", "2026", area="Avsluta")]
    )
    known = [{"doc_id": p.doc_id, "administration": ADMIN, "period": p.period} for p in (old, new)]
    r = route("Vem har hand om överlämningarna när folk slutar i Spånga-Tensta?", known)
    answer = answer_from_activity_fields(r, [old, new])
    assert answer is not None and "Enhetschef" in answer.text and "2023-2025" in answer.text


def test_an_english_question_whose_main_words_no_activity_knows_is_not_answered_by_the_rest() -> None:
    rows = [activity("Medarbetarsamtal med fokus på utveckling", "x", "Närmaste chef", "Årligen")]
    plan = PLAN.model_copy(update={"activities": rows})
    assert ask("When is the lifeguard training at Spånga-Tensta due?", plan) is None


def test_a_follow_up_asking_another_field_is_about_the_activity_asked_before() -> None:
    from kfp_assistant.ask.followup import resolve_followup

    first = route("Vem ansvarar för schemaverktyget i hemtjänsten i Spånga-Tensta?", KNOWN)
    for question, field in [("och när ska det vara klart?", "2026-03-31"), ("hur följs det upp?", "Andel")]:
        then = resolve_followup(question, [first], KNOWN)
        answer = answer_from_activity_fields(then, [PLAN])
        assert answer is not None and field in answer.text and "Årlig" not in answer.text
    listed = route("Vilka aktiviteter har Spånga-Tensta inom Behålla?", KNOWN)
    then = resolve_followup("vem ansvarar för dem?", [listed], KNOWN)
    assert answer_from_activity_fields(then, [PLAN]) is None, "after a list, the list answers"


def test_whether_it_was_done_asked_in_other_words() -> None:
    for question in [
        "Är avgångsenkäten genomförd?",
        "Har de infört avgångsenkäten?",
        "Hur långt har de kommit med avgångsenkäten?",
        "Vad hände med avgångsenkäten?",
    ]:
        assert "status" in fields_asked(question), question
    assert "status" not in fields_asked("När ska avgångsenkäten vara genomförd?")


def test_how_it_went_states_the_status_and_the_comment_beside_it() -> None:
    went = activity("Mentorskap för nya socionomer", "x", "HR", "2024", "Delvis genomförd", "followup")
    went = went.model_copy(update={"extra": {"Nr": "4", "Resultat": "Nio av tolv har fått en mentor."}})
    plan = PLAN.model_copy(update={"activities": [went, *ROWS]})
    text = ask("Hur gick det med mentorskapet för socionomerna?", plan)
    assert text is not None and "Status: Delvis genomförd · Resultat: Nio av tolv har fått en mentor." in text
    assert "Nr" not in text  # a running number says nothing of how it went
    asked_who = ask("Vem ansvarade för mentorskapet för socionomerna i förra planen?", plan)
    assert asked_who is not None and "Resultat" not in asked_who  # not asked how it went

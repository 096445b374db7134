"""Lists picked by what filters them rather than by a topic (made-up plan): the part of the year rows are
due in, the party of the organisation that is to do them, how the previous plan's activities went asked
of the plan by its year, the subsection (part of the organisation) rows stand in, and everyday words for
a status or for an area."""

from __future__ import annotations

from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.ask.scope import following_ids
from kfp_assistant.ask.status_rows import of_status
from kfp_assistant.ask.topic_rows import rank_rows
from kfp_assistant.extract.table_sections import SECTION_FIELD
from kfp_assistant.schema import Activity, PlanRecords
from kfp_assistant.sv.areas import areas_in_question
from kfp_assistant.sv.responsible import responsible_asked
from kfp_assistant.sv.status import NOT_DONE, NOT_FINISHED, status_asked
from kfp_assistant.sv.thesaurus import part_patterns
from kfp_assistant.sv.year_parts import asked_months, date_months, due_in

ADMIN = "Tekniska nämnden i Västby kommun"
PLANS = [{"doc_id": "vb", "administration": ADMIN, "period": "2028", "file": "vb.pdf"}]


def _row(
    text: str,
    area: str,
    due: str,
    who: str,
    table: str = "plan",
    status: str | None = None,
    section: str | None = None,
) -> Activity:
    return Activity(
        file="vb.pdf", doc_id="vb", administration=ADMIN, period="2028", table=table, area=area,
        areas=[area] if area else [], goal=None, activity=text, target_date=due, responsible=who,
        responsible_list=[who], followup=status, page=3, quote=text,
        extra={SECTION_FIELD: section} if section else {},
    )  # fmt: skip


ROWS = [
    _row("Lönejämförelse för VA-ingenjörer", "Behålla", "Q1 2028", "Personalenheten"),
    _row("Praktikplatser för gymnasieelever", "Attrahera", "Q3 2028", "Driftchef"),
    _row("Certifiering av svetsare", "Utveckla", "Q3 2028", "Personalenheten"),
    _row("Mentorer för nya arbetsledare", "Introducera", "HT 2028", "Driftchef"),
    _row("Friskvårdstimme för renhållarna", "Behålla", "Löpande", "Närmaste chef", section="Renhållning"),
    _row("Kurs i ledningsrenovering", "Utveckla", "2028", "Driftchef", section="Vatten och avlopp"),
    _row("Introduktionsfilm på flera språk", "", "", "", table="followup", status="✗ Ej genomförd"),
    _row("Gemensam rekryteringsdag", "", "", "", table="followup", status="✓ Genomförd"),
]
PLAN = PlanRecords(doc_id="vb", file="vb.pdf", administration=ADMIN, period="2028", activities=ROWS)


def _answer(question: str) -> str:
    route_ = route(question, PLANS)
    found = answer_from_records(route_, [PLAN], content_tokens(question, route_))
    assert found is not None, question
    return found.text


def _shown(question: str) -> list[str]:
    text = _answer(question)
    return [r.activity for r in ROWS if r.activity in text]


def test_parts_of_a_year_in_questions_and_target_dates() -> None:
    assert asked_months("vad händer under andra kvartalet?") == {4, 5, 6}
    assert asked_months("what is planned for Q4?") == {10, 11, 12}
    assert asked_months("vad ska göras första halvåret") == set(range(1, 7))
    assert asked_months("vilka insatser görs 2028?") is None
    assert date_months("Q2 2028") == {4, 5, 6} and date_months("2028-09-30") == {9}
    assert date_months("Löpande") is None and date_months("2028") is None
    assert due_in("Q3 2028", {7, 8, 9}) and not due_in("HT 2028", {7, 8, 9})


def test_the_rows_due_in_the_part_of_the_year_asked() -> None:
    assert _shown("Vad ska tekniska nämnden göra under tredje kvartalet?") == [
        "Praktikplatser för gymnasieelever",
        "Certifiering av svetsare",
    ]


def test_what_a_party_of_the_organisation_is_to_do() -> None:
    assert responsible_asked("vad ska personalenheten göra?") == "personalenheten"
    assert responsible_asked("vad gör tekniska nämnden för att locka folk?") is None
    assert responsible_asked("vad ska kommunen göra?") is None
    assert responsible_asked("vad gör personalenheten för något?") is None  # what the function is
    assert _shown("Vad ska driftcheferna göra?") == [
        "Praktikplatser för gymnasieelever",
        "Mentorer för nya arbetsledare",
        "Kurs i ledningsrenovering",
    ]


def test_how_the_previous_plan_went_asked_of_the_plan_or_in_everyday_words() -> None:
    assert status_asked("vilka av dem har de inte kommit igång med?") == NOT_DONE
    assert status_asked("which ones did they fail to deliver?") == NOT_DONE
    assert _shown("Hur gick det med förra årets plan i Västby?") == [
        "Introduktionsfilm på flera språk",
        "Gemensam rekryteringsdag",
    ]
    assert _shown("vad blev aldrig gjort av det som de planerade förra året?") == [
        "Introduktionsfilm på flera språk"
    ]


def test_rows_named_by_the_part_of_the_organisation_they_stand_under() -> None:
    assert "Friskvårdstimme för renhållarna" in _answer("vad gör de inom renhållningen för personalen?")
    shown = _shown("vilka aktiviteter gäller vatten och avlopp?")
    assert shown == ["Kurs i ledningsrenovering"]


def test_everyday_words_for_introduction_and_for_applicants() -> None:
    assert areas_in_question("hur tar de hand om nyanställda?") == ["Introducera"]
    assert _shown("Vad gör Västby för att locka fler sökande?") == ["Praktikplatser för gymnasieelever"]


def test_an_occupation_finds_the_rows_of_the_part_of_the_organisation_it_works_in() -> None:
    rows = [
        _row(
            "Tak för antal ärenden per handläggare",
            "Behålla",
            "2028",
            "Enhetschef",
            section="Individ- och familjeomsorg",
        ),
        _row("Lönetillägg för specialistsocialsekreterare", "Behålla", "2028", "Avdelningschef"),
        _row("Planeringstid två timmar i veckan", "Behålla", "2028", "Rektor", section="Förskola"),
    ]
    question = "vad gör de för att socialsekreterarna ska stanna?"
    kept = rank_rows({"socialsekreter"}, question, rows)
    assert [a.activity for a in kept] == [rows[0].activity, rows[1].activity]
    assert part_patterns("förskollärarna") and not part_patterns("lönen")


def test_what_is_not_finished_is_every_row_not_done() -> None:
    rows = [
        _row("Mässa för gymnasieelever", "", "", "", table="followup", status="Genomförd"),
        _row("Nätverk för arbetsledare", "", "", "", table="followup", status="Pågår, klart i vår"),
        _row("Lönekartläggning", "", "", "", table="followup", status="Delvis genomförd"),
        _row("Film om yrket", "", "", "", table="followup", status="Ej påbörjad"),
    ]
    assert status_asked("vad har de inte hunnit klart med?") == NOT_FINISHED
    assert status_asked("vilka blev aldrig av?") == NOT_DONE
    assert [a.activity for a in of_status(rows, NOT_FINISHED)] == [a.activity for a in rows[1:]]


def test_everyday_forms_of_what_is_done_when_and_what_did_not_happen() -> None:
    keep = route("Västby – hur får de VA-ingenjörerna att stanna?", PLANS)
    assert (keep.intent, keep.target, keep.areas) == ("list", "activities", ["Behålla"])
    assert _shown("vad blev inte av från 2027 i Västby?") == ["Introduktionsfilm på flera språk"]
    # "framöver" says when, not what: every row of the party
    assert _shown("Vad ska driftcheferna göra framöver?") == _shown("Vad ska driftcheferna göra?")


def test_applicants_alone_ask_for_the_area_and_beside_another_word_pick_rows() -> None:
    rows = [
        _row("Praktikplatser för studenter i parkerna", "Attrahera", "2028", "Parkchef"),
        _row("Filmer om yrket för fler sökande med teknisk bakgrund", "Attrahera", "2028", "Kommunikation"),
        _row("Sommarjobb för gymnasieelever", "Attrahera", "2028", "Parkchef"),
    ]
    plan = PlanRecords(doc_id="vb", file="vb.pdf", administration=ADMIN, period="2028", activities=rows)

    def shown(question: str) -> list[str]:
        route_ = route(question, PLANS)
        found = answer_from_records(route_, [plan], content_tokens(question, route_))
        return [r.activity for r in rows if found and r.activity in found.text]

    assert shown("Hur ska Västby locka fler sökande?") == [r.activity for r in rows]
    assert shown("Hur ska Västby locka fler sökande och studenter?") == [r.activity for r in rows[:2]]


def test_the_version_after_a_plan_follows_it_up() -> None:
    catalog = [
        {"doc_id": "v1", "administration": ADMIN, "period": "2026-2028", "file": "v1.pdf"},
        {"doc_id": "v2", "administration": ADMIN, "period": "2027-2029", "file": "v2.pdf"},
        {"doc_id": "o", "administration": "Kulturnämnden i Västby", "period": "2027", "file": "o.pdf"},
    ]
    assert following_ids(["v1"], catalog) == ["v2"]
    assert following_ids(["v2"], catalog) == []
    # a plan asked by a year no indexed version has: the next version follows it up
    asked = route("Hur gick det med tekniska nämndens plan för 2026?", catalog[:2])
    assert asked.doc_ids == ["v1"] or "v2" in asked.doc_ids
    asked = route("Hur gick det med tekniska nämndens plan för 2025?", catalog[:2])
    assert asked.doc_ids == ["v1"] and not asked.unknown_periods

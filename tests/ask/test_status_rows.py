"""How the previous plan's activities went, on made-up plans: a status word filters the follow-up table's
rows, the follow-up of a named version is read in the version after it, a count of them is the plan's
sentence, and a later part asking a status lists the follow-up rows. Also: the current plan's key figure
in a sentence answers before an older version's table."""

from __future__ import annotations

from typing import Any

from kfp_assistant.ask.cells import answer_from_cells
from kfp_assistant.ask.figure_sentences import states_asked_amount
from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.ask.status_rows import of_status
from kfp_assistant.schema import Activity, KeyFigure, PlanRecords, TableCell
from kfp_assistant.sv.everyday import in_plan_words
from kfp_assistant.sv.respelling import respell_by_stem
from kfp_assistant.sv.status import DONE, NOT_DONE, ONGOING, PARTLY, status_asked, status_of
from kfp_assistant.sv.words import tokenize

ADMIN = "Fritidsnämnden"
CATALOG: list[dict[str, Any]] = [
    {"administration": ADMIN, "period": "2023-2025", "doc_id": "f23"},
    {"administration": ADMIN, "period": "2026-2028", "doc_id": "f26"},
]


def test_a_status_cell_opens_with_its_status() -> None:
    assert status_of("Genomförd i mars, 40 deltagare") == DONE
    assert status_of("Delvis genomförd, fortsätter nästa år") == PARTLY
    assert status_of("Pågår, klart till sommaren") == ONGOING
    assert status_of("Ej påbörjad – flyttas till nästa plan") == NOT_DONE
    assert status_of("Avbruten efter omorganisationen") == NOT_DONE
    assert status_of("Cheferna har uppmanats att boka samtal") is None, "a comment in prose has no status"


def test_a_question_asks_a_status_in_everyday_words() -> None:
    assert status_asked("vilka håller de fortfarande på med?") == ONGOING
    assert status_asked("Vilka insatser är fortfarande igång?") == ONGOING
    assert status_asked("vilka blev aldrig av?") == NOT_DONE
    assert status_asked("Vilka åtgärder har inte genomförts?") == NOT_DONE
    assert status_asked("vilka är bara delvis klara?") == PARTLY
    assert status_asked("Hur många av insatserna blev genomförda?") == DONE
    assert status_asked("which ones are still in progress?") == ONGOING
    assert status_asked("Vilka aktiviteter ska vara klara 2027?") is None, "a due date, no status"
    assert status_asked("Vilka aktiviteter har Fritidsnämnden?") is None


def test_a_word_spelled_right_is_not_respelled_as_a_word_with_a_diacritic() -> None:
    forms = {"aldr": "äldr"}  # the plans write "äldre", never "aldrig"
    assert respell_by_stem("vilka blev aldrig av?", forms) == "vilka blev aldrig av?"


def _row(doc_id: str, period: str, text: str, status: str, area: str = "Behålla") -> Activity:
    return Activity(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration=ADMIN, period=period, table="followup",
        area=area, goal=None, activity=text, target_date=None, responsible=None, followup=status,
        page=4, quote=f"{area} {text} {status}",
    )  # fmt: skip


FOLLOWED = [
    _row("f26", "2026-2028", "Friskvårdstimme för badpersonal", "Genomförd"),
    _row("f26", "2026-2028", "Mentorer för nya fritidsledare", "Pågår"),
    _row("f26", "2026-2028", "Gemensam rekryteringsmässa", "Ej genomförd", "Attrahera"),
    _row("f26", "2026-2028", "Kompetenstrappa för badvakter", "Delvis genomförd"),
]
OLD = PlanRecords(doc_id="f23", file="f23.pdf", administration=ADMIN, period="2023-2025")
NEW = PlanRecords(doc_id="f26", file="f26.pdf", administration=ADMIN, period="2026-2028", activities=FOLLOWED)


def test_a_status_asked_filters_the_follow_up_rows() -> None:
    assert [a.activity for a in of_status(FOLLOWED, ONGOING)] == ["Mentorer för nya fritidsledare"]
    assert len(of_status(FOLLOWED, None)) == 4
    prose = [a.model_copy(update={"followup": "Cheferna har fått stöd."}) for a in FOLLOWED]
    assert of_status(prose, ONGOING) == prose, "no row says its status: every row, each with its comment"


def test_the_previous_plans_activities_are_followed_up_in_the_version_after_it() -> None:
    question = "Vilka aktiviteter från förra planen pågår fortfarande i Fritidsnämnden?"
    asked = route(question, CATALOG)
    assert set(asked.scope) == {"f23", "f26"}, "the next version reports how the named one went"
    answer = answer_from_records(asked, [OLD, NEW], set(tokenize(question)))
    assert answer is not None and "Mentorer för nya fritidsledare" in answer.text
    assert "Friskvårdstimme" not in answer.text and "status: Pågår" in answer.text
    dropped = route("Vilka aktiviteter i Fritidsnämnden blev aldrig av?", CATALOG)
    answer = answer_from_records(dropped, [OLD, NEW], set(tokenize(dropped.question)))
    assert answer is not None and "rekryteringsmässa" in answer.text and "Mentorer" not in answer.text


def test_a_count_of_the_activities_done_is_left_to_the_plans_sentence() -> None:
    question = "Hur många av aktiviteterna i Fritidsnämndens förra plan blev genomförda?"
    asked = route(question, CATALOG)
    assert answer_from_records(asked, [OLD, NEW], set(tokenize(question))) is None


def test_a_later_part_asking_a_status_lists_the_rows_followed_up() -> None:
    first = route("Hur många av aktiviteterna i Fritidsnämndens förra plan blev genomförda?", CATALOG)
    then = resolve_followup("och vilka håller de fortfarande på med?", [first], CATALOG)
    assert then.target == "activities" and then.administrations == [ADMIN]


def _figure(doc_id: str, period: str, value: float, as_of: str, quote: str) -> KeyFigure:
    return KeyFigure(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration=ADMIN, period=period, metric="average_age",
        value=value, unit="years", as_of=as_of, scope=None, page=2, quote=quote,
    )  # fmt: skip


def _age_row(year: str, value: str) -> TableCell:
    return TableCell(
        file="f23.pdf", doc_id="f23", administration=ADMIN, period="2023-2025", page=2, table=0,
        caption="Nyckeltal", row=0, row_headers=["Medelålder, år"], column_header=year, value=value,
        number=float(value.replace(",", ".")), unit=None, quote=f"Medelålder, år | {value}",
    )  # fmt: skip


def test_the_current_plans_figure_in_a_sentence_answers_before_an_older_table() -> None:
    said = "Medelåldern bland de tillsvidareanställda är 46,1 år."
    new = NEW.model_copy(update={"figures": [_figure("f26", "2026-2028", 46.1, "2025", said)]})
    old = OLD.model_copy(update={"cells": [_age_row("2021", "47,3"), _age_row("2022", "47,0")]})
    asked = route("Vad är snittåldern bland de fast anställda i Fritidsnämnden?", CATALOG)
    assert answer_from_cells(asked, [old, new]) is None, "the current plan states it: no older table"
    then = route("Vad var medelåldern i Fritidsnämnden 2021?", CATALOG)
    answer = answer_from_cells(then, [old, new])
    assert answer is not None and "47,3" in answer.text, "a year only the older table reports"


def test_a_count_of_activities_is_stated_in_words_and_a_headcount_in_digits() -> None:
    counted = route("Hur många av Fritidsnämndens aktiviteter blev genomförda?", CATALOG)
    assert states_asked_amount("Av de tolv insatserna är sju genomförda.", counted)
    staff = route("Hur många rekryteringar gjorde Fritidsnämnden förra året?", CATALOG)
    assert not states_asked_amount("Under året ska enheten rekrytera till två nya tjänster.", staff)


def test_a_target_is_not_read_from_a_table_row() -> None:
    old = OLD.model_copy(update={"cells": [_age_row("2021", "47,3"), _age_row("2022", "47,0")]})
    target = route("Vad är målet för medelåldern i Fritidsnämnden?", CATALOG)
    assert answer_from_cells(target, [old]) is None, "a target is stated in a sentence"


ONE_VERSION: list[dict[str, Any]] = [
    {"administration": "Hamnnämnden", "period": "2026-2028", "doc_id": "h26"}
]


def test_how_the_previous_plan_went_is_told_by_the_one_version_there_is() -> None:
    asked = route("Hur gick det med aktiviteterna i Hamnnämndens förra plan?", ONE_VERSION)
    assert asked.plans == ["h26"] and asked.unknown_periods == [], "the plan follows up the one before it"
    assert route("Hur hög var sjukfrånvaron i Hamnnämndens förra plan?", ONE_VERSION).unknown_periods


def test_a_count_of_activities_done_is_a_figure_and_what_happened_is_no_figure() -> None:
    counted = route("hur många aktiviteter har genomförts i Hamnnämnden?", ONE_VERSION)
    assert counted.intent == "figure" and counted.target == "activities"
    then = resolve_followup("och vad hände med friskvårdstimmen?", [counted], ONE_VERSION)
    assert then.intent != "figure" and "förra" not in then.topic
    assert "har genomförts" in in_plan_words("hur många blev klara?", set())

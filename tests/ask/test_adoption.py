"""When and by whom a plan was adopted, or who wrote it: its own line saying so (made-up plans)."""

from __future__ import annotations

from kfp_assistant.ask.adoption import answer_adoption, asks_adoption, decision_line
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Chunk
from kfp_assistant.sv.english import in_swedish_terms
from tests.ask.chunks import plan_chunk

TITLE = plan_chunk("Fritidsförvaltningen\nGodkänd av fritidsnämnden den 3 mars 2025, § 41", chunk_id="d:0")
BODY = plan_chunk(
    "Planen gäller i tre år. Enligt beslut ska den följas upp varje höst. "
    "Underlaget har tagits fram i samverkan med de fackliga organisationerna.",
    chunk_id="d:1",
)
DOCUMENT_TABLE = plan_chunk(
    "Diarienummer | 12-345\nFastställd | 2024-12-01 av direktören", chunk_id="t:0"
).model_copy(update={"doc_id": "t", "kind": "table"})
ACTIVITY_TABLE = plan_chunk(
    "Ny lönemodell | 2026-06-30 | HR-chef | Modellen beslutad i ledningsgruppen", chunk_id="t:3"
).model_copy(update={"doc_id": "t", "kind": "table"})
CHUNKS: dict[str, list[Chunk]] = {"d": [BODY, TITLE], "t": [ACTIVITY_TABLE, DOCUMENT_TABLE], "x": [BODY]}


def _answer(question: str, plan: str = "d") -> tuple[str, int] | None:
    route_ = route(question, []).model_copy(update={"plans": [plan], "scope": [plan]})
    found = answer_adoption(route_, question, lambda doc: CHUNKS[doc], lambda _c: "Planen")
    return None if found is None else (found[0], len(found[1]))


def test_questions_about_who_adopted_or_wrote_the_plan_and_when_are_told_from_other_questions() -> None:
    for question in (
        "När antogs planen?",
        "vem har fastställt kompetensförsörjningsplanen",
        "Vilken nämnd godkände planen och när?",
        "vem har tagit fram planen?",
        in_swedish_terms("Who approved the plan?"),
    ):
        assert asks_adoption(question), question
    for question in (
        "Vilka aktiviteter har beslutats?",
        "När ska lönemodellen vara klar?",
        "Vad säger planen om lön?",
    ):
        assert not asks_adoption(question), question


def test_the_dated_decision_line_answers_in_whatever_verb_the_question_uses() -> None:
    for question in ("När antogs planen?", "vem har beslutat om planen?", "who adopted the plan?"):
        answer = _answer(question)
        assert answer is not None and "fritidsnämnden den 3 mars 2025, § 41" in answer[0], question
        assert answer[1] == 1
    # "Enligt beslut ska den följas upp" names a decision the plan refers to, not its adoption.
    assert decision_line([BODY]) is None


def test_a_document_table_row_counts_by_its_header_cell_not_an_activity_row_mentioning_a_decision() -> None:
    answer = _answer("När fastställdes planen?", plan="t")
    assert answer is not None and "Fastställd | 2024-12-01 av direktören" in answer[0]
    assert decision_line([ACTIVITY_TABLE]) is None


def test_who_wrote_the_plan_is_the_line_naming_its_writers() -> None:
    answer = _answer("Vem har tagit fram planen?")
    assert answer is not None and "i samverkan med de fackliga organisationerna" in answer[0]


def test_a_plan_that_does_not_say_is_a_refusal_and_other_questions_pass_through() -> None:
    refused = _answer("När godkändes planen?", plan="x")
    assert refused is not None and refused[1] == 0 and refused[0].startswith("Jag hittar inget")
    assert _answer("Vilka aktiviteter finns för att behålla personal?") is None

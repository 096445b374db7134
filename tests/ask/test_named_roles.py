"""Which occupations are hard to find, answered by the prose sentence naming them (made-up plan text)."""

from __future__ import annotations

from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.named_roles import asks_occupations, named_roles
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.router import route
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.occupations import DIFFICULTY, NEED, occupations_in
from tests.ask.chunks import plan_chunk

TEXT = (
    "Kommunen har många stora yrkesgrupper såsom lärare (20 %), kockar (8 %) och vaktmästare (4 %).\n"
    "Läget för logopeder, psykologer och specialpedagoger är fortsatt ansträngt och besvärligt.\n"
    "Alla nyanställda får en introduktion under första veckan."
)


def _answer(question: str) -> str | None:
    route_ = route(question, [])
    tokens = content_tokens(question, route_)
    passages = sorted(score_chunk(plan_chunk(TEXT), tokens, 0.5), key=lambda p: -p.score)
    found = named_roles(passages, question, lambda c: "Plan")
    return found[0] if found else None


def test_occupations_are_told_by_their_tails_and_staff_only_in_a_compound() -> None:
    text = "Det saknas sjuksköterskor, arbetsterapeuter och omvårdnadspersonal men inte personal i stort."
    assert occupations_in(text) == ["sjuksköterskor", "arbetsterapeuter", "omvårdnadspersonal"]


def test_which_occupations_are_hard_to_find_is_answered_by_the_sentence_naming_them() -> None:
    answer = _answer("Vilka yrkesgrupper är krångligast att få tag på?")
    assert answer is not None
    assert "logopeder, psykologer och specialpedagoger" in answer
    assert "kockar" not in answer, "the largest groups are not the ones hard to find"


def test_a_question_not_about_difficulty_or_need_is_not_this_kind() -> None:
    assert asks_occupations("Vilka yrkesgrupper är störst?") is None
    assert asks_occupations("Vilka aktiviteter är svåra att genomföra?") is None
    assert asks_occupations("Vilka yrken har störst rekryteringsbehov?") is NEED
    assert asks_occupations("Vilka roller är svåra att rekrytera?") is DIFFICULTY
    assert _answer("Vilka yrkesgrupper är störst?") is None


def test_an_english_question_about_hard_roles_reads_as_the_swedish_one() -> None:
    swedish = in_swedish_terms("Which roles are hard to fill?")
    assert asks_occupations(swedish) is DIFFICULTY


def test_a_line_after_a_lead_in_names_hard_roles_only_when_it_is_about_them() -> None:
    text = (
        "Uppföljningen visar brister i skriftlig dokumentation.\n"
        "- Journalföring hos skötare och behandlingsassistenter\n"
        "Rekryteringen är svår för dessa grupper:\n"
        "- Kuratorer, psykologer och logopeder"
    )
    question = "Vilka bristyrken finns?"
    route_ = route(question, [])
    passages = score_chunk(plan_chunk(text), content_tokens(question, route_), 0.5)
    found = named_roles(passages, question, lambda c: "Plan")
    assert found is not None
    assert "Kuratorer, psykologer och logopeder" in found[0]
    assert "Journalföring" not in found[0], "a competence the occupations lack names no hard-to-find role"

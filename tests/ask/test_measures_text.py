"""What is done about a topic that no activity names, told by the plan's text (made-up plan text): the
sentence that says what is done, not a row of a table of figures that names the topic."""

from __future__ import annotations

from kfp_assistant.ask.compose import compose_extractive
from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.router import route
from kfp_assistant.sv.words import tokenize
from tests.ask.chunks import plan_chunk

TABLE = "Yrkesgrupp | Tillsvidare | Visstid\nLokalvårdare och städpersonal i skolorna | 40 | 3\nVakt | 12 | 1"
PROSE = (
    "Läget för lokalvårdare har blivit sämre under året. Vi satsar därför på en lönetrappa och på "
    "utbildning i ergonomi för att fler lokalvårdare ska vilja stanna."
)


def test_what_is_done_about_a_shortage_is_told_by_prose_not_a_table_row() -> None:
    question = "Vad gör nämnden åt bristen på lokalvårdare?"
    route_ = route(question, [])
    assert route_.intent == "list" and route_.open_question
    tokens = content_tokens(question, route_)
    passages = score_chunk(
        plan_chunk(TABLE, "d:0").model_copy(update={"kind": "table"}), tokens, 0.9
    ) + score_chunk(plan_chunk(PROSE, "d:1"), tokens, 0.5)
    passages.sort(key=lambda p: -p.score)
    vocabulary = frozenset(tokenize(f"{TABLE} {PROSE}"))
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=vocabulary
    )
    assert (
        "lönetrappa" in composed.text
        and "| 40 |" not in composed.text
        and "Lokalvårdare 40" not in composed.text
    )

"""A question put as a request is reduced to the question it asks (made-up questions)."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.requests import without_request


@pytest.mark.parametrize(
    ("asked", "question"),
    [
        ("kan du ge mig en överblick av nämndens kompetensbehov?", "nämndens kompetensbehov?"),
        ("Jag undrar hur många som går i pension?", "Hur många som går i pension?"),
        (
            "jag skulle vilja veta vilka yrken som är svåra att rekrytera",
            "vilka yrken som är svåra att rekrytera",
        ),
        ("Hej! Kan du snälla visa mig personalomsättningen", "Personalomsättningen"),
        ("berätta om sjukfrånvaron i förvaltningen", "sjukfrånvaron i förvaltningen"),
        ("Could you tell me which roles are hard to fill?", "Which roles are hard to fill?"),
        ("I'd like to know how many nurses they employ", "How many nurses they employ"),
    ],
)
def test_the_request_around_a_question_is_taken_off(asked: str, question: str) -> None:
    assert without_request(asked) == question


def test_a_verb_that_says_what_is_asked_stays_and_whether_questions_keep_their_om() -> None:
    assert without_request("Skulle du kunna lista aktiviteterna?") == "Lista aktiviteterna?"
    assert without_request("kan du sammanfatta planen") == "sammanfatta planen"
    assert without_request("jag undrar om de har ett mentorprogram") == "om de har ett mentorprogram"


def test_questions_without_a_request_and_requests_without_a_question_are_left_as_they_are() -> None:
    for question in ("Vad kan du säga om lönerna?", "Hur många anställda finns det?", "visa mig!", "kan du"):
        assert without_request(question) == question

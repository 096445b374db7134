"""Why a figure changed: the plan's sentence giving the cause, in its own words or pointing back; a change
the plan states but never explains is declined (ask/change_causes). Made-up plan text and wording."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.change_causes import answer_change_cause, direction, gives_change_cause
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Chunk
from kfp_assistant.sv.english import in_swedish_terms, is_english

from .chunks import plan_chunk

_EXPLAINED = [
    plan_chunk(
        "Sjukfrånvaron gick ned från 7,9 procent 2023 till 6,8 procent 2024. Korttidsfrånvaron har "
        "halverats sedan enheterna började med friskvårdstimme varje vecka.\n"
        "Personalomsättningen steg till 14,1 procent. Den främsta orsaken är att flera lärare fått tjänst "
        "i grannkommunen, som betalar bättre.\n"
        "Andelen heltidsanställda ökade till 81 procent. Vi bedömer att nya scheman med längre pass har "
        "bidragit.",
        "p:1",
    ),
]
_UNEXPLAINED = [
    plan_chunk(
        "Sjukfrånvaron minskade från 9,2 procent 2023 till 8,4 procent 2024. Personalomsättningen var 10 "
        "procent. Flera tjänster fick annonseras om eftersom ingen sökande hade rätt behörighet.\n"
        "Medarbetarenkäten visar att de flesta trivs.",
        "q:1",
    ),
]
_TABLE_ONLY = [
    Chunk(
        **(
            plan_chunk(
                "Mått | 2023 | 2024\nPersonalomsättning, % | 12,0 | 9,5\nSjukfrånvaro, % | 6,1 | 5,9", "t:1"
            ).model_dump()
            | {"kind": "table"}
        )
    ),
]


def _answer(question: str, chunks: list[Chunk]) -> tuple[str, bool] | None:
    question = in_swedish_terms(question) if is_english(question) else question  # as the answerer does
    route_ = route(question, []).model_copy(update={"plans": ["p"], "scope": ["p"]})
    found = answer_change_cause(route_, question, lambda _: chunks, lambda _: "Planen")
    return (found[0], found[2]) if found else None


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        ("Vad ligger bakom att sjukfrånvaron har sjunkit?", "friskvårdstimme"),
        ("Varför blev det fler som slutade förra året?", "grannkommunen"),
        ("Vad förklarar att omsättningen av personal ökade?", "grannkommunen"),
        ("Varför jobbar fler heltid nu?", "längre pass"),
        ("why did sick leave go down?", "friskvårdstimme"),
        ("What's behind the drop in sick leave?", "friskvårdstimme"),
    ],
)
def test_the_cause_beside_the_figure_answers(question: str, cause: str) -> None:
    answer = _answer(question, _EXPLAINED)
    assert answer is not None and not answer[1] and cause in answer[0]


def test_a_cause_of_the_other_direction_is_no_answer() -> None:
    # why turnover rose does not tell why it fell
    answer = _answer("Varför har personalomsättningen minskat?", _EXPLAINED)
    assert answer is None or "grannkommunen" not in answer[0]


@pytest.mark.parametrize(
    "question",
    ["Varför har sjukfrånvaron gått ner?", "Vad beror det på att sjukskrivningarna minskade?"],
)
def test_a_change_stated_with_no_cause_is_declined(question: str) -> None:
    answer = _answer(question, _UNEXPLAINED)
    assert answer is not None and answer[1] and "9,2" in answer[0]


def test_a_cause_of_something_else_beside_the_figure_is_no_cause() -> None:
    # "Flera tjänster fick annonseras om eftersom …" after the turnover figure tells why else happened
    answer = _answer("Varför steg personalomsättningen?", _UNEXPLAINED)
    assert answer is None or "annonseras" not in answer[0]


def test_a_figure_only_in_a_table_is_declined_with_its_row() -> None:
    answer = _answer("Varför har personalomsättningen gått ned?", _TABLE_ONLY)
    assert answer is not None and answer[1] and "12,0" in answer[0]


@pytest.mark.parametrize(
    "question",
    [
        "Varför är sjukfrånvaron viktig att följa?",  # why it matters, not why it changed
        "Hur hög är sjukfrånvaron?",  # no why
        "Varför har sjukfrånvaron varit svår att få ned?",  # no plan says: not declined without a change told
    ],
)
def test_other_questions_are_not_declined_here(question: str) -> None:
    answer = _answer(question, _UNEXPLAINED)
    assert answer is None or not answer[1] or "minskade" in answer[0]


def test_direction_and_cause_words() -> None:
    assert direction("Varför har den gått ner?", asked=True) == "down"
    assert direction("Why did turnover rise?", asked=True) == "up"
    assert direction("Sjukfrånvaron ökade medan omsättningen minskade.") is None
    assert gives_change_cause("Frånvaron har minskat sedan vi införde digitala schemaläggningen.")
    assert gives_change_cause("Den lägre omsättningen visar att mentorskapet ger resultat.")
    assert not gives_change_cause("Omsättningen minskade till 8 procent.")


def test_a_headcount_is_told_by_the_organisation_growing_or_shrinking() -> None:
    chunks = [
        plan_chunk(
            "Förvaltningen har 812 medarbetare. Jämfört med förra året har förvaltningen blivit "
            "något större. Ökningen beror på att två nya skolor har öppnat.",
            "p:1",
        )
    ]
    answer = _answer("Varför har antalet anställda ökat?", chunks)
    assert answer is not None and not answer[1] and "nya skolor" in answer[0]

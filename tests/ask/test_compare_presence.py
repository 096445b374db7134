"""Whether each of several administrations has something ("tar både A och B emot praktikanter? vilka
i så fall"): one answer per plan from its own text, the thing matched by its root and in other forms
(ask.comparison, sv.words.root_of, ask.multipart.without_if_so); made-up plans."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.comparison import without_frame
from kfp_assistant.ask.definitions import defines_term
from kfp_assistant.ask.multipart import question_parts, without_if_so
from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings
from kfp_assistant.sv.numbers import asks_for_money
from kfp_assistant.sv.words import root_of, tokenize

CULTURE = """# Kompetensförsörjningsplan 2026

Kultur- och fritidsförvaltningen i Norrby

## Aktiviteter

Attrahera – Vi erbjuder praktikplatser för elever från gymnasiets barn- och fritidsprogram varje vår.
Introducera – Nyanställda får en fadder under de första månaderna.
Behålla – Schemaläggning som ger fler heltider.
"""
HARBOUR = """# Kompetensförsörjningsplan 2025-2027

Hamnförvaltningen i Norrby

## Attrahera

Vi tar emot praktikanter från sjöfartsutbildningen och erbjuder examensarbeten.

## Utveckla

Alla medarbetare har en individuell utvecklingsplan. Ledarprogram för nya arbetsledare.
"""


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("presence")
    docs = root / "docs"
    docs.mkdir()
    (docs / "kultur.md").write_text(CULTURE, encoding="utf-8")
    (docs / "hamn.md").write_text(HARBOUR, encoding="utf-8")
    assistant = Assistant(Settings(index_dir=root / "index", embeddings="fake", lock_timeout=5))
    assert [f.status for f in assistant.ingest([docs]).files] == ["ok", "ok"]
    return assistant


def test_both_sides_answer_whether_they_take_interns_by_the_words_each_plan_uses(ready: Assistant) -> None:
    answer = ready.ask("Tar både kultur och fritid och hamnförvaltningen emot praktikanter? Vilka i så fall?")
    assert (
        "praktikplatser för elever" in answer.answer
        and "praktikanter från sjöfartsutbildningen" in answer.answer
    )
    assert "*Tar" not in answer.answer and "*Vilka" not in answer.answer, "one question, not two parts"
    assert len({c.administration for c in answer.citations}) == 2


def test_a_side_without_it_says_so_and_a_plural_finds_its_singular(ready: Assistant) -> None:
    answer = ready.ask("Har både kultur och fritid och hamnförvaltningen faddrar för nyanställda?")
    assert "får en fadder" in answer.answer, "an activity under its area's name is no glossary entry"
    assert "**Hamnförvaltningen 2025-2027:** Planen säger inget tydligt om detta." in answer.answer
    english = ready.ask("Do both culture and leisure and the harbour administration take interns?")
    assert "praktikanter från sjöfartsutbildningen" in english.answer


def test_roots_of_derived_organised_and_contracted_words() -> None:
    (intern,) = tokenize("praktikanter")
    (places,) = tokenize("praktikplatser")
    assert root_of(intern) == root_of(places) == {"praktik"}
    (mentoring,) = tokenize("mentorprogram")
    assert "mentor" in root_of(mentoring)
    (sponsors,) = tokenize("faddrar")
    assert set(tokenize("fadder")) <= root_of(sponsors)
    (workplace,) = tokenize("arbetsplatser")
    assert root_of(workplace) == {workplace}, "a short root is a word of everything"
    (women,) = tokenize("kvinnor")
    assert root_of(women) == {women}


def test_if_so_which_is_no_question_of_its_own() -> None:
    assert (
        without_if_so("Tar A och B emot praktikanter? Vilka i så fall?") == "Tar A och B emot praktikanter?"
    )
    assert without_if_so("Har de mentorer, och i så fall hur?") == "Har de mentorer?"
    assert without_if_so("Do they take interns, and if so which?") == "Do they take interns?"
    assert without_if_so("Vilka yrken saknas i så fall i Norrby?") == "Vilka yrken saknas i så fall i Norrby?"
    assert question_parts("Har A fadder? I så fall vilka?") == ["Har A fadder?"]


def test_an_activity_under_its_areas_name_is_no_definition() -> None:
    assert not defines_term("Introducera – Nyanställda får en fadder.")
    assert defines_term("Korttidsfrånvaro – frånvaro dag 1–14.")


def test_the_verb_asking_whether_is_no_topic_and_a_salary_process_no_amount() -> None:
    assert without_frame("Erbjuder både A och B sommarjobb?") == "både A och B sommarjobb?"
    assert without_frame("Erbjuder A sommarjobb?") == "Erbjuder A sommarjobb?", "one plan: the verb stays"
    assert not asks_for_money("Vilka förvaltningar arbetar med lönekartläggning?")
    assert asks_for_money("Vad är lönen för en undersköterska?")
    assert asks_for_money("Hur höga är lönerna?")

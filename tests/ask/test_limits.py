"""Bounds of one request: an over-long question is refused before any search; a multi-part answer
stops at the time budget and names the parts left; a language model's answer is cut at the budget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kfp_assistant.ask.answer import Answerer, AnswerLimits
from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings


class _Untouchable:
    """An index or plan store that fails the test if the answerer touches it."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"searched although the question is refused: {name}")


def test_an_over_long_question_is_refused_before_any_search() -> None:
    answerer = Answerer(_Untouchable(), _Untouchable(), limits=AnswerLimits(max_question_chars=200))  # type: ignore[arg-type]
    answer = answerer.ask("Hur många " + "mycket " * 100 + "anställda finns det?")
    assert answer.not_found and not answer.citations
    assert "för lång" in answer.answer and "högst 200" in answer.answer


def test_a_question_at_the_limit_is_answered(settings: Settings, docs_dir: Path) -> None:
    Assistant(settings).ingest([docs_dir])
    question = "Hur många tillsvidareanställda har Rinkeby-Kista?"
    limited = settings.model_copy(update={"max_question_chars": len(question)})
    answer = Assistant(limited).ask(question)
    assert "1 200" in answer.answer and answer.citations


def test_a_multi_part_answer_stops_at_the_time_budget(settings: Settings, docs_dir: Path) -> None:
    Assistant(settings).ingest([docs_dir])
    question = (
        "Hur många tillsvidareanställda har Rinkeby-Kista och hur hög är sjukfrånvaron i Trafikkontoret?"
    )
    whole = Assistant(settings).ask(question)
    assert "1 200" in whole.answer and "4,1" in whole.answer  # both parts answered within the budget
    spent = Assistant(settings.model_copy(update={"answer_seconds": 0.0})).ask(question)
    assert "1 200" in spent.answer  # the first part is always answered
    assert "4,1" not in spent.answer and "Tiden för ett svar tog slut" in spent.answer
    assert "sjukfrånvaron i Trafikkontoret" in spent.answer  # the part left is named for the user


def test_a_language_model_answer_is_cut_at_the_time_budget(settings: Settings, docs_dir: Path) -> None:
    Assistant(settings).ingest([docs_dir])
    reply = "Förvaltningen har 1 200 tillsvidareanställda [1]. " * 20
    scripted = settings.model_copy(update={"llm": f"fake:{reply}", "answer_seconds": 0.0})
    answer = Assistant(scripted).ask("Vad säger planen om avslutssamtal i Rinkeby-Kista?")
    assert "Svaret avbröts" in answer.answer
    assert len(answer.answer) < len(reply)  # the model's stream was left, not read to its end

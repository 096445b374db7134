"""Free comparison questions (ask.comparison): one part per compared plan, with relevance."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.comparison import compare_question
from kfp_assistant.ask.retrieval import known_plans
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.router import route
from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings
from tests.compare.test_side_by_side import DISTRICT, PLAN_2024, PLAN_2025, PLAN_FARSTA, SOCIAL


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("comparison")
    docs = root / "docs"
    docs.mkdir()
    for name, text in (
        ("social-2024.md", PLAN_2024),
        ("social-2025.md", PLAN_2025),
        ("farsta.md", PLAN_FARSTA),
    ):
        (docs / name).write_text(text, encoding="utf-8")
    assistant = Assistant(Settings(index_dir=root / "index", embeddings="fake", lock_timeout=5))
    assert [f.status for f in assistant.ingest([docs]).files] == ["ok", "ok", "ok"]
    return assistant


def _route(assistant: Assistant, question: str) -> Route:
    return route(question, known_plans(assistant.index.documents()))


def test_compare_question_one_part_per_latest_plan_with_relevance(ready: Assistant) -> None:
    parts = compare_question(ready.index, _route(ready, "Hur arbetar förvaltningarna med avslutssamtal?"))
    assert {(p["administration"], p["period"]) for p in parts} == {
        (SOCIAL, "2025-2027"),
        (DISTRICT, "2025-2027"),
    }
    relevant = {p["administration"]: p["relevant"] for p in parts}
    assert relevant == {SOCIAL: True, DISTRICT: False}
    passage = next(p for p in parts if p["administration"] == SOCIAL)["passages"][0]
    assert set(passage) == {"chunk_id", "text", "page", "section", "score"}


def test_compare_question_over_time_takes_every_version(ready: Assistant) -> None:
    question = "Hur har personalomsättningen i Socialnämnden förändrats mellan planerna?"
    parts = compare_question(ready.index, _route(ready, question))
    assert sorted(p["period"] for p in parts) == ["2024-2026", "2025-2027"]
    assert all(p["relevant"] for p in parts)

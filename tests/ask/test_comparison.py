"""Free comparison questions (ask.comparison): one part per compared plan, with relevance."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.comparison import also_mentioned, compare_question, side_query, without_frame
from kfp_assistant.ask.passages import comparison_notes
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
    assert set(passage) == {"chunk_id", "text", "page", "section", "score", "similarity"}


def test_compare_question_over_time_takes_every_version(ready: Assistant) -> None:
    question = "Hur har personalomsättningen i Socialnämnden förändrats mellan planerna?"
    parts = compare_question(ready.index, _route(ready, question))
    assert sorted(p["period"] for p in parts) == ["2024-2026", "2025-2027"]
    assert all(p["relevant"] for p in parts)


def _plan(topic_sentences: int, other: str) -> str:
    topic = " ".join(["Alla som slutar erbjuds avslutssamtal med chef."] * topic_sentences)
    return (
        "# Kompetensförsörjningsplan 2025-2027\n\n## Behålla\n\n"
        f"{topic} Vi arbetar med {other} och arbetsmiljö.\n\n## Utveckla\n\nChefer får stöd i {other}.\n"
    )


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("many")
    docs = root / "docs"
    docs.mkdir()
    plans = {"a.md": (2, "lönesättning"), "b.md": (0, "introduktion"), "c.md": (3, "mentorskap")}
    plans |= {"d.md": (1, "friskvård"), "e.md": (1, "rekrytering"), "f.md": (0, "schemaläggning")}
    rows = ["file;administration;period"]
    for n, (name, (count, other)) in enumerate(sorted(plans.items())):
        (docs / name).write_text(_plan(count, other), encoding="utf-8")
        rows.append(f"{name};Förvaltning {'ABCDEF'[n]};2025-2027")
    (docs / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assistant = Assistant(
        Settings(index_dir=root / "index", embeddings="fake", lock_timeout=5, compare_top=2)
    )
    assert all(f.status == "ok" for f in assistant.ingest([docs]).files)
    return assistant


def test_open_comparison_shows_the_best_plans_and_names_the_rest(many: Assistant) -> None:
    parts = compare_question(many.index, _route(many, "Hur arbetar förvaltningarna med avslutssamtal?"))
    assert len(parts) == 6
    relevant = [p["administration"] for p in parts if p["relevant"]]
    assert sorted(relevant) == ["Förvaltning A", "Förvaltning C", "Förvaltning D", "Förvaltning E"]
    shown = [p["administration"] for p in parts if p["shown"]]
    assert shown == ["Förvaltning C", "Förvaltning A"]  # they say it most often
    also = [p["administration"] for p in also_mentioned(parts)]
    assert sorted(shown + also) == sorted(relevant)
    assert parts[:4] == [p for p in parts if p["relevant"]]  # the silent plans come last
    uncapped = compare_question(
        many.index, _route(many, "Hur arbetar förvaltningarna med avslutssamtal?"), top=10
    )
    assert [p["administration"] for p in uncapped if p["shown"]] == relevant


def test_open_comparison_answer_quotes_the_best_and_lists_the_rest(many: Assistant) -> None:
    answer = many.ask("Hur arbetar förvaltningarna med avslutssamtal?")
    text = answer.answer
    quoted = {c.administration for c in answer.citations}
    assert quoted == {"Förvaltning C", "Förvaltning A"}
    also = next(line for line in text.split("\n\n") if line.startswith("**Nämns också i:**"))
    assert "Förvaltning D" in also and "Förvaltning E" in also and "Förvaltning C" not in also
    assert "**Förvaltning B 2025-2027:** Planen säger inget tydligt om detta." in text


def test_comparison_notes_fold_many_silent_plans_into_one_line() -> None:
    parts = [
        {"administration": f"Förvaltning {i}", "period": "2025-2027", "relevant": False, "shown": False}
        for i in range(5)
    ]
    parts[0] |= {"relevant": True, "shown": True}
    lines = comparison_notes(parts, 2)
    names = "Förvaltning 1 2025-2027, Förvaltning 2 2025-2027"
    assert lines == [f"**Inget tydligt om detta i 4 andra planer:** {names} med flera."]


@pytest.mark.parametrize(
    ("question", "side"),
    [
        (
            "Jämför hur Socialnämnden och Hässelby-Vällingby arbetar med avslutssamtal.",
            "arbetar med avslutssamtal",
        ),
        (
            "Skiljer sig Socialnämndens och Hässelby-Vällingbys arbete med att behålla personal?",
            "arbete med att behålla personal",
        ),
        (
            "Vilka yrken behöver Socialnämnden respektive Hässelby-Vällingby rekrytera?",
            "yrken behöver rekrytera",
        ),
    ],
)
def test_each_side_is_searched_without_the_comparison_frame_and_plan_names(question: str, side: str) -> None:
    assert without_frame("Jämför hur X arbetar") == "hur X arbetar"
    words = side_query(question).lower()
    assert all(word in words for word in side.split())
    assert not any(w in words for w in ("jämför", "skiljer", "respektive", "social", "hässelby"))


def test_each_compared_plan_gets_similarities_from_its_own_search(ready: Assistant) -> None:
    question = "Jämför hur Socialnämnden och Farsta arbetar med avslutssamtal."
    parts = compare_question(ready.index, _route(ready, question))
    shown = [p for p in parts if p["shown"]]
    assert shown and all(q["similarity"] is not None for p in shown for q in p["passages"])

"""The plan store's lifecycle and the LLM path for plans without activity tables."""

from __future__ import annotations

import json
from pathlib import Path

from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings
from tests.ask.test_answer import PLAN

PROSE_PLAN = """# Kompetensförsörjningsplan 2025

Skarpnäcks stadsdelsförvaltning

## Attrahera

Förvaltningen ska under 2025 erbjuda fler praktikplatser för socionomstudenter.
"""


def test_records_follow_their_plan_through_change_and_removal(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = folder / "spanga.md"
    plan.write_text(PLAN, encoding="utf-8")
    assistant = Assistant(Settings(index_dir=tmp_path / "idx", embeddings="fake"))
    assistant.ingest([folder])
    first = assistant.plan_records()
    assert [len(p.activities) for p in first] == [2]
    assert all(a.quote and a.page == 1 for a in first[0].activities)

    plan.write_text(PLAN.replace("Utbilda alla chefer", "Utbilda nya chefer"), encoding="utf-8")
    assistant.ingest([folder])
    records = assistant.plan_records()
    assert len(records) == 1 and records[0].doc_id != first[0].doc_id
    assert "Utbilda nya chefer i rekryteringsprocessen" in [a.activity for a in records[0].activities]
    assert not (tmp_path / "idx" / "plans" / f"{first[0].doc_id}.json").exists()

    assistant.remove("spanga.md")
    assert assistant.plan_records() == []
    assert list((tmp_path / "idx" / "plans").glob("*.json")) == []


def test_prose_plan_without_llm_says_no_table(tmp_path: Path) -> None:
    (tmp_path / "skarpnack.md").write_text(PROSE_PLAN, encoding="utf-8")
    assistant = Assistant(Settings(index_dir=tmp_path / "idx", embeddings="fake"))
    report = assistant.ingest([tmp_path / "skarpnack.md"])
    assert any("no activity table found" in w for w in report.files[0].warnings)
    assert assistant.plan_records()[0].activities == []


def test_prose_plan_with_llm_keeps_only_quoted_records(tmp_path: Path) -> None:
    proposals = [
        {
            "area": "Attrahera",
            "goal": None,
            "activity": "Erbjuda fler praktikplatser för socionomstudenter",
            "target_date": "2025",
            "responsible": None,
            "page": 1,
            "quote": "erbjuda fler praktikplatser för socionomstudenter",
        },
        {
            "area": "Rekrytera",
            "goal": None,
            "activity": "Anställa 40 nya socialsekreterare",
            "target_date": None,
            "responsible": "HR",
            "page": 1,
            "quote": "anställa 40 nya socialsekreterare",
        },
    ]
    (tmp_path / "skarpnack.md").write_text(PROSE_PLAN, encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "idx", embeddings="fake", llm="fake:" + json.dumps(proposals))
    assistant = Assistant(settings)
    assistant.ingest([tmp_path / "skarpnack.md"])
    records = assistant.plan_records()[0]
    assert [a.activity for a in records.activities] == ["Erbjuda fler praktikplatser för socionomstudenter"]
    activity = records.activities[0]
    assert (
        activity.source == "llm" and activity.areas == ["Attrahera"] and activity.target_end == "2025-12-31"
    )
    assert records.dropped_unquoted == 1, "the invented record's quote is not on its page"


TABLE_AND_PROSE_PLAN = """# Kompetensförsörjningsplan 2025

Farsta stadsdelsförvaltning

## Aktiviteter

| Område | Aktivitet | Måldatum | Ansvarig |
|---|---|---|---|
| Rekrytera | Utbilda alla chefer i kompetensbaserad rekrytering | 2025 | HR |

## Attrahera

Förvaltningen ska under 2025 erbjuda fler praktikplatser för socionomstudenter.
"""


def test_llm_fills_only_what_the_rules_miss(tmp_path: Path) -> None:
    proposals = [
        {  # the table's activity again, worded a little differently: not added twice
            "area": "Rekrytera",
            "activity": "Utbilda alla chefer i kompetensbaserad rekrytering.",
            "page": 1,
            "quote": "Utbilda alla chefer i kompetensbaserad rekrytering",
        },
        {  # only in the prose: added, with its quote checked
            "area": "Attrahera",
            "activity": "Erbjuda fler praktikplatser för socionomstudenter",
            "target_date": "2025",
            "page": 1,
            "quote": "erbjuda fler praktikplatser för socionomstudenter",
        },
    ]
    (tmp_path / "farsta.md").write_text(TABLE_AND_PROSE_PLAN, encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "idx", embeddings="fake", llm="fake:" + json.dumps(proposals))
    Assistant(settings).ingest([tmp_path / "farsta.md"])
    records = Assistant(settings).plan_records()[0]
    assert [(a.activity, a.source) for a in records.activities] == [
        ("Utbilda alla chefer i kompetensbaserad rekrytering", "table"),
        ("Erbjuda fler praktikplatser för socionomstudenter", "llm"),
    ]
    assert any("1 activities the rules missed added from the LLM" in w for w in records.warnings)

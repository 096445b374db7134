"""The LLM side of prose extraction: the prompt keeps pages as data; replies are parsed defensively."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.llm import make_chat_model
from kfp_assistant.extract import prose
from kfp_assistant.extract.prose import extract_activities_from_prose, parse_activity_json
from tests.ask.test_llm import INJECTION
from tests.fake_openai_server import running_server

ACTIVITY_JSON = (
    '[{"area": "Rekrytera", "goal": null, "activity": "Kompetensbaserad rekrytering", '
    '"target_date": "2025", "responsible": "HR", "page": 4, '
    '"quote": "Vi använder kompetensbaserad rekrytering"}]'
)


@pytest.mark.parametrize(
    "reply",
    [
        ACTIVITY_JSON,
        f"Här är listan:\n```json\n{ACTIVITY_JSON}\n```\nHoppas det hjälper.",
        f'{{"activities": {ACTIVITY_JSON}}}',
        f"Resultat [ej klart] ... {ACTIVITY_JSON}",
    ],
)
def test_parse_activity_json_is_robust(reply: str) -> None:
    rows = parse_activity_json(reply)
    assert len(rows) == 1
    assert rows[0]["activity"] == "Kompetensbaserad rekrytering"
    assert rows[0]["page"] == 4 and rows[0]["goal"] is None and rows[0]["responsible"] == "HR"


def test_parse_activity_json_drops_bad_items() -> None:
    reply = (
        '[{"activity": ""}, "text", {"activity": "Mentorskap", "page": "sid 99"},'
        ' {"activity": "X", "page": "3"}]'
    )
    rows = parse_activity_json(reply, valid_pages={3, 4})
    assert [(r["activity"], r["page"]) for r in rows] == [("Mentorskap", None), ("X", 3)]
    assert parse_activity_json("Inga aktiviteter hittades.") == []


def test_extract_activities_from_prose_batches_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prose, "_BATCH_CHARS", 30)
    model = make_chat_model(f"fake:{ACTIVITY_JSON}||[]")
    assert model is not None
    pages = [
        (4, "Vi använder kompetensbaserad rekrytering."),
        (5, "Avdelningen för äldreomsorg beskriver mål."),
    ]
    rows = extract_activities_from_prose(model, pages, {"administration": "Trafiknämnden", "period": "2024"})
    assert len(rows) == 1 and rows[0]["page"] == 4


def test_extraction_prompt_contains_pages_as_data() -> None:
    with running_server(["[]"]) as server:
        model = make_chat_model("openai:test-model", base_url=server.base_url, api_key="x")
        assert model is not None
        extract_activities_from_prose(
            model, [(2, f"Text. {INJECTION}")], {"administration": "A", "period": "2025"}
        )
    messages = server.requests[0]["messages"]
    assert "DATA" in messages[0]["content"] and "JSON" in messages[0]["content"]
    assert '<sida n="2">' in messages[1]["content"] and INJECTION in messages[1]["content"]

"""The hand-written evaluation sets hold together: each passage is in its plan, each fact in its passages."""

from __future__ import annotations

from tests.modules import load_file


def test_every_eval_set_passes_its_checks() -> None:
    assert load_file("eval/check_eval_data.py").main() == 0


def test_a_blind_item_with_a_changed_passage_or_a_missing_fact_fails() -> None:
    checker = load_file("eval/check_eval_data.py")
    sources = checker.load_sources()
    item = {
        "id": "X001",
        "question": "Hur många jobbar där?",
        "type": "figure",
        "lang": "sv",
        "history": [],
        "answerable": True,
        "required_facts": ["963"],
        "sources": [
            {"file": "socialnamnden-2024-2026.pdf", "passage": "Socialnämnden hade 963 tillsvidareanställda"}
        ],
        "administrations": ["Socialnämnden"],
        "note": "",
    }
    errors: list[str] = []
    checker.check_blind_item("X001", item, sources, errors)
    assert errors == []
    broken = dict(
        item,
        required_facts=["1016"],
        sources=[{"file": item["sources"][0]["file"], "passage": "Socialnämnden hade 964 anställda"}],
    )
    checker.check_blind_item("X001", broken, sources, errors)
    assert len(errors) == 2

"""The hand-written evaluation sets hold together: each passage is in its plan, each fact in its passages."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

CHECKER = Path(__file__).resolve().parents[2] / "eval" / "check_eval_data.py"


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_eval_data", CHECKER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_eval_set_passes_its_checks() -> None:
    assert _checker().main() == 0


def test_a_blind_item_with_a_changed_passage_or_a_missing_fact_fails() -> None:
    checker = _checker()
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

"""The synthetic corpus of `kfp bench` and `kfp eval retrieval --near-copies`."""

from __future__ import annotations

import json
from pathlib import Path

from kfp_assistant.evals.bench import make_corpus, near_copies_index
from kfp_assistant.evals.retrieval import evaluate_retrieval, format_retrieval_report
from kfp_assistant.settings import Settings
from tests.conftest import PLAN_A


def test_make_corpus_is_deterministic_and_renames_the_administration(tmp_path: Path) -> None:
    source = tmp_path / "src" / "plan.md"
    source.parent.mkdir()
    source.write_text(PLAN_A, encoding="utf-8")
    first = make_corpus([source], 3, tmp_path / "a")
    second = make_corpus([source], 3, tmp_path / "b")
    assert [p.read_text() for p in first] == [p.read_text() for p in second]
    manifest = (tmp_path / "a" / "manifest.csv").read_text(encoding="utf-8").splitlines()
    assert len(manifest) == 4
    names = {row.split(";")[1] for row in manifest[1:]}
    assert len(names) >= 2 and not any("Rinkeby" in n for n in names)


def test_near_copies_index_holds_the_plans_and_their_copies(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "src" / "rinkeby.md"
    source.parent.mkdir()
    source.write_text(PLAN_A, encoding="utf-8")
    assistant = near_copies_index(settings, [source], 2, tmp_path / "work")
    docs = assistant.index.documents()
    assert len(docs) == 3
    assert sum(1 for d in docs if d.administration and "Rinkeby" in d.administration) == 1
    questions = tmp_path / "q.jsonl"
    question = {
        "id": "q1",
        "question": "Erbjuds avslutssamtal i Rinkeby-Kista?",
        "file": "rinkeby.md",
        "passage": "Alla medarbetare erbjuds avslutssamtal",
    }
    questions.write_text(json.dumps(question, ensure_ascii=False) + "\n", encoding="utf-8")
    report = evaluate_retrieval(assistant, questions, baseline=False)
    assert report["plans"] == 3 and "baseline" not in report
    assert report["hybrid"]["recall@5"] == 1.0
    assert "3 plans" in format_retrieval_report(report)

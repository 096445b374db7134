"""The real e5 model chooses an explanation's sentence by meaning (ask/meaning.py), on a made-up plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings

_PLAN = """# Kompetensförsörjningsplan 2026-2028

Ekeby stadsdelsförvaltning

## Schemaläggning

Det nya schemasystemet införs under hösten i alla enheter. Inför starten av det nya schemasystemet
utbildas samtliga schemaläggare. Lokalerna renoveras under våren och flera enheter flyttar tillfälligt.

Förvaltningen deltar i stadens nätverk för arbetsgivarfrågor. Med schemasystemet förväntas
medarbetarna få mer inflytande över sina arbetstider och färre sena ändringar.
"""
_EFFECT = "förväntas medarbetarna få mer inflytande"


@pytest.mark.model
def test_e5_shows_what_a_change_is_expected_to_bring(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "ekeby.md").write_text(_PLAN, encoding="utf-8")
    assistant = Assistant(Settings(index_dir=tmp_path / "index", embeddings="e5", lock_timeout=5))
    assert assistant.ingest([folder]).sentences == 0  # left to the app or to the question
    embedded = assistant.index.passages.embedded
    # By words, the sentences repeating "nya schemasystemet" lead and fill the answer; the one saying
    # what it brings is nearest in meaning.
    question = "Vad blir effekten av det nya schemasystemet?"
    cold = assistant.ask(question)
    assert not cold.not_found and _EFFECT in cold.answer.replace("\n", " ")
    assert assistant.index.passages.embedded > embedded, "the question embedded the sentences it needs"
    # Filled ahead (as the app does in the background), the same answer comes from the cache.
    warm = Assistant(Settings(index_dir=tmp_path / "index", embeddings="e5", lock_timeout=5))
    warm.ingest([folder], sentences=True)
    embedded = warm.index.passages.embedded
    assert warm.ask(question).answer == cold.answer
    assert warm.index.passages.embedded == embedded, "the sentences were in the cache"

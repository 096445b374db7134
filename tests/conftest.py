"""Shared fixtures: settings on a temporary index folder with the fake embedding model."""

from __future__ import annotations

from pathlib import Path

import pytest

from kfp_assistant.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a throwaway index, built the way users build them (KFP_* values)."""
    return Settings(
        index_dir=tmp_path / "index", embeddings="fake", corpus_dir=tmp_path / "docs", lock_timeout=5
    )


@pytest.fixture
def assistant(settings: Settings):  # type: ignore[no-untyped-def]
    from kfp_assistant.assistant import Assistant

    return Assistant(settings)


PLAN_A = """# Kompetensförsörjningsplan 2025-2027

Rinkeby-Kista stadsdelsförvaltning

## Nulägesanalys

Förvaltningen har 1 200 tillsvidareanställda. Personalomsättningen var 9,5 % under 2024.

## Avsluta

Alla medarbetare erbjuds avslutssamtal med närmaste chef när de slutar.
"""

PLAN_B = """# Kompetensförsörjningsplan 2024-2026

Trafikkontoret

## Nulägesanalys

Kontoret har 450 anställda. Sjukfrånvaron var 4,1 procent.

## Rekrytera

Vi använder kompetensbaserad rekrytering och annonserar alla tjänster på heltid.
"""


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    """Two small plans as markdown files."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "rinkeby.md").write_text(PLAN_A, encoding="utf-8")
    (folder / "trafik.md").write_text(PLAN_B, encoding="utf-8")
    return folder

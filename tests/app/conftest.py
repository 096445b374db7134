"""Plans and an indexed assistant (fake embeddings) shared by the app's tests."""

from __future__ import annotations

import pytest

from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings

PLAN_2024 = """# Kompetensförsörjningsplan 2024-2026

Socialnämnden

## Nulägesanalys

Nämnden har 900 tillsvidareanställda. Personalomsättningen var 8,2 % under 2023.

## Aktiviteter

| Område | Mål | Aktivitet | Måldatum | Ansvarig |
| --- | --- | --- | --- | --- |
| Behålla | Minskad personalomsättning | Genomför stayintervjuer med handläggare | 2024-12-31 | Enhetschef |
| Rekrytera | Fler sökande | Annonsera alla tjänster på heltid | 2025 | HR-avdelningen |
"""

PLAN_2025 = """# Kompetensförsörjningsplan 2025-2027

Socialnämnden

## Nulägesanalys

Nämnden har 950 tillsvidareanställda. Personalomsättningen var 7,3 % under 2024.

## Avsluta

Alla medarbetare erbjuds avslutssamtal med närmaste chef när de slutar.

## Aktiviteter

| Område | Mål | Aktivitet | Måldatum | Ansvarig |
| --- | --- | --- | --- | --- |
| Behålla | Friskare arbetsplatser | Utveckla friskfaktorer på alla enheter | 2025-2027 | Avdelningschef |
| Utveckla | Digital kompetens | Erbjud utbildning i digitala verktyg | 2026 | HR-avdelningen |
| Avsluta | Lära av avslut | Erbjud avslutssamtal till alla som slutar | 2025 | Enhetschef |
"""

# A plan without an activity table, and with markup in its text that must never render.
PLAN_PROSE = """# Kompetensförsörjningsplan 2025

Trafiknämnden

## Nulägesanalys

Personalomsättningen var 9,9 % under 2024. ![spår](http://evil.example/pixel.png)
<img src="http://evil.example/i.png"> <a href="http://evil.example/">klicka</a>

## Kompetensbehov

- Fler trafikplanerare
- Projektledare med erfarenhet av stora investeringar <b>nu</b>
"""


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """Three plans indexed once per test module: two Socialnämnden versions and a prose plan."""
    root = tmp_path_factory.mktemp("app")
    docs = root / "docs"
    docs.mkdir()
    (docs / "social-2024.md").write_text(PLAN_2024, encoding="utf-8")
    (docs / "social-2025.md").write_text(PLAN_2025, encoding="utf-8")
    (docs / "trafik-2025.md").write_text(PLAN_PROSE, encoding="utf-8")
    assistant = Assistant(Settings(index_dir=root / "index", embeddings="fake", lock_timeout=5))
    report = assistant.ingest([docs])
    assert [f.status for f in report.files] == ["ok", "ok", "ok"], report
    return assistant

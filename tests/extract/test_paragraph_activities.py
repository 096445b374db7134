"""Activities written as prose paragraphs under UBARA area headings (source "prose")."""

from __future__ import annotations

from pathlib import Path

from kfp_assistant.extract.activities import extract_activities
from kfp_assistant.extract.dates import target_end
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.schema import PlanMeta
from kfp_assistant.sv.responsible import split_responsible

META = PlanMeta(administration="Kulturförvaltningen", period="2025-2026")

PLAN = """# Kompetensförsörjningsplan 2025-2026

## Bakgrund

Förvaltningen ska vara en attraktiv arbetsgivare. Ansvarig är hela ledningen.

## Åtgärder

### Utveckla

Biblioteken står inför en snabb digital omställning.

Under 2025 kommer förvaltningen att ge alla bibliotekarier en kurs i digital vägledning.
Ansvarig är bibliotekschefen och kursen ska vara klar senast i oktober 2025.

Tre tekniker ska gå en utbildning i ljud- och ljusteknik.
Teaterchefen ansvarar för satsningen, som pågår till och med 2026.
Satsningen följs upp i medarbetarsamtalen.

### Rekrytera

När någon slutar ska rollen ses över innan den tillsätts igen.

Vi planerar att annonsera gemensamt med grannkommunerna.
Ansvariga är kultur- och fritidschefen och HR-partnern, och arbetet ska vara
igång under våren 2026.

Förvaltningen kommer att erbjuda praktikplatser till studenter.
Ansvarig är personalchefen med stöd av kommunikatören
och arbetet pågår under hela planperioden.
"""


def _activities(tmp_path: Path, text: str = PLAN):  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    return extract_activities(load_document(path), META)[0]


def test_each_sentence_that_names_a_task_under_an_area_heading_is_an_activity(tmp_path: Path) -> None:
    acts = _activities(tmp_path)
    assert [(a.area, a.activity[:40], a.source) for a in acts] == [
        ("Utveckla", "Under 2025 kommer förvaltningen att ge a", "prose"),
        ("Utveckla", "Tre tekniker ska gå en utbildning i ljud", "prose"),
        ("Rekrytera", "Vi planerar att annonsera gemensamt med ", "prose"),
        ("Rekrytera", "Förvaltningen kommer att erbjuda praktik", "prose"),
    ]  # background sentences without a responsible party, and text outside area headings, are not


def test_responsible_and_date_come_from_the_next_sentence(tmp_path: Path) -> None:
    acts = _activities(tmp_path)
    assert [(a.responsible, a.target_date, a.target_end) for a in acts] == [
        ("bibliotekschefen", "oktober 2025", "2025-10-31"),  # the completion, not "Under 2025"
        ("Teaterchefen", "2026", "2026-12-31"),
        ("kultur- och fritidschefen och HR-partnern", "våren 2026", "2026-06-30"),
        ("personalchefen med stöd av kommunikatören", "under hela planperioden", "2026-12-31"),
    ]
    assert acts[1].followup == "Satsningen följs upp i medarbetarsamtalen"
    assert acts[2].responsible_list == ["kultur- och fritidschefen", "HR-partnern"]
    assert acts[3].responsible_list == ["personalchefen", "kommunikatören"]
    assert all(a.quote and a.quote in a.activity for a in acts)


def test_a_paragraph_without_a_responsible_party_gives_nothing(tmp_path: Path) -> None:
    text = "# Plan 2025\n\n## Behålla\n\nVi ska införa friskvårdstimme för alla. Det blir bra.\n"
    assert _activities(tmp_path, text) == []


def test_seasons_and_shared_compound_parts() -> None:
    assert (target_end("hösten 2025"), target_end("vårterminen 2026"), target_end("sommaren 2026")) == (
        "2025-12-31",
        "2026-06-30",
        "2026-08-31",
    )
    assert split_responsible("plan- och byggchef samt HR") == ["plan- och byggchef", "HR"]
    assert split_responsible("AC - EC, HR") == ["AC", "EC", "HR"]

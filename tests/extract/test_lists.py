"""Activities written as list items with labelled fields (source "list")."""

from __future__ import annotations

from pathlib import Path

from kfp_assistant.extract.activities import NO_TABLE_WARNING, extract_activities
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.schema import PlanMeta

META = PlanMeta(administration="Farsta stadsdelsförvaltning", period="2025-2027")

PLAN = """# Kompetensförsörjningsplan 2025-2027

## Kompetensbehov

- Fler legitimerade sjuksköterskor
- Chefer med erfarenhet av förändringsledning

## Aktiviteter

### Utveckla

Mål: Alla undersköterskor har yrkestitel senast 2027.

1. Validering för undersköterskor som saknar yrkesbevis
Ansvar: Enhetschefer och vuxenutbildningen Tidplan: 2025–2027 Uppföljning: Antal validerade

2. Språkombud på varje enhet
Ansvar: Verksamhetsutvecklare
När: Start HT 2025
Klart: 2026-06-30

### Fler insatser

- Attrahera – Vi deltar i arbetsmarknadsdagar. Ansvar: HR och kommunikatör, löpande.
- Behålla – Friskvårdstimme för personal i skift. Ansvar: HR-chef, klart senast Q1 2025.

## Uppföljning av föregående plan

- Digital introduktion för nyanställda
Status: Genomförd under 2024
"""


def _activities(tmp_path: Path, text: str = PLAN):  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    return extract_activities(load_document(path), META)


def test_items_with_labelled_lines_become_activities(tmp_path: Path) -> None:
    acts, warnings = _activities(tmp_path)
    assert warnings == []
    first, second = acts[0], acts[1]
    assert (first.activity, first.source, first.area, first.goal) == (
        "Validering för undersköterskor som saknar yrkesbevis",
        "list",
        "Utveckla",
        "Alla undersköterskor har yrkestitel senast 2027.",
    )
    assert (first.responsible_list, first.target_date, first.followup) == (
        ["Enhetschefer", "vuxenutbildningen"],
        "2025–2027",
        "Antal validerade",
    )
    assert (second.target_date, second.target_end) == ("2026-06-30", "2026-06-30")  # completion over start
    assert all(a.quote in a.activity or a.activity.startswith(a.quote) for a in acts)


def test_inline_fields_and_area_lead_in(tmp_path: Path) -> None:
    acts, _ = _activities(tmp_path)
    inline = [a for a in acts if a.area in ("Attrahera", "Behålla")]
    assert [(a.activity, a.responsible, a.target_date) for a in inline] == [
        ("Vi deltar i arbetsmarknadsdagar.", "HR och kommunikatör", "löpande"),
        ("Friskvårdstimme för personal i skift.", "HR-chef", "Q1 2025"),
    ]


def test_items_without_fields_are_not_activities_and_followups_are_marked(tmp_path: Path) -> None:
    acts, _ = _activities(tmp_path)
    assert not [a for a in acts if "sjuksköterskor" in a.activity]  # a gap list, no labelled fields
    (followup,) = [a for a in acts if a.table == "followup"]
    assert followup.activity == "Digital introduktion för nyanställda"
    assert followup.followup == "Genomförd under 2024"


def test_plan_with_neither_table_nor_labelled_list_warns(tmp_path: Path) -> None:
    acts, warnings = _activities(tmp_path, "# Plan\n\n- Fler sjuksköterskor\n\nVi ska utbilda chefer.\n")
    assert acts == [] and any(NO_TABLE_WARNING in w for w in warnings)


def test_items_ending_in_a_status_in_brackets_are_followups(tmp_path: Path) -> None:
    text = """# Plan 2026

## Vad hände med förra årets aktiviteter

- Utveckla – Alla chefer har gått en kurs i samtalsteknik (Genomförd).
- Rekrytera – En ny karriärsida byggs (Pågår)
- Mentorprogram för nya medarbetare (Ej påbörjad).
- Fler sökande till förskolan (vi vet inte varför)
"""
    acts, _ = _activities(tmp_path, text)
    assert [(a.table, a.area, a.activity, a.followup) for a in acts] == [
        ("followup", "Utveckla", "Alla chefer har gått en kurs i samtalsteknik", "Genomförd"),
        ("followup", "Rekrytera", "En ny karriärsida byggs", "Pågår"),
        ("followup", None, "Mentorprogram för nya medarbetare", "Ej påbörjad"),
    ]  # brackets that hold no status are no follow-up


def test_numbered_paragraphs_with_a_line_of_fields_set_apart_by_bars_and_the_area_in_brackets(
    tmp_path: Path,
) -> None:
    text = """# Plan 2026

## Delmål B: Fler stannar längre i yrket

2.1 Mentorskap för alla nyanställda sjuksköterskor (Introducera)

Ansvarig: Vårdenhetschef | Tidplan: VT 2026 | Mått: Andel med mentor

2.2 Gemensamma jobbmässor med grannkommunerna [Attrahera/Rekrytera]

Vem: HR-enheten · Senast: 2026-09-30

Planen gäller hela förvaltningen.

Ansvar: HR-direktören

En medarbetarenkät görs varje höst.

Ansvar: HR-enheten | Klart: Q4 2026
"""
    acts, _ = _activities(tmp_path, text)
    assert [
        (a.activity, a.area, a.areas, a.goal, a.responsible, a.target_date, a.followup) for a in acts
    ] == [
        (
            "Mentorskap för alla nyanställda sjuksköterskor",
            "Introducera",
            ["Introducera"],
            "Fler stannar längre i yrket",
            "Vårdenhetschef",
            "VT 2026",
            "Andel med mentor",
        ),
        (
            "Gemensamma jobbmässor med grannkommunerna",
            "Attrahera/Rekrytera",
            ["Attrahera", "Rekrytera"],
            "Fler stannar längre i yrket",
            "HR-enheten",
            "2026-09-30",
            None,
        ),
        # a paragraph without a number is an activity only when its lines say both who and when
        (
            "En medarbetarenkät görs varje höst.",
            None,
            [],
            "Fler stannar längre i yrket",
            "HR-enheten",
            "Q4 2026",
            None,
        ),
    ]


def test_numbered_paragraphs_with_their_fields_inline(tmp_path: Path) -> None:
    text = """# Plan 2026

## Insatser

3.1 Fadder till alla nya undersköterskor (Introducera) Ansvar: Enhetschef | Klart: Q2 2026

3.2 Chefsforum varje kvartal. Vem: Förvaltningsdirektören

Förvaltningen har 400 anställda. Ansvarig för planen: HR-enheten
"""
    acts, _ = _activities(tmp_path, text)
    assert [(a.activity, a.area, a.responsible, a.target_date) for a in acts] == [
        ("Fadder till alla nya undersköterskor", "Introducera", "Enhetschef", "Q2 2026"),
        ("Chefsforum varje kvartal.", None, "Förvaltningsdirektören", None),
    ]

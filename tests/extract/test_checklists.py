"""Activities written as checklist lines or lines closing with their fields in parentheses, under
headings naming an area in other words; risks listed under a risk analysis are needs (made-up plan)."""

from __future__ import annotations

from pathlib import Path

from kfp_assistant.extract.activities import extract_activities
from kfp_assistant.extract.gaps import extract_gaps
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.schema import PlanMeta
from tests.extract.test_gaps import block, doc

META = PlanMeta(administration="Ekby Energi AB", period="2026")

PLAN = """# Personalplan 2026

## Aktivitetsplan

### Att behålla medarbetare

Mål: Färre slutar under första året.

- ☐ Karriärsteg för montörer (Ansvar: Elnätschef, Q2 2026)
- ☐ Översyn av jourersättningen (Ansvar: VD/HR-chef, Q3 2026)

### Onboarding

Välkomstbrev och fadder till alla nyanställda (Ansvar: HR, Löpande)

### När medarbetare slutar

Avslutssamtal med alla som slutar (Ansvar: Närmaste chef, 2026-12-31)

### Om planen

Planen gäller 2026 (se bilaga 2).
"""


def test_checklist_and_parenthesised_lines_become_activities(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    acts, _ = extract_activities(load_document(path), META)
    got = [(a.activity, a.areas, a.responsible, a.target_date) for a in acts]
    assert got == [
        ("Karriärsteg för montörer", ["Behålla"], "Elnätschef", "Q2 2026"),
        ("Översyn av jourersättningen", ["Behålla"], "VD/HR-chef", "Q3 2026"),
        ("Välkomstbrev och fadder till alla nyanställda", ["Introducera"], "HR", "Löpande"),
        ("Avslutssamtal med alla som slutar", ["Avsluta"], "Närmaste chef", "2026-12-31"),
    ]
    assert acts[0].goal == "Färre slutar under första året."


def test_risks_listed_under_a_risk_analysis_are_needs() -> None:
    d = doc(
        block("heading", "Riskanalys", 1),
        block("paragraph", "Riskerna nedan är rangordnade."),
        block("list_item", "1. Pensionsavgångar bland montörer."),
        block("list_item", "2. Brist på elnätsingenjörer."),
        block("paragraph", "Riskerna möts av aktiviteterna nedan."),
        block("list_item", "Inget behov"),
    )
    assert [g.text for g in extract_gaps(d, META)] == [
        "Pensionsavgångar bland montörer.",
        "Brist på elnätsingenjörer.",
    ]

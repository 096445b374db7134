"""Area cells written in a legend's letters ("U/B", "Av") and area words of HR language ("Onboarding")
name their UBARA areas; plans stored before that are read with their areas filled in."""

from __future__ import annotations

from pathlib import Path

from kfp_assistant.schema import Activity, PlanRecords
from kfp_assistant.store.plans import PlanStore
from kfp_assistant.sv.areas import areas_in


def test_area_letters_and_hr_words_name_areas() -> None:
    assert areas_in("U/B") == ["Utveckla", "Behålla"]
    assert areas_in("Av") == ["Avsluta"] and areas_in("A/R") == ["Attrahera", "Rekrytera"]
    assert areas_in("Onboarding") == ["Introducera"] and areas_in("Employer branding") == ["Attrahera"]
    for cell in ("IT", "Avdelningschef", "a", "U-båt", ""):
        assert areas_in(cell) == [], cell


def test_cut_short_area_words_name_their_areas() -> None:
    """A narrow area column's abbreviations ("Utv", "Attr/Rekr", "Intro."), never a compound's start."""
    assert areas_in("Utv") == ["Utveckla"] and areas_in("Beh.") == ["Behålla"]
    assert areas_in("Attr/Rekr") == ["Attrahera", "Rekrytera"] and areas_in("Intro") == ["Introducera"]
    assert areas_in("Avsl") == ["Avsluta"]
    for cell in ("Komp", "Ut", "Utb", "Arb", "Ledn"):
        assert areas_in(cell) == [], cell


def test_stored_activities_without_areas_get_them_from_their_area_cell(tmp_path: Path) -> None:
    row = Activity(
        file="p.pdf", doc_id="p", administration="X", period="2026", table="plan", area="Av/B", goal=None,
        activity="Överlappande bemanning före pension", target_date="2028", responsible="HR", page=4,
        quote="Överlappande bemanning före pension",
    )  # fmt: skip
    PlanStore(tmp_path).put(PlanRecords(doc_id="p", file="p.pdf", activities=[row]))
    stored = PlanStore(tmp_path).get("p")
    assert stored is not None and stored.activities[0].areas == ["Behålla", "Avsluta"]


def test_a_field_under_an_unknown_header_holding_only_areas_is_the_area(tmp_path: Path) -> None:
    def row(extra: dict[str, str]) -> Activity:
        return Activity(
            file="p.pdf", doc_id="p", administration="X", period="2026", table="plan", area=None, goal=None,
            activity="Mentorskap för nya handläggare", target_date="2027", responsible="HR", page=2,
            quote="Mentorskap för nya handläggare", extra=extra,
        )  # fmt: skip

    rows = [row({"Fas": "Introducera och utveckla"}), row({"Kommentar": "Behålla erfarna medarbetare"})]
    PlanStore(tmp_path).put(PlanRecords(doc_id="p", file="p.pdf", activities=rows))
    stored = PlanStore(tmp_path).get("p")
    assert stored is not None
    assert stored.activities[0].area == "Introducera och utveckla"
    assert stored.activities[0].areas == ["Utveckla", "Introducera"]
    assert stored.activities[1].area is None and stored.activities[1].areas == []

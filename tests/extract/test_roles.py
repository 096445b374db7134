"""Column roles by meaning: HR header words, compound heads, question words, e5 for the rest."""

from __future__ import annotations

import pytest

from kfp_assistant.extract.roles import HeaderRoles, role_by_words
from kfp_assistant.extract.tables import map_header
from kfp_assistant.store.embeddings import make_embeddings


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Åtgärd", "activity"),
        ("Insatser", "activity"),
        ("Syfte", "goal"),
        ("Behov/kompetensgap", "goal"),
        ("Vad ska vi uppnå?", "goal"),
        ("Tidplan", "date"),
        ("Klart senast", "date"),
        ("Måldatum", "date"),  # the head of the compound decides: a date, not a goal
        ("Deadline", "date"),
        ("Ansvarig funktion", "responsible"),
        ("Ägare", "responsible"),
        ("Aktivitetsansvarig", "responsible"),
        ("Insatsområde", "area"),
        ("Uppföljning/kommentar", "followup"),
        ("Indikator", "kpi"),
        ("Vad", "activity"),
        ("Varför", "goal"),
        ("Vem", "responsible"),
        ("När", "date"),
        ("Budget", None),
        ("Yrkesgrupp", None),
        # Headers written as questions or "how we ..." lines, and words that start like a role.
        ("Vad ska göras?", "activity"),
        ("Hur arbetar vi?", "activity"),
        ("Hur följer vi upp?", "followup"),
        ("Så mäter vi effekten", "followup"),
        ("Uppföljs av", "followup"),
        ("Därför gör vi det", "goal"),
        ("Vem gör det?", "responsible"),
        ("Senast", "date"),
        ("Fokus", "area"),
        ("Målgrupp", None),  # who takes part, not a goal
        ("Nr", None),
        ("Omr.", "area"),  # a narrow column's abbreviations
        ("Ansv.", "responsible"),
    ],
)
def test_role_words(header: str, role: str | None) -> None:
    assert role_by_words(header) == role


def test_unknown_headers_are_kept_as_extra_fields_and_years_only_in_named_headers() -> None:
    roles = HeaderRoles()
    found, extra = map_header(["Aktivitet 2024", "Status", "Budget"], roles) or ({}, {})
    assert found == {"activity": 0, "followup": 1} and extra == {"Budget": 2}
    assert map_header(["Ta fram en plan", "2025-12-31", "HR"], roles) is None  # a data row
    assert map_header(["Yrkesgrupp eller kompetens", "Bedömt gap", "Kommentar"], roles) is None


@pytest.mark.model
def test_e5_reads_headers_the_words_miss_and_never_invents_an_activity_column() -> None:
    roles = HeaderRoles(make_embeddings("e5"))
    assert roles.role_of("Genomförs när") == "date"
    assert roles.role_of("Hur följs det upp") == "followup"
    assert roles.role_of("Ansvarsfördelning") == "responsible"
    for header in ("Budget", "Kostnad", "Beskrivning", "Kommun", "Yrkesgrupp"):
        assert roles.role_of(header) is None, header
    found, extra = map_header(["Åtgärd", "Genomförs när", "Kostnad"], roles) or ({}, {})
    assert found == {"activity": 0, "date": 1} and extra == {"Kostnad": 2}
    assert map_header(["Genomförande", "Genomförs när"], roles) is None  # no activity column by words

"""Where a gap is largest, from a table rating or scoring each row's gap (made-up tables)."""

from __future__ import annotations

from kfp_assistant.ask.gap_ranks import answer_from_gap_sizes
from kfp_assistant.ask.router import route
from kfp_assistant.schema import PlanRecords
from kfp_assistant.sv.assessments import gap_size, gap_size_asked
from tests.ask.test_cells import catalog, plan, table

LEVELS = table(
    [
        ["Område", "Nuvarande nivå", "Önskad nivå 2027", "Glapp"],
        ["Ekonomistyrning", "2", "4", "Stort"],
        ["Arkivering", "3", "3", "Inget"],
        ["Säkerhetsskydd", "1", "3", "Stort"],
        ["Projektledning", "2", "3", "Litet"],
    ],
    "Kompetensnivåer per område",
)
SCORES_ONLY = table(
    [
        ["Kompetens", "Idag (1-5)", "Krav (1-5)"],
        ["Teckenspråk", "1", "4"],
        ["Läkemedelshantering", "3", "4"],
        ["Journalföring", "4", "4"],
    ],
    "Skattning",
)
DIFFICULTY = table(
    [["Yrkesgrupp", "Anställda", "Svårighet (1-5)"], ["Kock", "12", "2"], ["Lärare", "40", "5"]],
    "Rekryteringsläge",
)


def ask(question: str, plans: list[PlanRecords]) -> str | None:
    answer = answer_from_gap_sizes(route(question, catalog(plans)), plans)
    return None if answer is None else answer.text


def test_the_words_asking_where_a_gap_is_largest_or_smallest() -> None:
    assert gap_size_asked("Inom vilka områden är glappet störst?") is False
    assert gap_size_asked("vilka kompetenser har störst brist") is False
    assert gap_size_asked("Where are the biggest gaps?") is False
    assert gap_size_asked("Var är kompetensgapet minst?") is True
    assert gap_size_asked("Vilka kompetensgap finns?") is None
    assert gap_size_asked("Vilken yrkesgrupp är störst?") is None


def test_a_gap_rating_reads_as_a_size() -> None:
    assert gap_size("Mycket stort") == 4 and gap_size("Stort") == 3 and gap_size("Måttligt") == 2
    assert gap_size("låg") == 1 and gap_size("Inget") == 0 and gap_size("●●○") == 2
    assert gap_size("Hög omsättning bland nyanställda") is None


def test_the_rows_rated_largest_come_first_all_ties_named_each_row_cited() -> None:
    text = ask("Inom vilka områden är glappet störst?", [plan("a", LEVELS)])
    assert text is not None
    assert "**Ekonomistyrning och Säkerhetsskydd**" in text
    assert text.index("- Säkerhetsskydd") < text.index("- Projektledning") < text.index("- Arkivering")
    assert "Glapp: Stort (Nuvarande nivå 2, Önskad nivå 2027 4)" in text


def test_without_a_gap_column_the_needed_level_minus_the_level_now_ranks() -> None:
    text = ask("Vilken kompetens har störst gap?", [plan("a", SCORES_ONLY)])
    assert text is not None and "**Teckenspråk**" in text
    smallest = ask("Var är gapet minst?", [plan("a", SCORES_ONLY)])
    assert smallest is not None and "Minst gap: **Journalföring**" in smallest


def test_a_table_rating_how_hard_recruiting_is_is_no_gap_table() -> None:
    assert ask("Var är bristen störst?", [plan("a", DIFFICULTY)]) is None
    assert ask("Vilka kompetenser finns i planen?", [plan("a", LEVELS)]) is None


def test_a_row_numbered_by_its_label_is_named_by_its_need() -> None:
    numbered = table(
        [
            ["Nr", "Kompetensområde", "Bedömt gap"],
            ["1", "Upphandling av konsulttjänster", "Medel"],
            ["2", "Skyfallsmodellering", "Mycket stort"],
        ],
        "Gap",
    )
    text = ask("Var är bristerna störst?", [plan("a", numbered)])
    assert text is not None and "Störst gap: **Skyfallsmodellering**" in text

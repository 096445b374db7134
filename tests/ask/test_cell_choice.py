"""Which table answers when a plan states an occupation's count in two: the table of all staff over a
table of a group (an age band, a gender) the question does not ask; a row label with a bracketed
specification named by its own words; a total column marked with a footnote. Made-up tables."""

from __future__ import annotations

from kfp_assistant.ask.cell_labels import read_label
from tests.ask.test_cells import ask, plan, table

# The staff table: a total column with a footnote mark, a row label with a bracketed specification.
STAFF = table(
    [
        ["Befattning", "Tillsvidare", "Visstid", "Totalt²"],
        ["Mekaniker (fordon, maskin)", "40", "5", "45"],
        ["Skogsvårdare", "22", "3", "25"],
        ["Kontorspersonal", "30", "2", "32"],
    ],
    "Tabell 2. Anställda per befattning och anställningsform, 30 november 2025",
    index=0,
)
# The same occupations in an appendix table of a group: staff aged 55 or more.
OLDER = table(
    [
        ["Befattning", "Antal"],
        ["Mekaniker (fordon, maskin)", "9"],
        ["Skogsvårdare", "4"],
    ],
    "Tabell C1. Anställda 55 år och äldre per befattning",
    index=1,
    page=9,
)


def test_a_footnote_mark_and_a_table_number_say_nothing_of_what_a_label_names() -> None:
    assert read_label("Totalt²").total and not read_label("Totalt²").words
    assert read_label("Andel, %*").words == read_label("Andel, %").words
    caption = read_label("Tabell C1. Anställda 55 år och äldre per befattning")
    assert "c1" not in caption.words and caption.ages


def test_a_bracketed_specification_leaves_the_row_named_by_its_own_words() -> None:
    plans = [plan("a", STAFF)]
    answer = ask("Hur många mekaniker finns i Skarpnäck?", plans) or ""
    assert "45" in answer and "Tillsvidare" not in answer  # the total column, its mark aside
    assert ask("Hur många elektriker finns i Skarpnäck?", plans) is None


def test_the_table_of_all_staff_answers_over_a_table_of_a_group_not_asked() -> None:
    plans = [plan("a", [*STAFF, *OLDER])]
    answer = ask("Hur många mekaniker har Skarpnäck?", plans) or ""
    assert "45" in answer and ": 9" not in answer
    older = ask("Hur många skogsvårdare är 55 år eller äldre i Skarpnäck?", plans) or ""
    assert "Antal: 4" in older and ": 25" not in older


def test_two_tables_of_all_staff_naming_the_row_alike_stay_ambiguous() -> None:
    again = table(
        [["Befattning", "Antal"], ["Skogsvårdare", "26"]],
        "Anställda per befattning, december 2025",
        index=2,
        page=8,
    )
    assert ask("Hur många skogsvårdare finns i Skarpnäck?", [plan("a", [*STAFF, *again])]) is None


# A table of units and one of occupations, the unit "Bibliotek" sharing its stem with the occupation
# "Bibliotekarie" (word_match takes "bibliotek"/"bibliotekari" for one word).
UNITS = table(
    [
        ["Enhet", "Tillsvidare", "Visstid", "Totalt"],
        ["Bibliotek", "34", "6", "40"],
        ["Fritidsgårdar", "20", "5", "25"],
    ],
    "Medarbetare och anställningsform",
    index=0,
)
TRADES = table(
    [
        ["Yrkesgrupp", "Tillsvidareanställda", "Pensionsavgångar 2026-2028"],
        ["Bibliotekarie", "12", "3"],
        ["Fritidsledare", "9", "1"],
    ],
    "Yrkesgrupper och pensionsavgångar",
    index=1,
)


def test_a_row_that_is_the_asked_word_beats_a_row_sharing_its_stem() -> None:
    plans = [plan("a", UNITS + TRADES)]
    answer = ask("hur många bibliotekarier finns?", plans)
    assert answer is not None and "Bibliotekarie: Tillsvidareanställda: 12" in answer
    assert "40" not in answer
    unit = ask("hur många jobbar på biblioteket?", plans)
    assert unit is not None and "Bibliotek: " in unit and "40" in unit and "12" not in unit


def test_in_one_table_the_row_that_is_the_asked_word_is_chosen() -> None:
    mixed = table(
        [
            ["Grupp", "Antal"],
            ["Bibliotek", "40"],
            ["Bibliotekarier", "12"],
        ],
        "Anställda per yrke",
    )
    answer = ask("Antal bibliotekarier?", [plan("a", mixed)])
    assert answer is not None and "Bibliotekarier: Antal: 12" in answer and "40" not in answer

"""Key figures laid out as fact boxes, gender-per-year tables, "X av Y" sentences and number words."""

from __future__ import annotations

from kfp_assistant.extract.figure_boxes import tile_line
from kfp_assistant.extract.figures import extract_figures
from kfp_assistant.schema import Block, PlanMeta
from tests.extract.test_figures import doc, figures, para


def _found(*blocks: Block) -> list[tuple[str, float, str | None, str | None]]:
    return [
        (f.metric, f.value, f.as_of, f.scope) for f in extract_figures(doc(*blocks), PlanMeta(period="2026"))
    ]


def _big(text: str) -> Block:
    return Block(kind="heading", text=text, page=1, level=2)  # a value set large reads as a heading


def test_a_fact_box_of_labels_each_over_its_value() -> None:
    found = _found(
        para("Uppgifterna avser den 31 december 2025"),
        para("Tillsvidareanställda"),
        _big("1 204"),
        para("Andel kvinnor"),
        _big("71 %"),
        para("Sjukfrånvaro 2025"),
        _big("6,3 %"),
    )
    assert found == [
        ("employees_permanent", 1204.0, "2025", None),
        ("women_share", 71.0, "2025", None),
        ("sick_leave_pct", 6.3, "2025", None),
    ]


def test_a_lone_number_under_a_line_is_no_fact_box() -> None:
    assert _found(para("Tillsvidareanställda"), _big("1 204"), para("Vi växer.")) == []


def test_a_table_of_women_men_and_all_per_year() -> None:
    rows = [
        ["Mått", "Kvinnor 2024", "Män 2024", "Totalt 2024", "Kvinnor 2025", "Män 2025", "Totalt 2025"],
        ["Tillsvidareanställda, antal", "300", "101", "401", "310", "105", "415"],
        ["Könsfördelning, %", "75,0", "25,0", "100,0", "74,7", "25,3", "100,0"],
        ["Sjukfrånvaro, %", "7,1", "4,2", "6,4", "6,9", "4,0", "6,2"],
    ]
    found = _found(Block(kind="table", text="\n".join(" | ".join(r) for r in rows), page=1, rows=rows))
    assert found[:3] == [
        ("women_count", 300.0, "2024", "tillsvidareanställda"),
        ("men_count", 101.0, "2024", "tillsvidareanställda"),
        ("employees_permanent", 401.0, "2024", None),
    ]
    assert ("women_share", 74.7, "2025", None) in found and not [f for f in found if f[1] == 100.0]
    assert [f for f in found if f[0] == "sick_leave_pct" and f[2] == "2025"] == [
        ("sick_leave_pct", 6.9, "2025", "Kvinnor"),
        ("sick_leave_pct", 4.0, "2025", "Män"),
        ("sick_leave_pct", 6.2, "2025", None),
    ]


def test_a_part_of_a_whole_and_numbers_written_as_words() -> None:
    assert figures(
        "Enheten hade 40 anställda vid årets slut.",
        "34 av 40 medarbetare har en tillsvidareanställning.",
        "Fem av 34 tillsvidareanställda arbetar deltid.",
        "Under 2025 gjordes tolv externa rekryteringar.",
        period="2025",
    ) == [
        ("employees_total", 40.0, "2025", None),
        ("employees_permanent", 34.0, "2025", None),
        ("part_time_count", 5.0, "2025", "tillsvidareanställda"),
        ("recruitments", 12.0, "2025", None),
    ]


def test_number_words_that_count_no_staff() -> None:
    assert (
        figures(
            "Sex av 30 medarbetare är 60 år eller äldre.",
            "Enheten har en eller två personer i varje roll.",
            "Tre chefer kommer att gå en ledarutbildning.",
            "Vi träffas fyra gånger per år och följer upp de kommande fem åren.",
            period="2025",
        )
        == []
    )


def _table(*rows: tuple[str, ...]) -> Block:
    return Block(
        kind="table", text="\n".join(" | ".join(r) for r in rows), page=1, rows=[list(r) for r in rows]
    )


def test_a_table_with_departments_as_columns_and_metrics_as_rows() -> None:
    found = _found(
        _table(
            ("Personal 2024", "Skola", "Fritid", "Hela förvaltningen"),
            ("Månadsanställda", "412", "57", "469"),
            ("Personalomsättning, %", "9,5", "14,0", "10,1"),
            ("Medelålder (år)", "44,2", "36,8", "43,3"),
        )
    )
    assert found == [
        ("employees_total", 412.0, "2024", "Skola"),
        ("employees_total", 57.0, "2024", "Fritid"),
        ("employees_total", 469.0, "2024", None),
        ("turnover_pct", 9.5, "2024", "Skola"),
        ("turnover_pct", 14.0, "2024", "Fritid"),
        ("turnover_pct", 10.1, "2024", None),
        ("average_age", 44.2, "2024", "Skola"),
        ("average_age", 36.8, "2024", "Fritid"),
        ("average_age", 43.3, "2024", None),
    ]


def test_indented_sick_leave_bands_and_the_city_staff_survey_index_in_a_year_table() -> None:
    found = _found(
        _table(
            ("Mått", "2024", "2025"),
            ("Sjukfrånvaro, %", "7,0", "6,5"),
            ("– korttid, %", "2,9", "2,7"),
            ("– långtid, %", "3,1", "2,8"),
            ("Aktivt medskapandeindex (AMI)", "77", "79"),
        )
    )
    assert ("long_sick_leave_pct", 2.8, "2025", None) in found
    assert ("short_sick_leave_pct", 2.9, "2024", None) in found
    assert ("ami_index", 79.0, "2025", None) in found


def test_values_given_respectively_take_the_measures_named_before_them_and_the_year_after() -> None:
    found = figures(
        "I december 2025 hade nämnden 311 tillsvidareanställda och 40 visstidsanställda,"
        " mot 298 respektive 47 året innan."
    )
    assert found == [
        ("employees_permanent", 311.0, "2025", None),
        ("employees_temporary", 40.0, "2025", None),
        ("employees_permanent", 298.0, "2024", None),
        ("employees_temporary", 47.0, "2024", None),
    ]


def test_a_sum_of_some_groups_is_no_total() -> None:
    found = _found(
        _table(
            ("Yrke", "Tillsvidareanställda", "varav 60 år eller äldre"),
            ("Lärare", "210", "31"),
            ("Fritidspedagog", "64", "9"),
            ("Summa två yrken", "274", "40"),
        )
    )
    assert found and all(f[1] not in (274.0, 40.0) for f in found)


def _tiles(*cells: str) -> Block:
    """A row of number tiles as the PDF reader gives them: a table whose cells are "value\\nlabel"."""
    return Block(kind="table", text=" | ".join(cells), page=1, rows=[list(cells)])


def test_number_tiles_in_a_row_each_a_value_over_its_label() -> None:
    found = _found(
        _tiles("512\ntillsvidareanställda", "12,5 %\npersonalomsättning 2023", "44,2 år\nmedelålder"),
        para("Siffrorna gäller den 31 oktober 2025 om inget annat anges."),
    )
    assert found == [
        ("employees_permanent", 512.0, "2025", None),
        ("turnover_pct", 12.5, "2023", None),  # a tile's own year is that tile's
        ("average_age", 44.2, "2025", None),
    ]


def test_number_tiles_run_together_on_one_line() -> None:
    # each tile's year stays with its own value, not with the next tile's
    assert figures("5,2 % sjukfrånvaro jan–aug 2025 9,9 % personalomsättning 2024 71 % kvinnor") == [
        ("sick_leave_pct", 5.2, "2025", None),
        ("turnover_pct", 9.9, "2024", None),
        ("women_share", 71.0, None, None),  # no year of its own, none from the context
    ]


def test_numbers_before_nouns_that_name_no_metric_are_no_tiles() -> None:
    assert figures("40 platser 12 avdelningar 3 enheter") == []
    assert _found(_tiles("40\nplatser", "12\navdelningar")) == []
    # prose where a number precedes a noun is not split into tiles
    assert figures("Vi har 14 chefer och 3 nya enheter sedan 2024.") == []
    assert tile_line("12 medarbetare slutade 2024 och 14 medarbetare började 2025") == []
    assert tile_line("84 % kvinnor") == []  # a single value is no run of tiles


def test_a_state_said_of_an_employment_type_after_its_count_is_not_its_headcount() -> None:
    found = figures("Under 2025 hade 212 visstidsanställda en deltidsanställning på enheten.", period="2025")
    assert [f[0] for f in found] == ["part_time_count"] and found[0][1] == 212.0
    # the employment type counted with no state after it is still the headcount
    assert figures("Enheten hade 212 tillsvidareanställda i december 2025.", period="2025") == [
        ("employees_permanent", 212.0, "2025", None)
    ]


def test_a_sentence_opening_bland_x_scopes_its_figure_to_x() -> None:
    found = figures("Bland kockarna är personalomsättningen 12 procent.", period="2025")
    assert found == [("turnover_pct", 12.0, "2025", "kockarna")]
    plain = figures("Bland annat var sjukfrånvaron 9,4 procent 2025.", period="2025")
    assert plain == [("sick_leave_pct", 9.4, "2025", None)]

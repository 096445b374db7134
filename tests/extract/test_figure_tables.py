"""Key figures from tables whose rows are groups and columns measures or years (extract/figure_tables)."""

from __future__ import annotations

from kfp_assistant.extract.figures import extract_figures
from kfp_assistant.schema import Block, PlanMeta
from tests.extract.test_figures import doc, figures, para


def _table(rows: list[list[str]], cont: bool = False) -> Block:
    text = "\n".join(" | ".join(r) for r in rows)
    return Block(kind="table", text=text, page=1, rows=rows, continues_previous=cont)


def _found(*blocks: Block, period: str = "2026") -> list[tuple[str, float, str | None, str | None]]:
    return [
        (f.metric, f.value, f.as_of, f.scope) for f in extract_figures(doc(*blocks), PlanMeta(period=period))
    ]


def test_a_table_of_groups_and_measures_gives_scoped_figures() -> None:
    rows = [
        ["Befattning", "Antal tillsvidareanställda", "Går i pension inom 3 år", "Omsättning 2025, %"],
        ["Kock", "40", "6", "12,5"],
        ["Totalt", "55", "8", "11,0"],
    ]
    found = _found(para("Uppgifterna avser den 31 december 2025."), _table(rows))
    assert found == [
        ("employees_permanent", 40.0, "2025", "Kock"),
        ("retirements", 6.0, "2026-2028", "Kock"),
        ("turnover_pct", 12.5, "2025", "Kock"),
        ("employees_permanent", 55.0, "2025", None),
        ("retirements", 8.0, "2026-2028", None),
        ("turnover_pct", 11.0, "2025", None),
    ]
    # a bare "Antal" counts what the caption names; the rows after a page break keep the header
    caption = para("Tabell 3. Tillsvidareanställda per yrke och åldersgrupp")
    first = [["Befattning", "Antal", "–39 år", "40– år"], ["Lokalvårdare", "21", "9", "12"]]
    assert _found(caption, _table(first), _table([["Vaktmästare", "7", "2", "5"]], cont=True)) == [
        ("employees_permanent", 21.0, "2026", "Lokalvårdare"),
        ("employees_permanent", 7.0, "2026", "Vaktmästare"),
    ]


def test_a_caption_names_the_count_of_a_year_table_with_a_total_column() -> None:
    rows = [["Enhet", "2026", "2027", "Summa"], ["Kök", "2", "3", "5"], ["Totalt", "4", "6", "10"]]
    found = _found(Block(kind="heading", text="Medarbetare som fyller 65 år per enhet", page=1), _table(rows))
    assert found == [
        ("retirements", 2.0, "2026", "Kök"),
        ("retirements", 3.0, "2027", "Kök"),
        ("retirements", 5.0, "2026-2027", "Kök"),
        ("retirements", 4.0, "2026", None),
        ("retirements", 6.0, "2027", None),
        ("retirements", 10.0, "2026-2027", None),
    ]
    # a staff word before the flow only says whose retirements are counted
    staff_first = Block(kind="heading", text="Anställda som fyller 65 år per enhet", page=1)
    assert [f[0] for f in _found(staff_first, _table(rows))] == ["retirements"] * 6


def test_a_group_read_across_och_and_a_forecast_over_the_period_named_before() -> None:
    assert figures(
        "Bland undersköterskor inom hemtjänst och dagverksamhet var omsättningen 15,2 procent 2024."
    ) == [("turnover_pct", 15.2, "2024", "undersköterskor inom hemtjänst och dagverksamhet")]
    found = figures(
        "Uppgifterna avser den 30 september 2025. Prognosen gäller de kommande fyra åren, 2026–2029.",
        "Sammanlagt beräknas 57 tillsvidareanställda gå i pension under perioden.",
    )
    assert found == [("retirements", 57.0, "2026-2029", "tillsvidareanställda")]


def test_a_table_whose_rows_are_years_gives_one_figure_per_measure_and_year() -> None:
    rows = [
        ["Årtal", "Antal medarbetare", "Sjukfrånvaro, %", "Medelålder (år)", "Kommentar"],
        ["2022", "1 310", "6,9", "44,1", "ny mätmetod"],
        ["2023", "1 355", "7,2", "44,6", ""],
        ["Förändring", "45", "0,3", "0,5", ""],
    ]
    assert _found(_table(rows)) == [
        ("employees_total", 1310.0, "2022", None),
        ("sick_leave_pct", 6.9, "2022", None),
        ("average_age", 44.1, "2022", None),
        ("employees_total", 1355.0, "2023", None),
        ("sick_leave_pct", 7.2, "2023", None),
        ("average_age", 44.6, "2023", None),
    ]
    # a header naming no metric gives nothing: the columns may be anything
    assert _found(_table([["År", "Enhet A", "Enhet B"], ["2022", "12", "14"], ["2023", "13", "15"]])) == []


def test_a_label_value_table_with_a_header_side_by_side_pairs_and_text_values() -> None:
    rows = [
        ["Mått", "Utfall"],
        ["Månadsanställda", "870"],
        ["Andel kvinnor", "61 %", "Andel män", "39 %"],
        ["Personalomsättning 2024", "9,1 %"],
        ["Senaste mätning", "mars 2024"],
        ["Nettorekryteringar, index", "+12"],
    ]
    assert _found(para("Siffrorna gäller per den 30 november 2024."), _table(rows), period="2025") == [
        ("employees_total", 870.0, "2024", None),
        ("women_share", 61.0, "2024", None),
        ("men_share", 39.0, "2024", None),
        ("turnover_pct", 9.1, "2024", None),
    ]
    # most rows without a number: not a label/value table
    prose_rows = [["Mått", "Utfall"], ["Andel kvinnor", "61 %"], ["Ledarskap", "bra"], ["Lokaler", "trånga"]]
    assert _found(_table(prose_rows)) == []


def test_a_header_wrapped_over_two_rows_is_one_header() -> None:
    rows = [
        ["", "Tillsvidare-", "Personal-", "Sjukfrån"],
        ["Årtal", "anställda", "omsättning, %", "varo, %"],
        ["2023", "640", "9,5", "6,1"],
        ["2024", "655", "8,8", "5,9"],
    ]
    assert _found(_table(rows)) == [
        ("employees_permanent", 640.0, "2023", None),
        ("turnover_pct", 9.5, "2023", None),
        ("sick_leave_pct", 6.1, "2023", None),
        ("employees_permanent", 655.0, "2024", None),
        ("turnover_pct", 8.8, "2024", None),
        ("sick_leave_pct", 5.9, "2024", None),
    ]


def test_bare_employment_forms_and_whole_organisation_rows_in_a_group_table() -> None:
    rows = [
        ["Enhet", "Tillsvidare", "varav visstid", "Sjukfrånvaro, %"],
        ["Kök och städ", "52", "9", "7,7"],
        ["Samtliga enheter", "130", "21", "6,0"],
        ["Verksamheten totalt", "130", "21", "6,0"],
    ]
    assert _found(para("Läget per den 31 december 2024."), _table(rows)) == [
        ("employees_permanent", 52.0, "2024", "Kök och städ"),
        ("employees_temporary", 9.0, "2024", "Kök och städ"),
        ("sick_leave_pct", 7.7, "2024", "Kök och städ"),
        ("employees_permanent", 130.0, "2024", None),
        ("employees_temporary", 21.0, "2024", None),
        ("sick_leave_pct", 6.0, "2024", None),
    ]


def test_rows_naming_their_own_metrics_are_not_groups_of_the_header_count() -> None:
    rows = [
        ["Flöden bland tillsvidareanställda", "2023", "2024"],
        ["Nyanställningar", "41", "38"],
        ["Avgångar", "45", "50"],
        ["Genomsnittlig handläggningstid, dagar", "30", "28"],
    ]
    assert _found(_table(rows)) == [
        ("recruitments", 41.0, "2023", None),
        ("recruitments", 38.0, "2024", None),
        ("departures", 45.0, "2023", None),
        ("departures", 50.0, "2024", None),
    ]
    # spells of sick leave named by their own words; a band from day 15 to a closing day is neither
    spells = [
        ["Sjukfrånvaro, andel av arbetstid", "2024"],
        ["Korttid, dag 1–14", "2,3"],
        ["Dag 15–90", "1,0"],
        ["Långtid, dag 91 och längre", "2,9"],
    ]
    assert _found(_table(spells)) == [
        ("short_sick_leave_pct", 2.3, "2024", None),
        ("long_sick_leave_pct", 2.9, "2024", None),
    ]


def test_a_fact_box_set_in_a_one_cell_table_is_read_as_lines() -> None:
    box = "Fakta per den 30 juni 2024\nMånadsavlönade medarbetare: 377\nMedelålder: 47,3 år\nAndel män: 22 %"
    table = Block(kind="table", text=" ".join(box.split()), page=1, rows=[[box]])
    assert _found(table) == [
        ("employees_total", 377.0, "2024", None),
        ("average_age", 47.3, "2024", None),
        ("men_share", 22.0, "2024", None),
    ]


def test_a_table_of_gender_columns_without_years_takes_the_data_year() -> None:
    rows = [
        ["Anställningsform", "Kvinnor", "Män", "Totalt"],
        ["Tillsvidare", "120", "80", "200"],
        ["Timavlönade", "30", "10", "40"],
    ]
    assert _found(para("Läget per den 31 december 2024."), _table(rows)) == [
        ("women_count", 120.0, "2024", "tillsvidareanställda"),
        ("men_count", 80.0, "2024", "tillsvidareanställda"),
        ("employees_permanent", 200.0, "2024", None),
        ("women_count", 30.0, "2024", "timavlönade"),
        ("men_count", 10.0, "2024", "timavlönade"),
        ("hourly_staff", 40.0, "2024", None),
    ]


def test_a_bare_percent_column_is_the_share_the_caption_or_a_header_line_above_names() -> None:
    rows = [["Enhet", "Antal", "%"], ["Kök", "30", "8,2"], ["Totalt", "90", "6,5"]]
    heading = Block(kind="heading", text="Antal anställda per enhet", page=1)
    found = _found(heading, para("Personalomsättning,"), _table(rows), period="2024")
    assert found == [
        ("employees_total", 30.0, "2024", "Kök"),
        ("turnover_pct", 8.2, "2024", "Kök"),
        ("employees_total", 90.0, "2024", None),
        ("turnover_pct", 6.5, "2024", None),
    ]
    # no share named over the table: the column is read as nothing
    assert [f[0] for f in _found(heading, _table(rows), period="2024")] == ["employees_total"] * 2


def test_a_forecast_over_the_plan_period_and_a_year_on_an_activity_card() -> None:
    found = _found(
        para("Under 2024 slutade 40 tillsvidareanställda."),
        para("Under planperioden beräknas 73 medarbetare gå i pension, flest bland kockarna."),
        period="2025-2027",
    )
    assert ("retirements", 73.0, "2025-2027", None) in found, "'planperioden' is the plan's period"
    card = [
        ["Aktivitet", "Mentorer för dem som snart går i pension"],
        ["Område", "Avsluta"],
        ["Klart", "2027"],
    ]
    assert not [f for f in _found(_table(card)) if f[1] == 2027], "a year on a card counts nothing"


def test_a_year_spanning_gender_columns_dates_each_column() -> None:
    """A two-level header (a year over "Kvinnor | Män | Totalt"): each cell its year and gender."""
    rows = [
        ["", "2031", "", "", "2032", "", ""],
        ["Mått", "Kvinnor", "Män", "Totalt", "Kvinnor", "Män", "Totalt"],
        ["Sjukfrånvaro, %", "6,1", "3,9", "5,4", "5,8", "4,0", "5,3"],
    ]
    assert _found(_table(rows)) == [
        ("sick_leave_pct", 6.1, "2031", "Kvinnor"),
        ("sick_leave_pct", 3.9, "2031", "Män"),
        ("sick_leave_pct", 5.4, "2031", None),
        ("sick_leave_pct", 5.8, "2032", "Kvinnor"),
        ("sick_leave_pct", 4.0, "2032", "Män"),
        ("sick_leave_pct", 5.3, "2032", None),
    ]


def test_a_subtotal_row_is_scoped_to_its_group_and_a_caption_dates_the_table() -> None:
    """ "Summa X" under a group row X sums that group, not the organisation; the caption's one year
    dates the table (the data year, before the plan's own year)."""
    rows = [
        ["Enhet", "Tillsvidare", "Visstid"],
        ["Hemtjänst", "", ""],
        ["Hemtjänst norr", "40", "6"],
        ["Hemtjänst syd", "35", "4"],
        ["Summa hemtjänsten", "75", "10"],
        ["Boenden", "", ""],
        ["Vårdboende Eken", "60", "9"],
        ["Delsumma", "60", "9"],
        ["Förvaltningen totalt", "135", "19"],
    ]
    caption = Block(kind="heading", text="Tabell 4. Anställda per enhet 2030", page=1)
    found = _found(caption, _table(rows), period="2031")
    assert ("employees_permanent", 75.0, "2030", "Hemtjänst") in found
    assert ("employees_permanent", 60.0, "2030", "Boenden") in found
    assert ("employees_permanent", 135.0, "2030", None) in found
    assert not [f for f in found if f[1] in (75.0, 10.0) and f[3] is None]


def test_a_bare_sum_column_sums_the_employment_forms_beside_it_or_the_captions_share() -> None:
    """'Summa' after columns of employment forms counts all staff; 'Totalt' in a table of sick leave
    by spell is the total sick leave; 'Dag 60–' is long-term sick leave; 'Summa 2031–2033' spans."""
    staff = [
        ["Befattning", "Tillsvidare", "Visstid", "Timavlönade", "Summa"],
        ["Kock", "12", "3", "5", "20"],
        ["Totalt", "40", "6", "9", "55"],
    ]
    found = _found(Block(kind="heading", text="Personal per befattning", page=1), _table(staff))
    assert ("employees_total", 20.0, "2026", "Kock") in found and (
        "employees_total",
        55.0,
        "2026",
        None,
    ) in found
    sick = [
        ["Enhet", "Totalt", "Dag 1–14", "Dag 15–59", "Dag 60–"],
        ["Hemtjänst", "9,1", "3,0", "1,5", "4,6"],
    ]
    found = _found(Block(kind="heading", text="Sjukfrånvaro per enhet", page=1), _table(sick))
    assert ("sick_leave_pct", 9.1, "2026", "Hemtjänst") in found
    assert ("long_sick_leave_pct", 4.6, "2026", "Hemtjänst") in found
    assert not [f for f in found if f[1] == 1.5]  # a closed band from day 15 is neither short nor long
    leaving = [["Befattning", "2031", "2032", "2033", "Summa 2031–2033"], ["Kock", "1", "2", "0", "3"]]
    found = _found(
        Block(kind="heading", text="Antal som går i pension per befattning", page=1), _table(leaving)
    )
    assert ("retirements", 3.0, "2031-2033", "Kock") in found
